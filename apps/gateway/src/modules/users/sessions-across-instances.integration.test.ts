import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/core';
import { openDatabase } from '@synergia/domain';
import { buildServer } from '../../server.ts';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';

// Two gateway instances on one PostgreSQL database, as behind a load balancer: each keeps the sessions it has
// looked up, and a sign-out or a revoked role on one must take effect on the other (docs/operations.md).
const { skipReason } = dialects.find((item) => item.dialect === 'postgresql')!;

/** Waits until `check` holds: the other instance hears of a change when PostgreSQL notifies it, milliseconds after the commit. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not true after 2 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.skipIf(skipReason !== null)(`sessions across gateway instances on ${describeTitle('postgresql', skipReason)}`, () => {
  let first: TestGateway;
  let secondOrm: MikroORM;
  let second: FastifyInstance;
  let secondUrl: string;

  beforeAll(async () => {
    first = await startTestGateway({ dialect: 'postgresql', label: 'instances' });
    secondOrm = await openDatabase(first.db.options);
    second = await buildServer({ orm: secondOrm, logger: false });
    await second.listen({ port: 0, host: '127.0.0.1' });
    const address = second.server.address();
    secondUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  });
  afterAll(async () => {
    await second?.close();
    await secondOrm?.close(true);
    await first?.close();
  });

  /** A query sent to the second instance. */
  const onSecond = async (query: string, token: string) => {
    const response = await fetch(secondUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };
  };
  const viewerOnSecond = async (token: string) => (await onSecond('{ viewer { user { email } roleGrants { role } } }', token)).data?.viewer ?? null;

  it('should end a session on every instance when it signs out on one', async () => {
    const token = await first.signIn('coordinator.ph@example.org');
    expect(await viewerOnSecond(token)).toMatchObject({ user: { email: 'coordinator.ph@example.org' } });
    expect(await viewerOnSecond(token)).toMatchObject({ user: { email: 'coordinator.ph@example.org' } });

    const signedOut = await first.graphql('mutation { signOut { signedOut errors { message } } }', {}, token);
    expect(signedOut.body.data?.signOut).toEqual({ signedOut: true, errors: [] });
    await eventually(async () => (await viewerOnSecond(token)) === null, 'the second instance no longer knows the session');
    expect(await first.graphql('{ viewer { user { email } } }', {}, token)).toMatchObject({ body: { data: { viewer: null } } });
  });

  it('should take a revoked role away on every instance', async () => {
    const admin = await first.signIn('admin@example.org');
    const token = await first.signIn('coordinator.id@example.org');
    const visibleSynergies = async () => (await onSecond('{ synergies { totalCount } }', token)).data?.synergies.totalCount as number;
    // What the second instance shows follows from the grants it looked up with the session (and kept).
    expect(await visibleSynergies()).toBe(1);
    expect(await visibleSynergies()).toBe(1);
    const grants = (await first.graphql<{ viewer: { roleGrants: { id: string; role: string }[] } }>('{ viewer { roleGrants { id role } } }', {}, token)).body.data!.viewer.roleGrants;
    expect(grants.map(({ role }) => role)).toEqual(['SYNERGY_COORDINATOR']);

    const revoked = await first.graphql(
      'mutation R($input: RevokeRoleInput!) { revokeRole(input: $input) { revokedRoleGrantId errors { message } } }',
      { input: { roleGrantId: grants[0]!.id } },
      admin,
    );
    expect(revoked.body.data?.revokeRole).toEqual({ revokedRoleGrantId: grants[0]!.id, errors: [] });
    await eventually(async () => (await visibleSynergies()) === 0, 'the second instance acts without the revoked role');
  });
});
