import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { User } from '../users/user.entity.ts';

export const apiTokenAccesses = ['READ_ONLY', 'READ_WRITE'] as const;
export type ApiTokenAccess = (typeof apiTokenAccesses)[number];

/**
 * A personal API token: lets a program act as its user, limited to some of
 * the user's role grants and, when read-only, to queries. Like a session,
 * only the SHA-256 of the secret is stored; `prefix` is the visible start of
 * the secret so its owner can recognise it.
 */
export const ApiToken = defineEntity({
  name: 'ApiToken',
  tableName: 'api_token',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    user: () => p.manyToOne(User).ref().index(),
    name: p.string().length(100),
    access: p.enum([...apiTokenAccesses]),
    tokenHash: p.string().length(64).unique(),
    prefix: p.string().length(20),
    /**
     * The ids of the role grants this token may use. The token acts with the
     * user's current grants that are in this list, so a revoked role leaves
     * the token too, and a role granted later never joins it.
     */
    scopeRoleGrantIds: p.json<string[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type ApiToken = InferEntity<typeof ApiToken>;
