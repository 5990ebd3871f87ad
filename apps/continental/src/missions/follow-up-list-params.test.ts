import { describe, expect, it } from 'vitest';
import { EMPTY_FOLLOW_UP_LIST_PARAMS, followUpFilterFrom, hasFollowUpFilters, parseFollowUpListParams, writeFollowUpListParams } from './follow-up-list-params.ts';

describe('follow-up list params', () => {
  it('should read the status, overdue, synergy and due period, ignoring malformed values', () => {
    expect(parseFollowUpListParams(new URLSearchParams('status=open&overdue=YES&synergy=S1&from=2026-03-01&to=tomorrow'))).toEqual({
      status: 'OPEN',
      overdue: 'yes',
      synergyId: 'S1',
      dueFrom: '2026-03-01',
      dueTo: '',
    });
    expect(parseFollowUpListParams(new URLSearchParams('status=LATE&overdue=maybe'))).toEqual(EMPTY_FOLLOW_UP_LIST_PARAMS);
  });

  it('should round-trip through the URL and narrow the API filter', () => {
    const list = { status: 'DONE' as const, overdue: 'no' as const, synergyId: 'S2', dueFrom: '', dueTo: '2026-12-31' };
    expect(parseFollowUpListParams(writeFollowUpListParams(list))).toEqual(list);
    expect(followUpFilterFrom(list, { networkId: 'n1' })).toEqual({ networkId: 'n1', statuses: ['DONE'], overdue: false, ownerSynergyId: 'S2', dueTo: '2026-12-31' });
    expect(hasFollowUpFilters(EMPTY_FOLLOW_UP_LIST_PARAMS)).toBe(false);
    expect(hasFollowUpFilters(list)).toBe(true);
  });
});
