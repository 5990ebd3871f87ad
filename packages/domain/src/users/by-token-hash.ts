import { Utils, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { RoleGrant } from './role-grant.entity.ts';
import { joinToOne, readOnlyEntities } from '../shared/read-only-entities.ts';
import { PerOrmCache } from '../shared/per-orm-cache.ts';
import { keepLookup, keptLookup } from './auth-change-feed.ts';

/** Statement texts by ORM and entity: they depend only on the dialect, and building one took a third of a signed-in request's fixed cost. */
const statements = new PerOrmCache<string>();

/** The row with one token hash, its user (`j0__`) and the user's grants (`j1__`, oldest first, a row each). */
function statementOf(em: EntityManager, entityName: string): string {
  return statements.getOrBuild(em, entityName, () => {
    const qb = joinToOne(em.createQueryBuilder(entityName, 'e0').select('*'), ['user'])
      .leftJoinAndSelect('j0.grants', 'j1')
      .where({ tokenHash: '?' })
      .orderBy({ 'j1.grantedAt': 'asc', 'j1.id': 'asc' } as never);
    const sql = qb.getKnexQuery().toSQL().sql;
    if ((sql.match(/\?/g) ?? []).length !== 1) throw new Error(`findByTokenHash: the ${entityName} statement should have one parameter, the token hash`);
    return sql;
  });
}

/**
 * A session or an API token by the hash of its token, with its user and the
 * user's grants, in one statement, for every request that carries one (none
 * while an authentication change feed lets the lookup be kept:
 * `auth-change-feed.ts`). They come as read-only entities (nothing changes them through these objects; a
 * write goes through `em.nativeUpdate` or loads the row by id).
 */
export async function findByTokenHash<T extends object>(em: EntityManager, entityName: EntityName<T>, tokenHash: string): Promise<{ found: T; grants: RoleGrant[] } | null> {
  const name = Utils.className(entityName);
  const kept = keptLookup(em, name, tokenHash);
  let rows: readonly Record<string, unknown>[];
  if ('rows' in kept) rows = kept.rows;
  else {
    rows = (await em.getConnection().execute(statementOf(em, name), [tokenHash], 'all', em.getTransactionContext())) as Record<string, unknown>[];
    keepLookup(kept.ticket, name, tokenHash, rows);
  }
  if (rows.length === 0) return null;
  const [found] = readOnlyEntities<T>(em, name, rows.slice(0, 1), ['user']);
  const grants = readOnlyEntities<RoleGrant>(em, RoleGrant, rows.filter((row) => row['j1__id'] != null), [], 'j1__');
  return { found: found!, grants };
}
