import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Reference } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { MissionTarget, hashPassword, todayIso } from '@synergia/domain';
import {
  buildAssessment,
  buildFollowUp,
  buildGrant,
  buildMembership,
  buildMission,
  buildNetwork,
  buildPartner,
  buildProgramme,
  buildSynergy,
  buildUser,
  buildUsersWithGrants,
  persistSeed,
} from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { toGlobalId } from '../../graphql/global-id.ts';

const password = 'follow-ups-api-password';
const errorFields = 'errors { __typename message path ... on ValidationError { field } }';
const followUpFields = 'id version description dueDate status overdue doneOn droppedReason evidence ownerPartner { name } mission { title } viewerCan { update delete }';
const mutations = {
  add: `mutation($input: AddFollowUpActionInput!) { addFollowUpAction(input: $input) { followUpAction { ${followUpFields} } ${errorFields} } }`,
  update: `mutation($input: UpdateFollowUpActionInput!) { updateFollowUpAction(input: $input) { followUpAction { ${followUpFields} } ${errorFields} } }`,
  remove: `mutation($input: RemoveFollowUpActionInput!) { removeFollowUpAction(input: $input) { removedFollowUpActionId ${errorFields} } }`,
};
const listQuery = `query($filter: FollowUpActionFilter, $first: Int) { followUpActions(filter: $filter, first: $first) {
  totalCount edges { node { id description overdue ownerPartner { name } } } } }`;

const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`follow-up actions API on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    const tokens: Record<string, string> = {};
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'follow_ups_api' });
      const em = gateway.db.orm.em.fork() as EntityManager;
      const {
        network,
        synergies: { s1, s2 },
        partners: { alpha, bravo, echo },
      } = buildProgramme(em, {
        synergies: { s1: { country: 'PH' }, s2: { country: 'KH' } },
        partners: { alpha: { name: 'Alpha union' }, bravo: { name: 'Bravo mutual' }, echo: { name: 'Echo vendors' } },
        memberships: [['s2', 'bravo', { since: '2020-01-01' }]],
      });
      const mission = buildMission(em, network, s1, { title: 'Organising workshop' }, [alpha]);
      em.create(MissionTarget, { mission, synergy: s2 });
      const hash = await hashPassword(password);
      buildUsersWithGrants(
        em,
        network,
        {
          organiser: ['SYNERGY_COORDINATOR', 'SYNERGY', s1.id],
          coordinator: ['SYNERGY_COORDINATOR', 'SYNERGY', s2.id],
          editor: ['PARTNER_EDITOR', 'PARTNER', alpha.id],
          outsider: ['PARTNER_EDITOR', 'PARTNER', echo.id],
        },
        (name) => ({ email: `${name}@follow-ups.test`, passwordHash: hash }),
      );
      await persistSeed(em);
      Object.assign(ids, {
        mission: toGlobalId('CapacityBuildingMission', mission.id),
        alpha: toGlobalId('Partner', alpha.id),
        bravo: toGlobalId('Partner', bravo.id),
        echo: toGlobalId('Partner', echo.id),
      });
      for (const name of ['organiser', 'coordinator', 'editor', 'outsider']) tokens[name] = await gateway.signIn(`${name}@follow-ups.test`, password);
    });
    afterAll(() => gateway?.close());

    const run = async (token: string, query: string, variables: Record<string, unknown>) => {
      const result = await gateway.graphql(query, variables, token);
      expect(result.body.errors).toBeUndefined();
      return result.body.data as Record<string, any>;
    };

    it('should add a follow-up for the organiser and refuse an owner outside the mission, naming the field', async () => {
      const added = await run(tokens.organiser!, mutations.add, {
        input: { missionId: ids.mission, ownerPartnerId: ids.alpha, description: 'Train 20 members', dueDate: fromToday(-1) },
      });
      expect(added.addFollowUpAction.errors).toEqual([]);
      expect(added.addFollowUpAction.followUpAction).toMatchObject({
        status: 'OPEN',
        overdue: true,
        ownerPartner: { name: 'Alpha union' },
        mission: { title: 'Organising workshop' },
        viewerCan: { update: true, delete: true },
      });
      const outside = await run(tokens.organiser!, mutations.add, {
        input: { missionId: ids.mission, ownerPartnerId: ids.echo, description: 'Join', dueDate: '2025-09-01' },
      });
      expect(outside.addFollowUpAction).toMatchObject({
        followUpAction: null,
        errors: [{ __typename: 'ValidationError', field: 'ownerPartnerId', path: ['input', 'ownerPartnerId'] }],
      });
      const malformed = await run(tokens.organiser!, mutations.add, {
        input: { missionId: 'nope', ownerPartnerId: ids.alpha, description: 'Join', dueDate: '2025-09-01' },
      });
      expect(malformed.addFollowUpAction.errors).toMatchObject([{ __typename: 'ValidationError', field: 'missionId' }]);
      const byCoordinator = await run(tokens.coordinator!, mutations.add, {
        input: { missionId: ids.mission, ownerPartnerId: ids.bravo, description: 'Join', dueDate: '2025-09-01' },
      });
      expect(byCoordinator.addFollowUpAction.errors).toMatchObject([{ __typename: 'ForbiddenError' }]);
    });

    it('should let the owner partner report DONE (today by default) and refuse a stale version', async () => {
      const added = await run(tokens.organiser!, mutations.add, {
        input: { missionId: ids.mission, ownerPartnerId: ids.alpha, description: 'Write a position paper', dueDate: '2025-10-01' },
      });
      const { id, viewerCan } = added.addFollowUpAction.followUpAction;
      expect(viewerCan).toEqual({ update: true, delete: true });
      const editorView = await run(tokens.editor!, `query($id: ID!) { node(id: $id) { ... on FollowUpAction { viewerCan { update delete } } } }`, { id });
      expect(editorView.node.viewerCan).toEqual({ update: true, delete: false });
      const done = await run(tokens.editor!, mutations.update, { input: { id, version: 1, status: 'DONE', evidence: 'Paper published' } });
      expect(done.updateFollowUpAction.followUpAction).toMatchObject({ status: 'DONE', doneOn: todayIso(), evidence: 'Paper published', overdue: false, version: 2 });
      const future = await run(tokens.editor!, mutations.update, { input: { id, version: 2, doneOn: fromToday(2) } });
      expect(future.updateFollowUpAction.errors).toMatchObject([{ __typename: 'ValidationError', field: 'doneOn' }]);
      const stale = await run(tokens.editor!, mutations.update, { input: { id, version: 1, description: 'Stale' } });
      expect(stale.updateFollowUpAction.errors).toMatchObject([{ __typename: 'ConflictError', path: ['input', 'version'] }]);
      const removeByEditor = await run(tokens.editor!, mutations.remove, { input: { id, version: 2 } });
      expect(removeByEditor.removeFollowUpAction.errors).toMatchObject([{ __typename: 'ForbiddenError' }]);
      const removed = await run(tokens.organiser!, mutations.remove, { input: { id, version: 2 } });
      expect(removed.removeFollowUpAction).toEqual({ removedFollowUpActionId: id, errors: [] });
    });

    it('should list with filters in SQL, hide follow-ups from outsiders and name bad filter arguments', async () => {
      await run(tokens.organiser!, mutations.add, { input: { missionId: ids.mission, ownerPartnerId: ids.bravo, description: 'Bravo later', dueDate: fromToday(30) } });
      const overdue = await run(tokens.organiser!, listQuery, { filter: { missionId: ids.mission, overdue: true } });
      expect(overdue.followUpActions.edges.map((edge: any) => edge.node.description)).toEqual(['Train 20 members']);
      const bravos = await run(tokens.coordinator!, listQuery, { filter: { ownerPartnerId: ids.bravo, statuses: ['OPEN'] } });
      expect(bravos.followUpActions).toMatchObject({ totalCount: 1, edges: [{ node: { description: 'Bravo later', overdue: false } }] });
      const outsider = await run(tokens.outsider!, listQuery, {});
      expect(outsider.followUpActions.totalCount).toBe(0);
      const bad = await gateway.graphql(listQuery, { filter: { ownerSynergyId: 'nope' } }, tokens.organiser);
      expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.ownerSynergyId' });
      const badDate = await gateway.graphql(listQuery, { filter: { dueFrom: '2025-02-30' } }, tokens.organiser);
      expect(badDate.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe.skipIf(skipReason !== null)(`SQL statements for missions' follow-ups and assessments on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'follow_up_batching' });
    });
    afterAll(() => gateway?.close());

    /** `missions` missions of one synergy, each with `perMission` follow-ups and assessments of its target partners. */
    async function seed(email: string, missions: number, perMission: number) {
      const em = gateway.db.orm.em.fork() as EntityManager;
      const network = buildNetwork(em);
      const synergy = buildSynergy(em, network);
      const admin = buildUser(em, { email, passwordHash: await hashPassword(password) });
      buildGrant(em, admin, 'NETWORK_ADMIN', 'NETWORK', network.id, network);
      for (let m = 0; m < missions; m += 1) {
        const partners = Array.from({ length: perMission }, (_, index) => {
          const partner = buildPartner(em, network, { name: `Partner ${email} ${m}-${index}` });
          buildMembership(em, synergy, partner, { since: '2020-01-01' });
          return partner;
        });
        const mission = buildMission(em, network, synergy, {}, partners);
        for (const partner of partners) {
          buildFollowUp(em, mission, partner, { dueDate: '2025-06-01' });
          buildAssessment(em, partner, '2025-01-10', { GOVERNANCE: 2 });
          buildAssessment(em, partner, '2025-09-10', { GOVERNANCE: 3, NETWORKING: 2 }, { mission: Reference.create(mission) });
        }
      }
      await persistSeed(em);
    }

    const nested = `{ followUpActions(first: 30) { edges { node { overdue viewerCan { update } ownerPartner { name
      capacityAssessments(first: 2) { totalCount } }
      mission { title followUps { description ownerPartner { name } viewerCan { delete } }
        assessments { averageScore scores { domain change } previous { assessedOn } viewerCan { update } mission { title } }
        capacityChange { domain partners averageChange } } } } } }`;

    it('should run as many SQL statements for 6 missions × 4 partners as for 2 × 2', async () => {
      await seed('few@follow-ups.test', 2, 2);
      await seed('many@follow-ups.test', 6, 4);
      const statementsFor = async (email: string) => {
        const token = await gateway.signIn(email, password);
        gateway.resetQueryCount();
        const result = await gateway.graphql(nested, {}, token);
        expect(result.body.errors).toBeUndefined();
        return { statements: gateway.queryCount(), nodes: result.body.data!.followUpActions.edges.map((edge: any) => edge.node) };
      };
      const few = await statementsFor('few@follow-ups.test');
      const many = await statementsFor('many@follow-ups.test');
      expect([few.nodes.length, many.nodes.length]).toEqual([4, 24]);
      for (const node of many.nodes) {
        expect(node.mission.followUps).toHaveLength(4);
        expect(node.mission.assessments).toHaveLength(4);
        expect(node.mission.assessments[0].scores).toEqual([
          { domain: 'GOVERNANCE', change: 1 },
          { domain: 'NETWORKING', change: null },
        ]);
        expect(node.mission.assessments[0].previous).toEqual({ assessedOn: '2025-01-10' });
        expect(node.mission.capacityChange).toEqual([{ domain: 'GOVERNANCE', partners: 4, averageChange: 1 }]);
        expect(node.ownerPartner.capacityAssessments.totalCount).toBe(2);
      }
      console.info(`SQL statements: ${few.statements} for 2 missions × 2, ${many.statements} for 6 × 4`);
      expect(many.statements).toBe(few.statements);
      // The page and its count, then one statement per nested list or fact, whatever the row count (authentication aside).
      expect(few.statements).toBe(15);
    });
  });
}
