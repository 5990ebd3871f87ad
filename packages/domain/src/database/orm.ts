import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { entities } from './entities.ts';
import { AuditSubscriber } from '../audit/audit.subscriber.ts';
import { AuthChangeSubscriber } from '../users/auth-change-feed.ts';
import { ParticipationRollupSubscriber } from '../participation-rollup/participation-rollup.subscriber.ts';
import { sqliteMigrations } from './migrations/sqlite/index.ts';
import { postgresqlMigrations } from './migrations/postgresql/index.ts';

export type DatabaseDialect = 'sqlite' | 'postgresql';

export type DatabaseOptions = {
  /** `postgres://…` for PostgreSQL; otherwise SQLite. */
  databaseUrl?: string | undefined;
  /** SQLite file path (default ./data/synergia.sqlite); `:memory:` works too. */
  sqlitePath?: string | undefined;
  /** Called with every SQL statement run (tests count them). */
  onQuery?: ((sql: string) => void) | undefined;
  /** Pool size for PostgreSQL. */
  poolMax?: number | undefined;
};

export function dialectOf(options: DatabaseOptions): DatabaseDialect {
  if (!options.databaseUrl) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(options.databaseUrl)) return 'postgresql';
  // Falling back to SQLite here would silently run production on a local file.
  throw new Error('DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for the embedded SQLite database)');
}

/** The MikroORM options for either database; the entities and rules are the same on both. */
export function ormOptions(options: DatabaseOptions): Options {
  const dialect = dialectOf(options);
  const common = {
    entities,
    extensions: [Migrator],
    subscribers: [new AuditSubscriber(), new ParticipationRollupSubscriber(), new AuthChangeSubscriber()],
    discovery: { warnWhenNoEntities: true },
    forceUtcTimezone: true,
    // Unknown or unloaded state must never be served silently.
    allowGlobalContext: false,
    debug: options.onQuery ? ['query' as const] : false,
    logger: options.onQuery ? (message: string) => options.onQuery?.(message) : undefined,
    colors: false,
    loadStrategy: 'select-in' as const,
  };
  if (dialect === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: options.databaseUrl,
      pool: { min: 0, max: options.poolMax ?? 10 },
      // No parallel query on our connections: on these small machines starting two workers took 30–60 ms
      // of a 74 ms summary statement whose scans took 12 (EXPLAIN ANALYZE, docs/performance.md), and under
      // concurrent requests the workers take cores other requests need. A startup parameter: no extra statement.
      driverOptions: { connection: { options: '-c max_parallel_workers_per_gather=0' } },
      migrations: { migrationsList: postgresqlMigrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    };
  }
  const path = options.sqlitePath ?? 'data/synergia.sqlite';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: path,
    migrations: { migrationsList: sqliteMigrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
  };
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(options));
  if (dialectOf(options) === 'sqlite') {
    // WAL lets readers go on while a write commits; foreign keys are off by default in SQLite.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma foreign_keys = on');
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
  }
  await orm.getMigrator().up();
  return orm;
}
