import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Session, hashToken } from '@synergia/domain';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';

const viewerQuery = '{ viewer { user { email name } roleGrants { role scopeType } networks { name } } }';

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`sign-in, sessions and roles on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    let networkId: string;
    let adminToken: string;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'users' });
      adminToken = await gateway.signIn('admin@example.org');
      const networks = await gateway.graphql<{ networks: { id: string }[] }>('{ networks { id } }', {}, adminToken);
      networkId = networks.body.data!.networks[0]!.id;
    });
    afterAll(() => gateway?.close());

    const count = (entityName: 'User' | 'RoleGrant') => gateway.db.orm.em.fork().count(entityName, {});

    it('should return a null viewer when the request has no token', async () => {
      const result = await gateway.graphql(viewerQuery);
      expect(result.status).toBe(200);
      expect(result.body.data).toEqual({ viewer: null });
    });

    it('should answer UNAUTHENTICATED when signed-out requests ask for data', async () => {
      const result = await gateway.graphql('{ partners { totalCount } }');
      expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.body.data).toBeNull();
    });

    it('should treat an unknown or garbage token as signed out', async () => {
      expect((await gateway.graphql(viewerQuery, {}, 'not-a-real-token-but-long-enough')).body.data).toEqual({ viewer: null });
      expect((await gateway.graphql(viewerQuery, {}, '../../etc/passwd')).body.data).toEqual({ viewer: null });
    });

    it('should sign in with the demo password and show the viewer with their grants', async () => {
      const token = await gateway.signIn('coordinator.ph@example.org');
      const result = await gateway.graphql(viewerQuery, {}, token);
      expect(result.body.data?.viewer).toEqual({
        user: { email: 'coordinator.ph@example.org', name: 'Maria Reyes' },
        roleGrants: [{ role: 'SYNERGY_COORDINATOR', scopeType: 'SYNERGY' }],
        networks: [{ name: 'Asia Network on the Right to Social Protection' }],
      });
    });

    it('should sign in regardless of the e-mail case', async () => {
      await expect(gateway.signIn('Viewer@Example.org')).resolves.toMatch(/^[A-Za-z0-9_-]{40,}$/);
    });

    it('should refuse a wrong password with a field error and no token', async () => {
      const result = await gateway.graphql(
        'mutation { signIn(input: { email: "admin@example.org", password: "wrong" }) { token viewer { user { email } } errors { __typename message path ... on ValidationError { field } } } }',
      );
      expect(result.body.data?.signIn).toEqual({
        token: null,
        viewer: null,
        errors: [{ __typename: 'ValidationError', message: 'password: the e-mail or password is not right', path: ['input', 'password'], field: 'password' }],
      });
    });

    it('should refuse an empty e-mail naming the field', async () => {
      const result = await gateway.graphql('mutation { signIn(input: { email: " ", password: "x" }) { token errors { path } } }');
      expect(result.body.data?.signIn.errors).toEqual([{ path: ['input', 'email'] }]);
    });

    it('should store sessions hashed, never the token itself', async () => {
      const token = await gateway.signIn('reviewer@example.org');
      const sessions = await gateway.db.orm.em.fork().find(Session, {});
      expect(sessions.length).toBeGreaterThan(0);
      expect(sessions.some((session) => session.tokenHash === token)).toBe(false);
      expect(sessions.every((session) => /^[0-9a-f]{64}$/.test(session.tokenHash))).toBe(true);
    });

    it('should end the session on sign-out so the token stops working', async () => {
      const token = await gateway.signIn('viewer@example.org');
      const signOut = await gateway.graphql('mutation { signOut { signedOut errors { message } } }', {}, token);
      expect(signOut.body.data?.signOut).toEqual({ signedOut: true, errors: [] });
      expect((await gateway.graphql(viewerQuery, {}, token)).body.data).toEqual({ viewer: null });
    });

    it("should slide a session's expiry when it is used an hour or more after it was last seen, and write nothing sooner", async () => {
      const token = await gateway.signIn('editor.ph@example.org');
      const sessionOf = () => gateway.db.orm.em.fork().findOneOrFail(Session, { tokenHash: hashToken(token) });
      const { id } = await sessionOf();
      await gateway.db.orm.em.fork().nativeUpdate(Session, { id }, { lastSeenAt: new Date(Date.now() - 2 * 3_600_000), expiresAt: new Date(Date.now() + 3_600_000) });
      const before = Date.now();
      const first = await gateway.graphql<{ viewer: { sessionExpiresAt: string; user: { email: string } } }>('{ viewer { sessionExpiresAt user { email } } }', {}, token);
      expect(first.body.data?.viewer.user.email).toBe('editor.ph@example.org');
      const touched = await sessionOf();
      expect(touched.lastSeenAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(touched.expiresAt.getTime()).toBeGreaterThan(before + 29 * 24 * 3_600_000);
      expect(Math.abs(new Date(first.body.data!.viewer.sessionExpiresAt).getTime() - touched.expiresAt.getTime())).toBeLessThan(1000);
      await gateway.graphql('{ viewer { user { email } } }', {}, token);
      expect((await sessionOf()).lastSeenAt.getTime()).toBe(touched.lastSeenAt.getTime());
    });

    it('should reject an expired session', async () => {
      const token = await gateway.signIn('viewer@example.org');
      const em = gateway.db.orm.em.fork();
      await em.nativeUpdate(Session, {}, { expiresAt: new Date(Date.now() - 1000) });
      expect((await gateway.graphql(viewerQuery, {}, token)).body.data).toEqual({ viewer: null });
    });

    describe('managing people', () => {
      const createUser = `mutation CreateUser($input: CreateUserInput!) {
        createUser(input: $input) { user { id email roleGrants { role } } errors { __typename message path } }
      }`;
      const grantRole = `mutation Grant($input: GrantRoleInput!) {
        grantRole(input: $input) { roleGrant { id role scopeType scope { __typename ... on Synergy { name } } user { email } } errors { __typename message path } }
      }`;

      it('should let a network admin create a user, grant a role and revoke it, recording each change', async () => {
        const admin = await gateway.signIn('admin@example.org');
        const created = await gateway.graphql(createUser, { input: { networkId, email: 'New.Person@example.org', name: 'New Person', password: 'a-long-password' } }, admin);
        expect(created.body.data?.createUser.errors).toEqual([]);
        const userId = created.body.data?.createUser.user.id as string;
        expect(created.body.data?.createUser.user.email).toBe('new.person@example.org');

        const synergies = await gateway.graphql('{ synergies(filter: { countries: ["KH"] }) { edges { node { id } } } }', {}, admin);
        const cambodia = synergies.body.data?.synergies.edges[0].node.id as string;
        const granted = await gateway.graphql(grantRole, { input: { userId, role: 'SYNERGY_COORDINATOR', scopeId: cambodia } }, admin);
        expect(granted.body.data?.grantRole).toMatchObject({
          roleGrant: { role: 'SYNERGY_COORDINATOR', scopeType: 'SYNERGY', scope: { __typename: 'Synergy', name: 'Cambodian Social Protection Synergy' }, user: { email: 'new.person@example.org' } },
          errors: [],
        });
        const newToken = await gateway.signIn('new.person@example.org', 'a-long-password');
        const seen = await gateway.graphql('{ synergies { edges { node { country } } } }', {}, newToken);
        expect(seen.body.data?.synergies.edges).toEqual([{ node: { country: 'KH' } }]);

        const revoke = await gateway.graphql(
          'mutation R($input: RevokeRoleInput!) { revokeRole(input: $input) { revokedRoleGrantId errors { message } } }',
          { input: { roleGrantId: granted.body.data?.grantRole.roleGrant.id } },
          admin,
        );
        expect(revoke.body.data?.revokeRole).toEqual({ revokedRoleGrantId: granted.body.data?.grantRole.roleGrant.id, errors: [] });
        const after = await gateway.graphql('{ synergies { totalCount } }', {}, newToken);
        expect(after.body.data?.synergies.totalCount).toBe(0);

        const log = await gateway.db.orm.em.fork().find(AuditEntry, { entityType: { $in: ['User', 'RoleGrant'] }, actorId: { $ne: null } }, { orderBy: { at: 'asc' } });
        expect(log.map((entry) => `${entry.action} ${entry.entityType}`)).toEqual(['CREATE User', 'CREATE RoleGrant', 'DELETE RoleGrant']);
        expect(JSON.stringify(log[0]!.after)).toContain('[redacted]');
      });

      it('should refuse a role that does not fit its scope, naming scopeId', async () => {
        const admin = await gateway.signIn('admin@example.org');
        const users = await gateway.graphql('query U($n: ID!) { users(networkId: $n, search: "Rahul") { edges { node { id } } } }', { n: networkId }, admin);
        const reviewer = users.body.data?.users.edges[0].node.id;
        const result = await gateway.graphql(grantRole, { input: { userId: reviewer, role: 'PARTNER_EDITOR', scopeId: networkId } }, admin);
        expect(result.body.data?.grantRole.errors).toEqual([
          { __typename: 'ValidationError', message: 'scopeId: PARTNER_EDITOR is granted on a partner, not on a network', path: ['input', 'scopeId'] },
        ]);
      });

      it('should forbid a coordinator to create users or grant roles, writing nothing', async () => {
        const coordinator = await gateway.signIn('coordinator.ph@example.org');
        const [users, grants] = [await count('User'), await count('RoleGrant')];
        const created = await gateway.graphql(createUser, { input: { networkId, email: 'x@example.org', name: 'X Person', password: 'a-long-password' } }, coordinator);
        expect(created.body.data?.createUser).toMatchObject({ user: null, errors: [{ __typename: 'ForbiddenError' }] });
        const me = await gateway.graphql<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }', {}, coordinator);
        const granted = await gateway.graphql(grantRole, { input: { userId: me.body.data!.viewer.user.id, role: 'NETWORK_ADMIN', scopeId: networkId } }, coordinator);
        expect(granted.body.data?.grantRole).toMatchObject({ roleGrant: null, errors: [{ __typename: 'ForbiddenError' }] });
        expect([await count('User'), await count('RoleGrant')]).toEqual([users, grants]);
      });

      it('should keep the last network admin from being revoked', async () => {
        const admin = await gateway.signIn('admin@example.org');
        const viewer = await gateway.graphql('{ viewer { roleGrants { id role } } }', {}, admin);
        const adminGrant = viewer.body.data?.viewer.roleGrants.find((grant: { role: string }) => grant.role === 'NETWORK_ADMIN');
        const result = await gateway.graphql(
          'mutation R($input: RevokeRoleInput!) { revokeRole(input: $input) { revokedRoleGrantId errors { __typename } } }',
          { input: { roleGrantId: adminGrant.id } },
          admin,
        );
        expect(result.body.data?.revokeRole).toEqual({ revokedRoleGrantId: null, errors: [{ __typename: 'ConflictError' }] });
      });

      it('should refuse a duplicate e-mail and a short password with field errors', async () => {
        const admin = await gateway.signIn('admin@example.org');
        const result = await gateway.graphql(createUser, { input: { networkId, email: 'not-an-email', name: 'A', password: 'short' } }, admin);
        expect(result.body.data?.createUser.errors.map((error: { path: string[] }) => error.path.at(-1)).sort()).toEqual(['email', 'name', 'password']);
        const duplicate = await gateway.graphql(createUser, { input: { networkId, email: 'ADMIN@example.org', name: 'Admin Two', password: 'a-long-password' } }, admin);
        expect(duplicate.body.data?.createUser.errors).toMatchObject([{ __typename: 'ConflictError', path: ['input', 'email'] }]);
      });

      it('should not list users to a coordinator', async () => {
        const coordinator = await gateway.signIn('coordinator.ph@example.org');
        const result = await gateway.graphql('query U($n: ID!) { users(networkId: $n) { totalCount } }', { n: networkId }, coordinator);
        expect(result.body.data?.users.totalCount).toBe(0);
      });
    });
  });
}
