import type { Viewer, ViewerRole } from '@synergia/ui';

// The API enforces every permission; these only decide what the app offers,
// so nobody is shown a form the API would refuse.

function holdsNetworkRole(viewer: Viewer | null, networkId: string | null, roles: readonly ViewerRole[]): boolean {
  if (!viewer || !networkId) return false;
  return viewer.roleGrants.some(
    (grant) => roles.includes(grant.role) && grant.scope.__typename === 'Network' && grant.scope.id === networkId,
  );
}

/** Whether the viewer administers the network (creates synergies, manages people and roles). */
export function isNetworkAdmin(viewer: Viewer | null, networkId: string | null): boolean {
  return holdsNetworkRole(viewer, networkId, ['NETWORK_ADMIN']);
}

/** Whether the viewer may read the network's audit log (admins and reviewers). */
export function canReadAudit(viewer: Viewer | null, networkId: string | null): boolean {
  return holdsNetworkRole(viewer, networkId, ['NETWORK_ADMIN', 'NETWORK_REVIEWER']);
}
