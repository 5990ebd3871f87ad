import type { Viewer } from '@synergia/ui';

// What the signed-in user may do, read from their role grants so the screens
// offer only actions the API will accept. The API still decides: a refused
// action comes back as a ForbiddenError and is shown to the user.

type Grants = Pick<Viewer, 'roleGrants'> | null | undefined;

/** Whether the user administers the network (any network when no id is given). */
export function isNetworkAdmin(viewer: Grants, networkId?: string | null): boolean {
  return (viewer?.roleGrants ?? []).some(
    (g) => g.role === 'NETWORK_ADMIN' && g.scopeType === 'NETWORK' && (!networkId || g.scope.id === networkId),
  );
}

/** Whether the user coordinates the synergy (or administers its network): add partners, manage memberships. */
export function canCoordinate(viewer: Grants, synergyId: string, networkId?: string | null): boolean {
  if (isNetworkAdmin(viewer, networkId)) return true;
  return (viewer?.roleGrants ?? []).some(
    (g) => g.role === 'SYNERGY_COORDINATOR' && g.scopeType === 'SYNERGY' && g.scope.id === synergyId,
  );
}

/** Whether the user may edit the partner: network admin, coordinator of one of its current synergies, or its editor. */
export function canEditPartner(
  viewer: Grants,
  partner: { id: string; networkId?: string | null; synergyIds: readonly string[] },
): boolean {
  if (isNetworkAdmin(viewer, partner.networkId)) return true;
  return (viewer?.roleGrants ?? []).some(
    (g) =>
      (g.role === 'PARTNER_EDITOR' && g.scopeType === 'PARTNER' && g.scope.id === partner.id) ||
      (g.role === 'SYNERGY_COORDINATOR' && g.scopeType === 'SYNERGY' && partner.synergyIds.includes(g.scope.id)),
  );
}

/** The synergies the user holds a role on directly (coordinator or viewer of a synergy). */
export function grantedSynergies(viewer: Grants): Array<{ id: string; name: string; country: string }> {
  const seen = new Map<string, { id: string; name: string; country: string }>();
  for (const g of viewer?.roleGrants ?? []) {
    if (g.scopeType === 'SYNERGY' && g.scope.__typename === 'Synergy') seen.set(g.scope.id, g.scope);
  }
  return [...seen.values()];
}

/** Whether the user holds any role on a whole network (admin, reviewer or viewer). */
export function hasNetworkRole(viewer: Grants): boolean {
  return (viewer?.roleGrants ?? []).some((g) => g.scopeType === 'NETWORK');
}
