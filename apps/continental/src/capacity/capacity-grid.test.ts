import { describe, expect, it } from 'vitest';
import { changeDirection, gridCells, latestScores } from './capacity-grid.ts';

describe('the capacity grid', () => {
  it("should take each domain's score from the latest assessment that scores it", () => {
    const cells = latestScores([
      // Out of order on purpose: the day decides, not the position.
      { assessedOn: '2025-03-01', scores: [{ domain: 'GOVERNANCE', score: 2, change: null }, { domain: 'NETWORKING', score: 1, change: null }] },
      { assessedOn: '2026-01-10', scores: [{ domain: 'GOVERNANCE', score: 4, change: 1 }] },
      { assessedOn: '2025-09-15', scores: [{ domain: 'GOVERNANCE', score: 3, change: 1 }, { domain: 'NETWORKING', score: 2, change: 1 }] },
    ]);
    expect(cells).toEqual({
      GOVERNANCE: { score: 4, change: 1, assessedOn: '2026-01-10' },
      NETWORKING: { score: 2, change: 1, assessedOn: '2025-09-15' },
    });
  });

  it('should give every domain a column in the API order, empty when never scored', () => {
    const cells = gridCells({ COMMUNICATION: { score: 3, change: -1, assessedOn: '2026-01-01' } });
    expect(cells.map((c) => c.domain)).toEqual([
      'GOVERNANCE',
      'FINANCIAL_MANAGEMENT',
      'HUMAN_RESOURCES',
      'PROGRAMME_MANAGEMENT',
      'NETWORKING',
      'POLITICAL_ACTION',
      'GENDER_MAINSTREAMING',
      'COMMUNICATION',
    ]);
    expect(cells.filter((c) => c.cell).map((c) => c.domain)).toEqual(['COMMUNICATION']);
  });

  it('should show an arrow only for a real change', () => {
    expect(changeDirection(2)).toBe('up');
    expect(changeDirection(-1)).toBe('down');
    expect(changeDirection(0)).toBeNull();
    expect(changeDirection(null)).toBeNull();
    expect(changeDirection(undefined)).toBeNull();
  });
});
