import type { EntityManager } from '@mikro-orm/knex';
import type { Actor } from '../permissions/permissions.rules.ts';
import { OptimisticLockError, UniqueConstraintViolationException, type Ref } from '@mikro-orm/core';
import { runAsActor } from '../audit/audit-context.ts';
import { User } from '../users/user.entity.ts';
import { conflict, fail, ok, type Result } from './errors.ts';
import { forgetReads } from './request-memo.ts';

/** What every domain operation runs with: the request's EntityManager fork and who asks. */
export type DomainContext = {
  em: EntityManager;
  actor: Actor | null;
};

/** The actor as a `User` reference for who-columns (createdBy, updatedBy…); null when no one is signed in. */
export const actorRef = (ctx: DomainContext): Ref<User> | null => (ctx.actor ? ctx.em.getReference(User, ctx.actor.userId, { wrapped: true }) : null);

/**
 * Marks an entity changed (who and when), which bumps its version: a change
 * to one of its parts (a partner, a milestone, a target…) is a change to it.
 */
export function touch(ctx: DomainContext, entity: { updatedAt: Date; updatedBy?: Ref<User> | null }): void {
  entity.updatedAt = new Date();
  const who = actorRef(ctx);
  if (who) entity.updatedBy = who;
}

/** A query argument the caller must fix (bad cursor, page size out of range…); names the argument. */
export class InvalidArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

/**
 * Flushes the unit of work as one transaction, recorded in the audit log as
 * the actor's. A concurrent edit (version) or a duplicate becomes a
 * ConflictError and nothing is written.
 */
export async function commit<T>(ctx: DomainContext, value: T, duplicateMessage = 'This already exists.'): Promise<Result<T>> {
  forgetReads(ctx.em);
  try {
    await runAsActor({ userId: ctx.actor?.userId ?? null }, () => ctx.em.flush());
    return ok(value);
  } catch (error) {
    ctx.em.clear();
    if (error instanceof OptimisticLockError) {
      return fail(conflict('Someone else changed this at the same time. Reload it and apply your change again.', ['version']));
    }
    if (error instanceof UniqueConstraintViolationException) return fail(conflict(duplicateMessage));
    throw error;
  }
}
