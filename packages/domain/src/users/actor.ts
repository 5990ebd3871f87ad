import type { EntityManager } from '@mikro-orm/knex';
import { RoleGrant } from './role-grant.entity.ts';
import type { Actor } from '../permissions/permissions.rules.ts';

/** Loads a user's grants into the Actor the permission rules work on. */
export async function loadActor(em: EntityManager, userId: string): Promise<Actor> {
  const grants = await em.find(RoleGrant, { user: userId }, { orderBy: { grantedAt: 'asc' } });
  return {
    userId,
    grants: grants.map((grant) => ({
      role: grant.role,
      scopeType: grant.scopeType,
      scopeId: grant.scopeId,
      networkId: grant.network.id,
    })),
  };
}
