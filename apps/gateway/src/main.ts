// Starts Synergia: migrates the database, loads demo data into an empty
// SQLite database (or with --demo), serves everything on one port.
import { isDatabaseEmpty, loadDemoData, openDatabase, demoPassword, demoUsers, User } from '@synergia/domain';
import { databaseOptionsFromEnv } from './database-options.ts';
import { buildServer } from './server.ts';
import { rateLimitsFromEnv } from './http/rate-limit/rate-limit.options.ts';
import { persistedOperationsOnlyFromEnv } from './http/persisted-operations/persisted-operations.options.ts';

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '0.0.0.0';
const { dialect, databaseUrl, sqlitePath, rateLimits, persistedOperationsOnly } = (() => {
  try {
    return { ...databaseOptionsFromEnv(), rateLimits: rateLimitsFromEnv(), persistedOperationsOnly: persistedOperationsOnlyFromEnv() };
  } catch (error) {
    console.error(`Synergia cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
})();
const wantDemo = process.argv.includes('--demo') || (dialect === 'sqlite' && !process.argv.includes('--no-demo'));

const orm = await openDatabase({ databaseUrl, sqlitePath });
const em = orm.em.fork();
let demoLoaded = false;
if (wantDemo && (await isDatabaseEmpty(em as never))) {
  await loadDemoData(em as never);
  demoLoaded = true;
}
// The demo sign-ins are worth printing only where the demo accounts exist.
const hasDemoAccounts = (await em.count(User, { email: demoUsers[0]!.email })) > 0;
const app = await buildServer({ orm, rateLimits, persistedOperationsOnly });

let closing = false;
const shutdown = async (signal: string) => {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down: finishing requests in flight');
  const timer = setTimeout(() => process.exit(1), 10_000).unref();
  await app.close();
  await orm.close();
  clearTimeout(timer);
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port, host });
const base = `http://localhost:${port}`;
const lines = [
  '',
  `Synergia is running (${dialect === 'sqlite' ? `SQLite at ${sqlitePath}` : 'PostgreSQL'}${demoLoaded ? ', demo data loaded' : ''})`,
  `  National app:     ${base}/national/`,
  `  Continental app:  ${base}/continental/`,
  `  GraphQL API:      ${base}/graphql  (GraphiQL in a browser)`,
  `  Health:           ${base}/healthz   ${base}/readyz`,
];
if (hasDemoAccounts) {
  lines.push(`  Demo sign-ins (password "${demoPassword}"):`);
  for (const user of demoUsers) lines.push(`    ${user.email.padEnd(28)} ${user.role}`);
}
console.log(lines.join('\n') + '\n');
