import type { EntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../shared/search.ts';
import { rollupStatuses, type RollupRow } from './participation-rollup.rules.ts';

const table = 'participation_rollup';
const keyColumns = ['network_id', 'synergy_key', 'month', 'dimension', 'group_key'] as const;
const measureColumns = {
  activityCount: 'activity_count',
  total: 'total',
  women: 'women',
  youth: 'youth',
  men: 'men',
  other: 'other',
  notRecorded: 'not_recorded',
} as const;
/** Rows per upsert statement: 12 parameters a row stays far under SQLite's limit on bound parameters. */
const rowsPerStatement = 500;

/**
 * Adds a delta to the rollup in the EntityManager's current transaction, one
 * upsert per 500 rows: concurrent writes add to the same rows without losing
 * each other's counts (the database serialises the increments).
 */
export async function addToRollup(em: EntityManager, rows: RollupRow[]): Promise<void> {
  const knex = em.getKnex();
  const merge = Object.fromEntries(
    Object.values(measureColumns).map((column) => [column, knex.raw(`${table}.${column} + excluded.${column}`)]),
  );
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const values = rows.slice(start, start + rowsPerStatement).map((row) => ({
      network_id: row.networkId,
      synergy_key: row.synergyKey,
      month: row.month,
      dimension: row.dimension,
      group_key: row.groupKey,
      ...Object.fromEntries(Object.entries(measureColumns).map(([measure, column]) => [column, row[measure as keyof typeof measureColumns]])),
    }));
    await em.getConnection('write').execute(knex(table).insert(values).onConflict([...keyColumns]).merge(merge), [], 'run', em.getTransactionContext());
  }
}

/** The SQL expressions of one dialect that the rollup's statements group by. */
export function rollupExpressions(postgres: boolean, alias = 'a') {
  const text = (expression: string) => (postgres ? `${expression}::text` : `cast(${expression} as text)`);
  const cell = (name: string) => (postgres ? `c.value->>'${name}'` : `json_extract(c.value, '$.${name}')`);
  return {
    month: postgres ? `to_char(${alias}.start_date, 'YYYY-MM')` : `substr(${alias}.start_date, 1, 7)`,
    networkKey: text(`${alias}.network_id`),
    synergyKey: `coalesce(${text(`${alias}.synergy_id`)}, '')`,
    score: text(`${alias}.gender_score`),
    unnestCells: postgres ? `jsonb_array_elements(${alias}.participant_cells) as c(value)` : `json_each(${alias}.participant_cells) as c`,
    unnestBranches: postgres ? `jsonb_array_elements_text(${alias}.branches) as b(value)` : `json_each(${alias}.branches) as b`,
    cellKey: `(${cell('sex')}) || ':' || coalesce(${cell('ageBandId')}, '')`,
    cellCount: `cast(${cell('count')} as integer)`,
  };
}

/** The statements that recompute the whole rollup from the activities: one `insert … select` per dimension. */
export function rebuildStatements(postgres: boolean): string[] {
  const x = rollupExpressions(postgres);
  const statuses = rollupStatuses.map((status) => `'${status}'`).join(', ');
  const people =
    'count(*), sum(a.participants_total), sum(a.participants_women), sum(a.participants_youth), sum(a.participants_men), sum(a.participants_other), sum(a.participants_not_recorded)';
  const columns = [...keyColumns, ...Object.values(measureColumns)].join(', ');
  const insert = (dimension: string, groupKey: string, from = 'activity a', measures = people) =>
    `insert into ${table} (${columns}) select ${x.networkKey}, ${x.synergyKey}, ${x.month}, '${dimension}', ${groupKey}, ${measures} ` +
    `from ${from} where a.status in (${statuses}) group by 1, 2, 3, 4, 5`;
  return [
    `delete from ${table}`,
    insert('TOTAL', `''`),
    insert('TYPE', 'a.type'),
    insert('BRANCH', 'b.value', `activity a, ${x.unnestBranches}`),
    insert('COUNTRY', 'a.country'),
    insert('SCORE', x.score),
    insert('CELL', x.cellKey, `activity a, ${x.unnestCells}`, `count(*), sum(${x.cellCount}), 0, 0, 0, 0, 0`),
  ];
}

/** Recomputes the whole rollup in one transaction: after a bulk load that bypassed the ORM (the benchmark's), or to repair it. */
export async function rebuildParticipationRollup(em: EntityManager): Promise<void> {
  await em.transactional(async (trx) => {
    for (const sql of rebuildStatements(isPostgres(trx))) await trx.getConnection('write').execute(sql, [], 'run', trx.getTransactionContext());
  });
}
