import {
  joinedEntity,
  allowedTransitions,
  changeMissionStatus,
  countryName,
  createMission,
  deleteMission,
  findMission,
  listMissions,
  missionIsLocked,
  missionPermissions,
  missionSubjectFrom,
  recordMissionEvaluation,
  updateMission,
  type CapacityBuildingMission,
  type Page,
  type Partner,
  type Synergy,
  type WorkStatus,
} from '@synergia/domain';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import type { GraphQLContext } from '../../context.ts';
import { toGlobalId } from '../../graphql/global-id.ts';
import { argumentId, withArgumentErrors } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';
import { primeWith } from '../../graphql/loaders.ts';
import { genderMarkerObjectOf, genderMarkerReads, participantReads, participantsField, visibleUser } from '../activities/resolvers.ts';
import { nodeProperties, sameNamed, type FieldReads } from '../../graphql/selection.ts';
import { inputId, optionalInputId, payload, unchangedIfNull } from '../../graphql/mutation-input.ts';
import { missionFilterFromArgs } from './mission-filter.ts';

/** Decodes the target and facilitator ids of a create or update input, each error naming its list entry. */
const referencesOf = (input: {
  targetSynergyIds?: readonly string[] | null;
  targetPartnerIds?: readonly string[] | null;
  facilitators?: readonly { name: string; kind: 'PERSON' | 'ORGANISATION'; origin: 'INTERNAL' | 'EXTERNAL'; partnerId?: string | null }[] | null;
}) => ({
  targetSynergyIds: input.targetSynergyIds?.map((id, index) => inputId(id, ['targetSynergyIds', String(index)], 'Synergy')),
  targetPartnerIds: input.targetPartnerIds?.map((id, index) => inputId(id, ['targetPartnerIds', String(index)], 'Partner')),
  facilitators: input.facilitators?.map((facilitator, index) => ({
    ...facilitator,
    partnerId: optionalInputId(facilitator.partnerId, ['facilitators', String(index), 'partnerId'], 'Partner'),
  })),
});

/** The rows found, by name (targets added together have no order of their own). */
const loaded = <T extends { name: string }>(rows: (T | null | Error)[]): T[] =>
  rows.filter((row): row is T => row !== null && !(row instanceof Error)).sort((a, b) => a.name.localeCompare(b.name));

const targetSynergiesOf = async (ctx: GraphQLContext, mission: CapacityBuildingMission): Promise<Synergy[]> => {
  const targets = await ctx.loaders.targetsOfMission.load(mission.id);
  return loaded(await ctx.loaders.synergyById.loadMany(targets.flatMap((target) => (target.synergy ? [target.synergy.id] : []))));
};

/**
 * A page as a connection, handing the loaders what its list populated: the
 * organiser synergies always, the network with the top-level list only.
 */
const connectionOf = (ctx: GraphQLContext, page: Page<CapacityBuildingMission>, { withNetwork = false } = {}) => {
  primeWith(ctx.loaders.synergyById, page.items.map((mission) => mission.organiserSynergy));
  if (withNetwork) primeWith(ctx.loaders.networkById, page.items.map((mission) => mission.network));
  return toConnection(page);
};

const targetPartnerIdsOf = async (ctx: GraphQLContext, mission: CapacityBuildingMission): Promise<string[]> =>
  (await ctx.loaders.targetsOfMission.load(mission.id)).flatMap((target) => (target.partner ? [target.partner.id] : []));

/**
 * The mutations' own rule, from batched facts: the mission's targets (one
 * query for all missions) and the target partners' current synergies (one more).
 */
async function viewerCan(ctx: GraphQLContext, mission: CapacityBuildingMission) {
  const targets = await ctx.loaders.targetsOfMission.load(mission.id);
  const partnerIds = targets.flatMap((target) => (target.partner ? [target.partner.id] : []));
  const memberships = await ctx.loaders.currentMembershipsOfPartner.loadMany(partnerIds);
  const subject = missionSubjectFrom(mission, {
    synergyIds: targets.flatMap((target) => (target.synergy ? [target.synergy.id] : [])),
    partnerIds,
    partnerSynergyIds: memberships.flatMap((rows) => (rows instanceof Error ? [] : rows.map((membership) => membership.synergy.id))),
  });
  return missionPermissions(ctx.actor, mission, subject);
}

/** Decimal and double columns come back as strings on some drivers. */
const amount = (value: string | number | null | undefined) => (value == null ? null : Number(value));

/**
 * What each CapacityBuildingMission field reads, so a list page loads only those columns (`nodeProperties`). Fields
 * not here (`viewerCan`) load the whole row; `list-selection.integration.test.ts` checks each one against `nodes(ids:)`.
 */
const missionReads: FieldReads<keyof CapacityBuildingMission & string> = {
  id: [],
  ...sameNamed('network', 'organiserSynergy', 'format', 'themes', 'title', 'objectives', 'plannedStartDate', 'plannedEndDate', 'actualStartDate'),
  ...sameNamed('actualEndDate', 'status', 'reviewStatus', 'version', 'createdAt', 'updatedAt'),
  organiserName: ['organiserSynergy', 'network'],
  place: ['country', 'city', 'online'],
  nextStatuses: ['status'],
  locked: ['reviewStatus'],
  budget: ['budgetPlanned', 'budgetSpent', 'budgetCurrency'],
  evaluation: ['evaluationFormsReturned', 'evaluationRelevance', 'evaluationQuality', 'evaluationUsefulness', 'evaluationLearnings'],
  participants: participantReads,
  genderMarker: genderMarkerReads,
  createdBy: ['network', 'createdBy'],
  updatedBy: ['network', 'updatedBy'],
  // Loaded by the mission's id.
  targetSynergies: [],
  targetPartners: [],
  facilitators: [],
  followUps: [],
  assessments: [],
  capacityChange: [],
  review: [],
};

export const missionResolvers: Resolvers = {
  Query: {
    missions: (_, { filter, orderBy, first, after }, ctx, info) => {
      requireActor(ctx);
      return withArgumentErrors(async () =>
        connectionOf(ctx, await listMissions(ctx, missionFilterFromArgs(filter), orderBy, { first, after }, nodeProperties(info, missionReads)), { withNetwork: true }),
      );
    },
    mission: (_, { id }, ctx) => {
      requireActor(ctx);
      return findMission(ctx, argumentId(id, 'id', 'CapacityBuildingMission'));
    },
  },
  Mutation: {
    createMission: (_, { input }, ctx) =>
      payload(ctx, 'mission', () =>
        createMission(ctx, {
          ...input,
          organiserSynergyId: optionalInputId(input.organiserSynergyId, ['organiserSynergyId'], 'Synergy'),
          networkId: optionalInputId(input.networkId, ['networkId'], 'Network'),
          ...referencesOf(input),
        }),
      ),
    updateMission: (_, { input }, ctx) =>
      payload(ctx, 'mission', () =>
        updateMission(ctx, {
          ...input,
          id: inputId(input.id, ['id'], 'CapacityBuildingMission'),
          // objectives, the actual dates, country, city and the budget may be cleared with null; the others are always set.
          format: unchangedIfNull(input.format),
          themes: unchangedIfNull(input.themes),
          title: unchangedIfNull(input.title),
          plannedStartDate: unchangedIfNull(input.plannedStartDate),
          plannedEndDate: unchangedIfNull(input.plannedEndDate),
          online: unchangedIfNull(input.online),
          participants: unchangedIfNull(input.participants),
          genderMarker: unchangedIfNull(input.genderMarker),
          ...referencesOf({
            targetSynergyIds: unchangedIfNull(input.targetSynergyIds),
            targetPartnerIds: unchangedIfNull(input.targetPartnerIds),
            facilitators: unchangedIfNull(input.facilitators),
          }),
        }),
      ),
    changeMissionStatus: (_, { input }, ctx) =>
      payload(ctx, 'mission', () => changeMissionStatus(ctx, { ...input, id: inputId(input.id, ['id'], 'CapacityBuildingMission') })),
    deleteMission: (_, { input }, ctx) =>
      payload(ctx, 'deletedMissionId', async () => {
        const result = await deleteMission(ctx, { ...input, id: inputId(input.id, ['id'], 'CapacityBuildingMission') });
        return result.ok ? { ok: true as const, value: input.id } : result;
      }),
    recordMissionEvaluation: (_, { input }, ctx) =>
      payload(ctx, 'mission', () =>
        recordMissionEvaluation(ctx, { ...input, missionId: inputId(input.missionId, ['missionId'], 'CapacityBuildingMission') }),
      ),
  },
  Synergy: {
    missions: (synergy, { filter, orderBy, first, after }, ctx) =>
      withArgumentErrors(async () => connectionOf(ctx, await ctx.loaders.missionsOfSynergy(missionFilterFromArgs(filter), orderBy, first, after).load(synergy.id))),
  },
  Partner: {
    missions: (partner, { filter, orderBy, first, after }, ctx) =>
      withArgumentErrors(async () => connectionOf(ctx, await ctx.loaders.missionsOfPartner(missionFilterFromArgs(filter), orderBy, first, after).load(partner.id))),
  },
  CapacityBuildingMission: {
    id: (mission) => toGlobalId('CapacityBuildingMission', mission.id),
    // A list's organiser synergy and network come joined to its rows: answered at once, not with a promise per row.
    network: (mission) => (joinedEntity(mission.network) ?? mission.network.load({ dataloader: true })) as never,
    organiserSynergy: (mission, _, ctx) =>
      mission.organiserSynergy ? (joinedEntity(mission.organiserSynergy) ?? ctx.loaders.synergyById.load(mission.organiserSynergy.id)) : null,
    // The network is loaded even when a synergy organises: a page costs the same statements whoever organises its missions.
    organiserName: (mission, _, ctx) => {
      const synergy = mission.organiserSynergy ? joinedEntity(mission.organiserSynergy) : null;
      const network = joinedEntity(mission.network);
      if (synergy !== undefined && network) return synergy?.name ?? network.name;
      return Promise.all([
        mission.organiserSynergy ? ctx.loaders.synergyById.load(mission.organiserSynergy.id) : null,
        ctx.loaders.networkById.load(mission.network.id),
      ]).then(([organiser, owner]) => organiser?.name ?? owner?.name ?? '');
    },
    objectives: (mission) => mission.objectives ?? null,
    actualStartDate: (mission) => mission.actualStartDate ?? null,
    actualEndDate: (mission) => mission.actualEndDate ?? null,
    place: (mission) => ({
      country: mission.country ?? null,
      countryName: mission.country ? countryName(mission.country) : null,
      city: mission.city ?? null,
      online: mission.online,
    }),
    nextStatuses: (mission) => [...allowedTransitions[mission.status as WorkStatus]],
    targetSynergies: (mission, _, ctx) => targetSynergiesOf(ctx, mission),
    targetPartners: async (mission, _, ctx) => loaded<Partner>(await ctx.loaders.partnerById.loadMany(await targetPartnerIdsOf(ctx, mission))),
    facilitators: (mission, _, ctx) => ctx.loaders.facilitatorsOfMission.load(mission.id),
    budget: (mission) => ({ planned: amount(mission.budgetPlanned), spent: amount(mission.budgetSpent), currency: mission.budgetCurrency ?? null }),
    participants: (mission, _, __, info) => participantsField(mission, info),
    genderMarker: (mission) => genderMarkerObjectOf(mission),
    evaluation: (mission) =>
      mission.evaluationFormsReturned == null
        ? null
        : {
            formsReturned: mission.evaluationFormsReturned,
            relevance: amount(mission.evaluationRelevance),
            quality: amount(mission.evaluationQuality),
            usefulness: amount(mission.evaluationUsefulness),
            learnings: mission.evaluationLearnings ?? null,
          },
    reviewStatus: (mission) => mission.reviewStatus ?? null,
    locked: (mission) => missionIsLocked(mission.reviewStatus),
    createdBy: (mission, _, ctx) => visibleUser(ctx, mission.network.id, mission.createdBy) as never,
    updatedBy: (mission, _, ctx) => visibleUser(ctx, mission.network.id, mission.updatedBy) as never,
    viewerCan: (mission, _, ctx) => viewerCan(ctx, mission),
  },
  MissionFacilitator: {
    // Not a node: facilitators are reached (and replaced) through their mission.
    id: (facilitator) => facilitator.id,
    partner: async (facilitator, _, ctx) => (facilitator.partner ? await ctx.loaders.partnerById.load(facilitator.partner.id) : null),
  },
};
