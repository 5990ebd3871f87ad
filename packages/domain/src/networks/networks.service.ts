import { Network } from './network.entity.ts';
import { can, visibility } from '../permissions/permissions.rules.ts';
import type { DomainContext } from '../shared/context.ts';
import { findOnce } from '../shared/request-memo.ts';

/** The networks the actor holds any role in, by name. */
export async function listNetworks(ctx: DomainContext): Promise<Network[]> {
  if (!ctx.actor) return [];
  return ctx.em.find(Network, { id: { $in: visibility(ctx.actor).anyRoleNetworkIds } }, { orderBy: { name: 'asc' } });
}

/** One network, or null when not found or the actor holds no role in it. */
export async function findNetwork(ctx: DomainContext, id: string): Promise<Network | null> {
  if (!can(ctx.actor, 'read', { kind: 'Network', networkId: id })) return null;
  return findOnce(ctx.em, Network, id);
}
