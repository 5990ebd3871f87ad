import type { FilterQuery } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

/**
 * `id in (subquery)` / `id not in (subquery)`: MikroORM accepts a knex
 * subquery as an operand, its types do not, hence the single cast here.
 */
export const idIn = <T>(subquery: Knex.QueryBuilder, negate = false): FilterQuery<T> =>
  ({ id: { [negate ? '$nin' : '$in']: subquery } }) as unknown as FilterQuery<T>;
