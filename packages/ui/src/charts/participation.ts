// Turns the API's ParticipationSummary into the rows the dashboard charts and
// their tables show. Pure functions: no React, no formatting.
import { monthsBetween, type PeriodRange } from './period.ts';

/** Sums over a group of activities, as the API's ParticipationGroup (generated types make nullable fields optional). */
export type ParticipationGroupLike = {
  activityCount: number;
  total: number;
  women: number;
  youth: number;
  womenShare?: number | null;
  youthShare?: number | null;
};

/** The sums of a group with its shares always present (null when nobody was counted). */
export type GroupSums = {
  activityCount: number;
  total: number;
  women: number;
  youth: number;
  womenShare: number | null;
  youthShare: number | null;
};

export type AgeBandLike = { id: string; label: string; youth: boolean };
export type SexLike = 'WOMEN' | 'MEN' | 'OTHER' | 'NOT_RECORDED';
export type ParticipantCellLike = { sex: SexLike; ageBand?: AgeBandLike | null; count: number };

/** The fields of the API's ParticipationSummary the dashboards read. */
export type ParticipationSummaryLike = ParticipationGroupLike & {
  men: number;
  other: number;
  notRecorded: number;
  bySexAndAgeBand: readonly ParticipantCellLike[];
  byType: readonly (ParticipationGroupLike & { type: string })[];
  byBranch: readonly (ParticipationGroupLike & { branch: string })[];
  byGenderMarkerScore: readonly (ParticipationGroupLike & { score: number })[];
  byMonth: readonly (ParticipationGroupLike & { month: string })[];
  byCountry?: readonly (ParticipationGroupLike & { country: string; countryName: string })[];
};

/** A group with a stable key, ready for a chart and a table row. */
export type GroupRow = GroupSums & { key: string };
/** One month of the time series. */
export type MonthRow = GroupSums & { month: string };

/** The gender marker scores, always all three (0 not targeted, 1 significant, 2 principal). */
const MARKER_SCORES = [0, 1, 2] as const;

const share = (part: number, total: number): number | null => (total === 0 ? null : part / total);

export function emptyGroup(): GroupSums {
  return { activityCount: 0, total: 0, women: 0, youth: 0, womenShare: null, youthShare: null };
}

function pickGroup(group: ParticipationGroupLike): GroupSums {
  return {
    activityCount: group.activityCount,
    total: group.total,
    women: group.women,
    youth: group.youth,
    womenShare: group.womenShare ?? share(group.women, group.total),
    youthShare: group.youthShare ?? share(group.youth, group.total),
  };
}

/**
 * One row per month from the first to the last month of the range, months
 * without activities as zeros (shares null), so the time axis has no holes.
 * An open end of the range stops at the first or last month with data.
 */
export function monthlySeries(byMonth: readonly (ParticipationGroupLike & { month: string })[], range: PeriodRange): MonthRow[] {
  const known = new Map(byMonth.map((row) => [row.month, row]));
  const dataMonths = byMonth.map((row) => row.month).sort();
  const first = range.from?.slice(0, 7) ?? dataMonths[0];
  const last = range.to?.slice(0, 7) ?? dataMonths[dataMonths.length - 1];
  if (!first || !last) return [];
  // Months outside the range are kept too, in case the API counted them.
  const months = [...new Set([...monthsBetween(`${first}-01`, `${last}-01`), ...dataMonths])].sort();
  return months.map((month) => {
    const row = known.get(month);
    return { month, ...(row ? pickGroup(row) : emptyGroup()) };
  });
}

/** Groups keyed by their category, in the API's order (largest first). */
export function groupRows<T extends ParticipationGroupLike>(groups: readonly T[], keyOf: (group: T) => string | number): GroupRow[] {
  return groups.map((group) => ({ key: String(keyOf(group)), ...pickGroup(group) }));
}

/** The three gender marker scores in order, a score without activities as zeros. */
export function genderMarkerRows(groups: readonly (ParticipationGroupLike & { score: number })[]): GroupRow[] {
  return MARKER_SCORES.map((score) => {
    const found = groups.find((group) => group.score === score);
    return { key: String(score), ...(found ? pickGroup(found) : emptyGroup()) };
  });
}

/** People of one age band by sex; the band is null for people of unknown age. */
export type SexAgeRow = {
  key: string;
  ageBand: AgeBandLike | null;
  women: number;
  men: number;
  other: number;
  notRecorded: number;
  total: number;
};

const SEX_FIELD: Record<SexLike, 'women' | 'men' | 'other' | 'notRecorded'> = {
  WOMEN: 'women',
  MEN: 'men',
  OTHER: 'other',
  NOT_RECORDED: 'notRecorded',
};

/** Key of the row of people whose age was not recorded. */
export const UNKNOWN_AGE_KEY = '__unknown__';

/**
 * The sex × age band cells as one row per age band (in the network's band
 * order when `ageBands` is given, else as the cells come), people of unknown
 * age last. Bands nobody fell in are left out unless `ageBands` lists them.
 */
export function sexAgeRows(cells: readonly ParticipantCellLike[], ageBands?: readonly AgeBandLike[]): SexAgeRow[] {
  const rows = new Map<string, SexAgeRow>();
  const rowFor = (band: AgeBandLike | null): SexAgeRow => {
    const key = band?.id ?? UNKNOWN_AGE_KEY;
    let row = rows.get(key);
    if (!row) {
      row = { key, ageBand: band, women: 0, men: 0, other: 0, notRecorded: 0, total: 0 };
      rows.set(key, row);
    }
    return row;
  };
  for (const band of ageBands ?? []) rowFor(band);
  for (const cell of cells) {
    const row = rowFor(cell.ageBand ?? null);
    row[SEX_FIELD[cell.sex]] += cell.count;
    row.total += cell.count;
  }
  const ordered = [...rows.values()];
  const unknown = ordered.filter((row) => row.ageBand === null);
  return [...ordered.filter((row) => row.ageBand !== null), ...unknown.filter((row) => row.total > 0)];
}

/** The headline figures of a summary. */
export type Headline = { activityCount: number; total: number; womenShare: number | null; youthShare: number | null };

export function headline(summary: ParticipationGroupLike): Headline {
  return {
    activityCount: summary.activityCount,
    total: summary.total,
    womenShare: summary.womenShare ?? share(summary.women, summary.total),
    youthShare: summary.youthShare ?? share(summary.youth, summary.total),
  };
}

/** The largest group by people reached (ties: more activities), or null when nobody was reached. */
export function largestGroup<T extends GroupRow>(rows: readonly T[]): T | null {
  let best: T | null = null;
  for (const row of rows) {
    if (row.total === 0) continue;
    if (!best || row.total > best.total || (row.total === best.total && row.activityCount > best.activityCount)) best = row;
  }
  return best;
}

/** The month with most people reached, or null when nobody was reached. */
export function peakMonth(rows: readonly MonthRow[]): MonthRow | null {
  let best: MonthRow | null = null;
  for (const row of rows) if (row.total > 0 && (!best || row.total > best.total)) best = row;
  return best;
}
