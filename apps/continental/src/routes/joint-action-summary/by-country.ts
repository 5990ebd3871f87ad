import type { ChartTableModel } from '@synergia/ui';

/** A country's joint actions as the summary returns them; country null for the continental ones. */
export type CountryGroupLike = {
  country?: string | null;
  countryName?: string | null;
  count: number;
  withOutcomes: number;
  participants: number;
  womenShare?: number | null;
  youthShare?: number | null;
};

/** The key of a country's row: its code, or "continental". */
export const countryKey = (group: Pick<CountryGroupLike, 'country'>): string => group.country ?? 'continental';

/**
 * The rows of the participation bar chart (GroupBarChart): joint actions as
 * its count, people reached as its total, women and young people from their
 * shares (the summary gives shares by country, not counts).
 */
export function countryChartRows(groups: readonly CountryGroupLike[]) {
  return groups.map((group) => ({
    key: countryKey(group),
    activityCount: group.count,
    total: group.participants,
    women: Math.round(group.participants * (group.womenShare ?? 0)),
    youth: Math.round(group.participants * (group.youthShare ?? 0)),
    womenShare: group.womenShare ?? null,
    youthShare: group.youthShare ?? null,
  }));
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The chart's table alternative: one row a country (continental last, as the API orders them). */
export function countryTable(
  groups: readonly CountryGroupLike[],
  options: { t: Translate; labelOf: (key: string) => string; number: (value: number) => string; percent: (value: number | null | undefined) => string },
): ChartTableModel {
  const { t, labelOf, number, percent } = options;
  return {
    columns: [
      { key: 'country', header: t('dashboard.columns.country') },
      { key: 'count', header: t('continental.jointActionSummary.columns.count'), numeric: true },
      { key: 'withOutcomes', header: t('continental.jointActionSummary.columns.withOutcomes'), numeric: true },
      { key: 'participants', header: t('dashboard.columns.people'), numeric: true },
      { key: 'womenShare', header: t('dashboard.columns.womenShare'), numeric: true },
      { key: 'youthShare', header: t('dashboard.columns.youthShare'), numeric: true },
    ],
    rows: groups.map((group) => ({
      key: countryKey(group),
      header: labelOf(countryKey(group)),
      cells: [number(group.count), number(group.withOutcomes), number(group.participants), percent(group.womenShare) || '—', percent(group.youthShare) || '—'],
    })),
  };
}
