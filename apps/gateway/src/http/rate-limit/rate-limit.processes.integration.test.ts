import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@synergia/domain/testing';
import { describeTitle, dialects } from '../../testing/dialects.ts';
import { awaitRoomInWindow, rateLimitHeaders, seedApiToken, type RateLimitedBody } from './rate-limit.testing.ts';

const gatewayRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const windowSeconds = 3600;
const perToken = 4;
const perIp = 1000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

type Gateway = { url: string; child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** `npm start`'s entry as its own process on the database of `db`, with the limits in its environment. */
async function startGatewayProcess(db: TestDatabase): Promise<Gateway> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--no-demo'], {
    cwd: gatewayRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.options.databaseUrl ?? '',
      SYNERGIA_DATA_DIR: db.options.sqlitePath ? dirname(db.options.sqlitePath) : '',
      RATE_LIMIT_PER_TOKEN: String(perToken),
      RATE_LIMIT_PER_IP: String(perIp),
      RATE_LIMIT_WINDOW_SECONDS: String(windowSeconds),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  let ready = false;
  for (let attempt = 0; attempt < 120 && !ready && child.exitCode === null; attempt += 1) {
    ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`the gateway process did not become ready:\n${output}`);
  }
  return { url, child, output: () => output, exited };
}

describe.each(dialects)('rate limits shared by two gateway processes on $dialect', ({ dialect, skipReason }) => {
  describe.skipIf(skipReason !== null)(describeTitle(dialect, skipReason), () => {
    let db: TestDatabase;
    let token: { secret: string; id: string };
    let gateways: Gateway[] = [];

    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'rate_limit_processes');
      token = await seedApiToken(db.orm);
      gateways = await Promise.all([startGatewayProcess(db), startGatewayProcess(db)]);
    }, 60_000);
    afterAll(async () => {
      for (const gateway of gateways) gateway.child.kill('SIGTERM');
      const codes = await Promise.all(gateways.map((gateway) => gateway.exited));
      await db?.close();
      expect(codes).toEqual(gateways.map(() => 0));
    }, 20_000);

    it('should let a token make its limit of requests across both processes, then refuse it on either with 429', async () => {
      await awaitRoomInWindow(windowSeconds);
      const [a, b] = gateways as [Gateway, Gateway];
      const ask = (gateway: Gateway, secret?: string) =>
        fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
          body: JSON.stringify({ query: '{ __typename }' }),
        });

      const allowed = [];
      for (const gateway of [a, b, a, b]) allowed.push(await ask(gateway, token.secret));
      const refusedOnA = await ask(a, token.secret);
      const refusedOnB = await ask(b, token.secret);
      const withoutToken = await ask(b);

      expect(allowed.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect(allowed.map((r) => rateLimitHeaders(r).remaining)).toEqual(['3', '2', '1', '0']);
      expect(allowed.every((r) => rateLimitHeaders(r).limit === String(perToken))).toBe(true);
      for (const refused of [refusedOnA, refusedOnB]) {
        expect(refused.status).toBe(429);
        const retryAfter = Number(refused.headers.get('retry-after'));
        expect(retryAfter).toBeGreaterThan(0);
        const body = (await refused.json()) as RateLimitedBody;
        expect(body.errors[0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
        expect(body.errors[0]!.message).toBe(`Too many requests: this API token allows ${perToken} per ${windowSeconds} s; retry after ${retryAfter} s`);
      }
      // The address counted all seven requests, whichever process answered them.
      expect(withoutToken.status).toBe(200);
      expect(rateLimitHeaders(withoutToken)).toMatchObject({ limit: String(perIp), remaining: String(perIp - 7) });
    });
  });
});
