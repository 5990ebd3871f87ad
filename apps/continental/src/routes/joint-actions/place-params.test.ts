import { describe, expect, it } from 'vitest';
import { EMPTY_JOINT_ACTION_LIST_PARAMS } from '@synergia/ui';
import { clearsAll, parsePlaceParams, withPlace, writePlaceParams } from './place-params.ts';

describe('joint action place params', () => {
  it('should read the country and owner, and ignore what is malformed', () => {
    expect(parsePlaceParams(new URLSearchParams('country=ph&owner=continental'))).toEqual({ country: 'PH', owner: 'continental' });
    expect(parsePlaceParams(new URLSearchParams('country=Philippines&owner=mine'))).toEqual({ country: '', owner: '' });
  });

  it('should write them next to the other keys', () => {
    expect(writePlaceParams({ country: 'KH', owner: 'synergies' }, new URLSearchParams('stage=ADOPTION&country=PH')).toString()).toBe(
      'stage=ADOPTION&country=KH&owner=synergies',
    );
    expect(writePlaceParams({ country: '', owner: '' }, new URLSearchParams('country=PH&owner=continental')).toString()).toBe('');
  });

  it('should narrow the API filter to the country and owner', () => {
    expect(withPlace({ networkId: 'n1' }, { country: 'IN', owner: '' })).toEqual({ networkId: 'n1', countries: ['IN'] });
    expect(withPlace({}, { country: '', owner: 'continental' })).toEqual({ continental: true });
    expect(withPlace({}, { country: '', owner: 'synergies' })).toEqual({ continental: false });
  });

  it('should clear the place with the other filters but not when only the order changes', () => {
    const filtered = { ...EMPTY_JOINT_ACTION_LIST_PARAMS, kind: 'POLITICAL_ACTION' as const };
    expect(clearsAll(filtered, EMPTY_JOINT_ACTION_LIST_PARAMS)).toBe(true);
    expect(clearsAll(EMPTY_JOINT_ACTION_LIST_PARAMS, { ...EMPTY_JOINT_ACTION_LIST_PARAMS, order: { field: 'TITLE', direction: 'ASC' } })).toBe(false);
    expect(clearsAll(EMPTY_JOINT_ACTION_LIST_PARAMS, filtered)).toBe(false);
  });
});
