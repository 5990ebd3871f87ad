import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { openDatabase, type DatabaseDialect } from '../database/orm.ts';
import { createScratchPostgresDatabase, postgresUrlForTests } from './postgres.ts';

export type TestDatabase = {
  dialect: DatabaseDialect;
  orm: MikroORM;
  /** What `openDatabase` / the gateway need to open this database again. */
  options: { databaseUrl?: string; sqlitePath?: string };
  close: () => Promise<void>;
};

/**
 * A fresh, migrated database for one test file: a new SQLite file in a temp
 * folder, or a new PostgreSQL database dropped on close.
 */
export async function createTestDatabase(
  dialect: DatabaseDialect,
  label = 'test',
  onQuery?: (sql: string) => void,
): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'synergia-'));
    // The name the gateway and its commands use, so they can be pointed at this folder.
    const sqlitePath = join(folder, 'synergia.sqlite');
    const orm = await openDatabase({ sqlitePath, onQuery });
    return {
      dialect,
      orm,
      options: { sqlitePath },
      close: async () => {
        await orm.close(true);
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = await postgresUrlForTests();
  if (!adminUrl) throw new Error('PostgreSQL is not reachable (TEST_DATABASE_URL or 127.0.0.1:5432)');
  const scratch = await createScratchPostgresDatabase(adminUrl, label);
  const orm = await openDatabase({ databaseUrl: scratch.url, onQuery, poolMax: 4 });
  return {
    dialect,
    orm,
    options: { databaseUrl: scratch.url },
    close: async () => {
      await orm.close(true);
      await scratch.drop();
    },
  };
}

/**
 * The databases a test suite runs on: SQLite always, PostgreSQL when it is
 * reachable. In CI a missing PostgreSQL is a failure, not a skip.
 */
export async function testDialects(): Promise<{ dialect: DatabaseDialect; skipReason: string | null }[]> {
  const pg = await postgresUrlForTests();
  const skipReason = pg
    ? null
    : process.env.CI
      ? null // let it run and fail loudly in CI
      : 'PostgreSQL not reachable: set TEST_DATABASE_URL or start it on 127.0.0.1:5432';
  return [
    { dialect: 'sqlite', skipReason: null },
    { dialect: 'postgresql', skipReason },
  ];
}
