import { countryName, nameWithAcronym, type SelectOption } from '@synergia/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ContinentalActivityFilterOptionsQuery } from '../activities/activities.documents.ts';

/** The filter choices of the network: its synergies, partners, and the countries it works in (theirs), by name in the UI language. */
export function useNetworkChoices(networkId: string, locale: string): { synergies: SelectOption[]; partners: SelectOption[]; countries: SelectOption[] } {
  const [{ data }] = useQuery({ query: ContinentalActivityFilterOptionsQuery, variables: { networkId, first: 100 }, pause: !networkId });
  return useMemo(() => {
    const synergies = data?.synergies.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
    const partners = data?.partners.edges.map((e) => ({ value: e.node.id, label: nameWithAcronym(e.node) })) ?? [];
    const codes = new Set([...(data?.synergies.edges ?? []), ...(data?.partners.edges ?? [])].map((e) => e.node.country));
    const collator = new Intl.Collator(locale);
    const countries = [...codes].map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label));
    return { synergies, partners, countries };
  }, [data, locale]);
}
