import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dialectOf, type DatabaseDialect } from '@synergia/domain';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Where the gateway and its commands keep their data: PostgreSQL at
 * DATABASE_URL, or the SQLite file in SYNERGIA_DATA_DIR (default ./data at the
 * repository root, wherever the command is started from). Throws on a
 * DATABASE_URL that is not PostgreSQL's.
 */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): {
  dialect: DatabaseDialect;
  databaseUrl: string | undefined;
  sqlitePath: string;
} {
  const databaseUrl = env.DATABASE_URL || undefined;
  const sqlitePath = join(env.SYNERGIA_DATA_DIR || join(repoRoot, 'data'), 'synergia.sqlite');
  return { dialect: dialectOf({ databaseUrl }), databaseUrl, sqlitePath };
}
