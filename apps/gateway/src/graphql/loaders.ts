import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import type { EntityName, Ref } from '@mikro-orm/core';
import {
  JointAction,
  Network,
  JointActionMilestone,
  JointActionPartner,
  Partner,
  PolicyOutcome,
  PolicyTarget,
  Synergy,
  SynergyMembership,
  RoleGrant,
  countCurrentMembers,
  currentMembershipWhere,
  membershipListFields,
  membershipsOrder,
  findReadOnlyByKeys,
  isPartial,
  joinedEntity,
  todayIso,
  grantsOfUsers,
  jointActionRoles,
  listJointActionsOfPartners,
  listJointActionsOfSynergies,
  listPartnersOfSynergies,
  participatingPartnersOrder,
  type Actor,
  type JointActionFilter,
  type JointActionOrder,
  type Page,
  type PartnerFilter,
} from '@synergia/domain';

import { createMissionLoaders } from '../modules/missions/mission-loaders.ts';
import { createFollowUpLoaders } from '../modules/follow-ups/follow-up-loaders.ts';
import { createCapacityAssessmentLoaders } from '../modules/capacity-assessments/capacity-assessment-loaders.ts';
import { createReviewLoaders } from '../modules/capacity-building-reviews/review-loaders.ts';

export type LoaderContext = { em: EntityManager; actor: Actor | null };

const groupBy = <T>(items: T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/*
 * By id, always from the database (not the identity map): a populate that skips entities some
 * other loader happened to load first would make a request's statement count depend on timing.
 * Read-only entities, as the pages that prime these loaders give: resolvers read them, services
 * load what they change themselves.
 */
export const byId = <T extends object>(ctx: LoaderContext, entity: EntityName<T>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const rows = await findReadOnlyByKeys(ctx.em, entity, 'id', ids);
    const found = new Map(rows.map((row) => [(row as unknown as { id: string }).id, row as T]));
    return ids.map((id) => found.get(id) ?? null);
  });

/**
 * Hands a by-id loader the entities a list query populated with its page, so
 * resolvers asking for them by id run no second statement. Only pass
 * references the list always populates: priming from whatever happens to be
 * loaded would make statement counts depend on timing.
 */
export function primeWith<T extends { id: string }>(loader: DataLoader<string, T | null>, refs: Iterable<Ref<T> | null | undefined>): void {
  for (const ref of refs) {
    // A joined entity at once (asking a reference whether it is loaded wraps its entity in the ORM's helper).
    const entity = joinedEntity(ref) ?? (ref?.isInitialized() ? ref.getEntity() : undefined);
    // A row joined with some columns only (`JoinedFields`) stays with the field that asked for those.
    if (entity && !isPartial(entity)) loader.prime(ref!.id, entity as T);
  }
}

/**
 * Per-request page loaders of a nested list: one DataLoader per distinct
 * arguments (filter, order, first, after…), so all the parents asking the same
 * page in a tick share its statements.
 */
export function pageLoaders<Args extends unknown[], T>(listPages: (parentIds: readonly string[], ...args: Args) => Promise<Map<string, Page<T>>>) {
  const loaders = new Map<string, DataLoader<string, Page<T>>>();
  return (...args: Args): DataLoader<string, Page<T>> => {
    const key = JSON.stringify(args.map((arg) => arg ?? null));
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, Page<T>>(async (ids) => {
        const pages = await listPages(ids, ...args);
        return ids.map((id) => pages.get(id)!);
      });
      loaders.set(key, loader);
    }
    return loader;
  };
}

const roleRank = (role: string) => jointActionRoles.indexOf(role as (typeof jointActionRoles)[number]);
/** A joint action's participating partners as `partnersOfJointAction` gives them: by role, each role in the order added. */
const inRoleOrder = (takings: readonly JointActionPartner[]) => [...takings].sort((a, b) => roleRank(a.role) - roleRank(b.role));

/** Of the joint actions of a list page, the participating partners its statement brought (`takePagePartners`). */
const broughtPartners = new WeakMap<JointAction, JointActionPartner[]>();

/**
 * Keeps the participating partners an action's page brought (in the order
 * added) for that action's own fields, and hands them to `partnersOfJointAction`
 * (and `partnerById`, their partners) when they and their partners are whole rows. A
 * page's actions are reached only through its nodes, whose selection decided
 * which columns the partners have; anything else asks the loader, which must
 * answer whole rows.
 */
export function takePagePartners(loaders: Loaders, action: JointAction, takings: readonly JointActionPartner[]): void {
  const ordered = inRoleOrder(takings);
  broughtPartners.set(action, ordered);
  if (takings.some((taking) => isPartial(taking) || isPartial(joinedEntity(taking.partner) ?? {}))) return;
  loaders.partnersOfJointAction.prime(action.id, ordered);
  primeWith(loaders.partnerById, takings.map((taking) => taking.partner));
}

/** A joint action's participating partners, by role, each role in the order added: those its page brought, or from the loader. */
export const partnersOfJointAction = (loaders: Loaders, action: JointAction): JointActionPartner[] | Promise<JointActionPartner[]> =>
  broughtPartners.get(action) ?? loaders.partnersOfJointAction.load(action.id);

/**
 * Per-request DataLoaders: nested lists cost a fixed number of SQL statements
 * per level of the query, never one per parent row.
 */
export function createLoaders(ctx: LoaderContext) {
  const memberships = (side: 'synergy' | 'partner', includeEnded: boolean) =>
    new DataLoader<string, SynergyMembership[]>(async (ids) => {
      // Read-only: lists show memberships, no service changes one it got from here.
      const rows = await findReadOnlyByKeys(ctx.em, SynergyMembership, side, ids, {
        ...(includeEnded ? {} : { where: currentMembershipWhere('?'), params: [todayIso()] }),
        orderBy: membershipsOrder,
        // As a partner page brings them (listPartners), which primes the current ones.
        fields: membershipListFields,
      });
      const groups = groupBy(rows, (row) => row[side].id);
      return ids.map((id) => groups.get(id) ?? []);
    });

  /** The rows of a joint action's part (partners, milestones…), one query for all the actions asked in a tick. */
  const partsOfJointAction = <T extends { jointAction: { id: string } }>(entity: EntityName<T>, orderBy: Record<string, string>) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = await findReadOnlyByKeys(ctx.em, entity, 'jointAction', ids, { orderBy: orderBy as never });
      const groups = groupBy(rows, (row) => row.jointAction.id);
      return ids.map((id) => groups.get(id) ?? []);
    });

  /** One loader per distinct (filter, order, first, after) and owner kind. */
  const jointActionsOf = (list: typeof listJointActionsOfSynergies) =>
    pageLoaders(
      (ids, filter: JointActionFilter | null | undefined, order: JointActionOrder | null | undefined, first: number | null | undefined, after: string | null | undefined) =>
        list(ctx, ids, filter, order, { first, after }),
    );

  const partnerById = byId(ctx, Partner);
  return {
    partnerById,
    networkById: byId(ctx, Network),
    synergyById: byId(ctx, Synergy),
    currentMembershipsOfSynergy: memberships('synergy', false),
    allMembershipsOfSynergy: memberships('synergy', true),
    currentMembershipsOfPartner: memberships('partner', false),
    allMembershipsOfPartner: memberships('partner', true),

    /** Current member counts per synergy, one grouped query. */
    partnerCountOfSynergy: new DataLoader<string, number>(async (ids) => {
      const counts = await countCurrentMembers(ctx, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),

    /** One loader per distinct (filter, first, after): all synergies asking the same page share two queries. */
    partnersOfSynergy: pageLoaders((ids, filter: PartnerFilter | null | undefined, first: number | null | undefined, after: string | null | undefined) =>
      listPartnersOfSynergies(ctx, ids, filter, { first, after }),
    ),

    jointActionById: byId(ctx, JointAction),
    jointActionsOfSynergy: jointActionsOf(listJointActionsOfSynergies),
    jointActionsOfPartner: jointActionsOf(listJointActionsOfPartners),

    /** Participating partners per joint action: the lead first, then co-organisers and contributors, each in the order added. */
    partnersOfJointAction: new DataLoader<string, JointActionPartner[]>(async (ids) => {
      // With their partners joined: a list shows each partner's name, and they would be a statement of their own.
      const rows = await findReadOnlyByKeys(ctx.em, JointActionPartner, 'jointAction', ids, { orderBy: participatingPartnersOrder, populate: ['partner'] });
      primeWith(partnerById, rows.map((row) => row.partner));
      const groups = groupBy(rows, (row) => row.jointAction.id);
      return ids.map((id) => inRoleOrder(groups.get(id) ?? []));
    }),
    milestonesOfJointAction: partsOfJointAction(JointActionMilestone, { dueDate: 'asc', id: 'asc' }),
    targetsOfJointAction: partsOfJointAction(PolicyTarget, { createdAt: 'asc', id: 'asc' }),
    outcomesOfJointAction: partsOfJointAction(PolicyOutcome, { observedOn: 'desc', createdAt: 'desc', id: 'desc' }),

    grantsOfUser: new DataLoader<string, RoleGrant[]>(async (ids) => {
      const groups = groupBy(await grantsOfUsers(ctx, ids), (grant) => grant.user.id);
      return ids.map((id) => groups.get(id) ?? []);
    }),

    // Capacity building: each module keeps its loaders next to its resolvers.
    ...createMissionLoaders(ctx),
    ...createFollowUpLoaders(ctx),
    ...createCapacityAssessmentLoaders(ctx),
    ...createReviewLoaders(ctx),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
