import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Synergy, SynergyMembership } from '@synergia/domain';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';

const createSynergy = `mutation C($input: CreateSynergyInput!) {
  createSynergy(input: $input) { synergy { id name country countryName status version partnerCount network { acronym } } errors { __typename message path } }
}`;
const addMember = `mutation A($input: AddSynergyMemberInput!) {
  addSynergyMember(input: $input) { membership { id role since until active partner { name } synergy { country } } errors { __typename message path } }
}`;
const endMembership = `mutation E($input: EndSynergyMembershipInput!) {
  endSynergyMembership(input: $input) { membership { id until active } errors { __typename message path } }
}`;

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`synergies and memberships on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    let networkId: string;
    let admin: string;
    let coordinator: string;
    let philippines: string;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'synergies' });
      admin = await gateway.signIn('admin@example.org');
      coordinator = await gateway.signIn('coordinator.ph@example.org');
      const result = await gateway.graphql('{ networks { id } synergies(filter: { countries: ["PH"] }) { edges { node { id } } } }', {}, admin);
      networkId = result.body.data?.networks[0].id;
      philippines = result.body.data?.synergies.edges[0].node.id;
    });
    afterAll(() => gateway?.close());

    const unaffiliated = async (token: string) =>
      (await gateway.graphql('{ partners(filter: { unaffiliated: true }) { edges { node { id name } } } }', {}, token)).body.data?.partners.edges.map(
        (edge: { node: { id: string; name: string } }) => edge.node,
      );

    it('should show the network its synergies by country with partner counts', async () => {
      const result = await gateway.graphql('{ synergies { totalCount edges { node { country countryName partnerCount status } } } }', {}, admin);
      expect(result.body.data?.synergies.totalCount).toBe(5);
      expect(result.body.data?.synergies.edges.map((edge: { node: { country: string; partnerCount: number } }) => [edge.node.country, edge.node.partnerCount])).toEqual([
        ['ID', 5],
        ['IN', 7],
        ['KH', 4],
        ['NP', 3],
        ['PH', 6],
      ]);
    });

    it('should filter synergies by country name, status and network', async () => {
      const byName = await gateway.graphql('{ synergies(filter: { search: "nepal" }) { edges { node { country } } } }', {}, admin);
      expect(byName.body.data?.synergies.edges).toEqual([{ node: { country: 'NP' } }]);
      const byStatus = await gateway.graphql('{ synergies(filter: { statuses: [DORMANT] }) { totalCount } }', {}, admin);
      expect(byStatus.body.data?.synergies.totalCount).toBe(0);
      const byNetwork = await gateway.graphql('query S($n: ID!) { network(id: $n) { synergyCount partnerCount synergies(filter: { countries: ["KH"] }) { totalCount } } }', { n: networkId }, admin);
      expect(byNetwork.body.data?.network).toEqual({ synergyCount: 5, partnerCount: 27, synergies: { totalCount: 1 } });
    });

    it('should let a network admin create a synergy', async () => {
      const result = await gateway.graphql(createSynergy, { input: { networkId, name: 'Viet Nam Synergy for Social Protection', country: 'vn' } }, admin);
      expect(result.body.data?.createSynergy).toEqual({
        synergy: {
          id: expect.any(String),
          name: 'Viet Nam Synergy for Social Protection',
          country: 'VN',
          countryName: 'Vietnam',
          status: 'FORMING',
          version: 1,
          partnerCount: 0,
          network: { acronym: 'ANRSP' },
        },
        errors: [],
      });
    });

    it('should refuse an unknown country and a duplicate name, naming the fields, writing nothing', async () => {
      const before = await gateway.db.orm.em.fork().count(Synergy, {});
      const unknown = await gateway.graphql(createSynergy, { input: { networkId, name: 'Atlantis Synergy', country: 'QQ' } }, admin);
      expect(unknown.body.data?.createSynergy.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'country'] }]);
      const duplicate = await gateway.graphql(createSynergy, { input: { networkId, name: 'Nepal Synergy for Social Security', country: 'NP' } }, admin);
      expect(duplicate.body.data?.createSynergy.errors).toMatchObject([{ __typename: 'ConflictError', path: ['input', 'name'] }]);
      const overlong = await gateway.graphql(createSynergy, { input: { networkId, name: 'N'.repeat(201), country: 'NP' } }, admin);
      expect(overlong.body.data?.createSynergy.errors).toMatchObject([{ message: 'name: must have at most 200 characters', path: ['input', 'name'] }]);
      expect(await gateway.db.orm.em.fork().count(Synergy, {})).toBe(before);
    });

    it('should forbid a coordinator to create a synergy', async () => {
      const result = await gateway.graphql(createSynergy, { input: { networkId, name: 'Thai Synergy', country: 'TH' } }, coordinator);
      expect(result.body.data?.createSynergy).toMatchObject({ synergy: null, errors: [{ __typename: 'ForbiddenError' }] });
    });

    it('should let a coordinator rename their synergy but not another', async () => {
      const own = await gateway.graphql('query S($id: ID!) { synergy(id: $id) { id version } }', { id: philippines }, coordinator);
      const renamed = await gateway.graphql(
        'mutation U($input: UpdateSynergyInput!) { updateSynergy(input: $input) { synergy { name version } errors { __typename } } }',
        { input: { ...own.body.data?.synergy, name: 'Philippine Synergy for Social Protection (PSSP)' } },
        coordinator,
      );
      expect(renamed.body.data?.updateSynergy).toEqual({ synergy: { name: 'Philippine Synergy for Social Protection (PSSP)', version: 2 }, errors: [] });
      const other = await gateway.graphql('{ synergies(filter: { countries: ["IN"] }) { edges { node { id version } } } }', {}, admin);
      const refused = await gateway.graphql(
        'mutation U($input: UpdateSynergyInput!) { updateSynergy(input: $input) { synergy { name } errors { __typename } } }',
        { input: { ...other.body.data?.synergies.edges[0].node, name: 'Taken over' } },
        coordinator,
      );
      expect(refused.body.data?.updateSynergy.errors).toEqual([{ __typename: 'NotFoundError' }]);
    });

    it('should add an unaffiliated partner to the synergy, then end the membership keeping its history', async () => {
      const [cebu] = (await unaffiliated(coordinator)).filter((partner: { name: string }) => partner.name.startsWith('Cebu'));
      const added = await gateway.graphql(addMember, { input: { synergyId: philippines, partnerId: cebu.id, role: 'OBSERVER', since: '2025-01-15' } }, coordinator);
      expect(added.body.data?.addSynergyMember).toMatchObject({
        membership: { role: 'OBSERVER', since: '2025-01-15', until: null, active: true, partner: { name: 'Cebu Transport Workers Association' }, synergy: { country: 'PH' } },
        errors: [],
      });
      expect((await unaffiliated(coordinator)).map((partner: { name: string }) => partner.name)).not.toContain('Cebu Transport Workers Association');

      const again = await gateway.graphql(addMember, { input: { synergyId: philippines, partnerId: cebu.id } }, coordinator);
      expect(again.body.data?.addSynergyMember.errors).toMatchObject([{ __typename: 'ConflictError', path: ['input', 'partnerId'] }]);

      const membershipId = added.body.data?.addSynergyMember.membership.id;
      const tooEarly = await gateway.graphql(endMembership, { input: { membershipId, until: '2024-12-31' } }, coordinator);
      expect(tooEarly.body.data?.endSynergyMembership.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'until'] }]);
      const ended = await gateway.graphql(endMembership, { input: { membershipId, until: '2025-06-30' } }, coordinator);
      expect(ended.body.data?.endSynergyMembership).toEqual({ membership: { id: membershipId, until: '2025-06-30', active: false }, errors: [] });

      const history = await gateway.graphql(
        'query S($id: ID!) { synergy(id: $id) { partnerCount current: memberships { partner { name } } all: memberships(includeEnded: true) { partner { name } until } } }',
        { id: philippines },
        coordinator,
      );
      const synergy = history.body.data?.synergy;
      expect(synergy.current.map((m: { partner: { name: string } }) => m.partner.name)).not.toContain('Cebu Transport Workers Association');
      expect(synergy.all).toContainEqual({ partner: { name: 'Cebu Transport Workers Association' }, until: '2025-06-30' });
      expect(synergy.partnerCount).toBe(synergy.current.length);
    });

    it('should refuse a bad date naming the field', async () => {
      const result = await gateway.graphql(addMember, { input: { synergyId: philippines, partnerId: philippines, since: '2025-02-30' } }, coordinator);
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0]?.message).toContain('YYYY-MM-DD');
    });

    it('should forbid the Indonesian coordinator to end a Philippine membership, writing nothing', async () => {
      const other = await gateway.signIn('coordinator.id@example.org');
      const memberships = await gateway.graphql('query S($id: ID!) { synergy(id: $id) { memberships { id } } }', { id: philippines }, admin);
      const membershipId = memberships.body.data?.synergy.memberships[0].id;
      const before = await gateway.db.orm.em.fork().count(SynergyMembership, { until: null });
      const result = await gateway.graphql(endMembership, { input: { membershipId } }, other);
      expect(result.body.data?.endSynergyMembership).toMatchObject({ membership: null, errors: [{ __typename: 'NotFoundError' }] });
      expect(await gateway.db.orm.em.fork().count(SynergyMembership, { until: null })).toBe(before);
      const hidden = await gateway.graphql('query S($id: ID!) { synergy(id: $id) { name } }', { id: philippines }, other);
      expect(hidden.body.data?.synergy).toBeNull();
    });
  });
}
