import type { ContinentalUsersQuery } from '../../gql/graphql.ts';

type Scope = ContinentalUsersQuery['users']['edges'][number]['node']['roleGrants'][number]['scope'];

/** The name of what a role is granted on: the network, "Synergy (PH)" or "Partner (ACR)". */
export function scopeLabel(scope: Scope): string {
  switch (scope.__typename) {
    case 'Synergy':
      return `${scope.name} (${scope.country})`;
    case 'Partner':
      return scope.acronym ? `${scope.name} (${scope.acronym})` : scope.name;
    default:
      return scope.name;
  }
}
