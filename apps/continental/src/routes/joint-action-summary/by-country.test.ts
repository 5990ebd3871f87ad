import { describe, expect, it } from 'vitest';
import { countryChartRows, countryTable } from './by-country.ts';

const groups = [
  { country: 'PH', countryName: 'Philippines', count: 9, withOutcomes: 3, participants: 1000, womenShare: 0.62, youthShare: 0.4 },
  { country: null, countryName: null, count: 2, withOutcomes: 1, participants: 0, womenShare: null, youthShare: null },
];

describe('joint actions by country', () => {
  it('should draw joint actions and people, with women and youth from their shares', () => {
    expect(countryChartRows(groups)).toEqual([
      { key: 'PH', activityCount: 9, total: 1000, women: 620, youth: 400, womenShare: 0.62, youthShare: 0.4 },
      { key: 'continental', activityCount: 2, total: 0, women: 0, youth: 0, womenShare: null, youthShare: null },
    ]);
  });

  it('should give the table one row a country with a dash for shares nobody was counted for', () => {
    const table = countryTable(groups, {
      t: (key) => key,
      labelOf: (key) => (key === 'continental' ? 'Continental' : 'Philippines'),
      number: String,
      percent: (value) => (value == null ? '' : `${Math.round(value * 100)} %`),
    });
    expect(table.columns.map((column) => column.key)).toEqual(['country', 'count', 'withOutcomes', 'participants', 'womenShare', 'youthShare']);
    expect(table.rows).toEqual([
      { key: 'PH', header: 'Philippines', cells: ['9', '3', '1000', '62 %', '40 %'] },
      { key: 'continental', header: 'Continental', cells: ['2', '1', '0', '—', '—'] },
    ]);
  });
});
