import { Cursor, raw, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { InvalidArgumentError } from './context.ts';
import { joinToOne, readOnlyEntities, rowsOfJson, storedColumns, type JoinedFields } from './read-only-entities.ts';
import { executeCached } from './statement-cache.ts';

export type PageArgs = { first?: number | null | undefined; after?: string | null | undefined };

export const defaultPageSize = 20;
export const maxPageSize = 100;

/** A page of results in the Relay shape, ready for the GraphQL connection types. */
export type Page<T> = {
  items: T[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Per item, the values of `FindPageOptions.correlated` by name, when the page's statement carried them. */
  correlated?: Record<string, unknown>[];
};

/** Checks `first` and `after`, naming the argument at fault. */
export function checkPageArgs(args: PageArgs): { first: number; after: string | undefined } {
  const first = args.first ?? defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new InvalidArgumentError('first', `must be a whole number from 0 to ${maxPageSize}`);
  }
  if (args.after != null) {
    try {
      const decoded = Cursor.decode(args.after);
      if (!Array.isArray(decoded)) throw new Error('not a cursor');
    } catch {
      throw new InvalidArgumentError('after', 'is not a cursor returned by this list');
    }
  }
  return { first, after: args.after ?? undefined };
}

export function pageFromCursor<T extends object>(cursor: Cursor<T, never, '*', never, true>, hadAfter: boolean): Page<T> {
  const items = [...cursor.items] as T[];
  return {
    items,
    cursors: items.map((item) => cursor.from(item)),
    totalCount: cursor.totalCount,
    hasNextPage: cursor.hasNextPage,
    hasPreviousPage: hadAfter && cursor.hasPrevPage,
  };
}

export type FindPageOptions = {
  first: number;
  after: string | undefined;
  /** Ending with the id, so the order is total. */
  orderBy: Record<string, 'asc' | 'desc'>;
  /** To-one relations loaded with the rows, joined into the same statement. */
  populate?: readonly string[];
  /**
   * The properties the caller will read (the gateway derives them from the query's selection): a first page selects
   * only their columns, and reading another property of its read-only entities throws. The id, the order's properties and
   * `populate` are always selected; undefined selects every column.
   */
  fields?: readonly string[];
  /** Of the relations in `populate`, the properties the caller reads (`JoinedFields`), on a first page as `fields`; the others whole. */
  joinedFields?: JoinedFields;
  /**
   * Correlated subqueries (SQL text over the row aliased `e0`, no parameters; `rowsAsJson`) selected with a first
   * page's rows, by name: a page's nested rows in its own statement. Pages after a cursor do without
   * (`Page.correlated` is then absent): the caller loads those rows as it otherwise would.
   */
  correlated?: Readonly<Record<string, string>>;
};

/**
 * A page of `entity` in the Relay shape, as `findByCursor` with `includeCount`
 * gives it, in fewer statements: the first page (no `after`) comes with its
 * total in one statement, a scalar subquery counting the matching rows riding
 * along with the page's rows (an empty first page means no rows at all, so its
 * total is 0). After a cursor,
 * the count cannot ride along (the rows before the cursor are not selected):
 * the page and its count are two statements, as in `findByCursor`. To-one
 * relations in `populate` are joined to the page either way.
 *
 * A first page's items are read-only entities (`readOnlyEntities`): pages are
 * read and shaped into answers, and the ORM's managed hydration cost more than
 * the statement. A service that changes a row loads it by id. With `fields`, a
 * first page reads only the columns the caller needs: a list row's JSON and
 * long text columns were most of what the driver parsed and the GC collected.
 * Pages after a cursor are managed entities and always whole (a partial entity
 * in the identity map would answer later loads of the same row). A first
 * page's statement is built once per shape of `where` (`executeCached`).
 */
export async function findPage<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, options: FindPageOptions): Promise<Page<T>> {
  const { first, after, orderBy } = options;
  const populate = (options.populate ?? []) as never[];
  if (after !== undefined || first === 0) {
    const cursor = await em.findByCursor(entity, where, { first, after, orderBy: orderBy as never, includeCount: true, populate, strategy: 'joined' });
    return pageFromCursor(cursor as never, after !== undefined);
  }
  const meta = em.getMetadata().get<T>((entity as { meta?: { className: string } }).meta?.className ?? (entity as never));
  const columns = options.fields
    ? storedColumns(meta, [...meta.primaryKeys, ...Object.keys(orderBy), ...(options.populate ?? []), ...options.fields], 'findPage').map((column) => `e0.${column}`)
    : ['*'];
  const correlated = Object.entries(options.correlated ?? {});
  const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
  // The total as a scalar subquery over the rows alone, not a window over the page's statement: the window counted
  // the joined rows, so every matching row was joined before the limit (16 ms of the activity list's 16.3 at large).
  const total = (clause: unknown) => em.createQueryBuilder(entity, 'total0').count().where(clause as FilterQuery<T>).as('page_total_count');
  const build = (clause: unknown) =>
    joinToOne(
      em
        .createQueryBuilder(entity, 'e0')
        .select([...columns, total(clause), ...correlated.map(([name, sql]) => raw(`${sql} as ${quote(`correlated__${name}`)}`))]),
      options.populate,
      options.joinedFields,
    )
      .where(clause as FilterQuery<T>)
      .orderBy(orderBy as never)
      .limit(first + 1) as never;
  const statement = JSON.stringify(['findPage', meta.className, columns, options.populate ?? [], options.joinedFields ?? {}, correlated, orderBy, first]);
  const rows = (await executeCached(em, statement, where, build)) as (Record<string, unknown> & { page_total_count: number | string })[];
  const items = readOnlyEntities<T>(em, entity, rows, options.populate);
  const totalCount = rows.length ? Number(rows[0]!.page_total_count) : 0;
  const page = pageFromCursor<T>(new Cursor<T>(items as never[], totalCount, { first, orderBy: orderBy as never, overfetch: true }, meta) as never, false);
  if (correlated.length) {
    const rowOf = new Map(items.map((item, index) => [item, rows[index]!]));
    page.correlated = page.items.map((item) => Object.fromEntries(correlated.map(([name]) => [name, rowOf.get(item)![`correlated__${name}`]])));
  }
  return page;
}

/**
 * The rows a first page's `correlated` subquery `name` brought (`rowsAsJson`),
 * as read-only entities of `entity` grouped by the page item each belongs to
 * (`itemIdOf`), in their statement's order; null when the page did not carry
 * them (a page after a cursor). All in one call: a related row shared across
 * items is one object.
 */
export function correlatedRowsByItem<T extends { id: string }, R extends object>(
  em: EntityManager,
  page: Page<T>,
  name: string,
  entity: EntityName<R>,
  itemIdOf: (row: R) => string,
  populate?: readonly string[],
): Map<string, R[]> | null {
  if (!page.correlated) return null;
  const rows = readOnlyEntities<R>(em, entity, page.correlated.flatMap((values) => rowsOfJson(values[name])), populate);
  const byItem = new Map<string, R[]>(page.items.map((item) => [item.id, []]));
  for (const row of rows) byItem.get(itemIdOf(row))?.push(row);
  return byItem;
}
