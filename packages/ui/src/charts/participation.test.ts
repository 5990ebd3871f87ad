import { defaultAgeBands } from '@synergia/domain/rules';
import { describe, expect, it } from 'vitest';
import {
  genderMarkerRows,
  groupRows,
  headline,
  largestGroup,
  monthlySeries,
  peakMonth,
  sexAgeRows,
  UNKNOWN_AGE_KEY,
  type ParticipationGroupLike,
} from './participation.ts';

/** A group with the shares derived, as the API answers. */
function buildGroup(overrides: Partial<ParticipationGroupLike> = {}): ParticipationGroupLike {
  const base = { activityCount: 1, total: 10, women: 6, youth: 3, ...overrides };
  return {
    ...base,
    womenShare: overrides.womenShare !== undefined ? overrides.womenShare : base.total ? base.women / base.total : null,
    youthShare: overrides.youthShare !== undefined ? overrides.youthShare : base.total ? base.youth / base.total : null,
  };
}

const bands = defaultAgeBands();

describe('monthlySeries', () => {
  it('should give every month of the range with zeros where nothing started', () => {
    const rows = monthlySeries(
      [
        { month: '2025-07', ...buildGroup({ activityCount: 2, total: 40, women: 30, youth: 10 }) },
        { month: '2025-09', ...buildGroup() },
      ],
      { from: '2025-06-01', to: '2025-09-30' },
    );
    expect(rows.map((r) => [r.month, r.activityCount, r.total, r.womenShare])).toEqual([
      ['2025-06', 0, 0, null],
      ['2025-07', 2, 40, 0.75],
      ['2025-08', 0, 0, null],
      ['2025-09', 1, 10, 0.6],
    ]);
  });

  it('should run from the first to the last month with data when the range is open', () => {
    const rows = monthlySeries(
      [
        { month: '2024-12', ...buildGroup() },
        { month: '2025-02', ...buildGroup() },
      ],
      { from: null, to: null },
    );
    expect(rows.map((r) => r.month)).toEqual(['2024-12', '2025-01', '2025-02']);
  });

  it('should give no month when the range is open and nothing was counted', () => {
    expect(monthlySeries([], { from: null, to: null })).toEqual([]);
  });
});

describe('groups', () => {
  it('should key groups by their category in the order the API gives', () => {
    const rows = groupRows(
      [
        { type: 'BASIC_TRAINING', ...buildGroup({ total: 50 }) },
        { type: 'LEGAL_AID', ...buildGroup({ total: 5 }) },
      ],
      (g) => g.type,
    );
    expect(rows.map((r) => [r.key, r.total])).toEqual([
      ['BASIC_TRAINING', 50],
      ['LEGAL_AID', 5],
    ]);
  });

  it('should always give the three gender marker scores in order', () => {
    const rows = genderMarkerRows([{ score: 2, ...buildGroup({ total: 7 }) }]);
    expect(rows.map((r) => [r.key, r.total, r.activityCount])).toEqual([
      ['0', 0, 0],
      ['1', 0, 0],
      ['2', 7, 1],
    ]);
  });

  it('should find the group that reached most people, breaking ties by activities', () => {
    const rows = groupRows(
      [
        { key: 'a', ...buildGroup({ total: 10, activityCount: 1 }) },
        { key: 'b', ...buildGroup({ total: 10, activityCount: 3 }) },
        { key: 'c', ...buildGroup({ total: 2 }) },
      ],
      (g) => g.key,
    );
    expect(largestGroup(rows)?.key).toBe('b');
    expect(largestGroup(groupRows([{ key: 'z', ...buildGroup({ total: 0, women: 0, youth: 0 }) }], (g) => g.key))).toBeNull();
  });

  it('should find the month that reached most people', () => {
    const rows = monthlySeries(
      [
        { month: '2025-01', ...buildGroup({ total: 5 }) },
        { month: '2025-02', ...buildGroup({ total: 9 }) },
      ],
      { from: '2025-01-01', to: '2025-03-31' },
    );
    expect(peakMonth(rows)?.month).toBe('2025-02');
  });
});

describe('sexAgeRows', () => {
  it('should give one row per network age band with people by sex, unknown ages last', () => {
    const rows = sexAgeRows(
      [
        { sex: 'WOMEN', ageBand: bands[1]!, count: 12 },
        { sex: 'WOMEN', ageBand: bands[2]!, count: 4 },
        { sex: 'MEN', ageBand: bands[1]!, count: 8 },
        { sex: 'OTHER', ageBand: bands[1]!, count: 1 },
        { sex: 'NOT_RECORDED', ageBand: null, count: 30 },
      ],
      bands,
    );
    expect(rows.map((r) => [r.key, r.women, r.men, r.other, r.notRecorded, r.total])).toEqual([
      ['under-18', 0, 0, 0, 0, 0],
      ['18-35', 12, 8, 1, 0, 21],
      ['36-59', 4, 0, 0, 0, 4],
      ['60-plus', 0, 0, 0, 0, 0],
      [UNKNOWN_AGE_KEY, 0, 0, 0, 30, 30],
    ]);
  });

  it('should list only the bands that occur, in the order they come, when the bands are not given', () => {
    const rows = sexAgeRows([
      { sex: 'WOMEN', ageBand: bands[2]!, count: 1 },
      { sex: 'MEN', ageBand: bands[0]!, count: 2 },
    ]);
    expect(rows.map((r) => r.key)).toEqual(['36-59', 'under-18']);
  });
});

describe('headline', () => {
  it('should take the figures from the summary and derive missing shares', () => {
    expect(headline(buildGroup({ activityCount: 4, total: 200, women: 120, youth: 50 }))).toEqual({
      activityCount: 4,
      total: 200,
      womenShare: 0.6,
      youthShare: 0.25,
    });
    expect(headline(buildGroup({ total: 0, women: 0, youth: 0 }))).toMatchObject({ womenShare: null, youthShare: null });
  });
});
