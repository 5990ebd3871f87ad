import { describe, expect, it } from 'vitest';
import { countryCodesMatching, countryName, isCountryCode } from './countries.ts';

describe('isCountryCode', () => {
  it.each(['PH', 'KH', 'ID', 'VN', 'BE', 'NP'])('should accept %s when it is an assigned alpha-2 code', (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  it.each([
    ['XX', 'unassigned'],
    ['ph', 'lower case'],
    ['Ph', 'mixed case'],
    ['PHL', 'alpha-3'],
    ['608', 'numeric'],
    ['P', 'one letter'],
    [' PH', 'padded'],
    ['', 'empty'],
  ])('should reject %s when it is %s', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});

describe('countryName', () => {
  it('should give the English name when the code is assigned', () => {
    expect(countryName('PH')).toBe('Philippines');
    expect(countryName('KH')).toBe('Cambodia');
  });

  it('should give the code back when it is not assigned', () => {
    expect(countryName('XX')).toBe('XX');
  });
});

describe('countryCodesMatching', () => {
  it('should find a country when part of its name is typed in any case', () => {
    expect(countryCodesMatching('philip')).toEqual(['PH']);
    expect(countryCodesMatching('  CAMBOD ')).toEqual(['KH']);
  });

  it('should find every country when the text is in several names', () => {
    expect(countryCodesMatching('korea').sort()).toEqual(['KP', 'KR']);
  });

  it('should find a country when its code is typed', () => {
    expect(countryCodesMatching('np')).toContain('NP');
    expect(countryCodesMatching('BD')).toContain('BD');
  });

  it('should find nothing when the text is blank or matches no country', () => {
    expect(countryCodesMatching('')).toEqual([]);
    expect(countryCodesMatching('   ')).toEqual([]);
    expect(countryCodesMatching('atlantis')).toEqual([]);
  });

  it('should only give assigned codes when the text is common', () => {
    const codes = countryCodesMatching('a');
    expect(codes.length).toBeGreaterThan(100);
    for (const code of codes) expect(isCountryCode(code)).toBe(true);
  });
});
