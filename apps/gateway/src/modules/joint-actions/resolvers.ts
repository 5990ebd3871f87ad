import {
  joinedEntity,
  JointActionSummary,
  addJointActionMilestone,
  addJointActionPartner,
  addPolicyTarget,
  allowedTransitions,
  changeJointActionStatus,
  countryName,
  createJointAction,
  deleteJointAction,
  findJointAction,
  isOverdue,
  jointActionPermissions,
  jointActionSubjectFrom,
  listJointActionMilestones,
  listJointActions,
  partnersOfPage,
  listPolicyOutcomes,
  recordPolicyOutcome,
  removeJointActionMilestone,
  removeJointActionPartner,
  removePolicyTarget,
  todayIso,
  updateJointAction,
  updateJointActionMilestone,
  updateJointActionPartner,
  updatePolicyOutcome,
  type JointAction,
  type JointActionPartner,
  type Page,
  type WorkStatus,
} from '@synergia/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import type { GraphQLContext } from '../../context.ts';
import { toGlobalId } from '../../graphql/global-id.ts';
import { argumentId, withArgumentErrors } from '../../graphql/errors.ts';
import { inputId, optionalInputId, payload, unchangedIfNull } from '../../graphql/mutation-input.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';
import { partnersOfJointAction, primeWith, takePagePartners } from '../../graphql/loaders.ts';
import { genderMarkerObjectOf, genderMarkerReads, participantReads, participantsField, visibleUser } from '../activities/resolvers.ts';
import { nodeFields, pageReads, reachedProperties, sameNamed, type FieldReads } from '../../graphql/selection.ts';
import { synergyReads } from '../synergies/resolvers.ts';
import { partnerReads } from '../partners/resolvers.ts';
import { jointActionFilterFromArgs, milestoneFilterFromArgs, outcomeFilterFromArgs } from './joint-action-filter.ts';

/** Decodes a participating partner input's id. */
const partnerInput = <T extends { partnerId: string }>(partner: T, path: string[]) => ({ ...partner, partnerId: inputId(partner.partnerId, [...path, 'partnerId'], 'Partner') });

/** Decodes a milestone input's responsible partner. */
const milestoneInput = <T extends { responsiblePartnerId?: string | null }>(milestone: T, path: string[]) => ({
  ...milestone,
  responsiblePartnerId: optionalInputId(milestone.responsiblePartnerId, [...path, 'responsiblePartnerId'], 'Partner'),
});

const partnerOf = async (ctx: GraphQLContext, id: string) => (await ctx.loaders.partnerById.load(id))!;

/** A participating partner: joined to its row by `partnersOfJointAction`, so answered at once (a list asks it of every action). */
const takingPartner = (ctx: GraphQLContext, taking: JointActionPartner) => joinedEntity(taking.partner) ?? partnerOf(ctx, taking.partner.id);

/**
 * A page as a connection; every joint action list populates the synergies, so `JointAction.synergy` needs no
 * statement of its own, and a page that brought its actions' partners (`partnersOfPage`) keeps them for its actions.
 */
const connectionOf = (ctx: GraphQLContext, page: Page<JointAction>) => {
  primeWith(ctx.loaders.synergyById, page.items.map((action) => action.synergy));
  const partners = partnersOfPage(ctx.em, page);
  if (partners) for (const action of page.items) takePagePartners(ctx.loaders, action, partners.get(action.id)!);
  return toConnection(page);
};

/** What each JointActionPartner field reads of it (`partnersRead`). */
const participationReads: FieldReads<keyof JointActionPartner & string> = {
  id: [],
  ...sameNamed('role', 'partner'),
  contribution: ['contributionPeople', 'contributionAmount', 'contributionCurrency', 'contributionInKind'],
};

/**
 * Whether the nodes read their participating partners (the page then brings them along), and what of them and of
 * their partners: only what `partners`, `partners { partner }` and `lead` select when every node field is in the reads
 * map (a field that is not may read anything, as for the joined synergy). Every reader finds the lead by its role.
 */
const partnersRead = (info: GraphQLResolveInfo, nodesNarrowed: boolean) => {
  if (!['partners', 'lead', 'viewerCan'].some((field) => nodeFields(info).has(field))) return false;
  if (!nodesNarrowed) return {};
  const fields = reachedProperties(info, [['partners']], participationReads);
  return { fields: fields && [...fields, 'role' as const, 'partner' as const], partner: reachedProperties(info, [['partners', 'partner'], ['lead']], partnerReads) };
};

/** The lead partner among an action's participating partners. */
const leadOf = (ctx: GraphQLContext, takings: readonly JointActionPartner[]) => {
  const lead = takings.find((taking) => taking.role === 'LEAD');
  return lead ? takingPartner(ctx, lead) : null;
};

const scopeFromArgs = (scope: { networkId?: string | null; synergyId?: string | null; partnerId?: string | null }) => ({
  networkId: scope.networkId ? argumentId(scope.networkId, 'scope.networkId', 'Network') : null,
  synergyId: scope.synergyId ? argumentId(scope.synergyId, 'scope.synergyId', 'Synergy') : null,
  partnerId: scope.partnerId ? argumentId(scope.partnerId, 'scope.partnerId', 'Partner') : null,
});

/**
 * What each JointAction field reads, so a list page loads only those columns (`nodeProperties`). Fields not here
 * (`viewerCan`) load the whole row; `list-selection.integration.test.ts` checks each one against `nodes(ids:)`.
 */
const jointActionReads: FieldReads<keyof JointAction & string> = {
  id: [],
  ...sameNamed('network', 'synergy', 'kind', 'title', 'objective', 'branches', 'country', 'plannedStartDate', 'plannedEndDate', 'actualStartDate'),
  ...sameNamed('actualEndDate', 'status', 'stageReached', 'noOutcomeReason', 'version', 'createdAt', 'updatedAt'),
  continental: ['synergy'],
  countryName: ['country'],
  nextStatuses: ['status'],
  // Loaded by the action's id.
  partners: [],
  lead: [],
  milestones: [],
  targets: [],
  outcomes: [],
  participants: participantReads,
  genderMarker: genderMarkerReads,
  createdBy: ['network', 'createdBy'],
  updatedBy: ['network', 'updatedBy'],
};

export const jointActionResolvers: Resolvers = {
  Query: {
    jointActions: (_, { filter, orderBy, first, after }, ctx, info) => {
      requireActor(ctx);
      const [fields, joinedFields] = pageReads(info, jointActionReads, { synergy: synergyReads });
      return withArgumentErrors(async () =>
        connectionOf(ctx, await listJointActions(ctx, jointActionFilterFromArgs(filter), orderBy, { first, after }, fields, joinedFields, partnersRead(info, !!fields))),
      );
    },
    jointAction: (_, { id }, ctx) => {
      requireActor(ctx);
      return findJointAction(ctx, argumentId(id, 'id', 'JointAction'));
    },
    jointActionMilestones: (_, { filter, first, after }, ctx) => {
      requireActor(ctx);
      return withArgumentErrors(async () => toConnection(await listJointActionMilestones(ctx, milestoneFilterFromArgs(filter), { first, after })));
    },
    policyOutcomes: (_, { filter, first, after }, ctx) => {
      requireActor(ctx);
      return withArgumentErrors(async () => toConnection(await listPolicyOutcomes(ctx, outcomeFilterFromArgs(filter), { first, after })));
    },
    jointActionSummary: (_, { scope, from, to }, ctx) => {
      requireActor(ctx);
      return withArgumentErrors(() => JointActionSummary.open(ctx, scopeFromArgs(scope), from, to));
    },
  },
  Mutation: {
    createJointAction: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () =>
        createJointAction(ctx, {
          ...input,
          synergyId: optionalInputId(input.synergyId, ['synergyId'], 'Synergy'),
          networkId: optionalInputId(input.networkId, ['networkId'], 'Network'),
          partners: input.partners.map((partner, index) => partnerInput(partner, ['partners', String(index)])),
          milestones: input.milestones?.map((milestone, index) => milestoneInput(milestone, ['milestones', String(index)])),
        }),
      ),
    updateJointAction: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () =>
        updateJointAction(ctx, {
          ...input,
          id: inputId(input.id, ['id'], 'JointAction'),
          // objective, the actual dates and noOutcomeReason may be cleared with null; the others are always set.
          kind: unchangedIfNull(input.kind),
          title: unchangedIfNull(input.title),
          branches: unchangedIfNull(input.branches),
          plannedStartDate: unchangedIfNull(input.plannedStartDate),
          plannedEndDate: unchangedIfNull(input.plannedEndDate),
          participants: unchangedIfNull(input.participants),
          genderMarker: unchangedIfNull(input.genderMarker),
        }),
      ),
    changeJointActionStatus: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () => changeJointActionStatus(ctx, { ...input, id: inputId(input.id, ['id'], 'JointAction') })),
    deleteJointAction: (_, { input }, ctx) =>
      payload(ctx, 'deletedJointActionId', async () => {
        const result = await deleteJointAction(ctx, { ...input, id: inputId(input.id, ['id'], 'JointAction') });
        return result.ok ? { ok: true as const, value: input.id } : result;
      }),
    addJointActionPartner: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () =>
        addJointActionPartner(ctx, {
          ...input,
          jointActionId: inputId(input.jointActionId, ['jointActionId'], 'JointAction'),
          partner: partnerInput(input.partner, ['partner']),
        }),
      ),
    updateJointActionPartner: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () =>
        updateJointActionPartner(ctx, { ...input, id: inputId(input.id, ['id'], 'JointActionPartner'), role: unchangedIfNull(input.role) }),
      ),
    removeJointActionPartner: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () => removeJointActionPartner(ctx, { ...input, id: inputId(input.id, ['id'], 'JointActionPartner') })),
    addJointActionMilestone: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () =>
        addJointActionMilestone(ctx, {
          ...input,
          jointActionId: inputId(input.jointActionId, ['jointActionId'], 'JointAction'),
          milestone: milestoneInput(input.milestone, ['milestone']),
        }),
      ),
    updateJointActionMilestone: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () =>
        updateJointActionMilestone(ctx, {
          ...milestoneInput(input, []),
          id: inputId(input.id, ['id'], 'JointActionMilestone'),
          title: unchangedIfNull(input.title),
          dueDate: unchangedIfNull(input.dueDate),
        }),
      ),
    removeJointActionMilestone: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () => removeJointActionMilestone(ctx, { ...input, id: inputId(input.id, ['id'], 'JointActionMilestone') })),
    addPolicyTarget: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () => addPolicyTarget(ctx, { ...input, jointActionId: inputId(input.jointActionId, ['jointActionId'], 'JointAction') })),
    removePolicyTarget: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () => removePolicyTarget(ctx, { ...input, id: inputId(input.id, ['id'], 'PolicyTarget') })),
    recordPolicyOutcome: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () =>
        recordPolicyOutcome(ctx, { ...input, jointActionId: inputId(input.jointActionId, ['jointActionId'], 'JointAction') }),
      ),
    updatePolicyOutcome: (_, { input }, ctx) =>
      payload(ctx, 'jointAction', () =>
        updatePolicyOutcome(ctx, {
          ...input,
          id: inputId(input.id, ['id'], 'PolicyOutcome'),
          // stage and evidence may be cleared with null; the others are always set.
          observedOn: unchangedIfNull(input.observedOn),
          description: unchangedIfNull(input.description),
          evidenceLinks: unchangedIfNull(input.evidenceLinks),
          contribution: unchangedIfNull(input.contribution),
        }),
      ),
  },
  Synergy: {
    jointActions: (synergy, { filter, orderBy, first, after }, ctx) =>
      withArgumentErrors(async () =>
        connectionOf(ctx, await ctx.loaders.jointActionsOfSynergy(jointActionFilterFromArgs(filter), orderBy, first, after).load(synergy.id)),
      ),
  },
  Partner: {
    jointActions: (partner, { filter, orderBy, first, after }, ctx) =>
      withArgumentErrors(async () =>
        connectionOf(ctx, await ctx.loaders.jointActionsOfPartner(jointActionFilterFromArgs(filter), orderBy, first, after).load(partner.id)),
      ),
  },
  JointAction: {
    id: (action) => toGlobalId('JointAction', action.id),
    network: (action) => action.network.load({ dataloader: true }) as never,
    // Joined to a list's rows: answered at once, not with a promise per row.
    synergy: (action, _, ctx) => (action.synergy ? (joinedEntity(action.synergy) ?? ctx.loaders.synergyById.load(action.synergy.id)) : null),
    continental: (action) => !action.synergy,
    objective: (action) => action.objective ?? null,
    country: (action) => action.country ?? null,
    countryName: (action) => (action.country ? countryName(action.country) : null),
    actualStartDate: (action) => action.actualStartDate ?? null,
    actualEndDate: (action) => action.actualEndDate ?? null,
    nextStatuses: (action) => [...allowedTransitions[action.status as WorkStatus]],
    partners: (action, _, ctx) => partnersOfJointAction(ctx.loaders, action),
    // A page's partners are at hand: answered at once, not with a promise per row.
    lead: (action, _, ctx) => {
      const takings = partnersOfJointAction(ctx.loaders, action);
      return Array.isArray(takings) ? leadOf(ctx, takings) : takings.then((loaded) => leadOf(ctx, loaded));
    },
    milestones: (action, _, ctx) => ctx.loaders.milestonesOfJointAction.load(action.id),
    targets: (action, _, ctx) => ctx.loaders.targetsOfJointAction.load(action.id),
    outcomes: (action, _, ctx) => ctx.loaders.outcomesOfJointAction.load(action.id),
    stageReached: (action) => action.stageReached ?? null,
    noOutcomeReason: (action) => action.noOutcomeReason ?? null,
    participants: (action, _, __, info) => participantsField(action, info),
    genderMarker: (action) => genderMarkerObjectOf(action),
    createdBy: (action, _, ctx) => visibleUser(ctx, action.network.id, action.createdBy) as never,
    updatedBy: (action, _, ctx) => visibleUser(ctx, action.network.id, action.updatedBy) as never,
    viewerCan: (action, _, ctx) => viewerCan(ctx, action),
  },
  JointActionPartner: {
    id: (taking) => toGlobalId('JointActionPartner', taking.id),
    partner: (taking, _, ctx) => takingPartner(ctx, taking),
    contribution: (taking) => ({
      people: taking.contributionPeople ?? null,
      money:
        taking.contributionAmount != null && taking.contributionCurrency
          ? { amount: Number(taking.contributionAmount), currency: taking.contributionCurrency }
          : null,
      inKind: taking.contributionInKind ?? null,
    }),
  },
  JointActionMilestone: {
    id: (milestone) => toGlobalId('JointActionMilestone', milestone.id),
    jointAction: async (milestone, _, ctx) => (await ctx.loaders.jointActionById.load(milestone.jointAction.id))!,
    doneDate: (milestone) => milestone.doneDate ?? null,
    overdue: (milestone) => isOverdue(milestone, todayIso()),
    responsiblePartner: (milestone, _, ctx) => (milestone.responsiblePartner ? partnerOf(ctx, milestone.responsiblePartner.id) : null),
  },
  PolicyTarget: {
    id: (target) => toGlobalId('PolicyTarget', target.id),
    ask: (target) => target.ask ?? null,
  },
  PolicyOutcome: {
    id: (outcome) => toGlobalId('PolicyOutcome', outcome.id),
    jointAction: async (outcome, _, ctx) => (await ctx.loaders.jointActionById.load(outcome.jointAction.id))!,
    stage: (outcome) => outcome.stage ?? null,
    evidence: (outcome) => outcome.evidence ?? null,
    recordedBy: async (outcome, _, ctx) => {
      const action = await ctx.loaders.jointActionById.load(outcome.jointAction.id);
      return action ? (visibleUser(ctx, action.network.id, outcome.recordedBy) as never) : null;
    },
  },
  JointActionSummary: {
    count: async (summary) => (await summary.totals()).count,
    participants: async (summary) => (await summary.totals()).participants,
    women: async (summary) => (await summary.totals()).women,
    youth: async (summary) => (await summary.totals()).youth,
    womenShare: async (summary) => (await summary.totals()).womenShare,
    youthShare: async (summary) => (await summary.totals()).youthShare,
    byKind: (summary) => summary.byKind(),
    byStatus: (summary) => summary.byStatus(),
    byStageReached: (summary) => summary.byStageReached(),
    byCountry: async (summary) => (await summary.byCountry()).map((row) => ({ ...row, countryName: row.country ? countryName(row.country) : null })),
    milestonesOverdue: async (summary) => (await summary.milestones()).overdue,
    milestonesUpcoming: async (summary) => (await summary.milestones()).upcoming,
  },
};

/**
 * The mutations' own rule, from batched facts: the action's participating
 * partners (one query for all actions) and their current synergies (one more).
 */
async function viewerCan(ctx: GraphQLContext, action: JointAction) {
  const partnerIds = (await partnersOfJointAction(ctx.loaders, action)).map((taking) => taking.partner.id);
  const memberships = await ctx.loaders.currentMembershipsOfPartner.loadMany(partnerIds);
  const synergyIds = memberships.flatMap((rows) => (rows instanceof Error ? [] : rows.map((membership) => membership.synergy.id)));
  return jointActionPermissions(ctx.actor, action, jointActionSubjectFrom(action, partnerIds, synergyIds));
}
