import type { Server } from 'node:http';

/** Messages between the benchmark and the servers it starts as child processes (over Node's IPC channel). */
/** `running`: statements sent and not yet answered (a server is idle when it is 0 and no new ones start). */
/** `cpuMicros`: the process's CPU time so far (user + system), for CPU per request. */
export type ServerStats = { statements: number; running: number; rss: number; heapUsed: number; cpuMicros: number };
export type ToServer = { type: 'stats'; reset?: boolean } | { type: 'gc' };
export type FromServer = { type: 'ready'; port: number } | ({ type: 'stats' } & ServerStats) | { type: 'error'; message: string };

/** What the parent passes in SERVER_OPTIONS. */
export type ServerOptions = { dialect: 'sqlite' | 'postgresql'; sqlitePath?: string; databaseUrl?: string };

export function serveStats(read: () => ServerStats, reset: () => void): void {
  process.on('message', (message: ToServer) => {
    // A full collection first (the servers run with --expose-gc), so the heap left is what is still referenced.
    if (message.type === 'gc') globalThis.gc?.();
    const stats = read();
    if (message.type === 'stats' && message.reset) reset();
    // A server busy with a long synchronous statement (SQLite) may answer after the parent has gone: no one to tell.
    if (process.connected) process.send?.({ type: 'stats', ...stats } satisfies FromServer, undefined, undefined, () => {});
  });
  // The parent going away ends the server too.
  process.on('disconnect', () => process.exit(0));
}

/**
 * Listens on a free port of 127.0.0.1, answers the parent's stats requests
 * with `counts` and the process's memory, and tells the parent it is ready.
 */
export function listenForParent(server: Server, counts: { statements: number }): void {
  server.keepAliveTimeout = 65_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    serveStats(
      () => ({ ...counts, ...processStats() }) as ServerStats,
      () => {
        counts.statements = 0;
      },
    );
    process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 } satisfies FromServer);
  });
}

/** This process's memory and CPU time so far. */
export function processStats(): Pick<ServerStats, 'rss' | 'heapUsed' | 'cpuMicros'> {
  const { rss, heapUsed } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  return { rss, heapUsed, cpuMicros: user + system };
}

/** Counts the statements a knex instance sends, and those still running. */
export function countStatements(knex: { on: (event: string, listener: () => void) => unknown }) {
  const counts = { statements: 0, running: 0 };
  knex.on('query', () => {
    counts.statements += 1;
    counts.running += 1;
  });
  const done = () => {
    counts.running = Math.max(0, counts.running - 1);
  };
  knex.on('query-response', done);
  knex.on('query-error', done);
  return counts;
}

/** Stopping is an ordinary exit, so `--cpu-prof` can write its profile. */
export const exitOnTerm = () => process.on('SIGTERM', () => process.exit(0));
