import { describe, expect, it } from 'vitest';
import { NO_CRITERIA, cellKey, type AgeBandLike } from '@synergia/ui';
import { emptyGenderMarker, genderMarkerFormFrom, mapFormErrors, withReach } from './record-form.rules.ts';

const bands: AgeBandLike[] = [
  { id: 'under-35', label: 'Under 35', youth: true },
  { id: '35+', label: '35+', youth: false },
];

describe('withReach', () => {
  it('should complete an input with the cells filled and the gender marker, and say which grid cell each sent cell is', () => {
    const women = cellKey('WOMEN', 'under-35');
    const values = { participants: { [women]: 4, [cellKey('MEN', '35+')]: null }, genderMarker: { ...emptyGenderMarker(), justification: '  ' } };
    const { input, sentCells } = withReach({ title: 'Training' }, values, bands);
    expect(input.title).toBe('Training');
    expect(input.genderMarker).toEqual({ score: 0, criteria: NO_CRITERIA, principalObjective: false, justification: null });
    expect(input.participants).toEqual([{ sex: 'WOMEN', ageBandId: 'under-35', count: 4 }]);
    expect(sentCells).toEqual([women]);
  });
});

describe('genderMarkerFormFrom', () => {
  it('should read an unknown score as 0 and a missing justification as empty', () => {
    expect(genderMarkerFormFrom({ score: 7, criteria: NO_CRITERIA, principalObjective: true, justification: null })).toEqual({
      score: 0,
      criteria: NO_CRITERIA,
      principalObjective: true,
      justification: '',
    });
  });
});

describe('mapFormErrors', () => {
  it('should put an error on a cell that was not sent beside the grid', () => {
    const mapped = mapFormErrors([{ __typename: 'ValidationError', message: 'too many', path: ['input', 'participants', 'cells', '9', 'count'] }], [], ['participants', 'title']);
    expect(mapped.fields).toEqual({ participants: 'too many' });
    expect(mapped.general).toEqual([]);
  });
});
