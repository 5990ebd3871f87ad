import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memberCounts } from './member-counts.ts';

type Parts = { membersWomen: number | null; membersMen: number | null; membersOther: number | null };
const partner = (overrides: Partial<Parts> = {}): Parts => ({ membersWomen: null, membersMen: null, membersOther: null, ...overrides });

describe('memberCounts', () => {
  it('should total the parts and give the share of women when every part is known', () => {
    expect(memberCounts(partner({ membersWomen: 30, membersMen: 60, membersOther: 10 }))).toEqual({
      women: 30,
      men: 60,
      other: 10,
      total: 100,
      womenShare: 0.3,
    });
  });

  it('should total the known parts when some parts are not recorded', () => {
    expect(memberCounts(partner({ membersWomen: 40, membersMen: 10 }))).toEqual({ women: 40, men: 10, other: null, total: 50, womenShare: 0.8 });
  });

  it('should have no share of women when women are not recorded', () => {
    expect(memberCounts(partner({ membersMen: 25, membersOther: 5 }))).toEqual({ women: null, men: 25, other: 5, total: 30, womenShare: null });
  });

  it('should have neither total nor share when nothing is recorded', () => {
    expect(memberCounts(partner())).toEqual({ women: null, men: null, other: null, total: null, womenShare: null });
  });

  it('should treat undefined like null when a part was never loaded', () => {
    const parts = { membersWomen: undefined, membersMen: 7, membersOther: undefined } as unknown as Parts;
    expect(memberCounts(parts)).toEqual({ women: null, men: 7, other: null, total: 7, womenShare: null });
  });

  it('should give a total of zero and no share when every recorded part is zero', () => {
    expect(memberCounts(partner({ membersWomen: 0, membersMen: 0, membersOther: 0 }))).toEqual({ women: 0, men: 0, other: 0, total: 0, womenShare: null });
  });

  it('should give a share of 1 when only women are recorded', () => {
    expect(memberCounts(partner({ membersWomen: 12 })).womenShare).toBe(1);
  });

  it('should give a share of 0 when there are no women among members', () => {
    expect(memberCounts(partner({ membersWomen: 0, membersMen: 9 })).womenShare).toBe(0);
  });

  it('should keep total the sum of known parts and the share within [0, 1] when counts are any valid numbers', () => {
    const part = fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null });
    fc.assert(
      fc.property(part, part, part, (women, men, other) => {
        const counts = memberCounts(partner({ membersWomen: women, membersMen: men, membersOther: other }));
        const known = [women, men, other].filter((value) => value !== null);
        expect(counts.total).toBe(known.length ? known.reduce((sum, value) => sum + value, 0) : null);
        expect([counts.women, counts.men, counts.other]).toEqual([women, men, other]);
        if (counts.womenShare !== null) {
          expect(counts.womenShare).toBeGreaterThanOrEqual(0);
          expect(counts.womenShare).toBeLessThanOrEqual(1);
          expect(counts.womenShare * counts.total!).toBeCloseTo(women!, 6);
        }
        // A share exists exactly when women are recorded and there is someone to share among.
        expect(counts.womenShare !== null).toBe(women !== null && (counts.total ?? 0) > 0);
      }),
    );
  });
});
