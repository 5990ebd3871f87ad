import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { User } from './user.entity.ts';
import { Network } from '../networks/network.entity.ts';

export const roles = ['NETWORK_ADMIN', 'NETWORK_REVIEWER', 'SYNERGY_COORDINATOR', 'PARTNER_EDITOR', 'VIEWER'] as const;
export type Role = (typeof roles)[number];
export const scopeTypes = ['NETWORK', 'SYNERGY', 'PARTNER'] as const;
export type ScopeType = (typeof scopeTypes)[number];

/**
 * A role on a scope. `network` is the scope's network, kept on the row so
 * that "nobody sees another network" is a plain column filter.
 */
export const RoleGrant = defineEntity({
  name: 'RoleGrant',
  tableName: 'role_grant',
  uniques: [{ properties: ['user', 'role', 'scopeType', 'scopeId'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    user: () => p.manyToOne(User).ref().index(),
    role: p.enum([...roles]),
    scopeType: p.enum([...scopeTypes]),
    scopeId: p.uuid(),
    network: () => p.manyToOne(Network).ref().index(),
    grantedBy: () => p.manyToOne(User).ref().nullable(),
    grantedAt: p.datetime().onCreate(() => new Date()),
  },
});
export type RoleGrant = InferEntity<typeof RoleGrant>;
