import { describe, expect, it } from 'vitest';
import { assessedDomains, domainSeries, historyRows } from './capacity-history.ts';

const assessments = [
  { id: 'b', assessedOn: '2026-02-01', scores: [{ domain: 'GOVERNANCE' as const, score: 3 }] },
  { id: 'a', assessedOn: '2025-02-01', scores: [{ domain: 'GOVERNANCE' as const, score: 1 }, { domain: 'POLITICAL_ACTION' as const, score: 2 }] },
  { id: 'c', assessedOn: '2026-06-01', scores: [{ domain: 'GOVERNANCE' as const, score: 2 }, { domain: 'POLITICAL_ACTION' as const, score: 4 }] },
];

describe("a partner's capacity history", () => {
  it('should run oldest first with a gap for each domain an assessment left out', () => {
    const rows = historyRows(assessments);
    expect(rows.map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(rows.map((r) => [r.GOVERNANCE, r.POLITICAL_ACTION, r.COMMUNICATION])).toEqual([
      [1, 2, null],
      [3, null, null],
      [2, 4, null],
    ]);
  });

  it('should list only the domains scored at least once, in the API order', () => {
    expect(assessedDomains(historyRows(assessments))).toEqual(['GOVERNANCE', 'POLITICAL_ACTION']);
  });

  it("should give a domain's series its change since the previous score of that domain", () => {
    const rows = historyRows(assessments);
    expect(domainSeries(rows, 'GOVERNANCE').map((p) => [p.assessedOn, p.score, p.change])).toEqual([
      ['2025-02-01', 1, null],
      ['2026-02-01', 3, 2],
      ['2026-06-01', 2, -1],
    ]);
    // The assessment in between did not score political action: the change is against the one before it.
    expect(domainSeries(rows, 'POLITICAL_ACTION').map((p) => [p.assessedOn, p.change])).toEqual([
      ['2025-02-01', null],
      ['2026-06-01', 2],
    ]);
  });
});
