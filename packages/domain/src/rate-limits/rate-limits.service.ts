import type { EntityManager } from '@mikro-orm/knex';
import { ApiToken } from '../api-tokens/api-token.entity.ts';
import { isWellFormedApiTokenSecret } from '../api-tokens/api-token.rules.ts';
import { hashToken } from '../users/sessions.service.ts';

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

/**
 * The id of the API token with this secret, whatever its state (a revoked
 * token still counts against its own limit); null when the value is not a
 * token's. One indexed read: the secret's SHA-256, as `authenticateApiToken`
 * looks it up.
 */
export async function apiTokenIdForSecret(em: EntityManager, secret: string): Promise<string | null> {
  if (!isWellFormedApiTokenSecret(secret)) return null;
  const token = await em.findOne(ApiToken, { tokenHash: hashToken(secret) }, { fields: ['id'] });
  return token?.id ?? null;
}
