import { describe, expect, it } from 'vitest';
import { countryName } from './country.ts';
import { formatDate, formatMonth, formatPercent, regionalLocale, todayIso } from './format.ts';

describe('formatting', () => {
  it('should keep the calendar day of a date when formatting in any zone', () => {
    expect(formatDate('2022-01-01', 'en-GB')).toBe('1 Jan 2022');
  });

  it('should format a share as a whole percentage', () => {
    expect(formatPercent(0.7256, 'en')).toBe('73%');
    expect(formatPercent(null, 'en')).toBe('');
  });

  it('should format a month short or long in the given language', () => {
    expect(formatMonth('2025-06', 'en-GB')).toBe('Jun 2025');
    expect(formatMonth('2025-06', 'fr', 'long')).toBe('juin 2025');
    expect(formatMonth('', 'en')).toBe('');
  });

  it('should use the browser region when it speaks the UI language', () => {
    expect(regionalLocale('en', ['en-GB', 'fr-FR'])).toBe('en-GB');
    expect(regionalLocale('es', ['en-GB', 'fr-FR'])).toBe('es');
  });

  it('should give today as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2026, 10, 3))).toBe('2026-11-03');
  });

  it('should name a country in the given language', () => {
    expect(countryName('PH', 'en')).toBe('Philippines');
    expect(countryName('PH', 'fr')).toBe('Philippines');
    expect(countryName('ID', 'es')).toBe('Indonesia');
  });
});
