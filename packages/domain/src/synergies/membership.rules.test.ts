import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { canEndOn, currentMembershipWhere, isCurrentMembership } from './membership.rules.ts';

const TODAY = '2024-05-15';

/** Evaluates the `{ $or: [{ until: null }, { until: { $gte } }] }` shape the way SQL would, for one membership. */
const matchesWhere = (where: ReturnType<typeof currentMembershipWhere>, until: string | null): boolean =>
  where.$or.some((clause) => ('$gte' in (clause.until ?? {}) ? until !== null && until >= (clause.until as { $gte: string }).$gte : until === null));

const isoDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

afterEach(() => {
  vi.useRealTimers();
});

describe('isCurrentMembership', () => {
  it('should be current when the membership has no end date', () => {
    expect(isCurrentMembership({ until: null }, TODAY)).toBe(true);
  });

  it('should be current when today is its last day', () => {
    expect(isCurrentMembership({ until: TODAY }, TODAY)).toBe(true);
  });

  it('should be current when it ends in the future', () => {
    expect(isCurrentMembership({ until: '2024-05-16' }, TODAY)).toBe(true);
  });

  it('should not be current when its last day was yesterday', () => {
    expect(isCurrentMembership({ until: '2024-05-14' }, TODAY)).toBe(false);
  });

  it('should compare whole dates when months and years differ', () => {
    expect(isCurrentMembership({ until: '2023-12-31' }, '2024-01-01')).toBe(false);
    expect(isCurrentMembership({ until: '2024-10-01' }, '2024-09-30')).toBe(true);
  });

  it('should use today in UTC when no date is given', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-15T23:30:00Z'));
    expect(isCurrentMembership({ until: '2024-05-15' })).toBe(true);
    expect(isCurrentMembership({ until: '2024-05-14' })).toBe(false);
  });
});

describe('canEndOn', () => {
  it('should allow ending when the end is the first day', () => {
    expect(canEndOn('2024-01-01', '2024-01-01')).toBe(true);
  });

  it('should allow ending when the end is after the start', () => {
    expect(canEndOn('2024-01-01', '2025-03-10')).toBe(true);
  });

  it('should refuse ending when the end is before the start', () => {
    expect(canEndOn('2024-01-01', '2023-12-31')).toBe(false);
  });

  it('should agree with date order when given any two dates', () => {
    fc.assert(
      fc.property(isoDay, isoDay, (since, until) => {
        expect(canEndOn(since, until)).toBe(Date.parse(until) >= Date.parse(since));
      }),
    );
  });
});

describe('currentMembershipWhere', () => {
  it('should match open memberships and those ending today or later when used as a filter', () => {
    expect(currentMembershipWhere(TODAY)).toEqual({ $or: [{ until: null }, { until: { $gte: TODAY } }] });
  });

  it('should default to today in UTC when no date is given', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-02-29T01:00:00+02:00'));
    expect(currentMembershipWhere()).toEqual({ $or: [{ until: null }, { until: { $gte: '2024-02-28' } }] });
  });

  it('should select exactly the memberships isCurrentMembership calls current when given any dates', () => {
    fc.assert(
      fc.property(fc.option(isoDay, { nil: null }), isoDay, (until, today) => {
        expect(matchesWhere(currentMembershipWhere(today), until)).toBe(isCurrentMembership({ until }, today));
      }),
    );
  });
});
