import { describe, expect, it } from 'vitest';
import { groupByCountry } from './group-by-country.ts';

const names: Record<string, string> = { PH: 'Philippines', KH: 'Cambodia', ID: 'Indonesia' };
const nameOf = (code: string) => names[code] ?? code;

describe('groupByCountry', () => {
  it('should sort countries by name and sum partners when a country has several synergies', () => {
    const groups = groupByCountry(
      [
        { country: 'PH', name: 'Zamboanga synergy', partnerCount: 3 },
        { country: 'KH', name: 'Cambodian synergy', partnerCount: 5 },
        { country: 'PH', name: 'Philippine synergy', partnerCount: 4 },
      ],
      nameOf,
      'en',
    );
    expect(groups.map((g) => g.countryName)).toEqual(['Cambodia', 'Philippines']);
    expect(groups[1]?.synergies.map((s) => s.name)).toEqual(['Philippine synergy', 'Zamboanga synergy']);
    expect(groups[1]?.partnerCount).toBe(7);
  });

  it('should return no groups when there are no synergies', () => {
    expect(groupByCountry([], nameOf, 'en')).toEqual([]);
  });
});
