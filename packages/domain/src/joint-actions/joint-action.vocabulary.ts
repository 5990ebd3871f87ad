/** DOMAIN.md "Enumerations": the words joint actions are described with. */

export const jointActionKinds = ['JOINT_SERVICE', 'JOINT_CAMPAIGN', 'POLITICAL_ACTION'] as const;
export type JointActionKind = (typeof jointActionKinds)[number];

/** A partner's role in a joint action; every action has exactly one LEAD. */
export const jointActionRoles = ['LEAD', 'CO_ORGANISER', 'CONTRIBUTOR'] as const;
export type JointActionRole = (typeof jointActionRoles)[number];

/** The level of the decision maker or institution a political action targets. */
export const targetLevels = ['LOCAL', 'NATIONAL', 'REGIONAL', 'INTERNATIONAL'] as const;
export type TargetLevel = (typeof targetLevels)[number];

/** What a political action asks of its target. */
export const politicalAskKinds = ['POSITION_PAPER', 'DRAFT_LAW', 'MEETING'] as const;
export type PoliticalAskKind = (typeof politicalAskKinds)[number];

/** The policy cycle, in order: a later stage is further along. */
export const policyStages = ['AGENDA_SETTING', 'FORMULATION', 'ADOPTION', 'IMPLEMENTATION', 'EVALUATION'] as const;
export type PolicyStage = (typeof policyStages)[number];

/** How much the synergy (or network) contributed to an outcome, from decisive to minor. */
export const contributionLevels = ['DECISIVE', 'SIGNIFICANT', 'PARTIAL', 'MINOR'] as const;
export type ContributionLevel = (typeof contributionLevels)[number];

/** The furthest of some stages, or null when there are none. */
export const furthestStage = (stages: readonly (PolicyStage | null | undefined)[]): PolicyStage | null =>
  stages.reduce<PolicyStage | null>(
    (furthest, stage) => (stage && (furthest === null || policyStages.indexOf(stage) > policyStages.indexOf(furthest)) ? stage : furthest),
    null,
  );
