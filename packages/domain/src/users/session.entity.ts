import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { User } from './user.entity.ts';

/**
 * A signed-in session. Only the SHA-256 of the bearer token is stored, so a
 * database leak does not leak usable tokens; living in the database lets
 * several gateway instances share sessions.
 */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    tokenHash: p.string().length(64).unique(),
    user: () => p.manyToOne(User).ref().index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    lastSeenAt: p.datetime().onCreate(() => new Date()),
    userAgent: p.string().length(300).nullable(),
  },
});
export type Session = InferEntity<typeof Session>;
