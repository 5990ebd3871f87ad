import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityMetadata, MikroORM } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { openDatabase, rebuildParticipationRollup, type DatabaseDialect } from '@synergia/domain';
import { cancelRunningStatements, createScratchPostgresDatabase, postgresUrlForTests } from '@synergia/domain/testing';
import type { Dataset } from './generate.ts';

/** A database the benchmark fills and serves from: a SQLite file, or a scratch PostgreSQL database dropped at the end. */
export type Target = {
  dialect: DatabaseDialect;
  options: { sqlitePath?: string; databaseUrl?: string };
  drop: () => Promise<void>;
  /** PostgreSQL: cancels the statements still running in the database (SQLite runs them in the server's own thread). */
  cancelRunning?: () => Promise<number>;
};

const benchRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Generated SQLite files live here (git-ignored). */
export const dataFolder = join(benchRoot, '.data');

export async function createTarget(dialect: DatabaseDialect, label: string): Promise<Target> {
  if (dialect === 'sqlite') {
    mkdirSync(dataFolder, { recursive: true });
    const sqlitePath = join(dataFolder, `${label}.sqlite`);
    const remove = () => {
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(sqlitePath + suffix)) rmSync(sqlitePath + suffix);
    };
    remove();
    return { dialect, options: { sqlitePath }, drop: async () => remove() };
  }
  const adminUrl = await postgresUrlForTests();
  if (!adminUrl) throw new Error('PostgreSQL is not reachable (TEST_DATABASE_URL or 127.0.0.1:5432); run with --dialects=sqlite to skip it');
  const scratch = await createScratchPostgresDatabase(adminUrl, `bench_${label}`);
  return { dialect, options: { databaseUrl: scratch.url }, drop: scratch.drop, cancelRunning: () => cancelRunningStatements(scratch.url) };
}

type Row = Record<string, unknown>;

/**
 * Maps rows in the entities' shape to columns with the ORM's own metadata, so
 * a renamed column follows the entity; values are converted as the drivers
 * store them (SQLite: dates as epoch milliseconds, booleans as 0/1).
 */
function columnMapper(meta: EntityMetadata, dialect: DatabaseDialect): (row: Row) => Row {
  const props = Object.values(meta.properties).filter((prop) => prop.kind === 'scalar' || prop.kind === 'm:1');
  const converters = props.map((prop) => {
    const column = prop.fieldNames[0]!;
    const type = String(prop.type).toLowerCase();
    const runtime = String(prop.runtimeType ?? '').toLowerCase();
    let convert: (value: unknown) => unknown = (value) => value;
    if (type === 'json' || type.includes('jsontype')) convert = (value) => (value === null || value === undefined ? value : JSON.stringify(value));
    else if (dialect === 'sqlite' && (runtime === 'date' || type === 'datetime' || type.includes('datetime'))) convert = (value) => (value instanceof Date ? value.getTime() : value);
    else if (dialect === 'sqlite' && (runtime === 'boolean' || type === 'boolean')) convert = (value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value);
    return { name: prop.name, column, convert };
  });
  return (row) => {
    const out: Row = {};
    for (const { name, column, convert } of converters) if (name in row) out[column] = convert(row[name]);
    return out;
  };
}

/** Rows per INSERT: below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const rowsPerInsert = (columns: number) => Math.max(1, Math.min(1000, Math.floor(30_000 / columns)));

async function insertAll(trx: Knex.Transaction, meta: EntityMetadata, map: (row: Row) => Row, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const mapped = rows.map((row) => map(row as Row));
  const columns = Object.keys(mapped[0]!);
  const size = rowsPerInsert(columns.length);
  // One `insert … values (…), (…)` per chunk, written out: knex's SQLite dialect turns a
  // multi-row insert into a compound SELECT, which SQLite limits to 500 terms.
  const head = `insert into ${quote(meta.tableName)} (${columns.map(quote).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < mapped.length; start += size) {
    const chunk = mapped.slice(start, start + size);
    await trx.raw(head + chunk.map(() => tuple).join(', '), chunk.flatMap((row) => columns.map((column) => row[column] ?? null)) as Knex.RawBinding[]);
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export type LoadReport = { seconds: number; rows: Record<string, number> };

/**
 * Migrates the target with the project's migrations and fills it in one
 * transaction with multi-row INSERTs (never one ORM call per row).
 */
export async function loadDataset(target: Target, dataset: Dataset): Promise<LoadReport> {
  const orm: MikroORM = await openDatabase({ ...target.options, poolMax: 2 });
  const started = performance.now();
  const rows: Record<string, number> = {};
  try {
    const knex = (orm.em as EntityManager).getKnex();
    const metadata = orm.getMetadata();
    const mapperOf = (entity: string) => ({ meta: metadata.find(entity)!, map: columnMapper(metadata.find(entity)!, target.dialect) });
    const tables: [string, readonly object[]][] = [
      ['Network', dataset.networks],
      ['Synergy', dataset.synergies],
      ['Partner', dataset.partners],
      ['SynergyMembership', dataset.memberships],
      ['User', dataset.users],
      ['RoleGrant', dataset.grants],
    ];
    await knex.transaction(async (trx) => {
      for (const [entity, list] of tables) {
        const { meta, map } = mapperOf(entity);
        await insertAll(trx, meta, map, list);
        rows[meta.tableName] = list.length;
      }
      const activity = mapperOf('Activity');
      let activities = 0;
      for (const batch of dataset.activityBatches(5_000)) {
        await insertAll(trx, activity.meta, activity.map, batch);
        activities += batch.length;
      }
      rows[activity.meta.tableName] = activities;
      const bundles = dataset.jointActions();
      const parts: [string, readonly object[]][] = [
        ['JointAction', bundles.map((bundle) => bundle.action)],
        ['JointActionPartner', bundles.flatMap((bundle) => bundle.partners)],
        ['JointActionMilestone', bundles.flatMap((bundle) => bundle.milestones)],
        ['PolicyTarget', bundles.flatMap((bundle) => bundle.targets)],
        ['PolicyOutcome', bundles.flatMap((bundle) => bundle.outcomes)],
      ];
      const missions = dataset.missions();
      parts.push(
        ['CapacityBuildingMission', missions.map((bundle) => bundle.mission)],
        ['MissionTarget', missions.flatMap((bundle) => bundle.targets)],
        ['MissionFacilitator', missions.flatMap((bundle) => bundle.facilitators)],
        ['FollowUpAction', missions.flatMap((bundle) => bundle.followUps)],
        ['CapacityAssessment', missions.flatMap((bundle) => bundle.assessments)],
        ['CapacityScore', missions.flatMap((bundle) => bundle.scores)],
        ['CapacityBuildingReview', missions.flatMap((bundle) => (bundle.review ? [bundle.review] : []))],
      );
      for (const [entity, list] of parts) {
        const { meta, map } = mapperOf(entity);
        await insertAll(trx, meta, map, list);
        rows[meta.tableName] = list.length;
      }
    });
    // The bulk inserts bypassed the ORM, so the participation rollup its writes keep is computed once here.
    await rebuildParticipationRollup(orm.em.fork() as EntityManager);
    rows.participation_rollup = Number(((await knex('participation_rollup').count({ n: '*' })) as { n: number | string }[])[0]!.n);
    // Planner statistics and the visibility map, as autovacuum leaves them soon after a bulk load (PostgreSQL 13 and
    // later vacuum after inserts too): without the map, an index-only scan still reads every heap page it counts.
    if (target.dialect === 'postgresql') await knex.raw('vacuum analyze');
  } finally {
    await orm.close(true);
  }
  return { seconds: (performance.now() - started) / 1000, rows };
}
