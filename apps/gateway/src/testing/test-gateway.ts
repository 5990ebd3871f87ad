import type { FastifyInstance } from 'fastify';
import { createTestDatabase, type TestDatabase } from '@synergia/domain/testing';
import { demoPassword, loadDemoData, type DatabaseDialect } from '@synergia/domain';
import { buildServer } from '../server.ts';
import type { RateLimits } from '../http/rate-limit/rate-limit.options.ts';

export type GraphQLResponse<T = Record<string, any>> = {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
  headers: Headers;
};

export type TestGateway = {
  url: string;
  db: TestDatabase;
  app: FastifyInstance;
  /**
   * SQL statements run since the last `resetQueryCount()`, the authentication
   * lookups aside: on PostgreSQL a session or API token is kept between
   * requests while the change feed listens, so whether a request reads it
   * depends on timing (a notification from an earlier change may have just
   * dropped it). Their text, too, is left out of `statementTexts`.
   */
  queryCount: () => number;
  /** Authentication lookups run since the last `resetQueryCount()`. */
  authenticationCount: () => number;
  /** Their text, as the ORM logged it. */
  statementTexts: () => string[];
  resetQueryCount: () => void;
  graphql: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<GraphQLResponse<T>>;
  signIn: (email: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
};

/** The statement `findByTokenHash` runs (a session's or an API token's, with its user and grants). */
const authenticationLookup = /^\[query\] select .* where [`"]e0[`"]\.[`"]token_hash[`"] = /;

/**
 * A real gateway over real HTTP on a fresh database (SQLite file or a new
 * PostgreSQL database), optionally with the demo dataset. One per test file.
 */
export async function startTestGateway(options: {
  dialect: DatabaseDialect;
  demo?: boolean;
  label?: string;
  /** Left out, nothing is limited (as in `buildServer`). */
  rateLimits?: RateLimits;
  /** Only persisted operations for sessions and anonymous requests (as in `buildServer`). */
  persistedOperationsOnly?: boolean;
}): Promise<TestGateway> {
  let statements: string[] = [];
  let lookups = 0;
  const db = await createTestDatabase(options.dialect, options.label ?? 'gateway', (message) => {
    if (!message.startsWith('[query]')) return;
    if (authenticationLookup.test(message)) lookups++;
    else statements.push(message);
  });
  if (options.demo ?? true) await loadDemoData(db.orm.em.fork() as never);
  const app = await buildServer({ orm: db.orm, logger: false, rateLimits: options.rateLimits, persistedOperationsOnly: options.persistedOperationsOnly });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const graphql: TestGateway['graphql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as never, headers: response.headers };
  };

  return {
    url,
    db,
    app,
    queryCount: () => statements.length,
    authenticationCount: () => lookups,
    statementTexts: () => [...statements],
    resetQueryCount: () => {
      statements = [];
      lookups = 0;
    },
    graphql,
    signIn: async (email, password = demoPassword) => {
      const result = await graphql<{ signIn: { token: string | null; errors: { message: string }[] } }>(
        'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token errors { message } } }',
        { input: { email, password } },
      );
      const token = result.body.data?.signIn.token;
      if (!token) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.body)}`);
      return token;
    },
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
