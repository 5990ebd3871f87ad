import { describe, expect, it } from 'vitest';
import { allowedTransitions, canMoveTo, workStatuses } from './activity-status.rules.ts';

describe('status of planned work', () => {
  it('should allow exactly these moves', () => {
    const allowed = workStatuses.flatMap((from) => workStatuses.filter((to) => canMoveTo(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['PLANNED→ONGOING', 'PLANNED→COMPLETED', 'PLANNED→CANCELLED', 'ONGOING→COMPLETED', 'ONGOING→CANCELLED']);
  });

  it('should keep completed and cancelled work final', () => {
    expect([allowedTransitions.COMPLETED, allowedTransitions.CANCELLED]).toEqual([[], []]);
    expect(canMoveTo('ONGOING', 'PLANNED')).toBe(false);
  });
});
