import { readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../testing/index.ts';

const guide = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'docs', 'api.md'), 'utf8');

type Example = { kind: 'graphql' | 'sh'; source: string; variables: string | null; expectErrors: boolean };

/** The runnable examples of the guide, in order: fenced blocks marked `example`, with an optional `json variables` block after. */
function examples(markdown: string): Example[] {
  const fence = /```(\w+)([^\n]*)\n([\s\S]*?)```/g;
  const blocks = [...markdown.matchAll(fence)].map((match) => ({ lang: match[1]!, info: match[2]!.trim(), body: match[3]!, end: match.index! + match[0].length }));
  const found: Example[] = [];
  blocks.forEach((block, index) => {
    if (!block.info.startsWith('example')) return;
    const next = blocks[index + 1];
    const variables = next && next.lang === 'json' && next.info === 'variables' ? next.body : null;
    found.push({ kind: block.lang as Example['kind'], source: block.body, variables, expectErrors: block.info.includes('expect-errors') });
  });
  return found;
}

describe('the API guide (docs/api.md)', () => {
  let gateway: TestGateway;
  const found = examples(guide);
  const known: Record<string, string | number> = {};
  let token: string | null = null;
  /** The secret of the API token an example created, for the curl examples ($SYNERGIA_API_TOKEN). */
  let apiToken: string | null = null;

  beforeAll(async () => {
    gateway = await startTestGateway({ dialect: 'sqlite', label: 'docs' });
  });
  afterAll(() => gateway?.close());

  /** Remembers ids the later examples refer to. */
  function learn(data: Record<string, any>) {
    if (data.signIn?.token) token = data.signIn.token;
    if (data.createApiToken?.token) {
      apiToken = data.createApiToken.token;
      known.apiTokenId = data.createApiToken.apiToken.id;
    }
    if (data.networks?.[0]) known.networkId = data.networks[0].id;
    if (data.synergies?.edges?.[0]?.node?.id) known.synergyId ??= data.synergies.edges[0].node.id;
    const partners = data.partners;
    if (partners?.pageInfo?.endCursor && !known.endCursor) known.endCursor = partners.pageInfo.endCursor;
    if (data.createActivity?.activity) {
      known.activityId = data.createActivity.activity.id;
      known.activityVersion = data.createActivity.activity.version;
    }
    if (data.createPartner?.partner) {
      known.partnerId = data.createPartner.partner.id;
      known.partnerVersion = data.createPartner.partner.version;
    }
  }

  const substitute = (json: string) =>
    JSON.parse(json.replace(/"<(\w+)>"/g, (_, name: string) => {
      if (!(name in known)) throw new Error(`example refers to <${name}> before an example returned it`);
      return JSON.stringify(known[name]);
    }));

  it('should hold runnable examples of every kind', () => {
    expect(found.filter((example) => example.kind === 'graphql').length).toBeGreaterThanOrEqual(8);
    expect(found.some((example) => example.kind === 'sh')).toBe(true);
  });

  it('should run every example in order as written', async () => {
    for (const example of found) {
      if (example.kind === 'sh') {
        // Asynchronous: the gateway answering curl runs in this very process.
        const { stdout } = await promisify(execFile)('sh', ['-c', example.source], {
          env: { ...process.env, SYNERGIA_URL: gateway.url, SYNERGIA_TOKEN: token ?? '', SYNERGIA_API_TOKEN: apiToken ?? '' },
          timeout: 15_000,
        });
        const answer = JSON.parse(stdout);
        expect(answer.errors, example.source).toBeUndefined();
        expect(answer.data, example.source).not.toBeNull();
        continue;
      }
      const variables = example.variables ? substitute(example.variables) : {};
      const result = await gateway.graphql(example.source, variables, token);
      expect(result.body.errors, example.source).toBeUndefined();
      const payloadErrors = Object.values(result.body.data ?? {}).flatMap((value: any) => (value && Array.isArray(value.errors) ? value.errors : []));
      if (example.expectErrors) expect(payloadErrors.length, example.source).toBeGreaterThan(0);
      else expect(payloadErrors, example.source).toEqual([]);
      learn(result.body.data ?? {});
    }
  });
});
