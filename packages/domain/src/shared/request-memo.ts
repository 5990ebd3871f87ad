import { Utils, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

const memos = new WeakMap<EntityManager, Map<string, Promise<unknown>>>();

/**
 * Answers a read once per EntityManager — one per request — however many
 * resolvers ask it at the same time: a query's root fields run concurrently,
 * so two of them looking up the same synergy would otherwise both reach the
 * database, and how many statements a request runs would depend on timing.
 * Writes forget every answer (`forgetReads`, called by `commit`).
 */
export function readOnce<T>(em: EntityManager, key: string, read: () => Promise<T>): Promise<T> {
  let memo = memos.get(em);
  if (!memo) memos.set(em, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, read());
  return memo.get(key) as Promise<T>;
}

/** An entity by id, read once per request (see `readOnce`). */
export const findOnce = <T extends object>(em: EntityManager, entity: EntityName<T>, id: string): Promise<T | null> =>
  readOnce(em, `${Utils.className(entity)}:${id}`, () => em.findOne(entity, { id } as never) as Promise<T | null>);

/** After a write, what was read before may have changed. */
export function forgetReads(em: EntityManager): void {
  memos.delete(em);
}
