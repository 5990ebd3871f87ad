import { describe, expect, it } from 'vitest';
import { countryParam, dayParam, fixedListKeys, oneOfParam, orderParamValues, readOrderParams, textParam, withParams, type OrderParams } from './list-params.ts';

const ORDER: OrderParams<'START' | 'TITLE'> = {
  names: { START: 'start', TITLE: 'title' },
  directions: { START: 'DESC', TITLE: 'ASC' },
  fallback: { field: 'START', direction: 'DESC' },
};

describe('list params', () => {
  it('should read malformed values as "any"', () => {
    const params = new URLSearchParams(`q=${' x'.repeat(150)}&kind=nope&from=2026-02-30&country=phl`);
    expect(textParam(params, 'q')).toHaveLength(200);
    expect(oneOfParam(['A', 'B'] as const, params.get('kind'))).toBe('');
    expect(oneOfParam(['A', 'B'] as const, ' b ')).toBe('B');
    expect(dayParam(params, 'from')).toBe('');
    expect(countryParam(params)).toBe('');
    expect(countryParam(new URLSearchParams('country=ph'))).toBe('PH');
  });

  it('should replace the keys it is given, drop the empty ones and leave the others alone', () => {
    expect(withParams(new URLSearchParams('view=timeline&kind=A&stage=B'), { kind: 'C', stage: '' }).toString()).toBe('view=timeline&kind=C');
  });

  it('should leave the default order out of the URL and read it back the same', () => {
    for (const order of [
      { field: 'START', direction: 'DESC' },
      { field: 'START', direction: 'ASC' },
      { field: 'TITLE', direction: 'ASC' },
      { field: 'TITLE', direction: 'DESC' },
    ] as const) {
      const written = withParams(new URLSearchParams(), orderParamValues(order, ORDER));
      expect(readOrderParams(written, ORDER)).toEqual(order);
    }
    expect(orderParamValues({ field: 'START', direction: 'DESC' }, ORDER)).toEqual({ sort: '', order: '' });
    expect(orderParamValues({ field: 'TITLE', direction: 'ASC' }, ORDER)).toEqual({ sort: 'title', order: '' });
    expect(readOrderParams(new URLSearchParams('sort=nope&order=sideways'), ORDER)).toEqual({ field: 'START', direction: 'DESC' });
  });

  it('should name the fields a page fixes', () => {
    expect(fixedListKeys({})).toEqual([]);
    expect(fixedListKeys({ synergyId: 's', partnerId: 'p' })).toEqual(['synergyId', 'partnerId']);
  });
});
