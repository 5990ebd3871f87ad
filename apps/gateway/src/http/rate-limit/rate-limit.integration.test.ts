import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, type TestDatabase } from '@synergia/domain/testing';
import { buildServer } from '../../server.ts';
import { describeTitle, dialects } from '../../testing/dialects.ts';
import { defaultRateLimits, rateLimitsFromEnv, type RateLimits } from './rate-limit.options.ts';
import { countSignIns } from './rate-limit.ts';
import { awaitRoomInWindow, rateLimitHeaders, seedApiToken, type RateLimitedBody } from './rate-limit.testing.ts';

// A long window, so no test ever waits for one to end (awaitRoomInWindow keeps clear of its boundary).
const windowSeconds = 3600;

describe('rate limit settings', () => {
  it('should use the defaults when the variables are unset or empty', () => {
    expect(rateLimitsFromEnv({ RATE_LIMIT_PER_IP: '' })).toEqual(defaultRateLimits);
  });

  it('should read each variable, with 0 turning a limit off', () => {
    const limits = rateLimitsFromEnv({ RATE_LIMIT_PER_TOKEN: '0', RATE_LIMIT_PER_IP: '50', RATE_LIMIT_SIGN_IN_PER_IP: '3', RATE_LIMIT_WINDOW_SECONDS: '10' });

    expect(limits).toEqual({ perToken: 0, perIp: 50, signInPerIp: 3, windowSeconds: 10 });
  });

  it('should refuse a value that is not a whole number, or a window of 0', () => {
    expect(() => rateLimitsFromEnv({ RATE_LIMIT_PER_IP: '10/min' })).toThrow('RATE_LIMIT_PER_IP must be a whole number (0 turns the limit off), not "10/min"');
    expect(() => rateLimitsFromEnv({ RATE_LIMIT_WINDOW_SECONDS: '0' })).toThrow('RATE_LIMIT_WINDOW_SECONDS must be a whole number of at least 1');
  });

  it('should count signIn fields through aliases and fragments, and only in mutations', () => {
    expect(countSignIns('mutation { a: signIn(input: {}) { token } b: signIn(input: {}) { token } }')).toBe(2);
    expect(countSignIns('mutation { ...F } fragment F on Mutation { signIn(input: {}) { token } ... on Mutation { signIn(input: {}) { token } } }')).toBe(2);
    expect(countSignIns('query { signIn }')).toBe(0);
    expect(countSignIns('mutation { signIn(')).toBe(0);
  });
});

describe.each(dialects)('rate limits on $dialect', ({ dialect, skipReason }) => {
  describe.skipIf(skipReason !== null)(describeTitle(dialect, skipReason), () => {
    let db: TestDatabase;
    let token: { secret: string; id: string };
    const servers: FastifyInstance[] = [];
    const serve = async (limits: Partial<RateLimits>): Promise<string> => {
      const app = await buildServer({ orm: db.orm, logger: false, rateLimits: { ...defaultRateLimits, windowSeconds, ...limits } });
      servers.push(app);
      await app.listen({ port: 0, host: '127.0.0.1' });
      return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    };
    const post = (url: string, query: string, secret?: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
        body: JSON.stringify({ query }),
      });

    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'rate_limit');
      token = await seedApiToken(db.orm);
    });
    beforeEach(async () => {
      await awaitRoomInWindow(windowSeconds);
      // Every test starts with no requests counted (all of them come from 127.0.0.1).
      await db.orm.em.getConnection().execute('delete from rate_limit_counter');
    });
    afterAll(async () => {
      for (const app of servers) await app.close();
      await db?.close();
    });

    it('should count down per API token and answer 429 with Retry-After and RATE_LIMITED when the token is over its limit', async () => {
      const url = await serve({ perToken: 3, perIp: 100 });

      const allowed = [];
      for (let i = 0; i < 3; i += 1) allowed.push(await post(url, '{ __typename }', token.secret));
      const refused = await post(url, '{ __typename }', token.secret);
      const withoutToken = await post(url, '{ __typename }');

      expect(allowed.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(allowed.map((r) => rateLimitHeaders(r).remaining)).toEqual(['2', '1', '0']);
      expect(rateLimitHeaders(allowed[0]!)).toMatchObject({ limit: '3', policy: `100;w=${windowSeconds}, 3;w=${windowSeconds}` });
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
      expect(rateLimitHeaders(refused)).toMatchObject({ limit: '3', remaining: '0', reset: String(retryAfter) });
      expect(await refused.json()).toEqual({
        errors: [
          {
            message: `Too many requests: this API token allows 3 per ${windowSeconds} s; retry after ${retryAfter} s`,
            extensions: { code: 'RATE_LIMITED', retryAfter },
          },
        ],
      });
      // The address has room left: only the token is over its limit.
      expect(withoutToken.status).toBe(200);
      expect(rateLimitHeaders(withoutToken)).toMatchObject({ limit: '100', remaining: '95' });
      const rows = await db.orm.em.getConnection().execute<{ key: string }[]>('select "key" from rate_limit_counter order by "key"');
      expect(rows.map((row: { key: string }) => row.key)).toEqual(['ip:127.0.0.1', `token:${token.id}`]);
    });

    it('should limit requests without a token per address, on /graphql and the exports alike', async () => {
      const url = await serve({ perToken: 0, perIp: 2 });

      const first = await post(url, '{ __typename }');
      const second = await fetch(`${url}/export/activities.csv`);
      const refused = await post(url, '{ __typename }');
      const refusedExport = await fetch(`${url}/export/activities.csv`);

      expect([first.status, second.status]).toEqual([200, 401]);
      expect(rateLimitHeaders(second)).toMatchObject({ limit: '2', remaining: '0', policy: `2;w=${windowSeconds}` });
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as RateLimitedBody).errors[0]!.extensions.code).toBe('RATE_LIMITED');
      expect(refusedExport.status).toBe(429);
      expect(refusedExport.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refusedExport.json()).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many requests: this address allows 2 per/) });
    });

    it('should never limit the health checks, the landing page or unknown paths', async () => {
      const url = await serve({ perToken: 1, perIp: 1 });
      await post(url, '{ __typename }');
      expect((await post(url, '{ __typename }')).status).toBe(429);

      const answers = [];
      for (let i = 0; i < 5; i += 1) answers.push(await fetch(`${url}/healthz`), await fetch(`${url}/readyz`), await fetch(`${url}/`), await fetch(`${url}/nope`));

      expect(answers.map((r) => r.status)).toEqual(Array.from({ length: 5 }, () => [200, 200, 200, 404]).flat());
      expect(answers.every((r) => r.headers.get('ratelimit-limit') === null)).toBe(true);
    });

    it('should limit signIn attempts per address apart from other requests, counting each aliased signIn', async () => {
      const url = await serve({ perIp: 100, signInPerIp: 3 });
      const signIn = (alias: string) => `${alias}: signIn(input: { email: "nobody@test.example", password: "wrong-password" }) { token }`;

      const twice = await post(url, `mutation { ${signIn('a')} ${signIn('b')} }`);
      const third = await post(url, `mutation { ${signIn('c')} }`);
      const fourth = await post(url, `mutation { ${signIn('d')} }`);
      const query = await post(url, '{ __typename }');

      expect([twice.status, third.status]).toEqual([200, 200]);
      expect(rateLimitHeaders(third)).toMatchObject({ limit: '3', remaining: '0' });
      expect(fourth.status).toBe(429);
      expect(((await fourth.json()) as RateLimitedBody).errors[0]!.message).toMatch(/^Too many requests: signIn from this address allows 3 per/);
      expect(query.status).toBe(200);
      expect(rateLimitHeaders(query)).toMatchObject({ limit: '100', remaining: '96' });
    });

    it('should send no rate-limit headers when every limit is 0', async () => {
      const url = await serve({ perToken: 0, perIp: 0, signInPerIp: 0 });

      const response = await post(url, '{ __typename }', token.secret);

      expect(response.status).toBe(200);
      expect(rateLimitHeaders(response)).toEqual({ limit: null, remaining: null, reset: null, policy: null });
    });
  });
});
