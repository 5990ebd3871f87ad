// What the one-off tools (`npm run sql`, `npm run profile`) share: their
// command-line flags, and a generated dataset loaded into a fresh database and
// served by the real gateway, dropped afterwards.
import type { MikroORM } from '@mikro-orm/core';
import { openDatabase, type DatabaseDialect } from '@synergia/domain';
import { buildServer } from '@synergia/gateway';
import { generateDataset, type Dataset } from './dataset/generate.ts';
import { createTarget, loadDataset, type Target } from './dataset/load.ts';
import { openSession } from './dataset/session.ts';
import { isScaleName, scales, type ScaleName } from './scales.ts';

/** `--name=value` from the command line. */
export const flag = (name: string): string | undefined => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];

/** `--dialect`, `--scale` (checked) and `--seed`, with each tool's defaults. */
export function datasetFlags(defaults: { dialect: DatabaseDialect; scale: ScaleName }): { dialect: DatabaseDialect; scaleName: ScaleName; seed: number } {
  const scaleName = flag('scale') ?? defaults.scale;
  if (!isScaleName(scaleName)) throw new Error(`unknown scale ${scaleName}`);
  return { dialect: (flag('dialect') ?? defaults.dialect) as DatabaseDialect, scaleName, seed: Number(flag('seed') ?? 1) };
}

export type Served = { dataset: Dataset; token: string; orm: MikroORM; app: Awaited<ReturnType<typeof buildServer>> };

/**
 * The database to serve: a fresh one the dataset is loaded into, or with
 * `--database-url=<url>` a PostgreSQL database a run kept (`--keep-database`)
 * with the same scale and seed, used as it is and not dropped. Why: loading
 * `large` takes about nine minutes; looking at one statement should not.
 */
async function servedTarget(flags: { dialect: DatabaseDialect; scaleName: ScaleName }, label: string, dataset: Dataset): Promise<Target> {
  const existing = flag('database-url');
  if (existing) return { dialect: 'postgresql', options: { databaseUrl: existing }, drop: async () => {} };
  const target = await createTarget(flags.dialect, `${label}-${flags.scaleName}`);
  await loadDataset(target, dataset);
  if (!process.argv.includes('--keep-database')) return target;
  console.error(`kept the database: rerun with --database-url=${target.options.databaseUrl ?? target.options.sqlitePath}`);
  return { ...target, drop: async () => {} };
}

/**
 * Generates the scale's dataset, loads it (`servedTarget`), opens the administrator's session
 * and builds the gateway on it (not listening); runs `work`, then closes and
 * drops everything.
 */
export async function withServedDataset(flags: { dialect: DatabaseDialect; scaleName: ScaleName; seed: number }, label: string, work: (served: Served) => Promise<void>): Promise<void> {
  const dataset = generateDataset(scales[flags.scaleName], flags.seed);
  const target = await servedTarget(flags, label, dataset);
  try {
    const token = await openSession(target, dataset.adminUserId);
    const orm = await openDatabase(target.options);
    const app = await buildServer({ orm, logger: false });
    try {
      await work({ dataset, token, orm, app });
    } finally {
      await app.close();
      await orm.close(true);
    }
  } finally {
    await target.drop();
  }
}
