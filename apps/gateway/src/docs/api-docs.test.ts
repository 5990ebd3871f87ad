import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../testing/index.ts';
import { defaultRateLimits } from '../http/rate-limit/rate-limit.options.ts';
import { defaultQuery } from '../../graphiql/default-query.ts';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'docs');
const guideDir = join(docs, 'api');
const read = (page: string) => readFileSync(join(guideDir, page), 'utf8');

/**
 * The pages of the guide in reading order: the index first, then the pages
 * its section "The pages" links to, in the order of its links. Examples run
 * in that order, so a page may use the ids an earlier page's examples returned.
 */
function guidePages(): string[] {
  const section = read('README.md').split(/^## /m).find((part) => part.startsWith('The pages\n'));
  if (!section) throw new Error('docs/api/README.md has no section "## The pages" listing the pages in order');
  const linked = [...section.matchAll(/\]\((?:\.\/)?([\w-]+\.md)\)/g)].map((match) => match[1]!);
  return ['README.md', ...new Set(linked.filter((page) => page !== 'README.md' && existsSync(join(guideDir, page))))];
}

type Example = { page: string; kind: 'graphql' | 'sh'; source: string; variables: string | null; flags: string[] };

const kinds = new Set(['graphql', 'sh']);
/**
 * `expect-errors`: typed errors in a payload; `expect-error=T`: among them one of type T (`__typename` selected);
 * `expect-code=X`: a GraphQL error with `extensions.code` X; `anonymous`: sent without a token.
 */
const knownFlag = (flag: string) =>
  flag === 'expect-errors' || flag === 'anonymous' || /^expect-code=[A-Z_]+$/.test(flag) || /^expect-error=[A-Za-z]+$/.test(flag);

type Block = { lang: string; info: string; body: string };
/** Fenced blocks, also those indented in a list item (their indentation is removed). */
function blocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^( *)```(\w*)([^\n]*)\n([\s\S]*?)^\1```/gm)].map((match) => {
    const indent = match[1]!;
    const body = match[4]!.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n');
    return { lang: match[2]!, info: match[3]!.trim(), body };
  });
}

/** The runnable examples of a page, in order: fenced blocks marked `example`, with an optional `json variables` block after. */
function examples(page: string): Example[] {
  const found: Example[] = [];
  const all = blocks(read(page));
  all.forEach((block, index) => {
    const [marker, ...flags] = block.info.split(/\s+/);
    if (marker !== 'example') return;
    const next = all[index + 1];
    const variables = next && next.lang === 'json' && next.info === 'variables' ? next.body : null;
    found.push({ page, kind: block.lang as Example['kind'], source: block.body, variables, flags });
  });
  return found;
}

const pages = guidePages();

describe('the API guide (docs/api/)', () => {
  let gateway: TestGateway;
  const known: Record<string, string | number> = {};
  let token: string | null = null;
  /** The secret of the API token an example created, for the curl examples ($SYNERGIA_API_TOKEN). */
  let apiToken: string | null = null;
  /** The curl examples run here, so that a download (`curl -OJ`) lands in a scratch folder. */
  const workDir = mkdtempSync(join(tmpdir(), 'synergia-api-docs-'));

  beforeAll(async () => {
    // With the production default limits, so the rate-limit page's headers are real.
    gateway = await startTestGateway({ dialect: 'sqlite', label: 'docs', rateLimits: defaultRateLimits });
  });
  afterAll(async () => {
    await gateway?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  /** Remembers ids the later examples refer to. */
  function learn(data: Record<string, any>) {
    if (data.signIn?.token) token = data.signIn.token;
    if (data.createApiToken?.token) {
      apiToken = data.createApiToken.token;
      known.apiTokenId = data.createApiToken.apiToken.id;
    }
    if (data.networks?.[0]) known.networkId = data.networks[0].id;
    if (data.synergies?.edges?.[0]?.node?.id) known.synergyId ??= data.synergies.edges[0].node.id;
    if (data.unaffiliated?.edges?.[0]?.node?.id) known.unaffiliatedPartnerId ??= data.unaffiliated.edges[0].node.id;
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
    if (data.addSynergyMember?.membership) known.membershipId = data.addSynergyMember.membership.id;
    // Joint actions: the partners an action is planned with, then after every change its version and the ids of its parts.
    if (data.unions?.edges?.[0]) known.leadPartnerId = data.unions.edges[0].node.id;
    if (data.mutuals?.edges?.[0]) known.contributorPartnerId = data.mutuals.edges[0].node.id;
    const jointAction = Object.values(data).find((value: any) => value?.jointAction?.version !== undefined)?.jointAction;
    if (jointAction) {
      known.jointActionId = jointAction.id;
      known.jointActionVersion = jointAction.version;
      if (jointAction.milestones?.[0]) known.milestoneId ??= jointAction.milestones[0].id;
      if (jointAction.outcomes?.[0]) known.outcomeId = jointAction.outcomes[0].id;
      if (jointAction.outcomes?.[0]) known.outcomeVersion = jointAction.outcomes[0].version;
    }
    // Capacity building: after every change the mission's, follow-up's and review's id and version.
    const payloadPart = (key: string) => Object.values(data).find((value: any) => value?.[key]?.version !== undefined)?.[key];
    const mission = payloadPart('mission') ?? payloadPart('review')?.mission;
    if (mission) {
      known.missionId = mission.id;
      known.missionVersion = mission.version;
    }
    const followUp = payloadPart('followUpAction');
    if (followUp) {
      known.followUpId = followUp.id;
      known.followUpVersion = followUp.version;
    }
    const review = payloadPart('review');
    if (review) {
      known.reviewId = review.id;
      known.reviewVersion = review.version;
    }
  }

  const substitute = (json: string) =>
    JSON.parse(json.replace(/"<(\w+)>"/g, (_, name: string) => {
      if (!(name in known)) throw new Error(`example refers to <${name}> before an example returned it`);
      return JSON.stringify(known[name]);
    }));

  it('should execute every page of docs/api/, in the order of the index', () => {
    const onDisk = readdirSync(guideDir).filter((file) => file.endsWith('.md'));
    expect([...pages].sort()).toEqual([...onDisk].sort());
  });

  it('should mark as `example` only blocks it can run, and give every page at least one', () => {
    for (const page of pages) {
      const all = blocks(read(page));
      all.forEach((block, index) => {
        const [marker, ...flags] = block.info.split(/\s+/);
        if (marker === 'example') {
          expect(kinds.has(block.lang), `${page}: a \`${block.lang} example\` block cannot be run (graphql or sh only)`).toBe(true);
          expect(flags.filter((flag) => !knownFlag(flag)), `${page}: unknown flags in \`${block.info}\``).toEqual([]);
          if (block.lang === 'sh') expect(flags, `${page}: sh examples take no flags`).toEqual([]);
        } else {
          expect(block.info, `${page}: \`${block.lang} ${block.info}\` looks like an example but is not marked \`example\` first`).not.toMatch(/\bexample\b/);
        }
        if (block.lang === 'json' && block.info === 'variables') {
          const previous = all[index - 1];
          expect(previous?.lang === 'graphql' && previous.info.startsWith('example'), `${page}: \`json variables\` must follow a \`graphql example\``).toBe(true);
        }
      });
      expect(examples(page).length, `${page} has no runnable example`).toBeGreaterThan(0);
    }
    const all = pages.flatMap(examples);
    expect(all.filter((example) => example.kind === 'graphql').length).toBeGreaterThanOrEqual(20);
    expect(all.some((example) => example.kind === 'sh')).toBe(true);
  });

  it('should keep runnable examples only in docs/api/, where they run', () => {
    for (const file of readdirSync(docs).filter((name) => name.endsWith('.md'))) {
      const marked = blocks(readFileSync(join(docs, file), 'utf8')).filter((block) => block.info.split(/\s+/)[0] === 'example');
      expect(marked, `docs/${file} holds examples that no test runs: move them to docs/api/`).toEqual([]);
    }
  });

  for (const page of pages) {
    it(`should run every example of ${page} as written`, async () => {
      for (const example of examples(page)) {
        if (example.kind === 'sh') {
          // Asynchronous: the gateway answering curl runs in this very process.
          const { stdout } = await promisify(execFile)('sh', ['-c', example.source], {
            cwd: workDir,
            env: { ...process.env, SYNERGIA_URL: gateway.url, SYNERGIA_TOKEN: token ?? '', SYNERGIA_API_TOKEN: apiToken ?? '' },
            timeout: 15_000,
          });
          expect(stdout.trim(), example.source).not.toBe('');
          // A GraphQL answer must have no errors; anything else (headers, a file name) only needs the command to succeed.
          if (!stdout.trimStart().startsWith('{')) continue;
          const answer = JSON.parse(stdout);
          expect(answer.errors, example.source).toBeUndefined();
          expect(answer.data, example.source).not.toBeNull();
          learn(answer.data);
          continue;
        }
        const variables = example.variables ? substitute(example.variables) : {};
        const result = await gateway.graphql(example.source, variables, example.flags.includes('anonymous') ? null : token);
        const code = example.flags.find((flag) => flag.startsWith('expect-code='))?.slice('expect-code='.length);
        if (code) {
          expect(result.body.errors?.map((error) => error.extensions?.['code']), example.source).toContain(code);
          continue;
        }
        expect(result.body.errors, example.source).toBeUndefined();
        const payloadErrors = Object.values(result.body.data ?? {}).flatMap((value: any) => (value && Array.isArray(value.errors) ? value.errors : []));
        const errorType = example.flags.find((flag) => flag.startsWith('expect-error='))?.slice('expect-error='.length);
        if (errorType) expect(payloadErrors.map((error: { __typename?: string }) => error.__typename), example.source).toContain(errorType);
        else if (example.flags.includes('expect-errors')) expect(payloadErrors.length, example.source).toBeGreaterThan(0);
        else expect(payloadErrors, example.source).toEqual([]);
        learn(result.body.data ?? {});
      }
    });
  }

  it("should answer GraphiQL's pre-filled example without errors", async () => {
    const result = await gateway.graphql(defaultQuery, {}, token);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.viewer?.user?.email).toBeTruthy();
    expect(result.body.data?.activities?.edges?.length).toBeGreaterThan(0);
  });
});
