// A partner's assessments over time, as the history chart and its table read
// them: one row per assessment, oldest first, one value per domain.
import type { CapacityDomain } from '../gql/graphql.ts';
import { CAPACITY_DOMAINS } from './capacity-domains.ts';
import type { AssessmentLike } from './capacity-grid.ts';

/** One point in time: the day, and the score of each domain assessed that day (null: not assessed). */
export type HistoryRow = { key: string; assessedOn: string } & Record<CapacityDomain, number | null>;

/** Oldest first, so time runs left to right; the domains an assessment left out are gaps in their line. */
export function historyRows(assessments: readonly (AssessmentLike & { id: string })[]): HistoryRow[] {
  const oldestFirst = [...assessments].sort((a, b) => (a.assessedOn < b.assessedOn ? -1 : a.assessedOn > b.assessedOn ? 1 : 0));
  return oldestFirst.map((assessment) => {
    const row = { key: assessment.id, assessedOn: assessment.assessedOn } as HistoryRow;
    for (const domain of CAPACITY_DOMAINS) row[domain] = null;
    for (const score of assessment.scores) row[score.domain] = score.score;
    return row;
  });
}

/** The domains scored at least once: the only lines worth drawing and columns worth showing. */
export function assessedDomains(rows: readonly HistoryRow[]): CapacityDomain[] {
  return CAPACITY_DOMAINS.filter((domain) => rows.some((row) => row[domain] !== null));
}

/** One domain's scores over time: the days it was assessed, oldest first, with the score and the change since the day before. */
export function domainSeries(rows: readonly HistoryRow[], domain: CapacityDomain): { key: string; assessedOn: string; score: number; change: number | null }[] {
  const series: { key: string; assessedOn: string; score: number; change: number | null }[] = [];
  for (const row of rows) {
    const score = row[domain];
    if (score === null) continue;
    const previous = series.at(-1);
    series.push({ key: row.key, assessedOn: row.assessedOn, score, change: previous ? score - previous.score : null });
  }
  return series;
}
