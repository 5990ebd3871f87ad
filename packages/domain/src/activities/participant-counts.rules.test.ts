import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAgeBands } from '../networks/age-bands.rules.ts';
import { countProblem, maxCellCount, participantTotals, sexes, validateParticipantCells, type ParticipantCell } from './participant-counts.rules.ts';

const bands = defaultAgeBands();
const messages = (cells: ParticipantCell[]) => validateParticipantCells(cells, bands).map((e) => `${e.path?.join('.')} ${e.message}`);

describe('participant counts', () => {
  it('should derive totals, women, youth and shares from the cells', () => {
    const cells: ParticipantCell[] = [
      { sex: 'WOMEN', ageBandId: '18-35', count: 30 },
      { sex: 'WOMEN', ageBandId: '60-plus', count: 10 },
      { sex: 'MEN', ageBandId: '18-35', count: 15 },
      { sex: 'OTHER', ageBandId: '36-59', count: 1 },
      { sex: 'NOT_RECORDED', ageBandId: null, count: 44 },
    ];
    expect(validateParticipantCells(cells, bands)).toEqual([]);
    expect(participantTotals(cells, bands)).toEqual({ total: 100, women: 40, men: 15, other: 1, notRecorded: 44, youth: 45, womenShare: 0.4, youthShare: 0.45 });
  });

  it('should give no shares when nobody was counted', () => {
    expect(participantTotals([], bands)).toMatchObject({ total: 0, womenShare: null, youthShare: null });
  });

  it('should name the cell of a negative, fractional or absurd count', () => {
    expect(messages([{ sex: 'WOMEN', ageBandId: '18-35', count: -1 }])).toEqual(['participants.cells.0.count participants.cells.0.count: women aged 18–35 must not be negative (-1)']);
    expect(messages([{ sex: 'MEN', ageBandId: 'under-18', count: 2.5 }])).toEqual(['participants.cells.0.count participants.cells.0.count: men aged Under 18 must be a whole number, not 2.5']);
    expect(messages([{ sex: 'OTHER', ageBandId: '60-plus', count: maxCellCount + 1 }])[0]).toContain('other aged 60+ cannot be more than 1,000,000');
    expect(messages([{ sex: 'WOMEN', ageBandId: '18-35', count: Number.NaN }])[0]).toContain('must be a whole number, not NaN');
  });

  it('should say what is wrong with a count when it is not a whole number from 0 to the maximum', () => {
    expect([0, 12, maxCellCount].map(countProblem)).toEqual([null, null, null]);
    expect([2.5, Number.NaN, Number.POSITIVE_INFINITY, '3'].map(countProblem)).toEqual(['notWholeNumber', 'notWholeNumber', 'notWholeNumber', 'notWholeNumber']);
    expect(countProblem(-1)).toBe('negative');
    expect(countProblem(maxCellCount + 1)).toBe('tooLarge');
  });

  it('should refuse unknown bands, duplicates and a breakdown-less total of known sex', () => {
    expect(messages([{ sex: 'WOMEN', ageBandId: '25-30', count: 1 }])[0]).toContain('"25-30" is not an age band of this network');
    expect(messages([{ sex: 'WOMEN', ageBandId: null, count: 5 }])[0]).toContain('only people whose sex is not recorded may have no age band');
    expect(messages([{ sex: 'MEN', ageBandId: '36-59', count: 1 }, { sex: 'MEN', ageBandId: '36-59', count: 2 }])).toEqual([
      'participants.cells.1.sex participants.cells.1: men aged 36–59 are counted twice',
    ]);
    expect(messages([{ sex: 'CHILDREN' as never, ageBandId: '36-59', count: 1 }])[0]).toContain('must be one of WOMEN, MEN, OTHER, NOT_RECORDED');
  });

  const validGrid = fc.uniqueArray(
    fc.record({
      sex: fc.constantFrom(...sexes),
      ageBandId: fc.constantFrom(...bands.map((b) => b.id)),
      count: fc.integer({ min: 0, max: maxCellCount }),
    }),
    { selector: (cell) => `${cell.sex}|${cell.ageBandId}` },
  );

  it('should accept every grid of whole numbers in range, with totals that add up (property)', () => {
    fc.assert(
      fc.property(validGrid, (cells) => {
        expect(validateParticipantCells(cells, bands)).toEqual([]);
        const totals = participantTotals(cells, bands);
        expect(totals.total).toBe(cells.reduce((sum, cell) => sum + cell.count, 0));
        expect(totals.women + totals.men + totals.other + totals.notRecorded).toBe(totals.total);
        expect(totals.youth).toBeLessThanOrEqual(totals.total);
        if (totals.total > 0) {
          expect(totals.womenShare).toBeGreaterThanOrEqual(0);
          expect(totals.womenShare).toBeLessThanOrEqual(1);
          expect(totals.youthShare).toBeCloseTo(totals.youth / totals.total, 12);
        } else {
          expect([totals.womenShare, totals.youthShare]).toEqual([null, null]);
        }
      }),
    );
  });

  it('should reject any grid holding a bad count, naming exactly that cell (property)', () => {
    const badCount = fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: maxCellCount + 1 }), fc.double({ noInteger: true }));
    fc.assert(
      fc.property(validGrid.filter((cells) => cells.length > 0), fc.nat(), badCount, (cells, pick, count) => {
        const index = pick % cells.length;
        const broken = cells.map((cell, i) => (i === index ? { ...cell, count } : cell));
        const errors = validateParticipantCells(broken, bands);
        expect(errors.map((e) => e.path)).toEqual([['participants', 'cells', String(index), 'count']]);
      }),
    );
  });
});
