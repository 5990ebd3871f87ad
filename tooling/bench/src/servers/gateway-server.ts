// The real gateway (buildServer, as apps/gateway/src/main.ts starts it) in its
// own process, so its memory is measured alone; counts the SQL statements the
// ORM sends through a knex 'query' listener.
import type { EntityManager } from '@mikro-orm/knex';
import { openDatabase } from '@synergia/domain';
import { buildServer } from '@synergia/gateway';
import { countStatements, exitOnTerm, processStats, serveStats, type FromServer, type ServerOptions } from './protocol.ts';

exitOnTerm();

const options = JSON.parse(process.env.SERVER_OPTIONS ?? '{}') as ServerOptions;
const orm = await openDatabase({ databaseUrl: options.databaseUrl, sqlitePath: options.sqlitePath });
const counts = countStatements((orm.em as EntityManager).getKnex());
const app = await buildServer({ orm, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
serveStats(
  () => ({ ...counts, ...processStats() }),
  () => {
    counts.statements = 0;
  },
);
process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 } satisfies FromServer);
