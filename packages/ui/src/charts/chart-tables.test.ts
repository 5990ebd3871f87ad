import { describe, expect, it } from 'vitest';
import { groupTable, monthSharesTable, monthTable, sexAgeTable, type Translate } from './chart-tables.ts';
import { genderMarkerRows, monthlySeries, sexAgeRows } from './participation.ts';

/** Echoes keys and options, so tests see which message each header uses. */
const t: Translate = (key, options) => (options ? `${key} ${JSON.stringify(options)}` : key);
const locale = 'en-GB';

describe('chart tables', () => {
  it('should give one row per month with formatted counts and shares', () => {
    const months = monthlySeries(
      [{ month: '2025-07', activityCount: 3, total: 1250, women: 700, youth: 300, womenShare: 0.56, youthShare: 0.24 }],
      { from: '2025-06-01', to: '2025-07-31' },
    );
    const table = monthTable(months, { t, locale });
    expect(table.columns.map((c) => c.key)).toEqual(['month', 'activities', 'people', 'women', 'womenShare', 'youth', 'youthShare']);
    expect(table.rows).toEqual([
      { key: '2025-06', header: 'June 2025', cells: ['0', '0', '0', '—', '0', '—'] },
      { key: '2025-07', header: 'July 2025', cells: ['3', '1,250', '700', '56%', '300', '24%'] },
    ]);
    expect(monthSharesTable(months, { t, locale }).rows[1]).toEqual({ key: '2025-07', header: 'July 2025', cells: ['1,250', '56%', '24%'] });
  });

  it('should name group rows with the given labels', () => {
    const rows = genderMarkerRows([{ score: 1, activityCount: 2, total: 40, women: 25, youth: 10, womenShare: 0.625, youthShare: 0.25 }]);
    const table = groupTable(rows, { firstHeader: 'Score', labelOf: (key) => `score ${key}`, t, locale });
    expect(table.columns[0]).toEqual({ key: 'group', header: 'Score' });
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['score 0', '0', '0', '0', '—', '0', '—'],
      ['score 1', '2', '40', '25', '63%', '10', '25%'],
      ['score 2', '0', '0', '0', '—', '0', '—'],
    ]);
  });

  it('should give people by age band and sex with the youth band marked', () => {
    const rows = sexAgeRows([
      { sex: 'WOMEN', ageBand: { id: '18-35', label: '18–35', youth: true }, count: 1200 },
      { sex: 'MEN', ageBand: { id: '36-59', label: '36–59', youth: false }, count: 3 },
      { sex: 'NOT_RECORDED', ageBand: null, count: 5 },
    ]);
    const table = sexAgeTable(rows, { t, locale });
    expect(table.columns.map((c) => c.header)).toEqual([
      'dashboard.columns.ageBand',
      'enums.Sex.WOMEN',
      'enums.Sex.MEN',
      'enums.Sex.OTHER',
      'enums.Sex.NOT_RECORDED',
      'dashboard.columns.total',
    ]);
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['dashboard.youthBand {"label":"18–35"}', '1,200', '0', '0', '0', '1,200'],
      ['36–59', '0', '3', '0', '0', '3'],
      ['dashboard.unknownAge', '0', '0', '0', '5', '5'],
    ]);
  });
});
