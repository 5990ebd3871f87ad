import { describe, expect, it } from 'vitest';
import { firstDifference, normalise } from './compare.ts';

describe('comparing answers', () => {
  it('should ignore __typename, key order and masked fields when the answers are the same', () => {
    const gateway = { __typename: 'Query', a: { __typename: 'A', id: 'x1', b: [1, 2] } };
    const baseline = { a: { b: [1, 2], id: 'y2' } };
    expect(firstDifference(normalise(gateway, ['id']), normalise(baseline, ['id']))).toBeNull();
  });

  it('should name the first path that differs when a value, a length or a key differs', () => {
    expect(firstDifference(normalise({ a: [{ n: 1 }, { n: 2 }] }), normalise({ a: [{ n: 1 }, { n: 3 }] }))).toBe('$.a[1].n: 2 vs 3');
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('$.a: 1 items vs 2');
    expect(firstDifference({ a: 1 }, { a: 1, b: null })).toBe('$.b: undefined vs null');
  });
});
