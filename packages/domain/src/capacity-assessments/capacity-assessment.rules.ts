import { capacityDomains, type CapacityDomain } from '../missions/capacity-building.vocabulary.ts';

/** Indexes of the scores whose domain an earlier score already has. */
export function duplicateDomainIndexes(scores: readonly { domain: string }[]): number[] {
  const seen = new Set<string>();
  return scores.flatMap((score, index) => {
    const repeat = seen.has(score.domain);
    seen.add(score.domain);
    return repeat ? [index] : [];
  });
}

/** Scores in the order of `capacityDomains`, so every screen lists domains alike. */
export const inDomainOrder = <T extends { domain: CapacityDomain }>(scores: readonly T[]): T[] =>
  [...scores].sort((a, b) => capacityDomains.indexOf(a.domain) - capacityDomains.indexOf(b.domain));

/** The mean score over the domains assessed, to two decimals; null without scores. */
export function averageScore(scores: readonly { score: number }[]): number | null {
  if (!scores.length) return null;
  return roundTo2(scores.reduce((sum, score) => sum + score.score, 0) / scores.length);
}

export const roundTo2 = (value: number): number => Math.round((value + Number.EPSILON) * 100) / 100;
