import { describe, expect, it } from 'vitest';
import {
  EMPTY_ACTIVITY_LIST_PARAMS,
  activityFilterFrom,
  clearActivityFilters,
  hasActivityFilters,
  isBackwardsRange,
  parseActivityListParams,
  writeActivityListParams,
  type ActivityListParams,
} from './activity-list-params.ts';

function buildParams(overrides: Partial<ActivityListParams> = {}): ActivityListParams {
  return { ...EMPTY_ACTIVITY_LIST_PARAMS, ...overrides };
}

const parse = (query: string) => parseActivityListParams(new URLSearchParams(query));

describe('parseActivityListParams', () => {
  it('should give the empty list with the default order when the query string is empty', () => {
    expect(parse('')).toEqual(EMPTY_ACTIVITY_LIST_PARAMS);
    expect(parse('').order).toEqual({ field: 'START_DATE', direction: 'DESC' });
  });

  it('should read every filter when all are given', () => {
    expect(
      parse('q=+legal+aid+&synergy=U3k6MQ&partner=UGE6Mg&country=ph&type=basic_training&status=COMPLETED&branch=MATERNITY&score=1&from=2025-01-01&to=2025-12-31&sort=title&order=desc'),
    ).toEqual({
      search: 'legal aid',
      synergyId: 'U3k6MQ',
      partnerId: 'UGE6Mg',
      country: 'PH',
      type: 'BASIC_TRAINING',
      status: 'COMPLETED',
      branch: 'MATERNITY',
      score: 1,
      from: '2025-01-01',
      to: '2025-12-31',
      order: { field: 'TITLE', direction: 'DESC' },
    });
  });

  it('should ignore values when they are unknown or malformed', () => {
    const list = parse('type=PARTY&status=DONE&branch=x&score=3&country=PHL&from=2025-02-30&to=yesterday&sort=colour&order=up');
    expect(list).toEqual(EMPTY_ACTIVITY_LIST_PARAMS);
  });

  it('should read score 0 when given, and no score when the value is empty', () => {
    expect(parse('score=0').score).toBe(0);
    expect(parse('score=').score).toBeNull();
    expect(parse('score=1.5').score).toBeNull();
  });

  it('should use the field default direction when the order is not given', () => {
    expect(parse('sort=title').order).toEqual({ field: 'TITLE', direction: 'ASC' });
    expect(parse('sort=participants').order).toEqual({ field: 'PARTICIPANTS', direction: 'DESC' });
    expect(parse('sort=updated&order=asc').order).toEqual({ field: 'UPDATED_AT', direction: 'ASC' });
  });
});

describe('writeActivityListParams', () => {
  it('should leave out empty values and the default order', () => {
    expect(writeActivityListParams(buildParams()).toString()).toBe('');
  });

  it('should round-trip every filter and order through the query string', () => {
    const list = buildParams({
      search: 'tondo',
      synergyId: 's1',
      partnerId: 'p1',
      country: 'ID',
      type: 'POLITICAL_ACTION',
      status: 'ONGOING',
      branch: 'OLD_AGE',
      score: 0,
      from: '2024-03-01',
      to: '2024-04-30',
      order: { field: 'PARTICIPANTS', direction: 'ASC' },
    });
    expect(parseActivityListParams(writeActivityListParams(list))).toEqual(list);
  });

  it('should write the sort without an order when the direction is the field default', () => {
    expect(writeActivityListParams(buildParams({ order: { field: 'TITLE', direction: 'ASC' } })).toString()).toBe('sort=title');
    expect(writeActivityListParams(buildParams({ order: { field: 'START_DATE', direction: 'ASC' } })).toString()).toBe('sort=start&order=asc');
  });

  it('should keep keys that are not its own when a base is given', () => {
    const next = writeActivityListParams(buildParams({ status: 'PLANNED' }), new URLSearchParams('tab=map&status=ONGOING&q=old'));
    expect(next.get('tab')).toBe('map');
    expect(next.get('status')).toBe('PLANNED');
    expect(next.has('q')).toBe(false);
  });
});

describe('activityFilterFrom', () => {
  it('should give an empty filter when nothing is chosen', () => {
    expect(activityFilterFrom(buildParams())).toEqual({});
  });

  it('should turn single choices into the API lists', () => {
    const filter = activityFilterFrom(
      buildParams({ country: 'PH', type: 'BASIC_TRAINING', status: 'COMPLETED', branch: 'FAMILY', score: 0, from: '2025-01-01', search: 'x' }),
    );
    expect(filter).toEqual({
      countries: ['PH'],
      types: ['BASIC_TRAINING'],
      statuses: ['COMPLETED'],
      branches: ['FAMILY'],
      genderMarkerScores: [0],
      from: '2025-01-01',
      search: 'x',
    });
  });

  it('should let the fixed synergy and network win over the URL when the page fixes them', () => {
    const filter = activityFilterFrom(buildParams({ synergyId: 'from-url', partnerId: 'p1' }), { networkId: 'n1', synergyId: 'from-path' });
    expect(filter).toEqual({ networkId: 'n1', synergyId: 'from-path', partnerId: 'p1' });
  });
});

describe('hasActivityFilters and clearActivityFilters', () => {
  it('should see a filter when one is chosen, but not the order', () => {
    expect(hasActivityFilters(buildParams({ order: { field: 'TITLE', direction: 'ASC' } }))).toBe(false);
    expect(hasActivityFilters(buildParams({ score: 0 }))).toBe(true);
    expect(hasActivityFilters(buildParams({ synergyId: 's1' }), ['synergyId'])).toBe(false);
  });

  it('should keep the order when the filters are cleared', () => {
    const order = { field: 'TITLE', direction: 'DESC' } as const;
    expect(clearActivityFilters(buildParams({ status: 'PLANNED', order }))).toEqual(buildParams({ order }));
  });
});

describe('dates', () => {
  it('should see a backwards range when from is after to', () => {
    expect(isBackwardsRange({ from: '2025-02-01', to: '2025-01-01' })).toBe(true);
    expect(isBackwardsRange({ from: '2025-01-01', to: '' })).toBe(false);
  });
});
