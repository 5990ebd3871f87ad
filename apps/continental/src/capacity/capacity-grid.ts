// The assessment grid: for each partner, each domain's latest score and how
// it moved since the assessment before. Pure: no React, no formatting.
import type { CapacityDomain } from '../gql/graphql.ts';
import { CAPACITY_DOMAINS } from './capacity-domains.ts';

export type ScoreLike = { domain: CapacityDomain; score: number; change?: number | null };
export type AssessmentLike = { assessedOn: string; scores: readonly ScoreLike[] };

/** A domain's latest score, the day it was given, and its change since the previous score of that domain (null: the first). */
export type LatestScore = { score: number; change: number | null; assessedOn: string };

/** One grid row's cells: a domain that was never scored has none. */
export type LatestScores = Partial<Record<CapacityDomain, LatestScore>>;

/** Latest first; the same day keeps the API's order. */
function latestFirst<A extends AssessmentLike>(assessments: readonly A[]): A[] {
  return [...assessments].sort((a, b) => (a.assessedOn < b.assessedOn ? 1 : a.assessedOn > b.assessedOn ? -1 : 0));
}

/**
 * Each domain's score in the latest assessment that scores it: an assessment
 * of some domains only leaves the others at their earlier score.
 */
export function latestScores(assessments: readonly AssessmentLike[]): LatestScores {
  const cells: LatestScores = {};
  for (const assessment of latestFirst(assessments)) {
    for (const score of assessment.scores) {
      if (cells[score.domain]) continue;
      cells[score.domain] = { score: score.score, change: score.change ?? null, assessedOn: assessment.assessedOn };
    }
  }
  return cells;
}

/** The direction of a change, for its arrow: none for no change or no previous score. */
export function changeDirection(change: number | null | undefined): 'up' | 'down' | null {
  if (change === null || change === undefined || change === 0) return null;
  return change > 0 ? 'up' : 'down';
}

/** The domains in the API's order, each with its cell (undefined: never scored). */
export function gridCells(cells: LatestScores): { domain: CapacityDomain; cell: LatestScore | undefined }[] {
  return CAPACITY_DOMAINS.map((domain) => ({ domain, cell: cells[domain] }));
}
