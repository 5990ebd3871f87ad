import { describe, expect, it } from 'vitest';
import { rollupContributions, rollupDelta, splitPeriod, type RollupSource } from './participation-rollup.rules.ts';

describe('splitPeriod', () => {
  it('should give whole months to the rollup and part-months to the activities', () => {
    expect(splitPeriod('2024-01-01', '2025-12-31')).toEqual({ months: { from: '2024-01', until: '2026-01' }, days: [] });
    expect(splitPeriod('2024-01-10', '2024-03-20')).toEqual({
      months: { from: '2024-02', until: '2024-03' },
      days: [
        { from: '2024-01-10', to: '2024-01-31' },
        { from: '2024-03-01', to: '2024-03-20' },
      ],
    });
    expect(splitPeriod('2024-02-10', '2024-02-29')).toEqual({ months: null, days: [{ from: '2024-02-10', to: '2024-02-29' }] });
    expect(splitPeriod('2024-01-31', '2024-02-01')).toEqual({ months: null, days: [{ from: '2024-01-31', to: '2024-02-01' }] });
  });

  it('should leave open bounds open', () => {
    expect(splitPeriod(null, null)).toEqual({ months: { from: null, until: null }, days: [] });
    expect(splitPeriod('2024-12-15', null)).toEqual({ months: { from: '2025-01', until: null }, days: [{ from: '2024-12-15', to: '2024-12-31' }] });
    expect(splitPeriod(null, '2024-02-28')).toEqual({ months: { from: null, until: '2024-02' }, days: [{ from: '2024-02-01', to: '2024-02-28' }] });
  });
});

const activity: RollupSource = {
  networkId: 'n',
  synergyId: null,
  status: 'COMPLETED',
  startDate: '2025-03-09',
  type: 'BASIC_TRAINING',
  branches: ['HEALTH', 'PENSIONS'],
  country: 'PH',
  genderScore: 2,
  participantCells: [
    { sex: 'WOMEN', ageBandId: '18-35', count: 4 },
    { sex: 'NOT_RECORDED', ageBandId: null, count: 1 },
  ],
  participantsTotal: 5,
  participantsWomen: 4,
  participantsYouth: 4,
  participantsMen: 0,
  participantsOther: 0,
  participantsNotRecorded: 1,
};

describe('rollupContributions and rollupDelta', () => {
  it('should count an activity once in each breakdown value it falls in', () => {
    const rows = rollupContributions(activity);
    expect(rows.map((row) => `${row.dimension}:${row.groupKey}`)).toEqual([
      'TOTAL:',
      'TYPE:BASIC_TRAINING',
      'BRANCH:HEALTH',
      'BRANCH:PENSIONS',
      'COUNTRY:PH',
      'SCORE:2',
      'CELL:WOMEN:18-35',
      'CELL:NOT_RECORDED:',
    ]);
    expect(rows.every((row) => row.month === '2025-03' && row.synergyKey === '')).toBe(true);
    expect(rows.find((row) => row.groupKey === 'NOT_RECORDED:')).toMatchObject({ activityCount: 1, total: 1, women: 0 });
  });

  it('should count nothing for planned or cancelled work', () => {
    expect(rollupContributions({ ...activity, status: 'PLANNED' })).toEqual([]);
    expect(rollupDelta(activity, { ...activity, status: 'CANCELLED' }).every((row) => row.activityCount === -1)).toBe(true);
  });

  it('should move the counts when an activity moves month and leave unchanged rows out', () => {
    const delta = rollupDelta(activity, { ...activity, startDate: '2025-04-01' });
    expect(delta).toHaveLength(16);
    expect(delta.filter((row) => row.month === '2025-03').every((row) => row.activityCount === -1)).toBe(true);
    expect(rollupDelta(activity, { ...activity, type: 'ADVANCED_TRAINING' }).map((row) => [row.groupKey, row.activityCount, row.total])).toEqual([
      ['BASIC_TRAINING', -1, -5],
      ['ADVANCED_TRAINING', 1, 5],
    ]);
  });
});
