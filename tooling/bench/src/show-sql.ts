// Prints the SQL the gateway runs for each scenario (one request, after a
// warm-up) on a freshly generated dataset; on PostgreSQL with --explain also
// the EXPLAIN ANALYZE of each of those statements. For reading, not measuring:
//   npm run sql -w @synergia/bench -- --dialect=postgresql --scale=medium --only=network-participation --explain
// --keep-database keeps the loaded database and prints --database-url=<url> for the next run (also `npm run profile`).
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { requestBody, scenarios } from './scenarios/scenarios.ts';
import { datasetFlags, flag, withServedDataset } from './served-dataset.ts';

const { dialect, scaleName, seed } = datasetFlags({ dialect: 'sqlite', scale: 'tiny' });
const only = flag('only')?.split(',') ?? [];
const explain = process.argv.includes('--explain') && dialect === 'postgresql';

await withServedDataset({ dialect, scaleName, seed }, 'sql', async ({ dataset, token, orm, app }) => {
  const knex = (orm.em as EntityManager).getKnex();
  const statements: { sql: string; bindings: unknown[]; started: number }[] = [];
  knex.on('query', (query: { sql: string; bindings?: unknown[] }) => statements.push({ sql: query.sql, bindings: query.bindings ?? [], started: performance.now() }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  for (const scenario of scenarios.filter((item) => only.length === 0 || only.includes(item.key))) {
    if (scenario.kind === 'write' && explain) continue;
    const send = () =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: requestBody(scenario, dataset) });
    await (await send()).text();
    statements.length = 0;
    const started = performance.now();
    await (await send()).text();
    console.log(`\n## ${scenario.key} (${scenario.operationName}): ${statements.length} statements, ${(performance.now() - started).toFixed(1)} ms\n`);
    for (const statement of [...statements]) {
      console.log(`- ${statement.sql}`);
      if (!explain || !/^\s*select/i.test(statement.sql)) continue;
      const connection = (await knex.client.acquireConnection()) as { query: (text: string, values: unknown[]) => Promise<{ rows: { 'QUERY PLAN': string }[] }> };
      try {
        const plan = await connection.query(`explain (analyze, buffers) ${statement.sql}`, statement.bindings);
        console.log(plan.rows.map((row) => `    ${row['QUERY PLAN']}`).join('\n'));
      } finally {
        await (knex.client as Knex.Client).releaseConnection(connection);
      }
    }
  }
});
