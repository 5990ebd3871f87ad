import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gatewayNodeFlags } from '@synergia/gateway/runtime-flags';
import type { FromServer, ServerOptions, ServerStats, ToServer } from './protocol.ts';

const here = dirname(fileURLToPath(import.meta.url));

export type ServerKind = 'gateway' | 'baseline' | 'postgraphile';

/** A server the benchmark started in a child process. */
export type RunningServer = {
  kind: ServerKind;
  url: string;
  /** Statements since the last reset, and the process's memory now. */
  stats: (reset?: boolean) => Promise<ServerStats>;
  /** The same after a forced full garbage collection. */
  statsAfterGc: () => Promise<ServerStats>;
  stop: () => Promise<void>;
};

/** Starts the gateway, the baseline or PostGraphile on 127.0.0.1 (a free port) against a target database. */
export async function startServer(kind: ServerKind, options: ServerOptions): Promise<RunningServer> {
  const child: ChildProcess = fork(join(here, `${kind}-server.ts`), [], {
    // BENCH_CPU_PROF=<folder>: the gateway writes a V8 CPU profile there when it stops (for finding where its time goes).
    // Every server with the V8 flags the gateway runs with in production, so that none is measured better tuned.
    execArgv: ['--import', 'tsx', '--expose-gc', ...gatewayNodeFlags, ...(kind === 'gateway' && process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    env: { ...process.env, SERVER_OPTIONS: JSON.stringify(options), NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const onMessage = (message: FromServer) => {
      if (message.type === 'ready') resolve(message.port);
      if (message.type === 'error') reject(new Error(message.message));
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited before it was ready (code ${code})`)));
  });
  child.removeAllListeners('exit');
  let pending: ((stats: ServerStats) => void)[] = [];
  child.on('message', (message: FromServer) => {
    if (message.type !== 'stats') return;
    const { type: _, ...stats } = message;
    pending.shift()?.(stats);
  });
  const ask = (message: ToServer) =>
    new Promise<ServerStats>((resolve) => {
      pending.push(resolve);
      child.send(message);
    });
  return {
    kind,
    url: `http://127.0.0.1:${port}`,
    stats: (reset = false) => ask({ type: 'stats', reset }),
    statsAfterGc: () => ask({ type: 'gc' }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        pending = [];
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
