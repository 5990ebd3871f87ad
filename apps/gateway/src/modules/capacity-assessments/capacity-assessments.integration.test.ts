import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { CapacityAssessment, hashPassword } from '@synergia/domain';
import { buildAssessment, buildMission, buildNetwork, buildProgramme, buildUsersWithGrants, persistSeed } from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { toGlobalId } from '../../graphql/global-id.ts';

const password = 'assessments-api-password';
const errorFields = 'errors { __typename message path ... on ValidationError { field } }';
const assessmentFields = `id version assessedOn assessor notes averageScore partner { name } mission { title capacityChange { domain partners averageBefore averageAfter averageChange } }
  scores { domain score evidence change } previous { assessedOn } recordedBy { email } viewerCan { update delete }`;
const mutations = {
  record: `mutation($input: RecordCapacityAssessmentInput!) { recordCapacityAssessment(input: $input) { capacityAssessment { ${assessmentFields} } ${errorFields} } }`,
  update: `mutation($input: UpdateCapacityAssessmentInput!) { updateCapacityAssessment(input: $input) { capacityAssessment { ${assessmentFields} } ${errorFields} } }`,
  delete: `mutation($input: DeleteCapacityAssessmentInput!) { deleteCapacityAssessment(input: $input) { deletedCapacityAssessmentId ${errorFields} } }`,
};

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`capacity assessments API on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    const tokens: Record<string, string> = {};
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'assessments_api' });
      const em = gateway.db.orm.em.fork() as EntityManager;
      const {
        network,
        synergies: { s1, s2 },
        partners: { alpha, bravo, kilo },
      } = buildProgramme(em, {
        synergies: { s1: { country: 'PH' }, s2: { country: 'KH' } },
        partners: {
          alpha: { name: 'Alpha union', country: 'PH' },
          bravo: { name: 'Bravo mutual', country: 'PH' },
          kilo: { name: 'Kilo union', country: 'KH' },
        },
        memberships: [
          ['s1', 'alpha', { since: '2020-01-01' }],
          ['s1', 'bravo', { since: '2020-01-01' }],
          ['s2', 'kilo', { since: '2020-01-01' }],
        ],
      });
      // Ran 2025-03-10 to 2025-03-12 for Alpha and Bravo.
      const mission = buildMission(em, network, s1, { title: 'Governance coaching' }, [alpha, bravo]);
      buildAssessment(em, alpha, '2025-03-01', { NETWORKING: 2 });
      buildAssessment(em, bravo, '2025-03-01', { NETWORKING: 1 });
      buildAssessment(em, bravo, '2025-10-01', { NETWORKING: 3 });
      buildAssessment(em, kilo, '2025-02-01', { GOVERNANCE: 2 });
      const other = buildNetwork(em);
      const foreignMission = buildMission(em, other, null);
      const hash = await hashPassword(password);
      buildUsersWithGrants(
        em,
        network,
        {
          reviewer: ['NETWORK_REVIEWER', 'NETWORK', network.id],
          coordinator: ['SYNERGY_COORDINATOR', 'SYNERGY', s1.id],
          editor: ['PARTNER_EDITOR', 'PARTNER', alpha.id],
          viewer: ['VIEWER', 'SYNERGY', s2.id],
        },
        (name) => ({ email: `${name}@assessments.test`, passwordHash: hash }),
      );
      await persistSeed(em);
      Object.assign(ids, {
        mission: toGlobalId('CapacityBuildingMission', mission.id),
        foreignMission: toGlobalId('CapacityBuildingMission', foreignMission.id),
        alpha: toGlobalId('Partner', alpha.id),
        kilo: toGlobalId('Partner', kilo.id),
        network: toGlobalId('Network', network.id),
      });
      for (const name of ['reviewer', 'coordinator', 'editor', 'viewer']) tokens[name] = await gateway.signIn(`${name}@assessments.test`, password);
    });
    afterAll(() => gateway?.close());

    const run = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
      const result = await gateway.graphql(query, variables, token);
      expect(result.body.errors).toBeUndefined();
      return result.body.data as Record<string, any>;
    };

    it('should record an assessment with scores, changes, the previous one and the linked mission’s capacity change', async () => {
      const recorded = await run(tokens.coordinator!, mutations.record, {
        input: {
          partnerId: ids.alpha,
          assessedOn: '2025-11-01',
          assessor: 'Ana Cruz',
          missionId: ids.mission,
          scores: [
            { domain: 'COMMUNICATION', score: 2, evidence: 'A newsletter' },
            { domain: 'NETWORKING', score: 4 },
          ],
        },
      });
      expect(recorded.recordCapacityAssessment.errors).toEqual([]);
      expect(recorded.recordCapacityAssessment.capacityAssessment).toMatchObject({
        version: 1,
        averageScore: 3,
        partner: { name: 'Alpha union' },
        scores: [
          { domain: 'NETWORKING', score: 4, evidence: null, change: 2 },
          { domain: 'COMMUNICATION', score: 2, evidence: 'A newsletter', change: null },
        ],
        previous: { assessedOn: '2025-03-01' },
        recordedBy: { email: 'coordinator@assessments.test' },
        viewerCan: { update: true, delete: true },
        // Alpha 2 → 4, Bravo 1 → 3.
        mission: { title: 'Governance coaching', capacityChange: [{ domain: 'NETWORKING', partners: 2, averageBefore: 1.5, averageAfter: 3.5, averageChange: 2 }] },
      });
      const { id } = recorded.recordCapacityAssessment.capacityAssessment;
      const updated = await run(tokens.reviewer!, mutations.update, { input: { id, version: 1, assessor: 'Ben Reyes', missionId: null, notes: 'Follow-up visit' } });
      expect(updated.updateCapacityAssessment.capacityAssessment).toMatchObject({ version: 2, assessor: 'Ben Reyes', notes: 'Follow-up visit', mission: null });
      const stale = await run(tokens.reviewer!, mutations.update, { input: { id, version: 1, assessor: 'Stale' } });
      expect(stale.updateCapacityAssessment.errors).toMatchObject([{ __typename: 'ConflictError', path: ['input', 'version'] }]);
      const byEditor = await run(tokens.editor!, mutations.delete, { input: { id, version: 2 } });
      expect(byEditor.deleteCapacityAssessment.errors).toMatchObject([{ __typename: 'ForbiddenError' }]);
      const deleted = await run(tokens.reviewer!, mutations.delete, { input: { id, version: 2 } });
      expect(deleted.deleteCapacityAssessment).toEqual({ deletedCapacityAssessmentId: id, errors: [] });
      expect(await (gateway.db.orm.em.fork() as EntityManager).count(CapacityAssessment, { assessor: 'Ben Reyes' })).toBe(0);
    });

    it('should refuse bad input naming the field, and write nothing', async () => {
      const em = gateway.db.orm.em.fork() as EntityManager;
      const before = await em.count(CapacityAssessment, {});
      const base = { partnerId: ids.alpha, assessedOn: '2025-05-01', assessor: 'Ana Cruz', scores: [{ domain: 'GOVERNANCE', score: 2 }] };
      const cases: [Record<string, unknown>, string[]][] = [
        [{ scores: [{ domain: 'GOVERNANCE', score: 2 }, { domain: 'NETWORKING', score: 2 }, { domain: 'GOVERNANCE', score: 1 }] }, ['input', 'scores', '2', 'domain']],
        [{ scores: [{ domain: 'GOVERNANCE', score: 7 }] }, ['input', 'scores', '0', 'score']],
        [{ assessedOn: '2999-01-01' }, ['input', 'assessedOn']],
        [{ missionId: ids.foreignMission }, ['input', 'missionId']],
        [{ partnerId: 'nope' }, ['input', 'partnerId']],
      ];
      for (const [change, path] of cases) {
        const result = await run(tokens.reviewer!, mutations.record, { input: { ...base, ...change } });
        expect(result.recordCapacityAssessment).toMatchObject({ capacityAssessment: null, errors: [{ __typename: 'ValidationError', path }] });
      }
      expect(await em.count(CapacityAssessment, {})).toBe(before);
    });

    it('should list and find assessments of partners the user sees, with filters, and page a partner’s assessments', async () => {
      const list = `query($filter: CapacityAssessmentFilter) { capacityAssessments(filter: $filter) { totalCount edges { node { id assessedOn partner { name } } } } }`;
      const all = await run(tokens.reviewer!, list, { filter: { networkId: ids.network } });
      // Latest first (ties broken by id, as the cursors are).
      expect(all.capacityAssessments.edges.map((edge: any) => edge.node.assessedOn)).toEqual(['2025-10-01', '2025-03-01', '2025-03-01', '2025-02-01']);
      expect(all.capacityAssessments.totalCount).toBe(4);
      const kh = await run(tokens.reviewer!, list, { filter: { countries: ['KH'] } });
      expect(kh.capacityAssessments.edges.map((edge: any) => edge.node.partner.name)).toEqual(['Kilo union']);
      const linked = await run(tokens.reviewer!, list, { filter: { missionId: ids.mission, from: '2025-01-01', to: '2025-12-31' } });
      expect(linked.capacityAssessments.totalCount).toBe(0);
      const viewer = await run(tokens.viewer!, list);
      expect(viewer.capacityAssessments.edges.map((edge: any) => edge.node.partner.name)).toEqual(['Kilo union']);
      const hidden = all.capacityAssessments.edges.find((edge: any) => edge.node.partner.name === 'Alpha union').node.id;
      const found = await run(tokens.viewer!, `query($id: ID!) { capacityAssessment(id: $id) { id } node(id: $id) { id } }`, { id: hidden });
      expect(found).toEqual({ capacityAssessment: null, node: null });
      const bad = await gateway.graphql(list, { filter: { partnerId: 'nope' } }, tokens.reviewer);
      expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.partnerId' });
      const paged = `query($id: ID!, $after: String) { node(id: $id) { ... on Partner { capacityAssessments(first: 1, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { assessedOn } } } } } }`;
      const kiloPage = await run(tokens.reviewer!, paged, { id: ids.kilo });
      expect(kiloPage.node.capacityAssessments).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false }, edges: [{ node: { assessedOn: '2025-02-01' } }] });
    });
  });
}
