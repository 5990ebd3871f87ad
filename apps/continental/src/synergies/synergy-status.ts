import type { SynergyStatus } from '../gql/graphql.ts';

/** Every synergy status, in the order pickers list them. */
export const SYNERGY_STATUSES: readonly SynergyStatus[] = ['ACTIVE', 'FORMING', 'DORMANT'];

export function isSynergyStatus(value: string | null | undefined): value is SynergyStatus {
  return (SYNERGY_STATUSES as readonly string[]).includes(value ?? '');
}
