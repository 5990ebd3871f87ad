import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// Runs the real script with the real @graphql-inspector/core against real git
// repositories built in a temporary folder: nothing is mocked.
const script = join(dirname(fileURLToPath(import.meta.url)), 'check-schema-changes.mjs');

const baseSchema = `
type Query {
  partners: [Partner!]!
}

type Partner {
  id: ID!
  name: String!
  website: String
  legacyCode: String @deprecated(reason: "Use id.")
}
`;

const emptyChangelog = '# API changelog\n\n## Unreleased\n\n## 1.0.0 — 2026-01-01\n- First release.\n';

type Result = { status: number | null; output: string };
type SchemaRepo = {
  dir: string;
  commit: (files: { schema?: string; changelog?: string }, message?: string) => void;
  check: (options?: { args?: string[]; env?: Record<string, string> }) => Result;
};

const repos: string[] = [];
afterEach(() => {
  for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Without GIT_DIR & co. from the outer environment, and with a committer.
function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('GIT_') || key === 'SCHEMA_BASE') delete env[key];
  return {
    ...env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
    ...extra,
  };
}

function git(dir: string, args: string[]): void {
  const result = spawnSync('git', args, { cwd: dir, env: gitEnv(), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}

function buildSchemaRepo(): SchemaRepo {
  const dir = mkdtempSync(join(tmpdir(), 'schema-check-'));
  repos.push(dir);
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  mkdirSync(join(dir, 'apps/gateway'), { recursive: true });
  mkdirSync(join(dir, 'docs'), { recursive: true });
  return {
    dir,
    commit({ schema, changelog }, message = 'change') {
      if (schema !== undefined) writeFileSync(join(dir, 'apps/gateway/schema.graphql'), schema);
      if (changelog !== undefined) writeFileSync(join(dir, 'docs/api-changelog.md'), changelog);
      git(dir, ['add', '--all']);
      git(dir, ['commit', '--quiet', '--allow-empty', '-m', message]);
    },
    check({ args = [], env = {} } = {}) {
      const result = spawnSync(process.execPath, [script, ...args], { cwd: dir, env: gitEnv(env), encoding: 'utf8' });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
  };
}

function withUnreleased(lines: string): string {
  return emptyChangelog.replace('## Unreleased\n', `## Unreleased\n${lines}\n`);
}

describe('check-schema-changes', () => {
  it('should fail and suggest @deprecated when a field that was not deprecated is removed', () => {
    const repo = buildSchemaRepo();
    repo.commit({ schema: baseSchema, changelog: emptyChangelog });
    repo.commit({ schema: baseSchema.replace('  website: String\n', '') });

    const { status, output } = repo.check();

    expect(status).toBe(1);
    expect(output).toMatch(/BREAKING\s+Partner\.website: Field 'website' was removed/);
    expect(output).toContain('NOT acknowledged');
    expect(output).toContain('@deprecated(reason:');
    expect(output).toContain('- `Partner.website`');
  });

  it('should pass when the removal is acknowledged in the Unreleased section', () => {
    const repo = buildSchemaRepo();
    repo.commit({ schema: baseSchema, changelog: emptyChangelog });
    repo.commit({
      schema: baseSchema.replace('  website: String\n', ''),
      changelog: withUnreleased('- **Breaking:** removed `Partner.website` without deprecation: it leaked private addresses.'),
    });

    const { status, output } = repo.check();

    expect(status).toBe(0);
    expect(output).toMatch(/BREAKING\s+Partner\.website: .*\(acknowledged in the changelog\)/);
    // Still reminded that the policy is to deprecate first.
    expect(output).toContain('@deprecated(reason:');
    expect(output).toContain('No unacknowledged breaking changes.');
  });

  it('should require an acknowledgement but give no hint when the removed field was deprecated at the base', () => {
    const repo = buildSchemaRepo();
    repo.commit({ schema: baseSchema, changelog: emptyChangelog });
    repo.commit({ schema: baseSchema.replace(/ {2}legacyCode: .*\n/, '') });

    const unacknowledged = repo.check();
    expect(unacknowledged.status).toBe(1);
    expect(unacknowledged.output).toMatch(/BREAKING\s+Partner\.legacyCode: Field 'legacyCode' \(deprecated\) was removed/);
    expect(unacknowledged.output).not.toContain('hint:');

    repo.commit({ changelog: withUnreleased('- **Breaking:** removed `Partner.legacyCode`, deprecated since 1.0.0.') });
    const acknowledged = repo.check();
    expect(acknowledged.status).toBe(0);
    expect(acknowledged.output).not.toContain('hint:');
  });

  it('should not count an acknowledgement in a released section or in a code block', () => {
    const repo = buildSchemaRepo();
    const changelog = [
      '# API changelog',
      '',
      '```md',
      '## Unreleased',
      '- removed `Partner.website`',
      '```',
      '',
      '## Unreleased',
      '',
      '## 1.0.0 — 2026-01-01',
      '- removed `Partner.website`',
      '',
    ].join('\n');
    repo.commit({ schema: baseSchema, changelog });
    repo.commit({ schema: baseSchema.replace('  website: String\n', '') });

    expect(repo.check().status).toBe(1);
  });

  it('should pass and classify as safe when an optional field is added', () => {
    const repo = buildSchemaRepo();
    repo.commit({ schema: baseSchema, changelog: emptyChangelog });
    repo.commit({ schema: baseSchema.replace('  name: String!\n', '  name: String!\n  phone: String\n') });

    const { status, output } = repo.check();

    expect(status).toBe(0);
    expect(output).toMatch(/safe\s+Partner\.phone: Field 'phone' was added to object type 'Partner'/);
    expect(output).toContain('0 breaking, 0 dangerous, 1 safe');
  });

  it('should fail when a field type changes from String to Int', () => {
    const repo = buildSchemaRepo();
    repo.commit({ schema: baseSchema, changelog: emptyChangelog });
    repo.commit({ schema: baseSchema.replace('  website: String\n', '  website: Int\n') });

    const { status, output } = repo.check();

    expect(status).toBe(1);
    expect(output).toMatch(/BREAKING\s+Partner\.website: Field 'Partner\.website' changed type from 'String' to 'Int'/);
  });

  it('should pass with a message when the repository has a single commit', () => {
    const repo = buildSchemaRepo();
    repo.commit({ schema: baseSchema, changelog: emptyChangelog });

    const { status, output } = repo.check();

    expect(status).toBe(0);
    expect(output).toContain('no previous commit');
  });

  it('should pass with a message when the base has no schema file', () => {
    const repo = buildSchemaRepo();
    repo.commit({ changelog: emptyChangelog }, 'before the schema');
    repo.commit({ schema: baseSchema });

    const { status, output } = repo.check();

    expect(status).toBe(0);
    expect(output).toContain('does not exist at HEAD~1');
  });

  it('should compare against SCHEMA_BASE or --base when given, and fail when that base does not exist', () => {
    const repo = buildSchemaRepo();
    repo.commit({ schema: baseSchema, changelog: emptyChangelog });
    repo.commit({ schema: baseSchema.replace('  website: String\n', '') }, 'the break');
    repo.commit({ changelog: `${emptyChangelog}\n` }, 'an unrelated commit');

    expect(repo.check().status).toBe(0);
    expect(repo.check({ env: { SCHEMA_BASE: 'HEAD~2' } }).status).toBe(1);
    expect(repo.check({ args: ['--base', 'HEAD~2'] }).output).toContain('Partner.website');
    const missing = repo.check({ env: { SCHEMA_BASE: 'no-such-revision' } });
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('does not exist');
  });
});
