import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { JointAction, JointActionMilestone, PolicyOutcome } from './joint-action.entity.ts';
import type { JointActionFilter, JointActionOrder } from './joint-action.filter.ts';
import type { JointActionKind, PolicyStage, TargetLevel } from './joint-action.vocabulary.ts';
import { jointActionFilterWhere, jointActionOrderBy, visibleJointActionsWhere } from './joint-action.queries.ts';
import { checkDate } from '../activities/activity.queries.ts';
import type { Actor } from '../permissions/permissions.rules.ts';
import type { DomainContext } from '../shared/context.ts';
import { checkPageArgs, pageFromCursor, type Page, type PageArgs } from '../shared/pagination.ts';
import { emptyPage, pagesOfParents as windowedPages, type ParentRelation } from '../shared/windowed-pages.ts';

/** Which milestones to list (GraphQL `JointActionMilestoneFilter`); every field narrows. */
export type JointActionMilestoneFilter = {
  networkId?: string | null;
  synergyId?: string | null;
  /** Milestones of the joint actions this partner takes part in. */
  partnerId?: string | null;
  jointActionId?: string | null;
  /** true: only done ones; false: only open ones. */
  done?: boolean | null;
  dueFrom?: string | null;
  dueTo?: string | null;
  /** Default true: leave out milestones of COMPLETED and CANCELLED joint actions. */
  activeOnly?: boolean | null;
};

/** Which policy outcomes to list (GraphQL `PolicyOutcomeFilter`); every field narrows. */
export type PolicyOutcomeFilter = {
  networkId?: string | null;
  synergyId?: string | null;
  continental?: boolean | null;
  countries?: readonly string[] | null;
  stages?: readonly PolicyStage[] | null;
  targetLevels?: readonly TargetLevel[] | null;
  kinds?: readonly JointActionKind[] | null;
  /** Observed on or after this day. */
  from?: string | null;
  /** Observed on or before this day. */
  to?: string | null;
};

/** A synergy's or a partner's joint actions, and which filter field the parent itself stands for. */
type Parents = ParentRelation & { ownFilterKey: 'synergyId' | 'partnerId' };

const ofSynergies: Parents = {
  column: 'ja.synergy_id',
  narrow: (query, ids) => void query.whereIn('ja.synergy_id', ids),
  ownFilterKey: 'synergyId',
};

const ofPartners: Parents = {
  column: 'jap.partner_id',
  // An action appears once per partner taking part, each in that partner's page.
  narrow: (query, ids) => void query.join('joint_action_partner as jap', 'jap.joint_action_id', 'ja.id').whereIn('jap.partner_id', ids),
  ownFilterKey: 'partnerId',
};

/**
 * One page of joint actions per parent in at most three SQL statements
 * (the windowed ranking, the pages' actions, their synergies), loaded as
 * `listJointActions` loads them and with its cursors.
 */
const pagesOfParents = (
  ctx: DomainContext,
  parents: Parents,
  parentIds: readonly string[],
  filter: JointActionFilter | null | undefined,
  order: JointActionOrder | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<JointAction>>> =>
  windowedPages(
    ctx,
    {
      entity: JointAction,
      alias: 'ja',
      parents,
      where: (em, actor) => ({ $and: [visibleJointActionsWhere(em, actor), jointActionFilterWhere(em, { ...filter, [parents.ownFilterKey]: null })] }),
      orderBy: jointActionOrderBy(order),
      populate: ['synergy'],
    },
    parentIds,
    page,
  );

/**
 * Pages of each synergy's own joint actions (not continental ones, not those
 * its partners take part in elsewhere) that the actor may see, filtered and
 * ordered as `listJointActions`, whose cursors they share. At most three SQL
 * statements however many synergies (the gateway batches `Synergy.jointActions` here).
 */
export function listJointActionsOfSynergies(
  ctx: DomainContext,
  synergyIds: readonly string[],
  filter: JointActionFilter | null | undefined,
  order: JointActionOrder | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<JointAction>>> {
  return pagesOfParents(ctx, ofSynergies, synergyIds, filter, order, page);
}

/** The same per partner: the joint actions each partner takes part in (`Partner.jointActions`). */
export function listJointActionsOfPartners(
  ctx: DomainContext,
  partnerIds: readonly string[],
  filter: JointActionFilter | null | undefined,
  order: JointActionOrder | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<JointAction>>> {
  return pagesOfParents(ctx, ofPartners, partnerIds, filter, order, page);
}

/** Ids of the joint actions the actor may see that match `where`, as an SQL subquery. */
function visibleActionIds(em: EntityManager, actor: Actor, where: FilterQuery<JointAction>[]) {
  return em
    .createQueryBuilder(JointAction, 'v')
    .select('v.id')
    .where({ $and: [visibleJointActionsWhere(em, actor), ...where] })
    .getKnexQuery();
}

/** `jointAction in (subquery)`: MikroORM takes a knex subquery as an operand, its types do not. */
const ofActions = <T>(subquery: Knex.QueryBuilder): FilterQuery<T> => ({ jointAction: { $in: subquery } }) as unknown as FilterQuery<T>;

/** Milestones of the joint actions the actor may see, by due date then id (the plan's timeline; what is overdue or coming up). */
export async function listJointActionMilestones(
  ctx: DomainContext,
  filter: JointActionMilestoneFilter | null | undefined,
  page: PageArgs,
): Promise<Page<JointActionMilestone>> {
  const { first, after } = checkPageArgs(page);
  const f = filter ?? {};
  checkDate(f.dueFrom, 'filter.dueFrom');
  checkDate(f.dueTo, 'filter.dueTo');
  if (!ctx.actor) return emptyPage();
  const em = ctx.em;
  const actions: FilterQuery<JointAction>[] = [jointActionFilterWhere(em, { networkId: f.networkId, synergyId: f.synergyId, partnerId: f.partnerId })];
  if (f.jointActionId) actions.push({ id: f.jointActionId });
  if (f.activeOnly !== false) actions.push({ status: { $nin: ['COMPLETED', 'CANCELLED'] } });
  const where: FilterQuery<JointActionMilestone>[] = [ofActions(visibleActionIds(em, ctx.actor, actions))];
  if (f.done === true) where.push({ doneDate: { $ne: null } });
  if (f.done === false) where.push({ doneDate: null });
  if (f.dueFrom) where.push({ dueDate: { $gte: f.dueFrom } });
  if (f.dueTo) where.push({ dueDate: { $lte: f.dueTo } });
  const cursor = await em.findByCursor(JointActionMilestone, { $and: where }, {
    first,
    after,
    orderBy: { dueDate: 'asc', id: 'asc' },
    includeCount: true,
    populate: ['jointAction'],
  });
  return pageFromCursor(cursor, Boolean(after));
}

/** Outcomes recorded on the joint actions the actor may see, latest observed first: the network's political results. */
export async function listPolicyOutcomes(ctx: DomainContext, filter: PolicyOutcomeFilter | null | undefined, page: PageArgs): Promise<Page<PolicyOutcome>> {
  const { first, after } = checkPageArgs(page);
  const f = filter ?? {};
  checkDate(f.from, 'filter.from');
  checkDate(f.to, 'filter.to');
  if (!ctx.actor) return emptyPage();
  const em = ctx.em;
  const actions = jointActionFilterWhere(em, {
    networkId: f.networkId,
    synergyId: f.synergyId,
    continental: f.continental,
    countries: f.countries,
    kinds: f.kinds,
    targetLevels: f.targetLevels,
  });
  const where: FilterQuery<PolicyOutcome>[] = [ofActions(visibleActionIds(em, ctx.actor, [actions]))];
  if (f.stages?.length) where.push({ stage: { $in: [...f.stages] } });
  if (f.from) where.push({ observedOn: { $gte: f.from } });
  if (f.to) where.push({ observedOn: { $lte: f.to } });
  const cursor = await em.findByCursor(PolicyOutcome, { $and: where }, {
    first,
    after,
    orderBy: { observedOn: 'desc', id: 'desc' },
    includeCount: true,
    populate: ['jointAction'],
  });
  return pageFromCursor(cursor, Boolean(after));
}
