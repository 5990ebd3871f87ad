import { Cursor, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { JointAction, JointActionMilestone, PolicyOutcome } from './joint-action.entity.ts';
import type { JointActionFilter, JointActionOrder } from './joint-action.filter.ts';
import type { JointActionKind, PolicyStage, TargetLevel } from './joint-action.vocabulary.ts';
import { jointActionFilterWhere, jointActionOrderBy, visibleJointActionsWhere } from './joint-action.queries.ts';
import { checkDate } from '../activities/activity.queries.ts';
import type { Actor } from '../permissions/permissions.rules.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import { checkPageArgs, pageFromCursor, type Page, type PageArgs } from '../shared/pagination.ts';

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

const emptyPage = <T>(): Page<T> => ({ items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false });

type Row = Record<string, unknown>;

/** What a parent (a synergy, a partner) adds to the windowed query: its id column and how its rows are reached. */
type Parents = { column: string; narrow: (query: Knex.QueryBuilder, ids: string[]) => void; ownFilterKey: 'synergyId' | 'partnerId' };

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
 * The where clause of the rows after a cursor, built as MikroORM builds it in
 * `findByCursor` (first column strictly past, or equal and the rest past), so
 * values are converted the same way and pages join up with `listJointActions`.
 */
function afterCursorWhere(definition: (readonly [string, 'asc' | 'desc'])[], values: unknown[]): FilterQuery<JointAction> {
  const [[prop, direction], ...rest] = definition as [readonly [string, 'asc' | 'desc'], ...(readonly [string, 'asc' | 'desc'])[]];
  const [value, ...restValues] = values;
  const operator = direction === 'desc' ? '$lt' : '$gt';
  const past = { [prop]: { [operator]: value } };
  if (!rest.length) return past as FilterQuery<JointAction>;
  return { [prop]: { [`${operator}e`]: value }, $or: [past, afterCursorWhere(rest, restValues)] } as FilterQuery<JointAction>;
}

/**
 * One page of joint actions per parent in at most three SQL statements,
 * whatever the number of parents or rows: a windowed query ranks each
 * parent's rows (row_number over the list order), counts them, and counts
 * those up to the cursor; then the pages' joint actions are loaded by id,
 * with their synergies as `listJointActions` loads them.
 */
async function pagesOfParents(
  ctx: DomainContext,
  parents: Parents,
  parentIds: readonly string[],
  filter: JointActionFilter | null | undefined,
  order: JointActionOrder | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<JointAction>>> {
  const { first, after } = checkPageArgs(page);
  const ids = [...new Set(parentIds)];
  const pages = new Map<string, Page<JointAction>>(parentIds.map((id) => [id, emptyPage<JointAction>()]));
  if (!ctx.actor || ids.length === 0) return pages;
  const em = ctx.em;
  const knex = em.getKnex();
  const meta = em.getMetadata().get<JointAction>(JointAction.meta.className);
  const orderBy = jointActionOrderBy(order);
  const definition = Cursor.getDefinition(meta, orderBy) as [string, 'asc' | 'desc'][];
  const columnOf = meta.properties as Record<string, { fieldNames: string[] }>;
  const orderSql = definition.map(([prop, direction]) => `ja.${columnOf[prop]!.fieldNames[0]} ${direction}`).join(', ');
  const window = `partition by ${parents.column}`;

  let skippedSql = knex.raw('0');
  if (after) {
    const values = Cursor.decode(after) as unknown[];
    if (values.length !== definition.length) throw new InvalidArgumentError('after', 'is not a cursor of this list in this order');
    const pastCursor = em.createQueryBuilder(JointAction, 'c').select('c.id').where(afterCursorWhere(definition, values)).getKnexQuery();
    // Rows up to and including the cursor: ranks above this count come after it.
    skippedSql = knex.raw(`sum(case when ja.id in ? then 0 else 1 end) over (${window})`, [pastCursor]);
  }

  const where = {
    $and: [visibleJointActionsWhere(em, ctx.actor), jointActionFilterWhere(em, { ...filter, [parents.ownFilterKey]: null })],
  };
  const ranked = em.createQueryBuilder(JointAction, 'ja').select('ja.id').where(where).getKnexQuery();
  parents.narrow(ranked, ids);
  ranked
    .clearSelect()
    .select(
      knex.raw(
        `ja.id as id, ${parents.column} as parent_id, row_number() over (${window} order by ${orderSql}) as place, count(*) over (${window}) as total, ? as skipped`,
        [skippedSql],
      ),
    );
  // The page's rows, plus each parent's first row so its totals come back even when the page is empty.
  // Run through the ORM's connection so the statement is logged and counted like every other.
  const rows = await em.execute<Row[]>(
    knex
      .select('r.id', 'r.parent_id', 'r.place', 'r.total', 'r.skipped')
      .from(ranked.as('r'))
      .whereRaw('(r.place > r.skipped and r.place <= r.skipped + ?) or r.place = 1', [first])
      .orderBy([{ column: 'r.parent_id' }, { column: 'r.place' }]),
  );

  const pageRows = rows.filter((row) => Number(row.place) > Number(row.skipped) && Number(row.place) <= Number(row.skipped) + first);
  const pageIds = [...new Set(pageRows.map((row) => String(row.id)))];
  const found = pageIds.length ? await em.find(JointAction, { id: { $in: pageIds } }, { populate: ['synergy'] }) : [];
  const byId = new Map(found.map((action) => [action.id, action]));

  for (const parentId of ids) {
    // A parent without rows has no carrier row: nothing to count.
    const carrier = rows.find((row) => row.parent_id === parentId);
    const total = carrier ? Number(carrier.total) : 0;
    const skipped = carrier ? Number(carrier.skipped) : 0;
    const items = pageRows.filter((row) => row.parent_id === parentId).map((row) => byId.get(String(row.id))!);
    pages.set(parentId, {
      items,
      cursors: items.map((action) => Cursor.for(meta, action, orderBy)),
      totalCount: total,
      hasNextPage: total - skipped > first,
      // As in listJointActions: a page asked for after a cursor has one before it.
      hasPreviousPage: Boolean(after),
    });
  }
  return pages;
}

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
