import type { EntityManager } from '@mikro-orm/knex';

/**
 * Counts `amount` more requests (default one) for each key in the fixed window that starts at
 * `windowStart` (ms since the epoch) and returns each key's count in it,
 * including this request. One statement, atomic on SQLite (≥ 3.35) and
 * PostgreSQL alike: concurrent requests, from any number of processes sharing
 * the database, never lose an increment. Keys must be distinct.
 */
export async function hitRateLimitCounters(em: EntityManager, keys: readonly string[], windowStart: number, amount = 1): Promise<Map<string, number>> {
  if (!keys.length) return new Map();
  const rows = await em.getConnection().execute<{ key: string; count: number | string }[]>(
    `insert into "rate_limit_counter" ("key", "window_start", "count") values ${keys.map(() => '(?, ?, ?)').join(', ')} ` +
      `on conflict ("key", "window_start") do update set "count" = "rate_limit_counter"."count" + excluded."count" returning "key", "count"`,
    keys.flatMap((key) => [key, windowStart, amount]),
    'all',
  );
  return new Map(rows.map((row) => [row.key, Number(row.count)]));
}

/** Deletes the counters of windows that started before `before` (ms since the epoch); returns how many. */
export async function purgeRateLimitCounters(em: EntityManager, before: number): Promise<number> {
  const result = await em.getConnection().execute<{ affectedRows: number }>('delete from "rate_limit_counter" where "window_start" < ?', [before], 'run');
  return result.affectedRows;
}
