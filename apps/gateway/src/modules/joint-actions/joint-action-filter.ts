import type {
  JointActionFilter as DomainJointActionFilter,
  JointActionMilestoneFilter as DomainMilestoneFilter,
  PolicyOutcomeFilter as DomainOutcomeFilter,
} from '@synergia/domain';
import type { JointActionFilter, JointActionMilestoneFilter, PolicyOutcomeFilter } from '../../generated/resolvers-types.ts';
import { argumentId } from '../../graphql/errors.ts';

/** The GraphQL filter as the domain's: global ids decoded, naming the argument when one is malformed. */
export const jointActionFilterFromArgs = (filter: JointActionFilter | null | undefined, argument = 'filter'): DomainJointActionFilter => ({
  networkId: filter?.networkId ? argumentId(filter.networkId, `${argument}.networkId`, 'Network') : null,
  synergyId: filter?.synergyId ? argumentId(filter.synergyId, `${argument}.synergyId`, 'Synergy') : null,
  continental: filter?.continental ?? null,
  partnerId: filter?.partnerId ? argumentId(filter.partnerId, `${argument}.partnerId`, 'Partner') : null,
  countries: filter?.countries ?? null,
  kinds: filter?.kinds ?? null,
  statuses: filter?.statuses ?? null,
  branches: filter?.branches ?? null,
  targetLevels: filter?.targetLevels ?? null,
  stagesReached: filter?.stagesReached ?? null,
  from: filter?.from ?? null,
  to: filter?.to ?? null,
  search: filter?.search ?? null,
});

/** The milestone filter with its ids decoded. */
export const milestoneFilterFromArgs = (filter: JointActionMilestoneFilter | null | undefined): DomainMilestoneFilter => ({
  networkId: filter?.networkId ? argumentId(filter.networkId, 'filter.networkId', 'Network') : null,
  synergyId: filter?.synergyId ? argumentId(filter.synergyId, 'filter.synergyId', 'Synergy') : null,
  partnerId: filter?.partnerId ? argumentId(filter.partnerId, 'filter.partnerId', 'Partner') : null,
  jointActionId: filter?.jointActionId ? argumentId(filter.jointActionId, 'filter.jointActionId', 'JointAction') : null,
  done: filter?.done ?? null,
  dueFrom: filter?.dueFrom ?? null,
  dueTo: filter?.dueTo ?? null,
  activeOnly: filter?.activeOnly ?? null,
});

/** The policy outcome filter with its ids decoded. */
export const outcomeFilterFromArgs = (filter: PolicyOutcomeFilter | null | undefined): DomainOutcomeFilter => ({
  networkId: filter?.networkId ? argumentId(filter.networkId, 'filter.networkId', 'Network') : null,
  synergyId: filter?.synergyId ? argumentId(filter.synergyId, 'filter.synergyId', 'Synergy') : null,
  continental: filter?.continental ?? null,
  countries: filter?.countries ?? null,
  stages: filter?.stages ?? null,
  targetLevels: filter?.targetLevels ?? null,
  kinds: filter?.kinds ?? null,
  from: filter?.from ?? null,
  to: filter?.to ?? null,
});
