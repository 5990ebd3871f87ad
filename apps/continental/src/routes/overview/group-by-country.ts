/** Synergies of one country, as the overview lists them. */
export type CountryGroup<S> = { country: string; countryName: string; synergies: S[]; partnerCount: number };

/**
 * Groups synergies by country, countries sorted by their name in `locale`,
 * synergies by name; partner counts are summed per country.
 */
export function groupByCountry<S extends { country: string; name: string; partnerCount: number }>(
  synergies: readonly S[],
  nameOf: (code: string) => string,
  locale: string,
): CountryGroup<S>[] {
  const collator = new Intl.Collator(locale);
  const groups = new Map<string, CountryGroup<S>>();
  for (const synergy of synergies) {
    let group = groups.get(synergy.country);
    if (!group) {
      group = { country: synergy.country, countryName: nameOf(synergy.country), synergies: [], partnerCount: 0 };
      groups.set(synergy.country, group);
    }
    group.synergies.push(synergy);
    group.partnerCount += synergy.partnerCount;
  }
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.countryName, b.countryName));
  for (const group of sorted) group.synergies.sort((a, b) => collator.compare(a.name, b.name));
  return sorted;
}
