// The floor: a bare node:http server answering each scenario with one
// hand-written SQL statement through the same driver (better-sqlite3 or pg,
// through knex as MikroORM uses them), for the same request bodies.
import { createServer } from 'node:http';
import { knex as createKnex } from '@mikro-orm/knex';
import { baselines, type Sql } from '../scenarios/baselines.ts';
import { operationNameOf } from '../scenarios/operations.ts';
import { countStatements, exitOnTerm, listenForParent, type ServerOptions } from './protocol.ts';

exitOnTerm();

const options = JSON.parse(process.env.SERVER_OPTIONS ?? '{}') as ServerOptions;
const pg = options.dialect === 'postgresql';
const knex = pg
  ? createKnex({ client: 'pg', connection: options.databaseUrl, pool: { min: 0, max: 10 } })
  : createKnex({ client: 'better-sqlite3', connection: { filename: options.sqlitePath! }, useNullAsDefault: true });
if (!pg) {
  await knex.raw('pragma journal_mode = wal');
  await knex.raw('pragma busy_timeout = 5000');
}
const counts = countStatements(knex);
const sql: Sql = {
  dialect: options.dialect,
  rows: async (text, bindings) => {
    const result = await knex.raw(text, bindings as never);
    return (pg ? result.rows : result) as Record<string, unknown>[];
  },
};

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName?: string; query?: string; variables?: Record<string, unknown> };
      const name = body.operationName ?? operationNameOf(body.query ?? '') ?? '';
      const baseline = baselines[name];
      if (!baseline) {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: `no baseline for ${name}` }] }));
        return;
      }
      const data = await baseline(sql, body.variables ?? {});
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
});
listenForParent(server, counts);
