import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * How many requests one client (`ip:<address>`, `token:<api token id>`,
 * `sign-in:<address>`) made in one fixed window. Kept in the database so that
 * several gateway processes sharing it count together; rows are only ever
 * written by `hitRateLimits` with one atomic upsert, never through the unit of
 * work (so they are not audited).
 */
export const RateLimitCounter = defineEntity({
  name: 'RateLimitCounter',
  tableName: 'rate_limit_counter',
  properties: {
    key: p.string().length(120).primary(),
    /** Start of the window, in milliseconds since the epoch. */
    windowStart: p.bigint('number').primary(),
    count: p.integer(),
  },
});
export type RateLimitCounter = InferEntity<typeof RateLimitCounter>;
