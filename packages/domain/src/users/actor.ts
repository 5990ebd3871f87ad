import type { EntityManager } from '@mikro-orm/knex';
import { RoleGrant } from './role-grant.entity.ts';
import type { Actor, Grant } from '../permissions/permissions.rules.ts';

/** A user's current grants with their ids, oldest first. */
export async function loadGrants(em: EntityManager, userId: string): Promise<(Grant & { id: string })[]> {
  const grants = await em.find(RoleGrant, { user: userId }, { orderBy: { grantedAt: 'asc' } });
  return grants.map((grant) => ({
    id: grant.id,
    role: grant.role,
    scopeType: grant.scopeType,
    scopeId: grant.scopeId,
    networkId: grant.network.id,
  }));
}

/** Loads a user's grants into the Actor the permission rules work on. */
export async function loadActor(em: EntityManager, userId: string): Promise<Actor> {
  const grants = await loadGrants(em, userId);
  return { userId, grants: grants.map(({ role, scopeType, scopeId, networkId }) => ({ role, scopeType, scopeId, networkId })) };
}
