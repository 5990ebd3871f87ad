import type { MissionFilter as DomainMissionFilter } from '@synergia/domain';
import type { MissionFilter } from '../../generated/resolvers-types.ts';
import { argumentId } from '../../graphql/errors.ts';

/** The GraphQL filter as the domain's: global ids decoded, naming the argument when one is malformed. */
export const missionFilterFromArgs = (filter: MissionFilter | null | undefined, argument = 'filter'): DomainMissionFilter => ({
  networkId: filter?.networkId ? argumentId(filter.networkId, `${argument}.networkId`, 'Network') : null,
  synergyId: filter?.synergyId ? argumentId(filter.synergyId, `${argument}.synergyId`, 'Synergy') : null,
  networkOrganised: filter?.networkOrganised ?? null,
  partnerId: filter?.partnerId ? argumentId(filter.partnerId, `${argument}.partnerId`, 'Partner') : null,
  countries: filter?.countries ?? null,
  formats: filter?.formats ?? null,
  themes: filter?.themes ?? null,
  statuses: filter?.statuses ?? null,
  reviewStatuses: filter?.reviewStatuses ?? null,
  unreviewed: filter?.unreviewed ?? null,
  from: filter?.from ?? null,
  to: filter?.to ?? null,
  search: filter?.search ?? null,
});
