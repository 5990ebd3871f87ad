import type { EntityManager } from '@mikro-orm/knex';
import { RoleGrant } from './role-grant.entity.ts';
import type { Actor, Grant } from '../permissions/permissions.rules.ts';

/** Role grant rows as the grants (with their ids) the permission rules work on. */
export const grantsFrom = (rows: readonly RoleGrant[]): (Grant & { id: string })[] =>
  rows.map((grant) => ({ id: grant.id, role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId, networkId: grant.network.id }));

/** The Actor of a user holding these grants. */
export const actorFrom = (userId: string, grants: readonly (Grant & { id: string })[]): Actor => ({
  userId,
  grants: grants.map(({ role, scopeType, scopeId, networkId }) => ({ role, scopeType, scopeId, networkId })),
});

/** A user's current grants with their ids, oldest first. */
export async function loadGrants(em: EntityManager, userId: string): Promise<(Grant & { id: string })[]> {
  return grantsFrom(await em.find(RoleGrant, { user: userId }, { orderBy: { grantedAt: 'asc', id: 'asc' } }));
}

/** Loads a user's grants into the Actor the permission rules work on. */
export async function loadActor(em: EntityManager, userId: string): Promise<Actor> {
  return actorFrom(userId, await loadGrants(em, userId));
}
