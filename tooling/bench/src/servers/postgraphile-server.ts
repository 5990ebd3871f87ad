// The peer a developer might pick instead of writing a gateway: PostGraphile 4
// serving a GraphQL API generated from the PostgreSQL schema (with the
// connection-filter plugin, the usual way to filter across relations), in its
// own process, over node:http. PostgreSQL only. No authentication or
// permissions (it connects as the database owner), like the baseline.
import { createServer } from 'node:http';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pg from 'pg';
import { exitOnTerm, listenForParent, type ServerOptions } from './protocol.ts';

exitOnTerm();

// PostGraphile 4 needs graphql 15 while the workspace has 16 at its root, so npm gave
// postgraphile and graphile-build-pg each their own copy of graphql 15 (and of
// graphile-build). Types from two copies cannot meet in one schema ("Unexpected input
// type: Int"): in this process every package resolves those two from postgraphile's folder.
const postgraphileFolder = dirname(createRequire(import.meta.url).resolve('postgraphile/package.json'));
const shared = /^(graphql|graphile-build)(\/|$)/;
type Resolve = (request: string, parent: unknown, isMain: boolean, options?: { paths?: string[] }) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request, parent, isMain, options) {
  return resolveFilename.call(this, request, parent, isMain, shared.test(request) ? { paths: [postgraphileFolder] } : options);
};
const { postgraphile } = await import('postgraphile');
const { default: ConnectionFilterPlugin } = await import('postgraphile-plugin-connection-filter');

const options = JSON.parse(process.env.SERVER_OPTIONS ?? '{}') as ServerOptions;
if (options.dialect !== 'postgresql' || !options.databaseUrl) throw new Error('PostGraphile runs on PostgreSQL only');

// The same pool size as the baseline's.
const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
const counts = { statements: 0, running: 0 };
// PostGraphile takes clients from the pool: each client's query() is counted, as the knex listener does for the others.
pool.on('connect', (client) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    counts.statements += 1;
    counts.running += 1;
    const done = () => {
      counts.running = Math.max(0, counts.running - 1);
    };
    const result = query(...args);
    if (result instanceof Promise) result.then(done, done);
    else done();
    return result;
  };
});

const handler = postgraphile(pool, 'public', {
  appendPlugins: [ConnectionFilterPlugin],
  graphileBuildOptions: { connectionFilterRelations: true },
  dynamicJson: true,
  disableQueryLog: true,
  retryOnInitFail: false,
  // Its production settings: no GraphiQL, no schema watching, errors without stacks.
  graphiql: false,
  watchPg: false,
  showErrorStack: false,
});

// Introspection and schema building happen before 'ready', not in the first measured request.
await handler.getGraphQLSchema();
const server = createServer(handler);
listenForParent(server, counts);
