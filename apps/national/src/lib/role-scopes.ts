import type { Viewer } from '@synergia/ui';

// Where the user's roles point, to choose the start page. What the user may
// do on a page comes from the API's `viewerCan` fields, never from here.

type Grants = Pick<Viewer, 'roleGrants'> | null | undefined;

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
