import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimitBytes, queryLimits } from '../server.ts';
import { startTestGateway, type TestGateway } from '../testing/index.ts';

// Transport behaviour does not depend on the database: SQLite only.
describe('HTTP behaviour of the gateway', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ dialect: 'sqlite', label: 'http' });
  });
  afterAll(() => gateway?.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  /** A POST read as raw bytes (fetch would decompress and hide what came over the wire). */
  const rawPost = (body: string, headers: Record<string, string>) =>
    new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      const call = request(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      });
      call.on('error', reject);
      call.end(body);
    });

  it('should compress answers over 1 KB for clients that accept gzip or Brotli, and only those', async () => {
    const large = JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' });
    const plain = await rawPost(large, {});
    expect(plain.encoding).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(1024);
    const gzipped = await rawPost(large, { 'accept-encoding': 'gzip' });
    expect(gzipped.encoding).toBe('gzip');
    expect(gunzipSync(gzipped.bytes).toString()).toBe(plain.bytes.toString());
    const brotli = await rawPost(large, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.encoding).toBe('br');
    expect(brotliDecompressSync(brotli.bytes).toString()).toBe(plain.bytes.toString());
    expect(brotli.bytes.length).toBeLessThan(plain.bytes.length / 4);
    // Small answers are not worth it.
    expect((await rawPost(JSON.stringify({ query: '{ ping }' }), { 'accept-encoding': 'gzip' })).encoding).toBeUndefined();
  });

  it('should answer /healthz and /readyz with JSON', async () => {
    const health = await fetch(`${gateway.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${gateway.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', database: 'reachable' }]);
  });

  it('should accept queries over GET with a preflight header and refuse mutations over GET', async () => {
    const query = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ ping }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([query.status, await query.json()]).toEqual([200, { data: { ping: 'ok' } }]);
    const mutation = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('mutation { signOut { signedOut } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
  });

  it('should refuse a GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ ping }')}`);
    expect(response.status).toBe(400);
  });

  it('should refuse a simple (form-encoded) POST that a foreign page could send', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7Bping%7D',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('should answer with the GraphQL response media type when asked', async () => {
    const response = await post(JSON.stringify({ query: '{ ping }' }), { accept: 'application/graphql-response+json' });
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
  });

  it('should refuse a query deeper than the limit with HTTP 400', async () => {
    const deep = `{ viewer { ${'user { roleGrants { '.repeat(6)}id${' } }'.repeat(6)} } }`;
    const response = await post(JSON.stringify({ query: deep }));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain(`depth limit of ${queryLimits.maxDepth}`);
  });

  it('should refuse too many aliases with HTTP 400', async () => {
    const aliases = Array.from({ length: queryLimits.maxAliases + 5 }, (_, index) => `a${index}: ping`).join(' ');
    const response = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(response.status).toBe(400);
  });

  it('should refuse a body larger than the limit with HTTP 413', async () => {
    const response = await post(JSON.stringify({ query: '{ ping }', variables: { padding: 'x'.repeat(bodyLimitBytes) } }));
    expect(response.status).toBe(413);
  });

  it('should answer malformed JSON with 400 and no stack trace', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('should never send a stack trace or SQL in GraphQL errors', async () => {
    const token = await gateway.signIn('admin@example.org');
    const result = await gateway.graphql('{ partners(after: "WyJ4Il0") { totalCount } node(id: "bad") { id } }', {}, token);
    const text = JSON.stringify(result.body);
    expect(text).not.toMatch(/stacktrace|select |sqlite|\.ts:\d+/i);
  });

  it('should send security headers', async () => {
    const response = await fetch(`${gateway.url}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('should serve the landing page and answer unknown paths with a JSON 404', async () => {
    const landing = await fetch(`${gateway.url}/`);
    expect(await landing.text()).toContain('/continental/');
    const missing = await fetch(`${gateway.url}/nope`);
    expect([missing.status, ((await missing.json()) as { error: string }).error]).toEqual([404, 'Not Found']);
  });
});
