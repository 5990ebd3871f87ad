import { CAPACITY_DOMAINS, capacityBuildingEnumKey } from '@synergia/ui';
import type { CapacityDomain } from '../gql/graphql.ts';

/** The eight domains in the API's order (CapacityDomain): the grid's columns and the charts' series. */
export { CAPACITY_DOMAINS };

// A domain added to the schema and missing from the domain's list fails the type check.
type Missing = Exclude<CapacityDomain, (typeof CAPACITY_DOMAINS)[number]>;
const allListed: [Missing] extends [never] ? true : Missing = true;
void allListed;

/** Scores run from 1 (weak) to 4 (strong). */
export const CAPACITY_SCORES = [1, 2, 3, 4] as const;

export function isCapacityDomain(value: string | null | undefined): value is CapacityDomain {
  return (CAPACITY_DOMAINS as readonly string[]).includes(value ?? '');
}

/** The message key of a domain's name. */
export const domainKey = (domain: CapacityDomain) => capacityBuildingEnumKey('CapacityDomain', domain);
