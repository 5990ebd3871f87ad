import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';

const postgres = (await testDialects()).find((item) => item.dialect === 'postgresql')!;

describe.skipIf(postgres.skipReason !== null)(`PostgreSQL sessions${postgres.skipReason ? ` (skipped: ${postgres.skipReason})` : ''}`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('postgresql', 'orm_sessions');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('should run every pooled connection without parallel query workers', async () => {
    // Several at once, so more than one pooled connection answers.
    const answers = await Promise.all(Array.from({ length: 4 }, () => db.orm.em.getConnection().execute<{ setting: string }[]>(`select current_setting('max_parallel_workers_per_gather') as setting, pg_sleep(0.05)`)));
    expect(answers.map(([row]) => row!.setting)).toEqual(['0', '0', '0', '0']);
  });
});
