import { readFileSync, existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import { startAuthChangeFeed } from '@synergia/domain';
import { buildSchema } from './schema/schema.ts';
import { compiledExecution } from './graphql/compiled-execution.ts';
import { createContext, type GraphQLContext } from './context.ts';
import { graphiqlIndex, registerWebApps } from './http/static-apps.ts';
import { landingPage } from './http/landing-page.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerExportRoutes } from './http/export/export.routes.ts';
import { registerRateLimits } from './http/rate-limit/rate-limit.ts';
import type { RateLimits } from './http/rate-limit/rate-limit.options.ts';
import { checkPersistedOnly, loadPersistedOperations, persistedOperationsCache, registerPersistedOperations } from './http/persisted-operations/persisted-operations.ts';
import fastifyCompress from '@fastify/compress';
import { constants as zlibConstants } from 'node:zlib';

export type ServerOptions = {
  orm: MikroORM;
  /** Pino logger options; false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Requests per window per API token and per address (main.ts reads them from the environment); left out, nothing is limited. */
  rateLimits?: RateLimits | undefined;
  /** Sessions and anonymous requests may run only the web apps' persisted operations (main.ts: PERSISTED_OPERATIONS_ONLY); API tokens send any query. Default false. */
  persistedOperationsOnly?: boolean | undefined;
};

/** Query-shape limits: a request too deep, too wide or too costly is refused before it runs (HTTP 400). */
export const queryLimits = { maxDepth: 12, maxAliases: 20, maxCost: 20_000, maxTokens: 5_000, maxDirectives: 30 };
/** Largest accepted request body; GraphQL documents and variables are small. */
export const bodyLimitBytes = 1_000_000;

/** Logs each unexpected error with the request's logger, so the line carries its request id. */
const logUnexpectedErrors: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          // The same errors formatError masks: those without a code of ours.
          const code = error.extensions?.['code'];
          if (code && code !== 'INTERNAL_SERVER_ERROR') continue;
          contextValue.log.error({ err: unwrapResolverError(error), path: error.path }, 'unexpected error while resolving');
        }
      },
    };
  },
};

/**
 * A read-only API token runs queries only: any mutation is refused before a
 * resolver runs, so nothing is written (the domain's permission rules refuse
 * writes for it too).
 */
const readOnlyTokens: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (operation?.operation !== 'mutation' || contextValue.apiToken?.access !== 'READ_ONLY') return;
        throw new GraphQLError('This API token is read-only: read-only tokens cannot run mutations. Use a read-write token.', {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        });
      },
    };
  },
};

/** Builds the HTTP server: GraphQL, GraphiQL, the two web apps, health checks. Does not listen. */
export async function buildServer({ orm, logger = { level: process.env.LOG_LEVEL ?? 'info' }, rateLimits, persistedOperationsOnly = false }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger === false ? false : { ...(typeof logger === 'object' ? logger : {}), redact: ['req.headers.authorization'] },
    bodyLimit: bodyLimitBytes,
    // A caller's (or load balancer's) x-request-id is kept; otherwise a UUID,
    // unique across instances. It is echoed back so a user can quote it.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Lists and summaries are tens of kilobytes of JSON; compressed they are a few (users are on mobile
  // networks). Brotli at a low quality costs about what gzip does; small answers go as they are.
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });

  const armor = new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth },
    maxAliases: { n: queryLimits.maxAliases },
    costLimit: { maxCost: queryLimits.maxCost },
    maxTokens: { n: queryLimits.maxTokens },
    maxDirectives: { n: queryLimits.maxDirectives },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const schema = buildSchema();
  const persistedOperations = loadPersistedOperations();
  const apollo = new ApolloServer<GraphQLContext>({
    // The schema, executed by compiled operations (graphql/compiled-execution.ts).
    gateway: compiledExecution(schema),
    ...protection,
    // The schema has no @cacheControl hints and answers carry no cache headers: Apollo's default cache-control
    // plugin would only wrap every resolver call to compute a policy nobody reads (about 5 % of a list's CPU).
    plugins: [...protection.plugins, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), logUnexpectedErrors, readOnlyTokens],
    // main.ts drains and closes on SIGTERM itself; Apollo's own handler would
    // stop it a second time and leave Fastify's close hook waiting forever.
    stopOnTerminationSignals: false,
    validationRules: protection.validationRules,
    introspection: true,
    // APQ with the web apps' manifests as a read-only cache: persisted ids run, nothing is registered.
    persistedQueries: { cache: persistedOperationsCache(persistedOperations) },
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => {
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
        // Never send internals (stack, SQL) to clients; logUnexpectedErrors keeps them in the log.
        return { message: 'Internal server error: the request could not be completed.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
  await apollo.start();

  registerSecurityHeaders(app);
  // Before the rate limits, whose signIn counter reads the resolved text.
  registerPersistedOperations(app, { operations: persistedOperations, only: persistedOperationsOnly });
  if (rateLimits) registerRateLimits(app, { orm, limits: rateLimits });

  const graphql = fastifyApolloHandler(apollo, {
    context: async (request) => {
      const context = await createContext(orm, request);
      if (persistedOperationsOnly) checkPersistedOnly(request, context);
      return context;
    },
  });
  app.route({
    method: 'GET',
    url: '/graphql',
    handler: async function (request, reply) {
      const wantsPage = !(request.query as Record<string, unknown>).query && (request.headers.accept ?? '').includes('text/html');
      if (wantsPage && existsSync(graphiqlIndex)) return reply.type('text/html; charset=utf-8').send(readFileSync(graphiqlIndex));
      return graphql.call(this, request as never, reply as never);
    },
  });
  app.route({ method: 'POST', url: '/graphql', handler: graphql });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_, reply) => {
    try {
      await orm.em.getConnection().execute('select 1');
      return { status: 'ready', database: 'reachable' };
    } catch (error) {
      app.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });
  app.get('/', (_, reply) => reply.type('text/html; charset=utf-8').send(landingPage));
  registerExportRoutes(app, { orm, schema });
  await registerWebApps(app);
  // Fastify's close waits for requests in flight, then Apollo stops. (Apollo's
  // drain plugin would call fastify.close() from inside this hook: a deadlock.)
  // Signed-in requests skip the authentication statement while PostgreSQL notifies this process of every change to it.
  const authChangeFeed = await startAuthChangeFeed(orm, app.log);
  app.addHook('onClose', async () => {
    await apollo.stop();
    await authChangeFeed?.close();
  });
  return app;
}
