import { describe, expect, it } from 'vitest';
import { missionFilterFrom, missionListSpec, parseMissionListParams, writeMissionListParams } from './mission-list-params.ts';

const parse = (query: string) => parseMissionListParams(new URLSearchParams(query));

describe('mission list params', () => {
  it('should read the URL into the API filter, whatever the case of the values', () => {
    const list = parse('synergyId=S2&status=completed&review=CHANGES_REQUESTED&format=workshop&theme=gender');
    expect(missionFilterFrom(list, {})).toEqual({ synergyId: 'S2', statuses: ['COMPLETED'], reviewStatuses: ['CHANGES_REQUESTED'], formats: ['WORKSHOP'], themes: ['GENDER'] });
  });

  it('should let the page synergy win over the URL one and not count it as a filter', () => {
    const list = parse('synergyId=S2');
    expect(missionFilterFrom(list, { synergyId: 'S1' })).toEqual({ synergyId: 'S1' });
    expect(missionListSpec.isFiltered(parse(''), { synergyId: 'S1' })).toBe(false);
    expect(missionListSpec.isFiltered(parse('review=approved'), { synergyId: 'S1' })).toBe(true);
  });

  it('should read malformed values as any and write back only what is set', () => {
    expect(parse('status=finished&review=&format=lecture')).toEqual({ synergyId: '', status: '', reviewStatus: '', format: '', theme: '' });
    const written = writeMissionListParams({ ...parse(''), reviewStatus: 'APPROVED' }, new URLSearchParams('page=2'));
    expect(written.toString()).toBe('page=2&review=approved');
  });
});
