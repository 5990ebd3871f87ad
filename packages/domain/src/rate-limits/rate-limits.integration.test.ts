import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import type { MikroORM } from '@mikro-orm/core';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { openDatabase } from '../database/orm.ts';
import { hitRateLimitCounters, purgeRateLimitCounters } from './rate-limits.service.ts';

const dialects = await testDialects();

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`rate limit counters on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    // A second ORM on the same database: another process's connections, as far as the database can tell.
    let other: MikroORM;
    const fork = (orm: MikroORM) => orm.em.fork() as EntityManager;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'rate_limits');
      other = await openDatabase({ ...db.options, poolMax: 4 });
    });
    afterAll(async () => {
      await other?.close(true);
      await db?.close();
    });

    it('should count every one of 50 concurrent hits from two connections when they share a key', async () => {
      const window = 1_000_000;
      const counts = await Promise.all(
        Array.from({ length: 50 }, (_, index) => hitRateLimitCounters(fork(index % 2 ? other : db.orm), ['ip:10.0.0.1'], window)),
      );

      const seen = counts.map((map) => map.get('ip:10.0.0.1')).sort((a, b) => a! - b!);
      expect(seen).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
      const again = await hitRateLimitCounters(fork(db.orm), ['ip:10.0.0.1'], window, 3);
      expect(again.get('ip:10.0.0.1')).toBe(53);
    });

    it('should count several keys in one statement and each window apart', async () => {
      await hitRateLimitCounters(fork(db.orm), ['token:a'], 2_000_000);

      const both = await hitRateLimitCounters(fork(db.orm), ['token:a', 'ip:10.0.0.2'], 2_000_000);
      const next = await hitRateLimitCounters(fork(db.orm), ['token:a'], 2_060_000);

      expect(Object.fromEntries(both)).toEqual({ 'token:a': 2, 'ip:10.0.0.2': 1 });
      expect(next.get('token:a')).toBe(1);
    });

    it('should purge only the windows that started before the cut-off', async () => {
      await hitRateLimitCounters(fork(db.orm), ['ip:old'], 10_000);
      await hitRateLimitCounters(fork(db.orm), ['ip:new'], 3_000_000_000_000);

      const purged = await purgeRateLimitCounters(fork(db.orm), 2_500_000_000_000);

      expect(purged).toBeGreaterThanOrEqual(1);
      const left = await fork(db.orm).getConnection().execute<{ key: string }[]>('select "key" from "rate_limit_counter"');
      expect(left.map((row) => row.key)).toEqual(['ip:new']);
    });
  });
}
