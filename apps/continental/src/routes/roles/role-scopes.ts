import type { Role, ScopeType } from '../../gql/graphql.ts';

/** Every role, in the order pickers list them. */
export const ROLES: readonly Role[] = ['NETWORK_ADMIN', 'NETWORK_REVIEWER', 'SYNERGY_COORDINATOR', 'PARTNER_EDITOR', 'VIEWER'];

/**
 * What each role can be granted on (the domain's rule, mirrored so the form
 * only offers valid choices; the API still decides): network roles on the
 * network, a coordinator on a synergy, a partner editor on a partner, a viewer
 * on any of them.
 */
export const SCOPES_BY_ROLE: Readonly<Record<Role, readonly ScopeType[]>> = {
  NETWORK_ADMIN: ['NETWORK'],
  NETWORK_REVIEWER: ['NETWORK'],
  SYNERGY_COORDINATOR: ['SYNERGY'],
  PARTNER_EDITOR: ['PARTNER'],
  VIEWER: ['NETWORK', 'SYNERGY', 'PARTNER'],
};

export function isRole(value: string | null | undefined): value is Role {
  return (ROLES as readonly string[]).includes(value ?? '');
}

/** The scope type to preselect when the role changes: keep the current one when the role allows it. */
export function scopeTypeFor(role: Role, current: ScopeType): ScopeType {
  const allowed = SCOPES_BY_ROLE[role];
  return allowed.includes(current) ? current : (allowed[0] ?? 'NETWORK');
}
