import { defaultAgeBands } from '@synergia/domain/rules';
import { describe, expect, it } from 'vitest';
import {
  cellKey,
  cellKeyForErrorPath,
  gridCells,
  gridFromCells,
  gridProblems,
  gridToCellInputs,
  gridTotals,
} from './participant-grid.ts';

const bands = defaultAgeBands();

describe('gridCells', () => {
  it('should list every sex by every band, with age unknown only for NOT_RECORDED', () => {
    const cells = gridCells(bands);
    expect(cells).toHaveLength(4 * 4 + 1);
    expect(cells.filter((c) => c.ageBandId === null)).toEqual([{ sex: 'NOT_RECORDED', ageBandId: null, key: 'NOT_RECORDED|' }]);
    expect(cells[0]).toEqual({ sex: 'WOMEN', ageBandId: 'under-18', key: 'WOMEN|under-18' });
  });
});

describe('gridTotals', () => {
  it('should give zero totals and no shares when the grid is empty', () => {
    const totals = gridTotals({}, bands);
    expect(totals.total).toBe(0);
    expect(totals.womenShare).toBeNull();
    expect(totals.youthShare).toBeNull();
  });

  it('should sum rows, columns, the grand total and the shares when cells are filled', () => {
    const grid = {
      [cellKey('WOMEN', '18-35')]: 30,
      [cellKey('WOMEN', '36-59')]: 10,
      [cellKey('MEN', '18-35')]: 20,
      [cellKey('OTHER', '60-plus')]: 2,
      [cellKey('NOT_RECORDED', null)]: 38,
    };
    const totals = gridTotals(grid, bands);
    expect(totals.bySex).toEqual({ WOMEN: 40, MEN: 20, OTHER: 2, NOT_RECORDED: 38 });
    expect(totals.byAgeBand).toEqual({ 'under-18': 0, '18-35': 50, '36-59': 10, '60-plus': 2, '': 38 });
    expect(totals.total).toBe(100);
    expect(totals.women).toBe(40);
    expect(totals.youth).toBe(50);
    expect(totals.womenShare).toBeCloseTo(0.4);
    expect(totals.youthShare).toBeCloseTo(0.5);
  });

  it('should count empty and invalid cells as zero while typing', () => {
    const totals = gridTotals({ [cellKey('WOMEN', '18-35')]: null, [cellKey('MEN', '18-35')]: -4, [cellKey('MEN', '60-plus')]: 2.5, [cellKey('OTHER', '60-plus')]: 3 }, bands);
    expect(totals.total).toBe(3);
  });

  it('should ignore cells the grid does not show when the network has other bands', () => {
    expect(gridTotals({ 'WOMEN|old-band': 9, 'WOMEN|': 4 }, bands).total).toBe(0);
  });
});

describe('gridProblems', () => {
  it('should flag fractional, negative and huge counts and accept zero and empty cells', () => {
    const problems = gridProblems(
      { 'WOMEN|18-35': 2.5, 'MEN|18-35': -1, 'OTHER|60-plus': 1_000_001, 'MEN|60-plus': 0, 'WOMEN|60-plus': null },
      bands,
    );
    expect(problems).toEqual({
      'WOMEN|18-35': { key: 'form.notANumber' },
      'MEN|18-35': { key: 'form.notNegative' },
      'OTHER|60-plus': { key: 'form.tooLarge', values: { max: 1_000_000 } },
    });
  });
});

describe('gridToCellInputs and cellKeyForErrorPath', () => {
  it('should send the non-empty, non-zero cells in reading order with their keys', () => {
    const { cells, keys } = gridToCellInputs({ 'NOT_RECORDED|': 5, 'MEN|18-35': 2, 'WOMEN|60-plus': 0, 'WOMEN|18-35': 7 }, bands);
    expect(cells).toEqual([
      { sex: 'WOMEN', ageBandId: '18-35', count: 7 },
      { sex: 'MEN', ageBandId: '18-35', count: 2 },
      { sex: 'NOT_RECORDED', ageBandId: null, count: 5 },
    ]);
    expect(keys).toEqual(['WOMEN|18-35', 'MEN|18-35', 'NOT_RECORDED|']);
  });

  it('should find the cell an API error names when the path points at a sent cell', () => {
    const keys = ['WOMEN|18-35', 'MEN|18-35', 'NOT_RECORDED|'];
    expect(cellKeyForErrorPath(['input', 'participants', 'cells', '1', 'count'], keys)).toBe('MEN|18-35');
    expect(cellKeyForErrorPath(['input', 'participants', '2', 'count'], keys)).toBe('NOT_RECORDED|');
  });

  it('should find no cell when the path is about the whole grid or another field', () => {
    const keys = ['WOMEN|18-35'];
    expect(cellKeyForErrorPath(['input', 'participants'], keys)).toBeNull();
    expect(cellKeyForErrorPath(['input', 'participants', 'cells', '4', 'count'], keys)).toBeNull();
    expect(cellKeyForErrorPath(['input', 'title'], keys)).toBeNull();
    expect(cellKeyForErrorPath(null, keys)).toBeNull();
  });
});

describe('gridFromCells', () => {
  it('should fill the grid from the cells an activity returns', () => {
    expect(
      gridFromCells([
        { sex: 'WOMEN', ageBand: { id: '18-35' }, count: 12 },
        { sex: 'NOT_RECORDED', ageBand: null, count: 3 },
      ]),
    ).toEqual({ 'WOMEN|18-35': 12, 'NOT_RECORDED|': 3 });
  });
});
