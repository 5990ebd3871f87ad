import type { EntityManager } from '@mikro-orm/knex';
import type { Actor } from '../permissions/permissions.rules.ts';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { runAsActor } from '../audit/audit-context.ts';
import { conflict, fail, ok, type Result } from './errors.ts';

/** What every domain operation runs with: the request's EntityManager fork and who asks. */
export type DomainContext = {
  em: EntityManager;
  actor: Actor | null;
};

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
