import type { PartnerFilter as DomainPartnerFilter } from '@synergia/domain';
import type { PartnerFilter } from '../../generated/resolvers-types.ts';
import { argumentId } from '../../graphql/errors.ts';

/** The GraphQL filter as the domain's: global ids decoded, naming the argument when one is malformed. */
export const partnerFilterFromArgs = (filter: PartnerFilter | null | undefined): DomainPartnerFilter => ({
  networkId: filter?.networkId ? argumentId(filter.networkId, 'filter.networkId', 'Network') : null,
  synergyId: filter?.synergyId ? argumentId(filter.synergyId, 'filter.synergyId', 'Synergy') : null,
  types: filter?.types ?? null,
  countries: filter?.countries ?? null,
  search: filter?.search ?? null,
  unaffiliated: filter?.unaffiliated ?? null,
});
