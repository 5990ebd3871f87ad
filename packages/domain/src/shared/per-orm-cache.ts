import type { EntityManager } from '@mikro-orm/knex';

/**
 * Values that depend only on an ORM (its dialect and entities, so its
 * metadata) and a key: statement texts built once and then only given values.
 * Keyed by the ORM's metadata, which every EntityManager of one ORM shares, so
 * an ORM that is closed takes its entries with it. Each ORM keeps at most
 * `maxPerOrm` entries, the oldest going first: keys come from the shapes of
 * queries, and a client can make many shapes.
 */
export class PerOrmCache<V> {
  private readonly byOrm = new WeakMap<object, Map<string, V>>();

  constructor(readonly maxPerOrm = 2000) {}

  get(em: EntityManager, key: string): V | undefined {
    return this.byOrm.get(em.getMetadata())?.get(key);
  }

  set(em: EntityManager, key: string, value: V): void {
    let entries = this.byOrm.get(em.getMetadata());
    if (!entries) this.byOrm.set(em.getMetadata(), (entries = new Map()));
    if (entries.size >= this.maxPerOrm && !entries.has(key)) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
  }

  /** The value of `key`, built (and kept) the first time. */
  getOrBuild(em: EntityManager, key: string, build: () => V): V {
    let value = this.get(em, key);
    if (value === undefined) this.set(em, key, (value = build()));
    return value;
  }

  /** How many entries one ORM holds, for tests. */
  size(em: EntityManager): number {
    return this.byOrm.get(em.getMetadata())?.size ?? 0;
  }
}
