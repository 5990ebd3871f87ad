import { Cursor, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { Actor } from '../permissions/permissions.rules.ts';
import { InvalidArgumentError, type DomainContext } from './context.ts';
import { checkPageArgs, type Page, type PageArgs } from './pagination.ts';

type Row = Record<string, unknown>;
type Direction = 'asc' | 'desc';

/** A page with no rows, the answer for a parent without any (or an anonymous actor). */
export const emptyPage = <T>(): Page<T> => ({ items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false });

/**
 * How the ranked query reaches each parent's (a synergy's, a partner's) rows:
 * `narrow` adds the join or where clause for the given parent ids to the
 * query over the listed entity, and `column` is the SQL naming each row's parent there.
 */
export type ParentRelation = {
  column: string;
  narrow: (query: Knex.QueryBuilder, ids: string[], em: EntityManager) => void;
};

/** What {@link pagesOfParents} lists: the entity (aliased `alias` in SQL), its rows the actor may see, their order and what to load with them. */
export type WindowedList<T extends { id: string }> = {
  /** The entity's schema (`defineEntity`), named by its metadata. */
  entity: EntityName<T> & { meta: { className: string } };
  alias: string;
  parents: ParentRelation;
  /** The rows to list (visibility and filter), asked only when there is an actor. */
  where: (em: EntityManager, actor: Actor) => FilterQuery<T>;
  /** The list order, ending with the id so it is total; the cursors are those of the parentless list in this order. */
  orderBy: Record<string, Direction>;
  populate?: readonly string[];
};

/**
 * The where clause of the rows after a cursor, built as MikroORM builds it in
 * `findByCursor` (first column strictly past, or equal and the rest past), so
 * values are converted the same way and pages join up with the parentless list.
 */
function afterCursorWhere<T>(definition: (readonly [string, Direction])[], values: unknown[]): FilterQuery<T> {
  const [[prop, direction], ...rest] = definition as [readonly [string, Direction], ...(readonly [string, Direction])[]];
  const [value, ...restValues] = values;
  const operator = direction === 'desc' ? '$lt' : '$gt';
  const past = { [prop]: { [operator]: value } };
  if (!rest.length) return past as FilterQuery<T>;
  return { [prop]: { [`${operator}e`]: value }, $or: [past, afterCursorWhere<T>(rest, restValues)] } as FilterQuery<T>;
}

/**
 * One page of rows per parent in two SQL statements, whatever the number of
 * parents or rows (plus whatever `populate` loads): a windowed query ranks
 * each parent's rows (row_number over the list order), counts them, and
 * counts those up to the cursor; then the pages' rows are loaded by id.
 */
export async function pagesOfParents<T extends { id: string }>(
  ctx: DomainContext,
  list: WindowedList<T>,
  parentIds: readonly string[],
  page: PageArgs,
): Promise<Map<string, Page<T>>> {
  const { first, after } = checkPageArgs(page);
  const ids = [...new Set(parentIds)];
  const pages = new Map<string, Page<T>>(parentIds.map((id) => [id, emptyPage<T>()]));
  if (!ctx.actor || ids.length === 0) return pages;
  const { alias, orderBy } = list;
  const em = ctx.em;
  const knex = em.getKnex();
  const meta = em.getMetadata().get<T>(list.entity.meta.className);
  const definition = Cursor.getDefinition(meta, orderBy as never) as [string, Direction][];
  const columnOf = meta.properties as Record<string, { fieldNames: string[] }>;
  const orderSql = definition.map(([prop, direction]) => `${alias}.${columnOf[prop]!.fieldNames[0]} ${direction}`).join(', ');
  const window = `partition by ${list.parents.column}`;

  let skippedSql = knex.raw('0');
  if (after) {
    const values = Cursor.decode(after) as unknown[];
    if (values.length !== definition.length) throw new InvalidArgumentError('after', 'is not a cursor of this list in this order');
    const pastCursor = em.createQueryBuilder(list.entity, 'c').select('c.id').where(afterCursorWhere<T>(definition, values)).getKnexQuery();
    // Rows up to and including the cursor: ranks above this count come after it.
    skippedSql = knex.raw(`sum(case when ${alias}.id in ? then 0 else 1 end) over (${window})`, [pastCursor]);
  }

  const ranked = em.createQueryBuilder(list.entity, alias).select(`${alias}.id`).where(list.where(em, ctx.actor)).getKnexQuery();
  list.parents.narrow(ranked, ids, em);
  ranked
    .clearSelect()
    .select(
      knex.raw(
        `${alias}.id as id, ${list.parents.column} as parent_id, row_number() over (${window} order by ${orderSql}) as place, count(*) over (${window}) as total, ? as skipped`,
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

  const inPage = (row: Row) => Number(row.place) > Number(row.skipped) && Number(row.place) <= Number(row.skipped) + first;
  const pageRows = rows.filter(inPage);
  const pageIds = [...new Set(pageRows.map((row) => String(row.id)))];
  const found = pageIds.length ? await em.find(list.entity, { id: { $in: pageIds } } as unknown as FilterQuery<T>, { populate: (list.populate ?? []) as never }) : [];
  const byId = new Map(found.map((row) => [row.id, row]));

  for (const parentId of ids) {
    // A parent without rows has no carrier row: nothing to count.
    const carrier = rows.find((row) => row.parent_id === parentId);
    const total = carrier ? Number(carrier.total) : 0;
    const skipped = carrier ? Number(carrier.skipped) : 0;
    const items = pageRows.filter((row) => row.parent_id === parentId).map((row) => byId.get(String(row.id))!);
    pages.set(parentId, {
      items,
      cursors: items.map((item) => Cursor.for<T>(meta, item as never, orderBy as never)),
      totalCount: total,
      hasNextPage: total - skipped > first,
      // As in the parentless list: a page asked for after a cursor has one before it.
      hasPreviousPage: Boolean(after),
    });
  }
  return pages;
}
