import { describe, expect, it } from 'vitest';
import { groupMilestonesByMonth } from './milestone-timeline.ts';

describe('groupMilestonesByMonth', () => {
  it('should group by due month in calendar order and keep the order within a month', () => {
    const groups = groupMilestonesByMonth([
      { id: 'b', dueDate: '2026-03-20' },
      { id: 'a', dueDate: '2026-01-31' },
      { id: 'c', dueDate: '2026-03-02' },
    ]);
    expect(groups.map((g) => [g.month, g.milestones.map((m) => m.id)])).toEqual([
      ['2026-01', ['a']],
      ['2026-03', ['b', 'c']],
    ]);
  });

  it('should give no group for no milestones', () => {
    expect(groupMilestonesByMonth([])).toEqual([]);
  });
});
