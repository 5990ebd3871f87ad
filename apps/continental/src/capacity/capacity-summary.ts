// The capacity-building dashboard's numbers: the rows its charts draw and the
// tables that stand in for them. Pure: the page passes `t` and the locale.
import { formatMonth, formatNumber, formatPercent, type ChartTableModel } from '@synergia/ui';
import type { CapacityDomain } from '../gql/graphql.ts';
import { domainKey } from './capacity-domains.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Format = { t: Translate; locale: string };

/** A group of missions as the summary gives it (theme, format, country). */
export type MissionGroupLike = { missions: number; participants: number; womenShare?: number | null; youthShare?: number | null };

/** A group as the shared GroupBarChart draws it: missions for activities, participants for people. */
export type MissionChartRow = {
  key: string;
  activityCount: number;
  total: number;
  women: number;
  youth: number;
  womenShare: number | null;
  youthShare: number | null;
};

/**
 * The summary gives shares, not counts, per group: the count of women and
 * young people is the share of the participants (a whole number again).
 */
export function missionChartRow(key: string, group: MissionGroupLike): MissionChartRow {
  const womenShare = group.womenShare ?? null;
  const youthShare = group.youthShare ?? null;
  return {
    key,
    activityCount: group.missions,
    total: group.participants,
    women: Math.round((womenShare ?? 0) * group.participants),
    youth: Math.round((youthShare ?? 0) * group.participants),
    womenShare,
    youthShare,
  };
}

const share = (value: number | null | undefined, locale: string) => formatPercent(value, locale) || '—';

/** Missions and participants per group (theme, format, country): a row per group, named by `labelOf`. */
export function missionGroupTable(
  rows: readonly MissionChartRow[],
  options: Format & { firstHeader: string; labelOf: (key: string) => string; youth?: boolean },
): ChartTableModel {
  const { t, locale, firstHeader, labelOf, youth = true } = options;
  return {
    columns: [
      { key: 'group', header: firstHeader },
      { key: 'missions', header: t('continental.capacityBuilding.columns.missions'), numeric: true },
      { key: 'participants', header: t('continental.capacityBuilding.columns.participants'), numeric: true },
      { key: 'womenShare', header: t('dashboard.columns.womenShare'), numeric: true },
      ...(youth ? [{ key: 'youthShare', header: t('dashboard.columns.youthShare'), numeric: true }] : []),
    ],
    rows: rows.map((row) => ({
      key: row.key,
      header: labelOf(row.key),
      cells: [
        formatNumber(row.activityCount, locale),
        formatNumber(row.total, locale),
        share(row.womenShare, locale),
        ...(youth ? [share(row.youthShare, locale)] : []),
      ],
    })),
  };
}

/** Money per currency, "US$1,200 · €300" (compact: "IDR 513M" for a key figure's small card); a dash when there is none. */
export function formatMoney(amounts: readonly { amount: number; currency: string }[], locale: string, compact = false): string {
  if (amounts.length === 0) return '—';
  return amounts
    .map(({ amount, currency }) => {
      try {
        const notation = compact ? ({ notation: 'compact', maximumFractionDigits: 1 } as const) : ({ maximumFractionDigits: 0 } as const);
        return new Intl.NumberFormat(locale, { style: 'currency', currency, ...notation }).format(amount);
      } catch {
        // An unknown code still shows its amount.
        return `${currency} ${formatNumber(amount, locale)}`;
      }
    })
    .join(' · ');
}

export type GenderMarkerGroupLike = { score: number; missions: number; participants: number; spent: readonly { amount: number; currency: string }[] };

/** Missions, participants and money spent per gender marker score, always 0, 1 and 2. */
export function genderMarkerGroups(groups: readonly GenderMarkerGroupLike[]): GenderMarkerGroupLike[] {
  return [0, 1, 2].map((score) => groups.find((g) => g.score === score) ?? { score, missions: 0, participants: 0, spent: [] });
}

export function genderMarkerTable(groups: readonly GenderMarkerGroupLike[], { t, locale }: Format): ChartTableModel {
  return {
    columns: [
      { key: 'score', header: t('continental.capacityBuilding.columns.genderMarker') },
      { key: 'missions', header: t('continental.capacityBuilding.columns.missions'), numeric: true },
      { key: 'participants', header: t('continental.capacityBuilding.columns.participants'), numeric: true },
      { key: 'spent', header: t('continental.capacityBuilding.columns.spent'), numeric: true },
    ],
    rows: groups.map((g) => ({
      key: String(g.score),
      header: t(`activities.enums.GenderMarkerScore.${g.score}`),
      cells: [formatNumber(g.missions, locale), formatNumber(g.participants, locale), formatMoney(g.spent, locale)],
    })),
  };
}

export type MonthGroupLike = { month: string; missions: number; participants: number };

/** Every month (YYYY-MM) from the month of `from` to that of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  // A period of decades would draw thousands of bars: stop at 50 years.
  for (let guard = 0; guard < 600; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * The months of the period with their missions and participants, months
 * without a mission as zeros so the time axis is even; an open period shows
 * the months the summary has.
 */
export function monthSeries(groups: readonly MonthGroupLike[], range: { from: string | null; to: string | null }): MonthGroupLike[] {
  const byMonth = new Map(groups.map((g) => [g.month, g]));
  const known = groups.map((g) => g.month).sort();
  const from = range.from ?? (known[0] ? `${known[0]}-01` : null);
  const to = range.to ?? (known.at(-1) ? `${known.at(-1)}-01` : null);
  if (!from || !to) return [];
  const months = monthsBetween(from, to);
  // Months the summary has outside the range (it should not) are kept rather than lost.
  const extra = known.filter((m) => !months.includes(m));
  return [...months, ...extra].sort().map((month) => byMonth.get(month) ?? { month, missions: 0, participants: 0 });
}

export function monthGroupTable(rows: readonly MonthGroupLike[], { t, locale }: Format): ChartTableModel {
  return {
    columns: [
      { key: 'month', header: t('dashboard.columns.month') },
      { key: 'missions', header: t('continental.capacityBuilding.columns.missions'), numeric: true },
      { key: 'participants', header: t('continental.capacityBuilding.columns.participants'), numeric: true },
    ],
    rows: rows.map((row) => ({
      key: row.month,
      header: formatMonth(row.month, locale, 'long'),
      cells: [formatNumber(row.missions, locale), formatNumber(row.participants, locale)],
    })),
  };
}

export type CapacityChangeLike = { domain: CapacityDomain; partners: number; averageBefore: number; averageAfter: number; averageChange: number };

/** A score average with two decimals at most. */
export function formatAverage(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A change with its sign, "+0.8" or "−0.25"; "0" for none. */
export function formatChange(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
}

export function capacityChangeTable(rows: readonly CapacityChangeLike[], { t, locale }: Format): ChartTableModel {
  return {
    columns: [
      { key: 'domain', header: t('continental.capacityAssessments.columns.domain') },
      { key: 'partners', header: t('continental.capacityBuilding.columns.partners'), numeric: true },
      { key: 'before', header: t('continental.capacityBuilding.columns.averageBefore'), numeric: true },
      { key: 'after', header: t('continental.capacityBuilding.columns.averageAfter'), numeric: true },
      { key: 'change', header: t('continental.capacityBuilding.columns.averageChange'), numeric: true },
    ],
    rows: rows.map((row) => ({
      key: row.domain,
      header: t(domainKey(row.domain)),
      cells: [
        formatNumber(row.partners, locale),
        formatAverage(row.averageBefore, locale),
        formatAverage(row.averageAfter, locale),
        formatChange(row.averageChange, locale),
      ],
    })),
  };
}

/** Counts per status (missions by status, reviews by status) as a two-column table. */
export function statusCountTable(
  rows: readonly { status: string; count: number }[],
  options: Format & { firstHeader: string; labelOf: (status: string) => string },
): ChartTableModel {
  const { t, locale, firstHeader, labelOf } = options;
  return {
    columns: [
      { key: 'status', header: firstHeader },
      { key: 'count', header: t('continental.capacityBuilding.columns.count'), numeric: true },
    ],
    rows: rows.map((row) => ({ key: row.status, header: labelOf(row.status), cells: [formatNumber(row.count, locale)] })),
  };
}
