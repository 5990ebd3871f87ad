import { describe, expect, it } from 'vitest';
import { capacityChangeTable, formatMoney, genderMarkerGroups, missionChartRow, missionGroupTable, monthSeries, monthsBetween } from './capacity-summary.ts';

const t = (key: string) => key;
const locale = 'en-GB';

describe('the capacity-building dashboard numbers', () => {
  it('should draw a group with women and young people counted from their shares', () => {
    expect(missionChartRow('GENDER', { missions: 3, participants: 40, womenShare: 0.625, youthShare: null })).toEqual({
      key: 'GENDER',
      activityCount: 3,
      total: 40,
      women: 25,
      youth: 0,
      womenShare: 0.625,
      youthShare: null,
    });
  });

  it('should tabulate groups with a dash for a share nobody was counted for, and no youth column by country', () => {
    const rows = [missionChartRow('PH', { missions: 2, participants: 0, womenShare: null })];
    const table = missionGroupTable(rows, { t, locale, firstHeader: 'Country', labelOf: () => 'Philippines', youth: false });
    expect(table.columns.map((c) => c.key)).toEqual(['group', 'missions', 'participants', 'womenShare']);
    expect(table.rows).toEqual([{ key: 'PH', header: 'Philippines', cells: ['2', '0', '—'] }]);
  });

  it('should give every month of the period, months without a mission as zeros', () => {
    expect(monthsBetween('2025-11-01', '2026-02-28')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    const series = monthSeries([{ month: '2025-12', missions: 2, participants: 30 }], { from: '2025-11-01', to: '2026-01-31' });
    expect(series).toEqual([
      { month: '2025-11', missions: 0, participants: 0 },
      { month: '2025-12', missions: 2, participants: 30 },
      { month: '2026-01', missions: 0, participants: 0 },
    ]);
    // An open period runs from the first month the summary has to the last.
    expect(monthSeries([{ month: '2024-03', missions: 1, participants: 5 }, { month: '2024-01', missions: 1, participants: 4 }], { from: null, to: null }).map((m) => m.month)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
    expect(monthSeries([], { from: null, to: null })).toEqual([]);
  });

  it('should always show the three gender marker scores', () => {
    expect(genderMarkerGroups([{ score: 2, missions: 4, participants: 90, spent: [] }]).map((g) => [g.score, g.missions])).toEqual([
      [0, 0],
      [1, 0],
      [2, 4],
    ]);
  });

  it('should show capacity change with its sign and two decimals at most', () => {
    const table = capacityChangeTable([{ domain: 'POLITICAL_ACTION', partners: 3, averageBefore: 1.6667, averageAfter: 2.5, averageChange: 0.83 }], { t, locale });
    expect(table.rows).toEqual([
      { key: 'POLITICAL_ACTION', header: 'capacityBuilding.enums.CapacityDomain.POLITICAL_ACTION', cells: ['3', '1.67', '2.5', '+0.83'] },
    ]);
  });

  it('should write money per currency', () => {
    expect(formatMoney([{ amount: 1200, currency: 'USD' }, { amount: 300, currency: 'EUR' }], locale)).toBe('US$1,200 · €300');
    expect(formatMoney([{ amount: 513_401_515, currency: 'IDR' }], locale, true)).toMatch(/^IDR\s513\.4m$/i);
    expect(formatMoney([], locale)).toBe('—');
  });
});
