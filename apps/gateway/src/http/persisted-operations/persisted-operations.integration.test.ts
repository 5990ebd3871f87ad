import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoUsers } from '@synergia/domain';
import { startTestGateway, type TestGateway } from '../../testing/test-gateway.ts';
import { persistedOperationManifests } from './persisted-operations.ts';

// Against the manifests codegen wrote for the web apps (the files the gateway loads).
const manifests = persistedOperationManifests.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
const [national] = manifests as [Record<string, string>];
const idOf = (operation: string): string => {
  const entry = Object.entries(national).find(([, text]) => new RegExp(`(query|mutation) ${operation}\\b`).test(text));
  if (!entry) throw new Error(`${operation} is not in the national manifest`);
  return entry[0];
};
const viewerId = idOf('SynergiaUi_Viewer');
const createTokenId = idOf('SynergiaUi_CreateApiToken');
const viewerText = '{ viewer { user { email } } }';

type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(gateway: TestGateway, body: Record<string, unknown>, token?: string | null): Promise<{ status: number; body: Body }> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

const persisted = (sha256Hash: string, variables?: Record<string, unknown>) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

describe('persisted operations', () => {
  let gateway: TestGateway;
  let session: string;
  beforeAll(async () => {
    gateway = await startTestGateway({ dialect: 'sqlite', label: 'persisted-default' });
    session = await gateway.signIn(demoUsers[0]!.email);
  });
  afterAll(() => gateway?.close());

  it('should run an operation of the generated manifest when a POST carries only its id', async () => {
    const result = await post(gateway, persisted(viewerId), session);

    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.['viewer'].user.email).toBe(demoUsers[0]!.email);
  });

  it('should run it when a GET carries the id in extensions', async () => {
    const params = new URLSearchParams({ extensions: JSON.stringify(persisted(viewerId).extensions) });
    const response = await fetch(`${gateway.url}/graphql?${params}`, { headers: { authorization: `Bearer ${session}`, 'apollo-require-preflight': 'true' } });
    const body = (await response.json()) as Body;

    expect(response.status).toBe(200);
    expect(body.data?.['viewer'].user.email).toBe(demoUsers[0]!.email);
  });

  it('should run it when the id comes as documentId', async () => {
    const result = await post(gateway, { documentId: `sha256:${viewerId}` }, session);

    expect(result.body.data?.['viewer'].user.email).toBe(demoUsers[0]!.email);
  });

  it('should answer PERSISTED_QUERY_NOT_FOUND when the id is unknown', async () => {
    const unknown = 'f'.repeat(64);
    for (const body of [persisted(unknown), { documentId: unknown }]) {
      const result = await post(gateway, body, session);
      expect(result.body.data).toBeUndefined();
      expect(codeOf(result.body)).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });

  it('should run the manifest text, not text sent along with a known id', async () => {
    const result = await post(gateway, { ...persisted(viewerId), query: '{ __typename }' }, session);

    expect(result.body.data?.['viewer'].user.email).toBe(demoUsers[0]!.email);
  });

  it('should still run query text from a session when the setting is off', async () => {
    const result = await post(gateway, { query: viewerText }, session);

    expect(result.body.data?.['viewer'].user.email).toBe(demoUsers[0]!.email);
  });

  it('should serve the manifest of both apps with the ids of the generated files', async () => {
    const response = await fetch(`${gateway.url}/graphql/persisted-operations.json`);
    const served = (await response.json()) as Record<string, string>;

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(served).toEqual(Object.assign({}, ...manifests));
    expect(Object.keys(served)).toContain(viewerId);
  });
});

describe('persisted operations only (PERSISTED_OPERATIONS_ONLY=true)', () => {
  let gateway: TestGateway;
  let session: string;
  let apiToken: string;
  beforeAll(async () => {
    gateway = await startTestGateway({ dialect: 'sqlite', label: 'persisted-only', persistedOperationsOnly: true });
    // Signed in through the web apps' persisted signIn: query text is refused here.
    const signedIn = await post(gateway, persisted(idOf('SynergiaUi_SignIn'), { input: { email: demoUsers[0]!.email, password: demoPassword } }));
    session = signedIn.body.data?.['signIn'].token as string;
    const created = await post(
      gateway,
      persisted(createTokenId, { input: { name: 'script', access: 'READ_ONLY', expiresInDays: 30, scopeRoleGrantIds: null } }),
      session,
    );
    apiToken = created.body.data?.['createApiToken'].token as string;
  });
  afterAll(() => gateway?.close());

  it('should run persisted operations with a session', async () => {
    expect(session).toBeTruthy();
    expect(apiToken).toMatch(/^syn_/);

    const result = await post(gateway, persisted(viewerId), session);

    expect(result.body.data?.['viewer'].user.email).toBe(demoUsers[0]!.email);
  });

  it('should refuse query text with PERSISTED_OPERATION_REQUIRED when a session sends it', async () => {
    const result = await post(gateway, { query: viewerText }, session);

    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(codeOf(result.body)).toBe('PERSISTED_OPERATION_REQUIRED');
  });

  it('should refuse query text when the request is anonymous, over GET too', async () => {
    const anonymous = await post(gateway, { query: '{ __typename }' });
    const get = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });

    expect(codeOf(anonymous.body)).toBe('PERSISTED_OPERATION_REQUIRED');
    expect(codeOf((await get.json()) as Body)).toBe('PERSISTED_OPERATION_REQUIRED');
  });

  it('should refuse text sent to register a new id (APQ)', async () => {
    const result = await post(gateway, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, session);

    expect(codeOf(result.body)).toBe('PERSISTED_OPERATION_REQUIRED');
  });

  it('should run arbitrary query text when an API token sends it', async () => {
    const result = await post(gateway, { query: viewerText }, apiToken);

    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.['viewer'].user.email).toBe(demoUsers[0]!.email);
  });

  it('should refuse query text when the bearer only looks like an API token', async () => {
    const result = await post(gateway, { query: viewerText }, `syn_00000000_${'A'.repeat(43)}`);

    expect(codeOf(result.body)).toBe('PERSISTED_OPERATION_REQUIRED');
    expect(result.body.data ?? undefined).toBeUndefined();
  });
});

describe('persisted operations and the sign-in rate limit', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ dialect: 'sqlite', label: 'persisted-sign-in', rateLimits: { perToken: 0, perIp: 0, signInPerIp: 2, windowSeconds: 3600 } });
  });
  afterAll(() => gateway?.close());

  it('should count a signIn sent as a persisted id against the sign-in limit', async () => {
    const signIn = persisted(idOf('SynergiaUi_SignIn'), { input: { email: demoUsers[0]!.email, password: 'wrong password' } });
    const codes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) codes.push(codeOf((await post(gateway, signIn)).body));

    expect(codes).toEqual([undefined, undefined, 'RATE_LIMITED']);
  });
});
