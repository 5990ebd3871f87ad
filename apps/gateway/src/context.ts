import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { authenticate, type Actor, type DomainContext, type Session, type User } from '@synergia/domain';
import { createLoaders, type Loaders } from './graphql/loaders.ts';

/** What every resolver gets: this request's own EntityManager, who asks, and batched loaders. */
export type GraphQLContext = DomainContext & {
  em: EntityManager;
  actor: Actor | null;
  user: User | null;
  session: Session | null;
  /** The bearer token of this request, for signOut. */
  token: string | null;
  loaders: Loaders;
  requestId: string;
  /** The request's logger: its lines carry the request id. */
  log: FastifyBaseLogger;
  userAgent: string | undefined;
};

const bearer = (header: string | undefined): string | null => {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
};

/** Builds a request's context: a fresh EntityManager fork (no state shared between requests) and the session, if any. */
export async function createContext(orm: MikroORM, request: FastifyRequest): Promise<GraphQLContext> {
  const em = orm.em.fork() as EntityManager;
  const token = bearer(request.headers.authorization);
  const auth = token ? await authenticate(em, token) : null;
  const base = {
    em,
    actor: auth?.actor ?? null,
    user: auth?.user ?? null,
    session: auth?.session ?? null,
    token: auth ? token : null,
    requestId: request.id,
    log: request.log,
    userAgent: request.headers['user-agent'],
  };
  return { ...base, loaders: createLoaders(base) };
}
