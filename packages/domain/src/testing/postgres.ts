import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';
import knex from 'knex';

const defaultUrl = 'postgres://postgres@127.0.0.1:5432/test';

function reachable(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** TEST_DATABASE_URL, or the local server on 127.0.0.1:5432 when it answers; null otherwise. */
export async function postgresUrlForTests(): Promise<string | null> {
  const url = process.env.TEST_DATABASE_URL ?? defaultUrl;
  const { hostname, port } = new URL(url);
  return (await reachable(hostname, Number(port || 5432))) ? url : null;
}

/**
 * Creates an empty database next to the one in `adminUrl`, runs `work` with
 * its URL and drops it afterwards, so test files never share state.
 */
export async function withScratchPostgresDatabase<T>(adminUrl: string, label: string, work: (url: string) => Promise<T>): Promise<T> {
  const { url, drop } = await createScratchPostgresDatabase(adminUrl, label);
  try {
    return await work(url);
  } finally {
    await drop();
  }
}

/**
 * Cancels the statements running in the database of `url` (but this one's):
 * what requests a client gave up on left behind. Returns how many it cancelled
 * (client sessions: their parallel workers stop with them).
 */
export async function cancelRunningStatements(url: string): Promise<number> {
  const client = knex({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  try {
    const result = (await client.raw(
      `select count(*) filter (where pg_cancel_backend(pid)) as cancelled from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state = 'active' and backend_type = 'client backend'`,
    )) as { rows: { cancelled: string | number }[] };
    return Number(result.rows[0]?.cancelled ?? 0);
  } finally {
    await client.destroy();
  }
}

export async function createScratchPostgresDatabase(adminUrl: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `synergia_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = knex({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`create database "${name}"`);
  await admin.destroy();
  const scratch = new URL(adminUrl);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: async () => {
      const dropper = knex({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
      await dropper.raw(`drop database if exists "${name}" with (force)`);
      await dropper.destroy();
    },
  };
}
