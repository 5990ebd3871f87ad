import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { hitRateLimitCounters, looksLikeApiToken, purgeRateLimitCounters } from '@synergia/domain';
import { apiTokenOfRequest, bearer } from '../../context.ts';
import type { RateLimits } from './rate-limit.options.ts';

/** One limit that applies to a request: its counter key and how many requests the window allows. */
type Rule = { key: string; limit: number; label: string };
/** Where a request stands against one rule after counting it. */
type Standing = Rule & { count: number; remaining: number };

const purgeEveryMs = 60_000;

/** The API's routes: GraphQL and the exports. Health checks, the landing page and the apps' files are never limited. */
const isLimited = (request: FastifyRequest): boolean => {
  const route = request.routeOptions.url;
  return route === '/graphql' || (route?.startsWith('/export/') ?? false);
};

/** How many `signIn` fields a document's mutations select (aliases and fragments included); 0 when it does not parse. */
export function countSignIns(query: string): number {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return 0; // Apollo answers the syntax error itself
  }
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const count = (selectionSet: SelectionSetNode): number =>
    selectionSet.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + (selection.name.value === 'signIn' ? 1 : 0);
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return sum;
      seen.add(fragment.name.value);
      return sum + count(fragment.selectionSet);
    }, 0);
  return document.definitions.reduce(
    (sum, definition) => sum + (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation' ? count(definition.selectionSet) : 0),
    0,
  );
}

/**
 * Rate limits on the API, counted in the database so that every gateway
 * process sharing it agrees: a fixed window of `windowSeconds`, one counter
 * row per key and window, incremented with one atomic upsert per request.
 * Every limited response carries the headers of draft-ietf-httpapi-ratelimit-headers-06
 * (`RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset`, `RateLimit-Policy`)
 * for the limit closest to running out; over a limit the answer is 429 with
 * `Retry-After` and the code `RATE_LIMITED`.
 */
export function registerRateLimits(app: FastifyInstance, { orm, limits }: { orm: MikroORM; limits: RateLimits }): void {
  const windowMs = limits.windowSeconds * 1000;
  let lastPurge = 0;

  /** Counts the request against each rule; answers 429 when one is exceeded. Returns whether the request may go on. */
  const enforce = async (request: FastifyRequest, reply: FastifyReply, rules: Rule[], amount = 1): Promise<boolean> => {
    if (!rules.length) return true;
    const em = orm.em.fork() as EntityManager;
    const now = Date.now();
    const windowStart = now - (now % windowMs);
    let counts: Map<string, number>;
    try {
      counts = await hitRateLimitCounters(em, rules.map((rule) => rule.key), windowStart, amount);
      if (now - lastPurge >= purgeEveryMs) {
        lastPurge = now;
        // Keep the current and the previous window, drop anything older.
        await purgeRateLimitCounters(em, windowStart - windowMs);
      }
    } catch (error) {
      // Fail open: an unreachable database fails the request on its own, with a masked error.
      request.log.error({ err: error }, 'rate limit counters could not be updated');
      return true;
    }
    const standings: Standing[] = rules.map((rule) => {
      const count = counts.get(rule.key) ?? 0;
      return { ...rule, count, remaining: Math.max(0, rule.limit - count) };
    });
    // The draft asks for the limit nearest to exhaustion: an exceeded one first, then the fewest left.
    const nearest = [...standings].sort((a, b) => Number(b.count > b.limit) - Number(a.count > a.limit) || a.remaining - b.remaining)[0]!;
    const reset = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
    reply.header('ratelimit-limit', nearest.limit);
    reply.header('ratelimit-remaining', nearest.remaining);
    reply.header('ratelimit-reset', reset);
    reply.header('ratelimit-policy', standings.map((rule) => `${rule.limit};w=${limits.windowSeconds}`).join(', '));
    const exceeded = standings.find((rule) => rule.count > rule.limit);
    if (!exceeded) return true;
    const message = `Too many requests: ${exceeded.label} allows ${exceeded.limit} per ${limits.windowSeconds} s; retry after ${reset} s`;
    request.log.warn({ key: exceeded.key, limit: exceeded.limit }, 'rate limit exceeded');
    reply.code(429).header('retry-after', reset).type('application/json; charset=utf-8');
    const extensions = { code: 'RATE_LIMITED', retryAfter: reset };
    reply.send(request.routeOptions.url === '/graphql' ? { errors: [{ message, extensions }] } : { ...extensions, message });
    return false;
  };

  app.addHook('onRequest', async (request, reply) => {
    if (!isLimited(request)) return;
    const rules: Rule[] = [];
    if (limits.perIp > 0) rules.push({ key: `ip:${request.ip}`, limit: limits.perIp, label: 'this address' });
    const secret = bearer(request.headers.authorization);
    if (limits.perToken > 0 && secret && looksLikeApiToken(secret)) {
      // The request's one lookup of its token, which authentication reuses; unknown secrets are simply not tokens (the IP limit still applies).
      const tokenId = await apiTokenOfRequest(orm, request).then(
        (found) => found?.token.id ?? null,
        (error: unknown) => {
          request.log.error({ err: error }, 'rate limit: the API token could not be looked up');
          return null;
        },
      );
      if (tokenId) rules.push({ key: `token:${tokenId}`, limit: limits.perToken, label: 'this API token' });
    }
    if (!(await enforce(request, reply, rules))) return reply;
  });

  // signIn needs the parsed body to be recognised, so it is counted once the body is read.
  app.addHook('preHandler', async (request, reply) => {
    if (limits.signInPerIp <= 0 || request.routeOptions.url !== '/graphql' || request.method !== 'POST') return;
    const query = (request.body as { query?: unknown } | undefined)?.query;
    const signIns = typeof query === 'string' && query.includes('signIn') ? countSignIns(query) : 0;
    if (!signIns) return;
    const rule = { key: `sign-in:${request.ip}`, limit: limits.signInPerIp, label: 'signIn from this address' };
    if (!(await enforce(request, reply, [rule], signIns))) return reply;
  });
}
