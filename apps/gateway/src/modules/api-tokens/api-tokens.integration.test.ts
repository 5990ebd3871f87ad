import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Activity, ApiToken, AuditEntry } from '@synergia/domain';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';

const errorFields = 'errors { __typename message path ... on ValidationError { field } }';
const tokenFields = 'id name access prefix createdAt expiresAt lastUsedAt revokedAt active scopes { id role scopeType }';
const createToken = `mutation Create($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { ${tokenFields} } ${errorFields} } }`;
const revokeToken = `mutation Revoke($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { ${tokenFields} } ${errorFields} } }`;
const myTokens = `{ viewer { apiTokens { ${tokenFields} } } }`;
const createActivity = `mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { activity { id title } ${errorFields} } }`;

type CreatedToken = { token: string | null; apiToken: Record<string, any> | null; errors: Record<string, unknown>[] };

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`personal API tokens on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    let admin: string;
    let coordinator: string;
    let editor: string;
    let networkId: string;
    let indonesia: { synergyId: string; partnerId: string; activityId: string };
    let editorPartnerId: string;

    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'api_tokens' });
      [admin, coordinator, editor] = await Promise.all([
        gateway.signIn('admin@example.org'),
        gateway.signIn('coordinator.ph@example.org'),
        gateway.signIn('editor.ph@example.org'),
      ]);
      networkId = (await gateway.graphql('{ networks { id } }', {}, admin)).body.data?.networks[0].id;
      const synergies = await gateway.graphql(
        '{ synergies(filter: { countries: ["ID"] }) { edges { node { id partners(first: 1) { edges { node { id } } } } } } }',
        {},
        admin,
      );
      const synergy = synergies.body.data?.synergies.edges[0].node;
      const activities = await gateway.graphql(
        'query A($id: ID!) { activities(filter: { synergyId: $id }, first: 1) { edges { node { id } } } }',
        { id: synergy.id },
        admin,
      );
      indonesia = { synergyId: synergy.id, partnerId: synergy.partners.edges[0].node.id, activityId: activities.body.data?.activities.edges[0].node.id };
      const viewer = await gateway.graphql('{ viewer { roleGrants { role scope { ... on Partner { id } } } } }', {}, editor);
      editorPartnerId = viewer.body.data?.viewer.roleGrants[0].scope.id;
    });
    afterAll(() => gateway?.close());

    const create = async (session: string, input: Record<string, unknown>) =>
      (await gateway.graphql<{ createApiToken: CreatedToken }>(createToken, { input: { expiresInDays: 30, access: 'READ_WRITE', ...input } }, session)).body.data!
        .createApiToken;
    const tokenRows = () => gateway.db.orm.em.fork().count(ApiToken, {});
    const activityRows = () => gateway.db.orm.em.fork().count(Activity, {});
    const activityInput = (title: string) => ({
      partnerId: editorPartnerId,
      type: 'BASIC_TRAINING',
      title,
      startDate: '2026-02-10',
      endDate: '2026-02-11',
      branches: ['MATERNITY'],
      status: 'PLANNED',
      participants: [],
      genderMarker: {
        score: 0,
        criteria: { genderAnalysis: false, analysisShapedDesign: false, genderObjectiveAndIndicator: false, sexDisaggregatedData: false, genderMonitoringCommitment: false },
        principalObjective: false,
      },
    });

    it('should create a token shown once, store only its hash, authenticate with it, record its use and stop it on revoke', async () => {
      const created = await create(coordinator, { name: '  Membership sync  ' });
      expect(created.errors).toEqual([]);
      const secret = created.token!;
      expect(secret).toMatch(/^syn_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
      expect(created.apiToken).toMatchObject({ name: 'Membership sync', access: 'READ_WRITE', active: true, lastUsedAt: null, revokedAt: null });
      expect(secret.startsWith(`${created.apiToken!.prefix}_`)).toBe(true);
      // By default the token is limited to every grant the user holds now.
      expect(created.apiToken!.scopes).toMatchObject([{ role: 'SYNERGY_COORDINATOR', scopeType: 'SYNERGY' }]);

      // Only the SHA-256 of the secret is stored, nowhere the secret itself.
      const rows = await gateway.db.orm.em.getConnection().execute('select * from api_token');
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toBe(createHash('sha256').update(secret).digest('hex'));
      expect(JSON.stringify(rows)).not.toContain(secret.slice(13));

      const used = await gateway.graphql('{ viewer { user { email } } synergies { edges { node { country } } } }', {}, secret);
      expect(used.body.errors).toBeUndefined();
      expect(used.body.data).toEqual({ viewer: { user: { email: 'coordinator.ph@example.org' } }, synergies: { edges: [{ node: { country: 'PH' } }] } });

      const listed = await gateway.graphql(myTokens, {}, coordinator);
      const [mine] = listed.body.data!.viewer.apiTokens;
      expect(mine).toMatchObject({ id: created.apiToken!.id, name: 'Membership sync', active: true });
      expect(Date.parse(mine.lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(JSON.stringify(listed.body)).not.toContain(secret);

      const revoked = await gateway.graphql(revokeToken, { input: { id: created.apiToken!.id } }, coordinator);
      expect(revoked.body.data?.revokeApiToken).toMatchObject({ apiToken: { active: false }, errors: [] });
      expect(revoked.body.data?.revokeApiToken.apiToken.revokedAt).not.toBeNull();
      const refused = await gateway.graphql('{ partners { totalCount } }', {}, secret);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await gateway.graphql('{ viewer { user { email } } }', {}, secret)).body.data).toEqual({ viewer: null });

      // The log has the creation and the revocation, never the hash and never each use.
      const log = await gateway.db.orm.em.fork().find(AuditEntry, { entityType: 'ApiToken' }, { orderBy: { at: 'asc' } });
      expect(log.map((entry) => entry.action)).toEqual(['CREATE', 'UPDATE']);
      expect(log[0]!.after).toMatchObject({ name: 'Membership sync', tokenHash: '[redacted]' });
      expect(Object.keys(log[1]!.after ?? {})).toEqual(['revokedAt']);
      expect(JSON.stringify(log)).not.toContain(rows[0].token_hash);
    });

    it('should answer UNAUTHENTICATED to an expired token', async () => {
      const created = await create(coordinator, { name: 'Soon expired' });
      await gateway.db.orm.em.fork().nativeUpdate(ApiToken, { name: 'Soon expired' }, { expiresAt: new Date(Date.now() - 1000) });
      const result = await gateway.graphql('{ synergies { totalCount } }', {}, created.token);
      expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const listed = await gateway.graphql(myTokens, {}, coordinator);
      expect(listed.body.data?.viewer.apiTokens.find((token: { name: string }) => token.name === 'Soon expired').active).toBe(false);
    });

    it('should answer UNAUTHENTICATED to an unknown or malformed token', async () => {
      for (const bearer of [`syn_00000000_${'A'.repeat(43)}`, 'syn_garbage']) {
        const result = await gateway.graphql('{ synergies { totalCount } }', {}, bearer);
        expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    });

    it('should refuse every mutation with a read-only token before it runs, and let a read-write token write', async () => {
      const readOnly = (await create(editor, { name: 'Reporting script', access: 'READ_ONLY' })).token!;
      const readWrite = (await create(editor, { name: 'Import job', access: 'READ_WRITE' })).token!;
      const [activities, audit] = [await activityRows(), await gateway.db.orm.em.fork().count(AuditEntry, {})];

      const refused = await gateway.graphql(createActivity, { input: activityInput('Read-only should not write') }, readOnly);
      expect(refused.status).toBe(403);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors).toEqual([
        { message: 'This API token is read-only: read-only tokens cannot run mutations. Use a read-write token.', extensions: { code: 'FORBIDDEN' } },
      ]);
      expect([await activityRows(), await gateway.db.orm.em.fork().count(AuditEntry, {})]).toEqual([activities, audit]);
      // Queries still work, and what the token may do says so.
      const read = await gateway.graphql('query P($id: ID!) { partner(id: $id) { name viewerCan { update } } }', { id: editorPartnerId }, readOnly);
      expect(read.body.data?.partner.viewerCan).toEqual({ update: false });

      const written = await gateway.graphql(createActivity, { input: activityInput('Written with a token') }, readWrite);
      expect(written.body.data?.createActivity).toMatchObject({ activity: { title: 'Written with a token' }, errors: [] });
      expect(await activityRows()).toBe(activities + 1);
    });

    it('should act only with the grants a token is limited to, and lose a grant the user loses', async () => {
      const email = `two.roles.${dialect}@example.org`;
      const user = await gateway.graphql(
        'mutation U($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { message } } }',
        { input: { networkId, email, name: 'Two Roles', password: 'a-long-password' } },
        admin,
      );
      const userId = user.body.data?.createUser.user.id;
      const ph = (await gateway.graphql('{ synergies(filter: { countries: ["PH"] }) { edges { node { id } } } }', {}, admin)).body.data?.synergies.edges[0].node.id;
      const grant = async (role: string, scopeId: string) =>
        (await gateway.graphql('mutation G($input: GrantRoleInput!) { grantRole(input: $input) { roleGrant { id } errors { message } } }', { input: { userId, role, scopeId } }, admin))
          .body.data?.grantRole.roleGrant.id as string;
      const coordinatorGrant = await grant('SYNERGY_COORDINATOR', ph);
      const editorGrant = await grant('PARTNER_EDITOR', indonesia.partnerId);
      const session = await gateway.signIn(email, 'a-long-password');

      const phOnly = await create(session, { name: 'PH only', scopeRoleGrantIds: [coordinatorGrant] });
      expect(phOnly.apiToken?.scopes).toEqual([{ id: coordinatorGrant, role: 'SYNERGY_COORDINATOR', scopeType: 'SYNERGY' }]);
      const idOnly = await create(session, { name: 'ID partner only', scopeRoleGrantIds: [editorGrant] });
      const both = await create(session, { name: 'Both' });
      expect(both.apiToken?.scopes.map((scope: { id: string }) => scope.id)).toEqual([coordinatorGrant, editorGrant]);

      const reach = `query R($partner: ID!, $synergy: ID!) {
        viewer { roleGrants { role } }
        synergies { edges { node { country } } }
        partner(id: $partner) { id }
        activities(filter: { synergyId: $synergy }) { totalCount }
      }`;
      const vars = { partner: indonesia.partnerId, synergy: indonesia.synergyId };
      const asPh = (await gateway.graphql(reach, vars, phOnly.token)).body.data;
      expect(asPh).toMatchObject({ viewer: { roleGrants: [{ role: 'SYNERGY_COORDINATOR' }] }, synergies: { edges: [{ node: { country: 'PH' } }] }, partner: null });
      expect(asPh?.activities.totalCount).toBe(0);
      const asId = (await gateway.graphql(reach, vars, idOnly.token)).body.data;
      expect(asId).toMatchObject({ viewer: { roleGrants: [{ role: 'PARTNER_EDITOR' }] }, synergies: { edges: [{ node: { country: 'ID' } }] }, partner: { id: indonesia.partnerId } });
      const asBoth = (await gateway.graphql(reach, vars, both.token)).body.data;
      expect(asBoth?.synergies.edges.map((edge: { node: { country: string } }) => edge.node.country).sort()).toEqual(['ID', 'PH']);

      // Revoking the role takes it from every token too.
      await gateway.graphql('mutation R($input: RevokeRoleInput!) { revokeRole(input: $input) { errors { message } } }', { input: { roleGrantId: editorGrant } }, admin);
      expect((await gateway.graphql(reach, vars, idOnly.token)).body.data).toMatchObject({ viewer: { roleGrants: [] }, synergies: { edges: [] }, partner: null });
      expect((await gateway.graphql(reach, vars, both.token)).body.data).toMatchObject({ synergies: { edges: [{ node: { country: 'PH' } }] }, partner: null });
    });

    it("should keep a coordinator's token out of another synergy's partners and activities", async () => {
      const token = (await create(coordinator, { name: 'Coordinator script' })).token!;
      const result = await gateway.graphql(
        `query R($partner: ID!, $activity: ID!, $synergy: ID!) {
          partner(id: $partner) { id } activity(id: $activity) { id } synergy(id: $synergy) { id }
          activities(filter: { synergyId: $synergy }) { totalCount }
          partners(first: 100) { edges { node { id } } }
        }`,
        { partner: indonesia.partnerId, activity: indonesia.activityId, synergy: indonesia.synergyId },
        token,
      );
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data).toMatchObject({ partner: null, activity: null, synergy: null, activities: { totalCount: 0 } });
      expect(result.body.data?.partners.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(indonesia.partnerId);
    });

    it('should refuse bad input naming the field, writing nothing', async () => {
      const adminGrant = (await gateway.graphql('{ viewer { roleGrants { id } } }', {}, admin)).body.data?.viewer.roleGrants[0].id;
      const before = await tokenRows();
      const cases: [Record<string, unknown>, string][] = [
        [{ name: '   ' }, 'name'],
        [{ name: 'x'.repeat(101) }, 'name'],
        [{ name: 'Past', expiresInDays: null, expiresAt: new Date(Date.now() - 60_000).toISOString() }, 'expiresAt'],
        [{ name: 'Too far', expiresInDays: null, expiresAt: new Date(Date.now() + 400 * 24 * 3600_000).toISOString() }, 'expiresAt'],
        [{ name: 'No expiry', expiresInDays: null }, 'expiresAt'],
        [{ name: 'Too many days', expiresInDays: 366 }, 'expiresInDays'],
        [{ name: 'Not mine', scopeRoleGrantIds: [adminGrant] }, 'scopeRoleGrantIds'],
        [{ name: 'Not a grant', scopeRoleGrantIds: [networkId] }, 'scopeRoleGrantIds'],
        [{ name: 'Empty scope', scopeRoleGrantIds: [] }, 'scopeRoleGrantIds'],
      ];
      for (const [input, field] of cases) {
        const result = await create(coordinator, input);
        expect(result, JSON.stringify(input)).toMatchObject({ token: null, apiToken: null, errors: [{ __typename: 'ValidationError', field, path: ['input', field] }] });
      }
      expect(await tokenRows()).toBe(before);
    });

    it('should not let an API token create tokens, sign out, or revoke someone else’s token', async () => {
      const created = await create(coordinator, { name: 'Worker' });
      const minted = await create(created.token!, { name: 'Minted by a token' });
      expect(minted).toMatchObject({ token: null, errors: [{ __typename: 'ForbiddenError' }] });

      const signOut = await gateway.graphql('mutation { signOut { signedOut errors { __typename message } } }', {}, created.token);
      expect(signOut.body.data?.signOut).toMatchObject({ signedOut: false, errors: [{ __typename: 'ForbiddenError' }] });
      expect((await gateway.graphql('{ viewer { user { email } } }', {}, created.token)).body.data?.viewer).not.toBeNull();

      const someoneElses = await gateway.graphql(revokeToken, { input: { id: created.apiToken!.id } }, editor);
      expect(someoneElses.body.data?.revokeApiToken).toMatchObject({ apiToken: null, errors: [{ __typename: 'NotFoundError', path: ['input', 'id'] }] });
      expect((await gateway.graphql(myTokens, {}, editor)).body.data?.viewer.apiTokens.map((token: { name: string }) => token.name)).not.toContain('Worker');
      const node = await gateway.graphql('query N($id: ID!) { node(id: $id) { id } }', { id: created.apiToken!.id }, editor);
      expect(node.body.data?.node).toBeNull();
    });
  });
}
