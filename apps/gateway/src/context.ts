import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import {
  authenticate,
  authenticateFoundApiToken,
  findApiTokenBySecret,
  looksLikeApiToken,
  type Actor,
  type ApiToken,
  type DomainContext,
  type FoundApiToken,
  type Session,
  type User,
} from '@synergia/domain';
import { createLoaders, type Loaders } from './graphql/loaders.ts';

/** What every resolver gets: this request's own EntityManager, who asks, and batched loaders. */
export type GraphQLContext = DomainContext & {
  em: EntityManager;
  actor: Actor | null;
  user: User | null;
  session: Session | null;
  /** The API token this request is authenticated with, when it is not a session. */
  apiToken: ApiToken | null;
  /** The bearer session token of this request, for signOut (null for API tokens). */
  token: string | null;
  loaders: Loaders;
  requestId: string;
  /** The request's logger: its lines carry the request id. */
  log: FastifyBaseLogger;
  userAgent: string | undefined;
};

/** The value of an `Authorization: Bearer <value>` header, or null. */
export const bearer = (header: string | undefined): string | null => {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
};

/** Each request's own EntityManager fork, shared by the rate limiter and the context. */
const requestEms = new WeakMap<FastifyRequest, EntityManager>();
const requestEm = (orm: MikroORM, request: FastifyRequest): EntityManager => {
  let em = requestEms.get(request);
  if (!em) {
    em = orm.em.fork() as EntityManager;
    requestEms.set(request, em);
  }
  return em;
};

/** Each request's API token lookup, so the rate limiter and the authentication share one statement. */
const apiTokenLookups = new WeakMap<FastifyRequest, Promise<FoundApiToken | null>>();

/**
 * The API token the request's bearer value names, whatever its state (null
 * when it names none): looked up once per request, with its user and grants.
 */
export function apiTokenOfRequest(orm: MikroORM, request: FastifyRequest): Promise<FoundApiToken | null> {
  let lookup = apiTokenLookups.get(request);
  if (!lookup) {
    const secret = bearer(request.headers.authorization);
    lookup = secret && looksLikeApiToken(secret) ? findApiTokenBySecret(requestEm(orm, request), secret) : Promise.resolve(null);
    apiTokenLookups.set(request, lookup);
  }
  return lookup;
}

/**
 * Who a request's bearer value is: an API token (`syn_…`) or a session token.
 * Unknown, revoked and expired tokens of either kind are simply no one.
 */
async function authenticateRequest(orm: MikroORM, request: FastifyRequest, em: EntityManager) {
  const token = bearer(request.headers.authorization);
  if (!token) return null;
  if (looksLikeApiToken(token)) {
    const auth = await authenticateFoundApiToken(em, await apiTokenOfRequest(orm, request));
    return auth && { actor: auth.actor, user: auth.user, session: null, apiToken: auth.token, token: null };
  }
  const auth = await authenticate(em, token);
  return auth && { actor: auth.actor, user: auth.user, session: auth.session, apiToken: null, token };
}

/** Builds a request's context: a fresh EntityManager fork (no state shared between requests) and the session or API token, if any. */
export async function createContext(orm: MikroORM, request: FastifyRequest): Promise<GraphQLContext> {
  const em = requestEm(orm, request);
  const auth = await authenticateRequest(orm, request, em);
  const base = {
    em,
    actor: auth?.actor ?? null,
    user: auth?.user ?? null,
    session: auth?.session ?? null,
    apiToken: auth?.apiToken ?? null,
    token: auth?.token ?? null,
    requestId: request.id,
    log: request.log,
    userAgent: request.headers['user-agent'],
  };
  return { ...base, loaders: createLoaders(base) };
}
