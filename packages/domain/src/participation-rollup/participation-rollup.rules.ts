import type { ParticipantCell } from '../activities/participant-counts.rules.ts';
import { addDays, addMonths } from '../shared/dates.ts';
import type { RollupDimension } from './participation-rollup.entity.ts';

/** The activity columns the rollup reads, as they are before or after a write. */
export type RollupSource = {
  networkId: string;
  synergyId: string | null;
  status: string;
  startDate: string;
  type: string;
  branches: readonly string[];
  country: string;
  genderScore: number;
  participantCells: readonly ParticipantCell[];
  participantsTotal: number;
  participantsWomen: number;
  participantsYouth: number;
  participantsMen: number;
  participantsOther: number;
  participantsNotRecorded: number;
};

export const rollupMeasures = ['activityCount', 'total', 'women', 'youth', 'men', 'other', 'notRecorded'] as const;
export type RollupMeasures = Record<(typeof rollupMeasures)[number], number>;
export type RollupRow = { networkId: string; synergyKey: string; month: string; dimension: RollupDimension; groupKey: string } & RollupMeasures;

/** Only work that reached people is summed (the summaries' own rule: planned and cancelled work reached nobody yet). */
export const rollupStatuses = ['ONGOING', 'COMPLETED'] as const;

export const cellKey = (cell: Pick<ParticipantCell, 'sex' | 'ageBandId'>): string => `${cell.sex}:${cell.ageBandId ?? ''}`;

/** What one activity adds to the rollup: a row per breakdown it falls in, none when it reached nobody yet. */
export function rollupContributions(activity: RollupSource): RollupRow[] {
  if (!(rollupStatuses as readonly string[]).includes(activity.status)) return [];
  const where = { networkId: activity.networkId, synergyKey: activity.synergyId ?? '', month: activity.startDate.slice(0, 7) };
  const people = {
    activityCount: 1,
    total: activity.participantsTotal,
    women: activity.participantsWomen,
    youth: activity.participantsYouth,
    men: activity.participantsMen,
    other: activity.participantsOther,
    notRecorded: activity.participantsNotRecorded,
  };
  const row = (dimension: RollupDimension, groupKey: string, measures: RollupMeasures = people): RollupRow => ({ ...where, dimension, groupKey, ...measures });
  return [
    row('TOTAL', ''),
    row('TYPE', activity.type),
    ...activity.branches.map((branch) => row('BRANCH', branch)),
    row('COUNTRY', activity.country),
    row('SCORE', String(activity.genderScore)),
    ...activity.participantCells.map((cell) =>
      row('CELL', cellKey(cell), { activityCount: 1, total: cell.count, women: 0, youth: 0, men: 0, other: 0, notRecorded: 0 }),
    ),
  ];
}

const rowKey = (row: RollupRow) => [row.networkId, row.synergyKey, row.month, row.dimension, row.groupKey].join('\u0000');

const negated = (rows: RollupRow[]): RollupRow[] =>
  rows.map((row) => ({ ...row, ...Object.fromEntries(rollupMeasures.map((measure) => [measure, -row[measure]])) }) as RollupRow);

/** Rows summed per (network, synergy, month, dimension, group key), rows that sum to nothing left out: an upsert may touch each row once. */
export function mergeDeltas(deltas: RollupRow[][]): RollupRow[] {
  const rows = new Map<string, RollupRow>();
  for (const row of deltas.flat()) {
    const key = rowKey(row);
    const merged = rows.get(key);
    if (!merged) rows.set(key, { ...row });
    else for (const measure of rollupMeasures) merged[measure] += row[measure];
  }
  return [...rows.values()].filter((row) => rollupMeasures.some((measure) => row[measure] !== 0));
}

/** The change a write makes to the rollup: what the activity adds now minus what it added before. */
export const rollupDelta = (before: RollupSource | null, after: RollupSource | null): RollupRow[] =>
  mergeDeltas([before ? negated(rollupContributions(before)) : [], after ? rollupContributions(after) : []]);

/**
 * How a period splits between the rollup and the activities: the whole months
 * inside [from, to] come from the rollup (`from` inclusive, `until` exclusive,
 * a null bound open), the days of a part-month at either end from the
 * activities themselves (inclusive ranges). `months` is null when no whole
 * month lies in the period.
 */
export type PeriodSplit = {
  months: { from: string | null; until: string | null } | null;
  days: { from: string | null; to: string | null }[];
};

export function splitPeriod(from: string | null, to: string | null): PeriodSplit {
  const firstMonth = from === null ? null : from.endsWith('-01') ? from.slice(0, 7) : addMonths(from.slice(0, 7), 1);
  const untilMonth = to === null ? null : addDays(to, 1).endsWith('-01') ? addMonths(to.slice(0, 7), 1) : to.slice(0, 7);
  if (firstMonth !== null && untilMonth !== null && firstMonth >= untilMonth) return { months: null, days: [{ from, to }] };
  const days: PeriodSplit['days'] = [];
  if (from !== null && firstMonth !== from.slice(0, 7)) days.push({ from, to: addDays(`${firstMonth}-01`, -1) });
  if (to !== null && untilMonth === to.slice(0, 7)) days.push({ from: `${untilMonth}-01`, to });
  return { months: { from: firstMonth, until: untilMonth }, days };
}
