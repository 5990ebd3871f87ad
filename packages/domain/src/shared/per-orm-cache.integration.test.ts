import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { PerOrmCache } from './per-orm-cache.ts';

// Statement texts are kept per ORM: two ORMs (two databases, perhaps two dialects) never share one, every
// EntityManager of one ORM does, and a cache never grows past its bound. Two real SQLite ORMs.
describe('values kept per ORM', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    first = await createTestDatabase('sqlite', 'per_orm_cache_a');
    second = await createTestDatabase('sqlite', 'per_orm_cache_b');
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });
  const fork = (db: TestDatabase) => db.orm.em.fork() as EntityManager;

  it('should build a value once per ORM and share it across its entity managers', () => {
    const cache = new PerOrmCache<string>();
    let builds = 0;
    const build = (label: string) => () => `${label} ${++builds}`;
    expect(cache.getOrBuild(fork(first), 'statement', build('first'))).toBe('first 1');
    expect(cache.getOrBuild(fork(first), 'statement', build('again'))).toBe('first 1');
    expect(cache.getOrBuild(fork(second), 'statement', build('second'))).toBe('second 2');
    expect(cache.get(fork(first), 'other')).toBeUndefined();
    expect([cache.size(fork(first)), cache.size(fork(second))]).toEqual([1, 1]);
  });

  it('should keep a null value (a shape known not to work) apart from one never seen', () => {
    const cache = new PerOrmCache<string | null>();
    cache.set(fork(first), 'refused', null);
    expect(cache.get(fork(first), 'refused')).toBeNull();
    expect(cache.get(fork(first), 'unseen')).toBeUndefined();
  });

  it('should drop the oldest entries of an ORM past its bound, and no other ORM’s', () => {
    const cache = new PerOrmCache<number>(3);
    for (const key of ['a', 'b', 'c']) cache.set(fork(second), key, 0);
    for (const [index, key] of ['a', 'b', 'c', 'd', 'e'].entries()) cache.set(fork(first), key, index);
    expect(cache.size(fork(first))).toBe(3);
    expect(['a', 'b', 'c', 'd', 'e'].map((key) => cache.get(fork(first), key))).toEqual([undefined, undefined, 2, 3, 4]);
    cache.set(fork(first), 'c', 20);
    expect(['c', 'd', 'e'].map((key) => cache.get(fork(first), key))).toEqual([20, 3, 4]);
    expect(cache.size(fork(second))).toBe(3);
  });
});
