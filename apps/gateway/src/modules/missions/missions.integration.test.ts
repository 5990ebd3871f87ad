import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { AuditEntry, CapacityBuildingMission, hashPassword } from '@synergia/domain';
import { buildNetwork, buildPartner, buildProgramme, buildUsersWithGrants, persistSeed } from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { toGlobalId } from '../../graphql/global-id.ts';

const password = 'missions-api-password';
const errorFields = 'errors { __typename message path ... on ValidationError { field } }';
const missionFields = `id version title format themes objectives status nextStatuses organiserName
  plannedStartDate plannedEndDate actualStartDate actualEndDate
  network { name } organiserSynergy { name }
  place { country countryName city online }
  targetSynergies { name } targetPartners { name }
  facilitators { id name kind origin partner { name } }
  budget { planned spent currency }
  participants { total women men }
  genderMarker { score }
  evaluation { formsReturned relevance quality usefulness learnings }
  reviewStatus locked createdBy { email } updatedBy { email } createdAt updatedAt
  viewerCan { update delete review }`;

const mutations: Record<string, [string, string, string]> = {
  create: ['createMission', 'CreateMissionInput', 'mission'],
  update: ['updateMission', 'UpdateMissionInput', 'mission'],
  status: ['changeMissionStatus', 'ChangeMissionStatusInput', 'mission'],
  delete: ['deleteMission', 'DeleteMissionInput', 'deletedMissionId'],
  evaluate: ['recordMissionEvaluation', 'RecordMissionEvaluationInput', 'mission'],
};
const mutationText = (name: string) => {
  const [field, type, key] = mutations[name]!;
  return `mutation($input: ${type}!) { ${field}(input: $input) { ${key === 'mission' ? `mission { ${missionFields} }` : key} ${errorFields} } }`;
};

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`missions API on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    const tokens: Record<string, string> = {};
    const ids: Record<string, string> = {};

    const data = async (query: string, variables: Record<string, unknown>, token: string) => {
      const result = await gateway.graphql(query, variables, token);
      expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
      return result.body.data!;
    };
    const mutate = async (name: string, input: Record<string, unknown>, who = 'coordinatorPh') => {
      const [field, , key] = mutations[name]!;
      const result = (await data(mutationText(name), { input }, tokens[who]!))[field];
      return { value: result[key], errors: result.errors as any[] };
    };
    const succeed = async (name: string, input: Record<string, unknown>, who = 'coordinatorPh') => {
      const result = await mutate(name, input, who);
      expect(result.errors).toEqual([]);
      return result.value;
    };
    const errorsOf = async (name: string, input: Record<string, unknown>, who = 'coordinatorPh') => {
      const result = await mutate(name, input, who);
      expect(result.value).toBeNull();
      return result.errors.map((error) => ({ type: error.__typename, path: error.path }));
    };
    const snapshot = async () => {
      const em = gateway.db.orm.em.fork();
      const missions = await em.find(CapacityBuildingMission, {}, { orderBy: { id: 'asc' } });
      return { missions: missions.map((m) => JSON.stringify(m)), audit: await em.count(AuditEntry, {}) };
    };

    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'missions_api' });
      const em = gateway.db.orm.em.fork() as EntityManager;
      const {
        network,
        synergies: { ph, kh, np },
        partners: { alpha, bravo, kilo },
      } = buildProgramme(em, {
        network: { name: 'Missions API network' },
        synergies: {
          ph: { name: 'Philippines synergy', country: 'PH' },
          kh: { name: 'Cambodia synergy', country: 'KH' },
          np: { name: 'Nepal synergy', country: 'NP' },
        },
        partners: { alpha: { name: 'Alpha union' }, bravo: { name: 'Bravo mutual' }, kilo: { name: 'Kilo union', country: 'KH' } },
        memberships: [
          ['ph', 'alpha', { since: '2020-01-01' }],
          ['ph', 'bravo', { since: '2020-01-01' }],
          ['kh', 'kilo', { since: '2020-01-01' }],
        ],
      });
      const other = buildNetwork(em, { name: 'Other network' });
      const oscar = buildPartner(em, other, { name: 'Oscar union' });
      const passwordHash = await hashPassword(password);
      const users = buildUsersWithGrants(
        em,
        network,
        {
          admin: ['NETWORK_ADMIN', 'NETWORK', network.id],
          reviewer: ['NETWORK_REVIEWER', 'NETWORK', network.id],
          viewer: ['VIEWER', 'NETWORK', network.id],
          coordinatorPh: ['SYNERGY_COORDINATOR', 'SYNERGY', ph.id],
          coordinatorKh: ['SYNERGY_COORDINATOR', 'SYNERGY', kh.id],
          coordinatorNp: ['SYNERGY_COORDINATOR', 'SYNERGY', np.id],
          editorAlpha: ['PARTNER_EDITOR', 'PARTNER', alpha.id],
        },
        (key) => ({ email: `${key.toLowerCase()}@missions.test`, passwordHash }),
      );
      await persistSeed(em);
      for (const key of Object.keys(users)) tokens[key] = await gateway.signIn(`${key.toLowerCase()}@missions.test`, password);
      Object.assign(ids, {
        network: toGlobalId('Network', network.id),
        ph: toGlobalId('Synergy', ph.id),
        kh: toGlobalId('Synergy', kh.id),
        np: toGlobalId('Synergy', np.id),
        alpha: toGlobalId('Partner', alpha.id),
        bravo: toGlobalId('Partner', bravo.id),
        kilo: toGlobalId('Partner', kilo.id),
        oscar: toGlobalId('Partner', oscar.id),
      });
    });
    afterAll(() => gateway?.close());

    const workshop = (overrides: Record<string, unknown> = {}) => ({
      organiserSynergyId: ids.ph,
      format: 'WORKSHOP',
      themes: ['GENDER', 'NETWORKING_SYNERGIES'],
      title: 'Gender mainstreaming workshop [api]',
      objectives: 'Plan gender-responsive campaigns',
      plannedStartDate: '2025-03-10',
      plannedEndDate: '2025-03-12',
      country: 'PH',
      city: 'Quezon City',
      targetSynergyIds: [ids.kh],
      targetPartnerIds: [ids.alpha],
      facilitators: [
        { name: 'Maria Santos', kind: 'PERSON', origin: 'INTERNAL', partnerId: ids.bravo },
        { name: 'Gender Institute', kind: 'ORGANISATION', origin: 'EXTERNAL' },
      ],
      budgetPlanned: 12500.5,
      budgetCurrency: 'PHP',
      participants: [
        { sex: 'WOMEN', ageBandId: '18-35', count: 12 },
        { sex: 'MEN', ageBandId: '36-59', count: 8 },
      ],
      ...overrides,
    });

    it('should plan, change, start, evaluate and complete a mission, reading back every field', async () => {
      const created = await succeed('create', workshop());
      expect(created).toMatchObject({
        version: 1,
        format: 'WORKSHOP',
        themes: ['GENDER', 'NETWORKING_SYNERGIES'],
        status: 'PLANNED',
        nextStatuses: ['ONGOING', 'COMPLETED', 'CANCELLED'],
        organiserName: 'Philippines synergy',
        network: { name: 'Missions API network' },
        organiserSynergy: { name: 'Philippines synergy' },
        place: { country: 'PH', countryName: 'Philippines', city: 'Quezon City', online: false },
        targetSynergies: [{ name: 'Cambodia synergy' }],
        targetPartners: [{ name: 'Alpha union' }],
        budget: { planned: 12500.5, spent: null, currency: 'PHP' },
        participants: { total: 20, women: 12, men: 8 },
        genderMarker: { score: 0 },
        evaluation: null,
        reviewStatus: null,
        locked: false,
        createdBy: { email: 'coordinatorph@missions.test' },
        viewerCan: { update: true, delete: true, review: false },
      });
      expect(created.facilitators.map((f: any) => [f.name, f.kind, f.origin, f.partner?.name ?? null])).toEqual([
        ['Gender Institute', 'ORGANISATION', 'EXTERNAL', null],
        ['Maria Santos', 'PERSON', 'INTERNAL', 'Bravo mutual'],
      ]);
      const node = await data(`query($id: ID!) { node(id: $id) { ... on CapacityBuildingMission { title } } }`, { id: created.id }, tokens.editorAlpha!);
      expect(node.node).toEqual({ title: 'Gender mainstreaming workshop [api]' });

      const updated = await succeed('update', {
        id: created.id,
        version: 1,
        title: 'Gender mainstreaming, round two [api]',
        objectives: null,
        targetPartnerIds: [ids.alpha, ids.kilo],
        facilitators: [{ name: 'Kilo trainers', kind: 'ORGANISATION', origin: 'INTERNAL', partnerId: ids.kilo }],
        budgetSpent: 300.25,
      });
      expect(updated).toMatchObject({
        version: 2,
        title: 'Gender mainstreaming, round two [api]',
        objectives: null,
        targetPartners: [{ name: 'Alpha union' }, { name: 'Kilo union' }],
        facilitators: [expect.objectContaining({ name: 'Kilo trainers', partner: { name: 'Kilo union' } })],
        budget: { planned: 12500.5, spent: 300.25, currency: 'PHP' },
      });
      const ongoing = await succeed('status', { id: created.id, version: 2, status: 'ONGOING' });
      expect(ongoing).toMatchObject({ status: 'ONGOING', actualStartDate: '2025-03-10', viewerCan: { delete: false } });
      const evaluated = await succeed('evaluate', { missionId: created.id, version: 3, formsReturned: 18, relevance: 4.5, quality: 4, usefulness: 3.5, learnings: 'Costing' });
      expect(evaluated.evaluation).toEqual({ formsReturned: 18, relevance: 4.5, quality: 4, usefulness: 3.5, learnings: 'Costing' });
      const completed = await succeed('status', { id: created.id, version: 4, status: 'COMPLETED' });
      expect(completed).toMatchObject({ status: 'COMPLETED', actualStartDate: '2025-03-10', actualEndDate: '2025-03-12', nextStatuses: [], version: 5 });
      const audit = await gateway.db.orm.em.fork().find(AuditEntry, { entityType: 'CapacityBuildingMission' });
      expect(audit.filter((entry) => entry.action === 'UPDATE').length).toBeGreaterThanOrEqual(4);
    });

    const refusals: [string, (base: Record<string, unknown>) => Record<string, unknown>, { type: string; path: string[] }[]][] = [
      ['no theme', () => ({ themes: [] }), [{ type: 'ValidationError', path: ['input', 'themes'] }]],
      ['a theme twice', () => ({ themes: ['GENDER', 'GENDER'] }), [{ type: 'ValidationError', path: ['input', 'themes'] }]],
      ['an empty title', () => ({ title: ' ' }), [{ type: 'ValidationError', path: ['input', 'title'] }]],
      ['an end before the start', () => ({ plannedEndDate: '2025-03-01' }), [{ type: 'ValidationError', path: ['input', 'plannedEndDate'] }]],
      ['no country offline', () => ({ country: null }), [{ type: 'ValidationError', path: ['input', 'country'] }]],
      ['a long city', () => ({ city: 'c'.repeat(121) }), [{ type: 'ValidationError', path: ['input', 'city'] }]],
      ['a malformed target id', () => ({ targetPartnerIds: [ids.alpha, 'nonsense'] }), [{ type: 'ValidationError', path: ['input', 'targetPartnerIds', '1'] }]],
      [
        'a target partner of another network',
        () => ({ targetPartnerIds: [ids.alpha, ids.kilo, ids.oscar] }),
        [{ type: 'NotFoundError', path: ['input', 'targetPartnerIds', '2'] }],
      ],
      [
        'an external facilitator from a partner',
        () => ({ facilitators: [{ name: 'A', kind: 'PERSON', origin: 'EXTERNAL', partnerId: ids.alpha }] }),
        [{ type: 'ValidationError', path: ['input', 'facilitators', '0', 'partnerId'] }],
      ],
      ['a budget without currency', () => ({ budgetCurrency: null }), [{ type: 'ValidationError', path: ['input', 'budgetCurrency'] }]],
      ['an unknown currency', () => ({ budgetCurrency: 'XYZ' }), [{ type: 'ValidationError', path: ['input', 'budgetCurrency'] }]],
      ['three decimals', () => ({ budgetPlanned: 1.005 }), [{ type: 'ValidationError', path: ['input', 'budgetPlanned'] }]],
      [
        'a bad participant count',
        () => ({ participants: [{ sex: 'WOMEN', ageBandId: '18-35', count: -3 }] }),
        [{ type: 'ValidationError', path: ['input', 'participants', 'cells', '0', 'count'] }],
      ],
    ];
    for (const [name, change, expected] of refusals) {
      it(`should refuse ${name} with a typed error naming the field, writing nothing`, async () => {
        const before = await snapshot();
        expect(await errorsOf('create', workshop(change({})))).toEqual(expected);
        expect(await snapshot()).toEqual(before);
      });
    }

    it('should refuse creating to a coordinator of another synergy, a viewer, a reviewer, and a network mission to a coordinator', async () => {
      const before = await snapshot();
      expect(await errorsOf('create', workshop(), 'coordinatorKh')).toEqual([{ type: 'ForbiddenError', path: ['input', 'organiserSynergyId'] }]);
      expect(await errorsOf('create', workshop(), 'viewer')).toEqual([{ type: 'ForbiddenError', path: ['input', 'organiserSynergyId'] }]);
      expect(await errorsOf('create', workshop(), 'reviewer')).toEqual([{ type: 'ForbiddenError', path: ['input', 'organiserSynergyId'] }]);
      expect(await errorsOf('create', workshop({ organiserSynergyId: null, networkId: ids.network }))).toEqual([
        { type: 'ForbiddenError', path: ['input', 'networkId'] },
      ]);
      expect(await snapshot()).toEqual(before);
      const network = await succeed('create', workshop({ organiserSynergyId: null, networkId: ids.network, title: 'Network coaching [api]', online: true, country: null }), 'admin');
      expect(network).toMatchObject({ organiserSynergy: null, organiserName: 'Missions API network', place: { country: null, online: true } });
    });

    it('should refuse changes from another synergy’s coordinator and viewers, and hide missions from unrelated coordinators', async () => {
      const mission = await succeed('create', workshop({ title: 'Permissions check [api]' }));
      const before = await snapshot();
      expect(await errorsOf('update', { id: mission.id, version: 1, title: 'x' }, 'coordinatorKh')).toEqual([{ type: 'ForbiddenError', path: ['input', 'id'] }]);
      expect(await errorsOf('update', { id: mission.id, version: 1, title: 'x' }, 'viewer')).toEqual([{ type: 'ForbiddenError', path: ['input', 'id'] }]);
      expect(await errorsOf('status', { id: mission.id, version: 1, status: 'ONGOING' }, 'reviewer')).toEqual([{ type: 'ForbiddenError', path: ['input', 'id'] }]);
      expect(await errorsOf('delete', { id: mission.id, version: 1 }, 'coordinatorNp')).toEqual([{ type: 'NotFoundError', path: ['input', 'id'] }]);
      expect(await snapshot()).toEqual(before);
      const hidden = await data('query($id: ID!) { mission(id: $id) { id } }', { id: mission.id }, tokens.coordinatorNp!);
      expect(hidden.mission).toBeNull();
      const seen = await data('query($id: ID!) { mission(id: $id) { viewerCan { update delete review } } }', { id: mission.id }, tokens.coordinatorKh!);
      expect(seen.mission.viewerCan).toEqual({ update: false, delete: false, review: false });
      const reviewer = await data('query($id: ID!) { mission(id: $id) { viewerCan { update delete review } } }', { id: mission.id }, tokens.reviewer!);
      expect(reviewer.mission.viewerCan).toEqual({ update: false, delete: false, review: true });
    });

    it('should refuse every change to a mission whose review is approved with a LockedError naming the field, writing nothing', async () => {
      const mission = await succeed('create', workshop({ title: 'Locked mission [api]' }));
      await succeed('status', { id: mission.id, version: 1, status: 'ONGOING' });
      const em = gateway.db.orm.em.fork();
      const row = await em.findOneOrFail(CapacityBuildingMission, { title: 'Locked mission [api]' });
      row.reviewStatus = 'APPROVED';
      await em.flush();
      const version = row.version;
      const before = await snapshot();
      const update = await mutate('update', { id: mission.id, version, title: 'Changed after approval', city: 'Manila' });
      expect(update.errors.map((e) => [e.__typename, e.path])).toEqual([['LockedError', ['input', 'title']]]);
      expect(update.errors[0].message).toMatch(/review.*approved.*network admin can reopen/);
      expect(await errorsOf('update', { id: mission.id, version, facilitators: [] }, 'admin')).toEqual([{ type: 'LockedError', path: ['input', 'facilitators'] }]);
      expect(await errorsOf('status', { id: mission.id, version, status: 'COMPLETED' })).toEqual([{ type: 'LockedError', path: ['input', 'status'] }]);
      expect(await errorsOf('evaluate', { missionId: mission.id, version, formsReturned: 2 })).toEqual([{ type: 'LockedError', path: ['input', 'formsReturned'] }]);
      expect(await snapshot()).toEqual(before);
      const read = await data('query($id: ID!) { mission(id: $id) { locked reviewStatus viewerCan { update delete } } }', { id: mission.id }, tokens.coordinatorPh!);
      expect(read.mission).toEqual({ locked: true, reviewStatus: 'APPROVED', viewerCan: { update: false, delete: false } });
    });

    it('should answer a stale version with a ConflictError, and refuse bad evaluations and deletes by name', async () => {
      const mission = await succeed('create', workshop({ title: 'Versioned mission [api]' }));
      await succeed('update', { id: mission.id, version: 1, city: 'Manila' });
      const before = await snapshot();
      expect(await errorsOf('update', { id: mission.id, version: 1, city: 'Cebu' }, 'admin')).toEqual([{ type: 'ConflictError', path: ['input', 'version'] }]);
      expect(await errorsOf('evaluate', { missionId: mission.id, version: 2, formsReturned: 3 })).toEqual([{ type: 'ValidationError', path: ['input', 'missionId'] }]);
      await succeed('status', { id: mission.id, version: 2, status: 'ONGOING' });
      expect(await errorsOf('evaluate', { missionId: mission.id, version: 3, formsReturned: 3, relevance: 5.5 })).toEqual([
        { type: 'ValidationError', path: ['input', 'relevance'] },
      ]);
      expect(await errorsOf('evaluate', { missionId: mission.id, version: 3, formsReturned: 21 })).toEqual([{ type: 'ValidationError', path: ['input', 'formsReturned'] }]);
      expect(await errorsOf('delete', { id: mission.id, version: 3 })).toEqual([{ type: 'ConflictError', path: ['input', 'id'] }]);
      expect((await snapshot()).missions.length).toBe(before.missions.length);
      const planned = await succeed('create', workshop({ title: 'Deleted mission [api]' }));
      expect((await mutate('delete', { id: planned.id, version: 1 })).value).toBe(planned.id);
      expect(await data('query($id: ID!) { mission(id: $id) { id } }', { id: planned.id }, tokens.admin!)).toEqual({ mission: null });
    });

    it('should filter, order and page the list in SQL, and nest missions under synergies and partners', async () => {
      await succeed('create', workshop({ title: 'Filter seminar NP [api]', organiserSynergyId: null, networkId: ids.network, format: 'SEMINAR', themes: ['ENVIRONMENT'], country: 'NP', targetSynergyIds: [ids.np], targetPartnerIds: [], plannedStartDate: '2024-05-01', plannedEndDate: '2024-05-02' }), 'admin');
      await succeed('create', workshop({ title: 'Filter coaching KH [api]', organiserSynergyId: ids.kh, format: 'COACHING', themes: ['COMMUNICATION'], country: 'KH', targetSynergyIds: [], targetPartnerIds: [ids.bravo], objectives: 'Radio spots on maternity' }), 'coordinatorKh');
      const titles = async (filter: Record<string, unknown>, who = 'admin') =>
        (
          await data(
            'query($filter: MissionFilter) { missions(filter: $filter, orderBy: { field: TITLE, direction: ASC }, first: 100) { totalCount edges { node { title } } } }',
            { filter: { search: 'Filter', ...filter } },
            tokens[who]!,
          )
        ).missions.edges.map((edge: any) => edge.node.title);
      expect(await titles({})).toEqual(['Filter coaching KH [api]', 'Filter seminar NP [api]']);
      expect(await titles({ networkOrganised: true })).toEqual(['Filter seminar NP [api]']);
      expect(await titles({ formats: ['COACHING'] })).toEqual(['Filter coaching KH [api]']);
      expect(await titles({ themes: ['ENVIRONMENT', 'GENDER'] })).toEqual(['Filter seminar NP [api]']);
      expect(await titles({ countries: ['kh'] })).toEqual(['Filter coaching KH [api]']);
      expect(await titles({ partnerId: ids.bravo })).toEqual(['Filter coaching KH [api]']);
      expect(await titles({ synergyId: ids.ph })).toEqual(['Filter coaching KH [api]']);
      expect(await titles({ statuses: ['PLANNED'], unreviewed: true, to: '2024-12-31' })).toEqual(['Filter seminar NP [api]']);
      expect(await titles({ reviewStatuses: ['APPROVED'] })).toEqual([]);
      expect(await titles({ from: '2025-01-01', search: 'maternity' })).toEqual(['Filter coaching KH [api]']);
      expect(await titles({}, 'coordinatorNp')).toEqual(['Filter seminar NP [api]']);
      expect(await titles({}, 'editorAlpha')).toEqual([]);
      const bad = await gateway.graphql('{ missions(filter: { synergyId: "nonsense" }) { totalCount } }', {}, tokens.admin!);
      expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.synergyId' });

      const nested = await data(
        `query($ph: ID!, $bravo: ID!) {
          synergy(id: $ph) { missions(filter: { search: "Filter" }) { totalCount edges { node { title } } } }
          partner(id: $bravo) { missions { edges { node { title targetPartners { name } } } } }
        }`,
        { ph: ids.ph, bravo: ids.bravo },
        tokens.admin!,
      );
      expect(nested.synergy.missions).toEqual({ totalCount: 1, edges: [{ node: { title: 'Filter coaching KH [api]' } }] });
      expect(nested.partner.missions.edges.map((edge: any) => edge.node.title)).toEqual(['Filter coaching KH [api]']);

      const first = await data('{ missions(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }', {}, tokens.admin!);
      const next = await data('query($after: String) { missions(first: 100, after: $after) { edges { node { id } } } }', { after: first.missions.pageInfo.endCursor }, tokens.admin!);
      expect(first.missions.pageInfo.hasNextPage).toBe(true);
      expect(first.missions.edges.length + next.missions.edges.length).toBe(first.missions.totalCount);
    });
  });
}
