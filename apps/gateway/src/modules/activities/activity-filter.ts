import type { ActivityFilter as DomainActivityFilter } from '@synergia/domain';
import type { ActivityFilter } from '../../generated/resolvers-types.ts';
import { argumentId } from '../../graphql/errors.ts';

/** The GraphQL filter as the domain's: global ids decoded, naming the argument when one is malformed. */
export const activityFilterFromArgs = (filter: ActivityFilter | null | undefined): DomainActivityFilter => ({
  networkId: filter?.networkId ? argumentId(filter.networkId, 'filter.networkId', 'Network') : null,
  synergyId: filter?.synergyId ? argumentId(filter.synergyId, 'filter.synergyId', 'Synergy') : null,
  partnerId: filter?.partnerId ? argumentId(filter.partnerId, 'filter.partnerId', 'Partner') : null,
  countries: filter?.countries ?? null,
  types: filter?.types ?? null,
  statuses: filter?.statuses ?? null,
  branches: filter?.branches ?? null,
  from: filter?.from ?? null,
  to: filter?.to ?? null,
  genderMarkerScores: filter?.genderMarkerScores ?? null,
  search: filter?.search ?? null,
});
