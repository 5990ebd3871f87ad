import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AuditEntry, Network, RoleGrant, User } from '@synergia/domain';
import { createTestDatabase, type TestDatabase } from '@synergia/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../server.ts';
import { describeTitle, dialects } from '../testing/index.ts';

const gatewayRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs `npm run network:create`'s script as an operator would, against the given database. */
function createNetwork(db: TestDatabase, args: string[], password: string | null): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.options.databaseUrl ?? '', SYNERGIA_ADMIN_PASSWORD: password ?? '' };
  if (db.options.sqlitePath) env.SYNERGIA_DATA_DIR = dirname(db.options.sqlitePath);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/create-network.ts', ...args], { cwd: gatewayRoot, env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`creating the first network and administrator from the command line (${describeTitle(dialect, skipReason)})`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'cli');
    });
    afterAll(() => db?.close());
    const counts = async () => {
      const em = db.orm.em.fork();
      return [await em.count(Network, {}), await em.count(User, {}), await em.count(RoleGrant, {})];
    };
    const args = ['--name', 'Africa Network on Social Protection', '--acronym', 'ANSP', '--admin-email', 'Admin@Example.org', '--admin-name', 'Kofi Mensah'];

    it('should refuse bad input naming the flag at fault, writing nothing', async () => {
      const result = await createNetwork(db, ['--name', 'A', '--admin-email', 'not-an-address', '--admin-name', 'Kofi Mensah'], 'a-long-password');
      expect(result.code).toBe(1);
      expect(result.output).toContain('--name: ');
      expect(result.output).toContain('--admin-email: must be an e-mail address');
      expect(result.output).not.toMatch(/at \S+\.ts:\d+/);
      expect(await counts()).toEqual([0, 0, 0]);
      const noPassword = await createNetwork(db, args, null);
      expect([noPassword.code, noPassword.output]).toEqual([1, expect.stringContaining('SYNERGIA_ADMIN_PASSWORD')]);
    });

    it('should create the network and an administrator who can then sign in and administer it', async () => {
      const result = await createNetwork(db, args, 'a-long-password');
      expect(result.output).toContain('Created the network "Africa Network on Social Protection" with admin@example.org');
      expect(result.code).toBe(0);

      const app = await buildServer({ orm: db.orm, logger: false });
      await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/graphql`;
        const post = async (query: string, token?: string) =>
          (await (
            await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) })
          ).json()) as { data: any };
        const signIn = await post('mutation { signIn(input: { email: "admin@example.org", password: "a-long-password" }) { token errors { message } } }');
        expect(signIn.data.signIn.errors).toEqual([]);
        const viewer = await post('{ viewer { user { name } roleGrants { role scopeType } networks { name acronym ageBands { label } } } }', signIn.data.signIn.token);
        expect(viewer.data.viewer).toMatchObject({
          user: { name: 'Kofi Mensah' },
          roleGrants: [{ role: 'NETWORK_ADMIN', scopeType: 'NETWORK' }],
          networks: [{ name: 'Africa Network on Social Protection', acronym: 'ANSP' }],
        });
        expect(viewer.data.viewer.networks[0].ageBands.length).toBeGreaterThan(0);
      } finally {
        await app.close();
      }
      expect(await db.orm.em.fork().count(AuditEntry, { entityType: 'Network', action: 'CREATE' })).toBe(1);
    });

    it('should refuse to create the same network or administrator twice', async () => {
      const again = await createNetwork(db, args, 'a-long-password');
      expect(again.code).toBe(1);
      expect(again.output).toContain('--name: A network named Africa Network on Social Protection already exists.');
      expect(await counts()).toEqual([1, 1, 1]);
    });
  });
}
