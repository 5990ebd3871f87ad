import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '@synergia/gateway/testing';
import { ActivitiesDocument, CreateApiTokenDocument, signInWithPassword, type SynergiaClient } from '@synergia/client';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');

/** Runs a program to its end; asynchronous, because the gateway answering it runs in this very process. */
async function run(file: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { cwd: here, env: { ...process.env, ...env }, timeout: 45_000 });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    if (typeof error?.code !== 'number') throw error;
    return { code: error.code as number, stdout: String(error.stdout), stderr: String(error.stderr) };
  }
}

describe('the examples', () => {
  let gateway: TestGateway;
  let coordinator: SynergiaClient;

  beforeAll(async () => {
    gateway = await startTestGateway({ dialect: 'sqlite', label: 'examples' });
    coordinator = await signInWithPassword(`${gateway.url}/graphql`, 'coordinator.ph@example.org', 'synergia-demo');
  });
  afterAll(() => gateway?.close());

  it('should import the valid rows of activities.csv and report the invalid one with its field', async () => {
    const { createApiToken } = await coordinator.request(CreateApiTokenDocument, {
      input: { name: 'import example', access: 'READ_WRITE', expiresInDays: 1 },
    });
    const token = createApiToken.token!;
    const rows: { title: string }[] = parse(readFileSync(join(here, 'activities.csv'), 'utf8'), { columns: true });

    const { code, stdout, stderr } = await run(tsx, ['import-activities.ts', '--url', gateway.url, '--token', token, 'activities.csv']);

    expect(code, stderr).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.filter((line) => / OK /.test(line))).toHaveLength(rows.length - 1);
    expect(lines).toContain('row 5: ERROR endDate: the last day (2026-05-02) is before the first (2026-05-12)');
    expect(lines.at(-1)).toBe(`${rows.length - 1} of ${rows.length} activities imported.`);

    const program = coordinator.withToken(token);
    const created = await Promise.all(
      rows.map(async ({ title }) => (await program.request(ActivitiesDocument, { filter: { search: title } })).activities.edges.map((edge) => edge.node)),
    );
    expect(created.slice(0, -1).map((found) => found.map((activity) => activity.title))).toEqual(rows.slice(0, -1).map(({ title }) => [title]));
    expect(created.at(-1)).toEqual([]);
    const first = created[0]![0]!;
    expect(first.partner.acronym).toBe('AFIW');
    expect(first.participants.total).toBe(14 + 6 + 1 + 9 + 4 + 2);
  });

  it('should say how to use it when the token is missing', async () => {
    const { code, stderr } = await run(tsx, ['import-activities.ts', '--url', gateway.url, 'activities.csv'], { SYNERGIA_TOKEN: '' });

    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
  });

  it('should run every sh block of curl.md in order, each answering JSON without errors', async () => {
    const walkthrough = readFileSync(join(here, 'curl.md'), 'utf8');
    const blocks = [...walkthrough.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
    const env: Record<string, string> = { SYNERGIA_URL: gateway.url };
    expect(blocks).toHaveLength(5);

    for (const block of blocks) {
      const { code, stdout, stderr } = await run('sh', ['-c', block], env);

      expect(code, `${block}\n${stderr}`).toBe(0);
      const answer = JSON.parse(stdout);
      expect(answer.errors, block).toBeUndefined();
      const payloadErrors = Object.values(answer.data ?? {}).flatMap((value: any) => (value && Array.isArray(value.errors) ? value.errors : []));
      expect(payloadErrors, block).toEqual([]);
      // What a reader copies into the next `export`.
      const data = answer.data;
      if (data.signIn?.token) env.SYNERGIA_TOKEN = data.signIn.token;
      if (data.createApiToken?.token) env.SYNERGIA_API_TOKEN = data.createApiToken.token;
      if (data.activities?.edges?.[0]) env.SYNERGIA_PARTNER_ID = data.activities.edges[0].node.partner.id;
    }

    expect(Object.keys(env).sort()).toEqual(['SYNERGIA_API_TOKEN', 'SYNERGIA_PARTNER_ID', 'SYNERGIA_TOKEN', 'SYNERGIA_URL']);
  });
});
