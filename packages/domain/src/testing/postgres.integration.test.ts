import { describe, expect, it } from 'vitest';
import knex from 'knex';
import { cancelRunningStatements, postgresUrlForTests, withScratchPostgresDatabase } from './postgres.ts';
import { testDialects } from './database.ts';

const postgres = (await testDialects()).find((item) => item.dialect === 'postgresql')!;

describe.skipIf(postgres.skipReason !== null)(`cancelling what a client left running${postgres.skipReason ? ` (skipped: ${postgres.skipReason})` : ''}`, () => {
  it('should cancel the statements running in the database and count them, and leave other databases alone', async () => {
    const adminUrl = (await postgresUrlForTests())!;
    await withScratchPostgresDatabase(adminUrl, 'cancel', async (url) => {
      const client = knex({ client: 'pg', connection: url, pool: { min: 0, max: 2 } });
      const admin = knex({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
      try {
        const sleeping = Promise.allSettled([client.raw('select pg_sleep(30)'), client.raw('select pg_sleep(30)')]);
        // Until both are running.
        for (let tries = 0; tries < 50; tries++) {
          const { rows } = (await admin.raw(
            `select count(*)::int as n from pg_stat_activity where datname = ? and query like 'select pg_sleep%' and state = 'active'`,
            [new URL(url).pathname.slice(1)],
          )) as { rows: { n: number }[] };
          if (rows[0]!.n === 2) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const started = performance.now();
        expect(await cancelRunningStatements(url)).toBe(2);
        const outcomes = await sleeping;
        expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
        expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/canceling statement/);
        expect(performance.now() - started).toBeLessThan(10_000);
        expect(await cancelRunningStatements(url)).toBe(0);
      } finally {
        await Promise.all([client.destroy(), admin.destroy()]);
      }
    });
  }, 40_000);
});
