import { describe, expect, it } from 'vitest';
import { EMPTY_MISSION_LIST_PARAMS, clearMissionFilters, hasMissionFilters, missionFilterFrom, parseMissionListParams, writeMissionListParams } from './mission-list-params.ts';

describe('mission list params', () => {
  it('should read every filter from the URL and ignore what is malformed', () => {
    const list = parseMissionListParams(new URLSearchParams('q=gender&format=workshop&theme=GENDER&country=ph&synergy=S1&status=completed&review=none&from=2026-01-01&to=2026-02-30&view=timeline&sort=title'));
    expect(list).toEqual({
      search: 'gender',
      format: 'WORKSHOP',
      theme: 'GENDER',
      country: 'PH',
      synergyId: 'S1',
      status: 'COMPLETED',
      review: 'NONE',
      from: '2026-01-01',
      to: '',
      order: { field: 'TITLE', direction: 'ASC' },
      view: 'timeline',
    });
    expect(parseMissionListParams(new URLSearchParams('format=PARTY&country=Philippines&review=maybe'))).toEqual(EMPTY_MISSION_LIST_PARAMS);
  });

  it('should write them back without the defaults, leaving other keys alone', () => {
    const list = { ...EMPTY_MISSION_LIST_PARAMS, format: 'SEMINAR' as const, review: 'APPROVED' as const, view: 'timeline' as const };
    expect(writeMissionListParams(list, new URLSearchParams('lang=fr')).toString()).toBe('lang=fr&format=SEMINAR&review=approved&view=timeline');
    expect(parseMissionListParams(writeMissionListParams(list))).toEqual(list);
  });

  it('should ask the API for the reviewed statuses, or for the unreviewed ones', () => {
    expect(missionFilterFrom({ ...EMPTY_MISSION_LIST_PARAMS, review: 'NONE', country: 'KH', theme: 'GENDER' }, { networkId: 'n1' })).toEqual({
      networkId: 'n1',
      unreviewed: true,
      countries: ['KH'],
      themes: ['GENDER'],
    });
    expect(missionFilterFrom({ ...EMPTY_MISSION_LIST_PARAMS, review: 'DRAFT', status: 'PLANNED' }, {})).toEqual({ reviewStatuses: ['DRAFT'], statuses: ['PLANNED'] });
  });

  it('should not count the order or view as filters, and keep them when clearing', () => {
    const ordered = { ...EMPTY_MISSION_LIST_PARAMS, order: { field: 'TITLE' as const, direction: 'ASC' as const }, view: 'timeline' as const };
    expect(hasMissionFilters(ordered)).toBe(false);
    expect(hasMissionFilters({ ...ordered, search: 'x' })).toBe(true);
    expect(clearMissionFilters({ ...ordered, format: 'COACHING' })).toEqual(ordered);
  });
});
