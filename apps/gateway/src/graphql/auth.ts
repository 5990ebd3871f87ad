import type { Actor } from '@synergia/domain';
import type { GraphQLContext } from '../context.ts';
import { unauthenticated } from './errors.ts';

/** The signed-in actor, or an UNAUTHENTICATED error: every data field starts here. */
export function requireActor(ctx: GraphQLContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}
