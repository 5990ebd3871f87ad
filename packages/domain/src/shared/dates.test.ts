import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isIsoDate, todayIso } from './dates.ts';

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2024-01-01', '2023-12-31', '2000-02-29', '1999-06-30'])('should accept %s when it is a real calendar date', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ['2023-02-29', 'February 29th outside a leap year'],
    ['1900-02-29', 'February 29th in a century that is not a leap year'],
    ['2024-13-01', 'a thirteenth month'],
    ['2024-00-10', 'month zero'],
    ['2024-04-31', 'April 31st'],
    ['2024-01-00', 'day zero'],
    ['2024-1-01', 'a one-digit month'],
    ['24-01-01', 'a two-digit year'],
    ['2024/01/01', 'slashes'],
    ['01-02-2024', 'day first'],
    ['2024-01-01T00:00:00Z', 'a time'],
    [' 2024-01-01', 'a leading space'],
    ['', 'nothing'],
  ])('should reject %s when it is %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('should reject null and undefined when no date was given', () => {
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('should accept every day that toISOString prints when given any date', () => {
    const day = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (date) => {
        expect(isIsoDate(date.toISOString().slice(0, 10))).toBe(true);
      }),
    );
  });
});

describe('todayIso', () => {
  it('should give the UTC date when the local date is already another day', () => {
    expect(todayIso(new Date('2024-03-05T23:30:00-05:00'))).toBe('2024-03-06');
    expect(todayIso(new Date('2024-03-06T00:30:00+08:00'))).toBe('2024-03-05');
  });

  it('should give a valid ISO date when called without a date', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});
