import { describe, expect, it } from 'vitest';
import { groupMissionsByMonth } from './mission-timeline.ts';

describe('groupMissionsByMonth', () => {
  it('should group by month of the planned start, months and missions in order', () => {
    const months = groupMissionsByMonth([
      { plannedStartDate: '2026-03-10', title: 'B' },
      { plannedStartDate: '2026-01-05', title: 'A' },
      { plannedStartDate: '2026-03-10', title: 'A' },
      { plannedStartDate: '2026-03-01', title: 'Z' },
    ]);
    expect(months.map((m) => [m.month, m.missions.map((x) => `${x.plannedStartDate} ${x.title}`)])).toEqual([
      ['2026-01', ['2026-01-05 A']],
      ['2026-03', ['2026-03-01 Z', '2026-03-10 A', '2026-03-10 B']],
    ]);
    expect(groupMissionsByMonth([])).toEqual([]);
  });
});
