import type { SynergyFilter as DomainSynergyFilter } from '@synergia/domain';
import type { SynergyFilter } from '../../generated/resolvers-types.ts';
import { argumentId } from '../../graphql/errors.ts';

/** The GraphQL filter as the domain's: global ids decoded, naming the argument when one is malformed. */
export const synergyFilterFromArgs = (filter: SynergyFilter | null | undefined): DomainSynergyFilter => ({
  networkId: filter?.networkId ? argumentId(filter.networkId, 'filter.networkId', 'Network') : null,
  countries: filter?.countries ?? null,
  statuses: filter?.statuses ?? null,
  search: filter?.search ?? null,
});
