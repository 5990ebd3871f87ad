import {
  ParticipationSummary,
  activityPermissions,
  activitySubjectFrom,
  allowedTransitions,
  allowedMaxScore,
  can,
  changeActivityStatus,
  countryName,
  createActivity,
  criterionFields,
  deleteActivity,
  findActivity,
  joinedEntity,
  genderMarkerOf,
  listActivities,
  missingCriteria,
  participantsOf,
  participantTotalsOf,
  updateActivity,
  type Activity,
  type AgeBand,
  type GenderMarkerColumns,
  type ParticipantCell,
  type ParticipantColumns,
  type BreakdownName,
  type User,
  type WorkStatus,
} from '@synergia/domain';
import type { Ref } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import type { GraphQLContext } from '../../context.ts';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.ts';
import { argumentId, invalidIdPayload, toPayload, withArgumentErrors } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';
import { toConnection } from '../../graphql/connection.ts';
import { pageReads, sameNamed, selectedFields, type FieldReads } from '../../graphql/selection.ts';
import { partnerReads } from '../partners/resolvers.ts';
import { synergyReads } from '../synergies/resolvers.ts';
import { activityFilterFromArgs } from './activity-filter.ts';

/** Which breakdown of the participation summary answers each of its GraphQL fields. */
const breakdownOfField: Record<string, BreakdownName | undefined> = {
  ...Object.fromEntries(['activityCount', 'total', 'women', 'men', 'other', 'notRecorded', 'youth', 'womenShare', 'youthShare'].map((field) => [field, 'totals'])),
  bySexAndAgeBand: 'bySexAndAgeBand',
  byType: 'byType',
  byBranch: 'byBranch',
  byGenderMarkerScore: 'byGenderMarkerScore',
  byCountry: 'byCountry',
  byMonth: 'byMonth',
};

/** Cells with their age band objects; a band the network no longer has is shown by its id. */
export const cellsWithBands = (cells: readonly ParticipantCell[], bands: readonly AgeBand[]) => {
  const byId = new Map(bands.map((band) => [band.id, band]));
  return cells.map((cell) => ({
    sex: cell.sex,
    count: cell.count,
    ageBand: cell.ageBandId === null ? null : (byId.get(cell.ageBandId) ?? { id: cell.ageBandId, label: cell.ageBandId, minAge: null, maxAge: null, youth: false }),
  }));
};

/** The age bands of the network an activity or joint action belongs to. */
export const ageBandsOf = async (record: Pick<Activity, 'network'>) => (await record.network.load({ dataloader: true }))?.ageBands ?? [];

/** Who recorded or changed a record of a network, for those who may see people in the network (and always oneself). */
export async function visibleUser(ctx: GraphQLContext, networkId: string, ref: Ref<User> | null | undefined) {
  if (!ref) return null;
  if (ref.id !== ctx.actor?.userId && !can(ctx.actor, 'read', { kind: 'User', networkId })) return null;
  return (await ref.load({ dataloader: true })) ?? null;
}

/** ParticipantCounts of an activity or joint action: the derived totals and the cells with their age bands. */
export const participantCountsOf = (record: ParticipantColumns, bands: readonly AgeBand[]) => {
  const { cells, ...totals } = participantsOf(record);
  return { ...totals, cells: cellsWithBands(cells, bands) };
};

/**
 * The `participants` field: the cells, and the network for their age bands, only when the query asks for them (a
 * list page that does not ask leaves them unloaded: `participantReads`).
 */
export const participantsField = (record: ParticipantColumns & Pick<Activity, 'network'>, info: GraphQLResolveInfo) => {
  if (selectedFields(info).has('cells')) return ageBandsOf(record).then((bands) => participantCountsOf(record, bands));
  // At once, not a promise: a list asks this of every row.
  return { ...participantTotalsOf(record), cells: [] };
};

/** What `participantsField` reads, given what the query selects under it. */
export const participantReads = (selected: ReadonlySet<string>) =>
  [
    'participantsTotal',
    'participantsWomen',
    'participantsMen',
    'participantsOther',
    'participantsNotRecorded',
    'participantsYouth',
    ...(selected.has('cells') ? (['participantCells', 'network'] as const) : []),
  ] as const;

/**
 * The GenderMarker object of an activity or joint action: score, checklist by field name and what it allows. All but
 * the score are getters: lists ask only for the score, and their pages load only its column (`genderMarkerReads`).
 */
export const genderMarkerObjectOf = (record: GenderMarkerColumns) => {
  let marker: ReturnType<typeof genderMarkerOf> | undefined;
  const whole = () => (marker ??= genderMarkerOf(record));
  return {
    score: record.genderScore,
    get criteria() {
      return Object.fromEntries(Object.entries(criterionFields).map(([criterion, field]) => [field, whole().criteria[criterion as keyof typeof criterionFields]])) as never;
    },
    get missingCriteria() {
      return missingCriteria(whole());
    },
    get principalObjective() {
      return whole().principalObjective;
    },
    get justification() {
      return whole().justification;
    },
    get allowedMaxScore() {
      return allowedMaxScore(whole());
    },
  };
};

/** What `genderMarkerObjectOf` reads, given what the query selects under it. */
export const genderMarkerReads = (selected: ReadonlySet<string>) =>
  [...selected].every((field) => field === 'score' || field === '__typename')
    ? (['genderScore'] as const)
    : (['genderScore', 'genderCriteria', 'genderPrincipalObjective', 'genderJustification'] as const);

/**
 * What each Activity field reads, so a list page loads only those columns (`nodeProperties`). Fields not here
 * (`viewerCan`) load the whole row; `list-selection.integration.test.ts` checks each one against `nodes(ids:)`.
 */
export const activityReads: FieldReads<keyof Activity & string> = {
  id: [],
  ...sameNamed('network', 'partner', 'synergy', 'type', 'subType', 'title', 'description', 'startDate', 'endDate', 'country', 'place'),
  ...sameNamed('branches', 'workerCategories', 'informalSectors', 'status', 'version', 'createdAt', 'updatedAt'),
  countryName: ['country'],
  nextStatuses: ['status'],
  participants: participantReads,
  genderMarker: genderMarkerReads,
  createdBy: ['network', 'createdBy'],
  updatedBy: ['network', 'updatedBy'],
};

/** The sums every ParticipationGroup row shares, with the row's own key under `name`. */
const keyed = <K extends string>(name: K) => (row: { key: string } & Record<string, unknown>) => {
  const { key, ...sums } = row;
  return { ...sums, [name]: key } as never;
};

const decodeId = (value: string | null | undefined, field: string, type: 'Partner' | 'Synergy') => {
  if (value === null || value === undefined) return { ok: true as const, id: value };
  const decoded = fromGlobalId(value, type);
  return decoded ? { ok: true as const, id: decoded.id } : { ok: false as const, field, type };
};

export const activityResolvers: Resolvers = {
  Query: {
    activities: (_, { filter, orderBy, first, after }, ctx, info) => {
      requireActor(ctx);
      return withArgumentErrors(async () =>
        toConnection(await listActivities(ctx, activityFilterFromArgs(filter), orderBy, { first, after }, ...pageReads(info, activityReads, { partner: partnerReads, synergy: synergyReads }))),
      );
    },
    activity: (_, { id }, ctx) => {
      requireActor(ctx);
      return findActivity(ctx, argumentId(id, 'id', 'Activity'));
    },
    participationSummary: (_, { scope, from, to }, ctx, info) => {
      requireActor(ctx);
      return withArgumentErrors(async () => {
        const summary = await ParticipationSummary.open(
          ctx,
          {
            networkId: scope.networkId ? argumentId(scope.networkId, 'scope.networkId', 'Network') : null,
            synergyId: scope.synergyId ? argumentId(scope.synergyId, 'scope.synergyId', 'Synergy') : null,
            partnerId: scope.partnerId ? argumentId(scope.partnerId, 'scope.partnerId', 'Partner') : null,
          },
          from,
          to,
        );
        // Every breakdown the query selects comes from one SQL statement, not one per field.
        summary.prefetch([...selectedFields(info)].map((field) => breakdownOfField[field]).filter((name) => name !== undefined));
        return summary;
      });
    },
  },
  Mutation: {
    createActivity: async (_, { input }, ctx) => {
      requireActor(ctx);
      const partner = decodeId(input.partnerId, 'partnerId', 'Partner');
      if (!partner.ok) return invalidIdPayload('activity', partner.field, partner.type);
      const synergy = decodeId(input.synergyId, 'synergyId', 'Synergy');
      if (!synergy.ok) return invalidIdPayload('activity', synergy.field, synergy.type);
      return toPayload('activity', await createActivity(ctx, { ...input, partnerId: partner.id!, synergyId: synergy.id }));
    },
    updateActivity: async (_, { input }, ctx) => {
      requireActor(ctx);
      const id = fromGlobalId(input.id, 'Activity');
      if (!id) return invalidIdPayload('activity', 'id', 'Activity');
      const synergy = decodeId(input.synergyId, 'synergyId', 'Synergy');
      if (!synergy.ok) return invalidIdPayload('activity', synergy.field, synergy.type);
      // An explicit null clears the optional fields; for the required ones it means "unchanged", as if absent.
      const { type, title, startDate, endDate, country, branches, workerCategories, informalSectors, participants, genderMarker } = input;
      return toPayload(
        'activity',
        await updateActivity(ctx, {
          ...input,
          id: id.id,
          synergyId: synergy.id,
          type: type ?? undefined,
          title: title ?? undefined,
          startDate: startDate ?? undefined,
          endDate: endDate ?? undefined,
          country: country ?? undefined,
          branches: branches ?? undefined,
          workerCategories: workerCategories ?? undefined,
          informalSectors: informalSectors ?? undefined,
          participants: participants ?? undefined,
          genderMarker: genderMarker ?? undefined,
        }),
      );
    },
    changeActivityStatus: async (_, { input }, ctx) => {
      requireActor(ctx);
      const id = fromGlobalId(input.id, 'Activity');
      if (!id) return invalidIdPayload('activity', 'id', 'Activity');
      return toPayload('activity', await changeActivityStatus(ctx, { ...input, id: id.id }));
    },
    deleteActivity: async (_, { input }, ctx) => {
      requireActor(ctx);
      const id = fromGlobalId(input.id, 'Activity');
      if (!id) return invalidIdPayload('deletedActivityId', 'id', 'Activity');
      const result = await deleteActivity(ctx, { ...input, id: id.id });
      return toPayload('deletedActivityId', result.ok ? { ok: true, value: input.id } : result);
    },
  },
  Activity: {
    id: (activity) => toGlobalId('Activity', activity.id),
    network: (activity) => activity.network.load({ dataloader: true }) as never,
    // A page's partner and synergy come joined to its rows: answered at once, not with a promise per row.
    partner: (activity) => (joinedEntity(activity.partner) ?? activity.partner.load({ dataloader: true })) as never,
    synergy: (activity) => (activity.synergy ? ((joinedEntity(activity.synergy) ?? activity.synergy.load({ dataloader: true })) as never) : null),
    countryName: (activity) => countryName(activity.country),
    nextStatuses: (activity) => [...allowedTransitions[activity.status as WorkStatus]],
    participants: (activity, _, __, info) => participantsField(activity, info),
    genderMarker: (activity) => genderMarkerObjectOf(activity),
    createdBy: (activity, _, ctx) => visibleUser(ctx, activity.network.id, activity.createdBy) as never,
    updatedBy: (activity, _, ctx) => visibleUser(ctx, activity.network.id, activity.updatedBy) as never,
    viewerCan: async (activity, _, ctx) => {
      // The partner's current synergies come batched from the loader; the rule is the mutations' own.
      const partnerSynergyIds = (await ctx.loaders.currentMembershipsOfPartner.load(activity.partner.id)).map((m) => m.synergy.id);
      return activityPermissions(ctx.actor, activity, activitySubjectFrom(activity, partnerSynergyIds));
    },
  },
  ParticipationSummary: {
    activityCount: async (summary) => (await summary.totals()).activityCount,
    total: async (summary) => (await summary.totals()).total,
    women: async (summary) => (await summary.totals()).women,
    men: async (summary) => (await summary.totals()).men,
    other: async (summary) => (await summary.totals()).other,
    notRecorded: async (summary) => (await summary.totals()).notRecorded,
    youth: async (summary) => (await summary.totals()).youth,
    womenShare: async (summary) => (await summary.totals()).womenShare,
    youthShare: async (summary) => (await summary.totals()).youthShare,
    bySexAndAgeBand: async (summary) => cellsWithBands(await summary.bySexAndAgeBand(), summary.ageBands),
    byType: async (summary) => (await summary.byType()).map(keyed('type')),
    byBranch: async (summary) => (await summary.byBranch()).map(keyed('branch')),
    byGenderMarkerScore: async (summary) => (await summary.byGenderMarkerScore()).map((row) => ({ ...row, score: Number(row.key) })),
    byCountry: async (summary) => (await summary.byCountry()).map((row) => ({ ...row, country: row.key, countryName: countryName(row.key) })),
    byMonth: async (summary) => (await summary.byMonth()).map(keyed('month')),
  },
  ParticipationGroup: {
    __resolveType: (group) => {
      const row = group as Record<string, unknown>;
      if ('type' in row) return 'ParticipationByType';
      if ('branch' in row) return 'ParticipationByBranch';
      if ('score' in row) return 'ParticipationByGenderMarkerScore';
      if ('country' in row) return 'ParticipationByCountry';
      if ('month' in row) return 'ParticipationByMonth';
      return 'ParticipationSummary';
    },
  },
};
