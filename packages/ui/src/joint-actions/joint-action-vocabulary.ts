import type { JointActionFilter, JointActionOrder } from '@synergia/domain/rules';

// The words joint actions are described with (DOMAIN.md "Enumerations"): the
// domain's lists under the names the apps use; the GraphQL enums are spelled alike.

export {
  jointActionKinds as JOINT_ACTION_KINDS,
  jointActionRoles as JOINT_ACTION_ROLES,
  targetLevels as TARGET_LEVELS,
  politicalAskKinds as POLITICAL_ASK_KINDS,
  policyStages as POLICY_STAGES,
  contributionLevels as CONTRIBUTION_LEVELS,
  furthestStage,
  type JointActionKind,
  type JointActionRole,
  type TargetLevel,
  type PoliticalAskKind,
  type PolicyStage,
  type ContributionLevel,
} from '@synergia/domain/rules';

/** JointActionFilter as the API takes it (global ids): the domain's filter, with plain arrays as the generated input types have. */
export type JointActionFilterValue = {
  [K in keyof JointActionFilter]: NonNullable<JointActionFilter[K]> extends readonly (infer U)[] ? U[] | null : JointActionFilter[K];
};
export type { JointActionOrder };
export type JointActionOrderField = JointActionOrder['field'];

export type JointActionEnumName = 'JointActionKind' | 'JointActionRole' | 'TargetLevel' | 'PoliticalAskKind' | 'PolicyStage' | 'ContributionLevel';

/** The message key of one enum value, e.g. `jointActions.enums.PolicyStage.FORMULATION` (ui's i18n files). */
export function jointActionEnumKey(name: JointActionEnumName, value: string): string {
  return `jointActions.enums.${name}.${value}`;
}
