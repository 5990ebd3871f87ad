import { nameWithAcronym, type AgeBandLike, type SelectOption } from '@synergia/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { MissionChoicesQuery } from './missions.documents.ts';

export type MissionChoices = {
  /** Every synergy of the network. */
  synergies: SelectOption[];
  /** The synergies the viewer coordinates (may plan a mission for). */
  plannable: SelectOption[];
  partners: SelectOption[];
  ageBands: AgeBandLike[];
  /** The countries of the network's synergies and partners (ISO codes). */
  countryCodes: string[];
  loaded: boolean;
};

/** The network's synergies, partners and age bands, for the mission filters and form. */
export function useMissionChoices(networkId: string): MissionChoices {
  const [{ data }] = useQuery({ query: MissionChoicesQuery, variables: { networkId, first: 100 }, pause: !networkId });
  return useMemo(() => {
    const synergies = data?.synergies.edges.map((e) => e.node) ?? [];
    return {
      synergies: synergies.map((s) => ({ value: s.id, label: s.name })),
      plannable: synergies.filter((s) => s.viewerCan.update).map((s) => ({ value: s.id, label: s.name })),
      partners: data?.partners.edges.map((e) => ({ value: e.node.id, label: nameWithAcronym(e.node) })) ?? [],
      ageBands: data?.network?.ageBands ?? [],
      countryCodes: [...new Set([...synergies.map((s) => s.country), ...(data?.partners.edges.map((e) => e.node.country) ?? [])])],
      loaded: Boolean(data),
    };
  }, [data]);
}
