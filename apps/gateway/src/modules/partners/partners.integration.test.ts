import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Partner, Synergy, SynergyMembership } from '@synergia/domain';
import { persistSeed } from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type GraphQLResponse, type TestGateway } from '../../testing/index.ts';

const createPartner = `mutation Create($input: CreatePartnerInput!) {
  createPartner(input: $input) {
    partner { id name acronym type country countryName version members { women men other total womenShare } memberships { role active synergy { country } } }
    errors { __typename message path ... on ValidationError { field } }
  }
}`;
const updatePartner = `mutation Update($input: UpdatePartnerInput!) {
  updatePartner(input: $input) { partner { id name version website contactName } errors { __typename message path } }
}`;

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`partners on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    let networkId: string;
    let philippines: string;
    let indonesia: string;
    let coordinator: string;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'partners' });
      coordinator = await gateway.signIn('coordinator.ph@example.org');
      const admin = await gateway.signIn('admin@example.org');
      const result = await gateway.graphql('{ networks { id } synergies(first: 10) { edges { node { id country } } } }', {}, admin);
      networkId = result.body.data?.networks[0].id;
      const byCountry = Object.fromEntries(result.body.data?.synergies.edges.map((edge: { node: { id: string; country: string } }) => [edge.node.country, edge.node.id]));
      philippines = byCountry.PH;
      indonesia = byCountry.ID;
    });
    afterAll(() => gateway?.close());

    const rowCounts = async () => {
      const em = gateway.db.orm.em.fork();
      return [await em.count(Partner, {}), await em.count(SynergyMembership, {}), await em.count(AuditEntry, {})];
    };

    it('should list only the partners a coordinator may see, by name, with totals', async () => {
      const result = await gateway.graphql('{ partners(first: 50) { totalCount edges { node { name country } } } }', {}, coordinator);
      const names = result.body.data?.partners.edges.map((edge: { node: { name: string } }) => edge.node.name);
      // Six Philippine members plus the two partners without a synergy; no Indonesian member.
      expect(result.body.data?.partners.totalCount).toBe(8);
      expect(names).toEqual([...names].sort());
      expect(names).toContain('Cebu Transport Workers Association');
      expect(names).not.toContain('Java Home-Based Workers Network');
    });

    it("should bring each partner's current memberships in the page's own statement, as the partner itself answers them", async () => {
      const admin = await gateway.signIn('admin@example.org');
      // One ended membership, so that current and all differ (both changes are undone at the end: the tests after
      // this one count the demo's memberships as they are).
      const em = gateway.db.orm.em.fork();
      const ended = (await em.find(SynergyMembership, {}, { orderBy: { id: 'asc' }, limit: 1 }))[0]!;
      await em.getConnection().execute(`update synergy_membership set until = '2020-12-31', since = '2020-01-01' where id = ?`, [ended.id]);
      // And a partner in a second synergy, so that the order of a partner's memberships is compared too.
      const member = (await em.find(SynergyMembership, { id: { $ne: ended.id } }, { orderBy: { id: 'desc' }, limit: 1, populate: ['synergy'] }))[0]!;
      const other = (await em.find(Synergy, { id: { $ne: member.synergy.id }, network: member.synergy.getEntity().network }, { limit: 1 }))[0]!;
      const added = em.create(SynergyMembership, { synergy: other, partner: member.partner, role: 'OBSERVER', since: '2019-05-01' });
      await persistSeed(em as never);
      try {
        const node = 'id name memberships { id role since until active synergy { id } } viewerCan { update }';
        gateway.resetQueryCount();
        const list = await gateway.graphql(`{ partners(first: 100) { edges { node { ${node} } } } }`, {}, admin);
        expect(list.body.errors).toBeUndefined();
        // The page, its total and every partner's current memberships: one statement (authentication aside).
        expect(gateway.queryCount()).toBe(1);
        // Of each membership only what the API shows (membershipListFields): no version or timestamps in its JSON.
        expect(gateway.statementTexts()[0]).toContain("'role'");
        expect(gateway.statementTexts()[0]).not.toMatch(/'(version|created_at|updated_at)'/);
        const nodes = list.body.data?.partners.edges.map((edge: { node: unknown }) => edge.node) as { id: string; memberships: { id: string; active: boolean; until: string | null }[] }[];
        expect(nodes.flatMap((partner) => partner.memberships).every((membership) => membership.active)).toBe(true);
        expect(nodes.flatMap((partner) => partner.memberships).map((membership) => membership.until)).not.toContain('2020-12-31');
        expect(nodes.some((partner) => partner.memberships.length > 1)).toBe(true);

        // The same partners by id: their memberships through the loader, in its order.
        gateway.resetQueryCount();
        const byId = await gateway.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Partner { ${node} } } }`, { ids: nodes.map((partner) => partner.id) }, admin);
        expect(byId.body.data?.nodes).toEqual(nodes);
        // The loader's memberships (its statement aliases them e0) carry the same fields as the page's, which primes it.
        const loaded = gateway.statementTexts().filter((text) => /synergy_membership[`"] as [`"]e0/.test(text));
        expect(loaded).toHaveLength(1);
        expect(loaded[0]).toMatch(/role/);
        expect(loaded[0]).not.toMatch(/created_at|\*/);
        const all = await gateway.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Partner { memberships(includeEnded: true) { active } } } }`, { ids: nodes.map((partner) => partner.id) }, admin);
        const endedCount = (all.body.data?.nodes as { memberships: { active: boolean }[] }[]).flatMap((partner) => partner.memberships).filter((membership) => !membership.active).length;
        expect(endedCount).toBeGreaterThan(0);
      } finally {
        await em.getConnection().execute('delete from synergy_membership where id = ?', [added.id]);
        await em.getConnection().execute('update synergy_membership set until = ?, since = ? where id = ?', [ended.until ?? null, ended.since, ended.id]);
      }
    });

    it('should walk every page with opaque cursors and no duplicates', async () => {
      const admin = await gateway.signIn('admin@example.org');
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 20; page += 1) {
        const result: GraphQLResponse = await gateway.graphql(
          'query P($after: String) { partners(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }',
          { after },
          admin,
        );
        const connection = result.body.data?.partners;
        total = connection.totalCount;
        seen.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(total).toBe(27);
      expect(seen).toHaveLength(27);
      expect(new Set(seen).size).toBe(27);
    });

    it('should search by name or acronym ignoring case', async () => {
      const result = await gateway.graphql('{ partners(filter: { search: "kalinga" }) { edges { node { acronym } } } }', {}, coordinator);
      expect(result.body.data?.partners.edges).toEqual([{ node: { acronym: 'KHM' } }]);
      const byAcronym = await gateway.graphql('{ partners(filter: { search: "dwam" }) { totalCount } }', {}, coordinator);
      expect(byAcronym.body.data?.partners.totalCount).toBe(1);
    });

    it('should name the argument when a page size or cursor is bad', async () => {
      const tooMany = await gateway.graphql('{ partners(first: 1000) { totalCount } }', {}, coordinator);
      expect(tooMany.body.errors?.[0]).toMatchObject({ message: 'first: must be a whole number from 0 to 100', extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
      const badCursor = await gateway.graphql('{ partners(after: "nonsense") { totalCount } }', {}, coordinator);
      expect(badCursor.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    });

    it('should let a coordinator create a partner in their synergy, joining it at once and recording the change', async () => {
      const result = await gateway.graphql(
        createPartner,
        { input: { networkId, synergyId: philippines, name: 'Davao Street Food Vendors', acronym: 'DSFV', type: 'INFORMAL_WORKERS_ORGANISATION', country: 'ph', members: { women: 300, men: 100 } } },
        coordinator,
      );
      expect(result.body.data?.createPartner.errors).toEqual([]);
      expect(result.body.data?.createPartner.partner).toMatchObject({
        name: 'Davao Street Food Vendors',
        country: 'PH',
        countryName: 'Philippines',
        version: 1,
        members: { women: 300, men: 100, other: null, total: 400, womenShare: 0.75 },
        memberships: [{ role: 'MEMBER', active: true, synergy: { country: 'PH' } }],
      });
      const entries = await gateway.db.orm.em.fork().find(AuditEntry, { entityType: 'Partner', action: 'CREATE', actorId: { $ne: null } });
      expect(entries.map((entry) => (entry.after as { name: string }).name)).toContain('Davao Street Food Vendors');
    });

    it('should answer every bad field at once, naming each, and write nothing', async () => {
      const before = await rowCounts();
      const result = await gateway.graphql(
        createPartner,
        {
          input: {
            networkId,
            synergyId: philippines,
            name: ' ',
            acronym: 'X'.repeat(31),
            type: 'NGO',
            country: 'XX',
            members: { women: -4 },
            contactEmail: 'not an e-mail',
            website: 'javascript:alert(1)',
          },
        },
        coordinator,
      );
      const errors = result.body.data?.createPartner.errors as { __typename: string; field: string; path: string[] }[];
      expect(errors.every((error) => error.__typename === 'ValidationError')).toBe(true);
      expect(errors.map((error) => error.path.join('.')).sort()).toEqual(
        ['input.acronym', 'input.contactEmail', 'input.country', 'input.members.women', 'input.name', 'input.website'].sort(),
      );
      expect(await rowCounts()).toEqual(before);
    });

    it('should refuse a malformed id with a ValidationError naming the field', async () => {
      const result = await gateway.graphql(createPartner, { input: { networkId: 'abc', name: 'Valid Name', type: 'NGO', country: 'PH' } }, coordinator);
      expect(result.body.data?.createPartner.errors).toEqual([
        { __typename: 'ValidationError', message: 'networkId: is not a valid Network id', path: ['input', 'networkId'], field: 'networkId' },
      ]);
    });

    it('should forbid a coordinator to create a partner in another synergy, writing nothing', async () => {
      const before = await rowCounts();
      const result = await gateway.graphql(createPartner, { input: { networkId, synergyId: indonesia, name: 'Sneaky Org', type: 'NGO', country: 'ID' } }, coordinator);
      expect(result.body.data?.createPartner).toMatchObject({ partner: null, errors: [{ __typename: 'ForbiddenError', path: ['input', 'synergyId'] }] });
      expect(await rowCounts()).toEqual(before);
    });

    it('should refuse a duplicate name in the network with a ConflictError on name', async () => {
      const result = await gateway.graphql(createPartner, { input: { networkId, synergyId: philippines, name: 'Kalinga Health Mutual', type: 'NGO', country: 'PH' } }, coordinator);
      expect(result.body.data?.createPartner.errors).toMatchObject([{ __typename: 'ConflictError', path: ['input', 'name'] }]);
    });

    it('should update with the current version and refuse a stale one, changing nothing', async () => {
      const found = await gateway.graphql('{ partners(filter: { search: "Luzon" }) { edges { node { id version } } } }', {}, coordinator);
      const { id, version } = found.body.data!.partners.edges[0].node;
      const first = await gateway.graphql(updatePartner, { input: { id, version, website: 'https://lflu.example.org/new', contactName: 'Ana' } }, coordinator);
      expect(first.body.data?.updatePartner).toMatchObject({ partner: { version: version + 1, website: 'https://lflu.example.org/new', contactName: 'Ana' }, errors: [] });
      const stale = await gateway.graphql(updatePartner, { input: { id, version, name: 'Overwritten' } }, coordinator);
      expect(stale.body.data?.updatePartner).toMatchObject({ partner: null, errors: [{ __typename: 'ConflictError', path: ['input', 'version'] }] });
      const after = await gateway.graphql('query P($id: ID!) { partner(id: $id) { name version } }', { id }, coordinator);
      expect(after.body.data?.partner).toEqual({ name: 'Luzon Federation of Labour Unions', version: version + 1 });
    });

    it('should clear an optional field given as an empty string', async () => {
      const found = await gateway.graphql('{ partners(filter: { search: "Kalinga" }) { edges { node { id version } } } }', {}, coordinator);
      const { id, version } = found.body.data!.partners.edges[0].node;
      const result = await gateway.graphql(updatePartner, { input: { id, version, website: '' } }, coordinator);
      expect(result.body.data?.updatePartner.partner.website).toBeNull();
    });

    it('should let a partner editor update their own partner only', async () => {
      const editor = await gateway.signIn('editor.ph@example.org');
      const own = await gateway.graphql('{ partners { edges { node { id name version } } } }', {}, editor);
      expect(own.body.data?.partners.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Alliance of Filipino Informal Workers']);
      const { id, version } = own.body.data!.partners.edges[0].node;
      const ok = await gateway.graphql(updatePartner, { input: { id, version, contactName: 'Rosa' } }, editor);
      expect(ok.body.data?.updatePartner.errors).toEqual([]);
      const other = await gateway.graphql('{ partners(filter: { search: "Luzon" }) { edges { node { id version } } } }', {}, coordinator);
      const refused = await gateway.graphql(updatePartner, { input: { ...other.body.data?.partners.edges[0].node, contactName: 'X' } }, editor);
      // The editor cannot even see it, so it is "not found" rather than "forbidden".
      expect(refused.body.data?.updatePartner.errors).toMatchObject([{ __typename: 'NotFoundError' }]);
    });

    it('should forbid a network viewer to change a partner they can read, writing nothing', async () => {
      const viewer = await gateway.signIn('viewer@example.org');
      const found = await gateway.graphql('{ partners(filter: { search: "Mekong" }) { edges { node { id version } } } }', {}, viewer);
      const before = await rowCounts();
      const result = await gateway.graphql(updatePartner, { input: { ...found.body.data?.partners.edges[0].node, name: 'Renamed' } }, viewer);
      expect(result.body.data?.updatePartner.errors).toMatchObject([{ __typename: 'ForbiddenError' }]);
      expect(await rowCounts()).toEqual(before);
    });

    it('should hide another synergy’s partner from a coordinator (null, not an error)', async () => {
      const admin = await gateway.signIn('admin@example.org');
      const found = await gateway.graphql('{ partners(filter: { search: "Java Home" }) { edges { node { id } } } }', {}, admin);
      const id = found.body.data?.partners.edges[0].node.id;
      const result = await gateway.graphql('query P($id: ID!) { partner(id: $id) { name } node(id: $id) { id } }', { id }, coordinator);
      expect(result.body.data).toEqual({ partner: null, node: null });
      expect(result.body.errors).toBeUndefined();
    });
  });
}
