import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createJointAction, hashPassword, loadActor, type DomainContext } from '@synergia/domain';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';

const password = 'joint-action-batching-password';

// The shape of a continental plan overview: every synergy's joint actions with their lead, partners, milestones and permissions.
const nestedQuery = `{ synergies { edges { node { jointActions { edges { node {
  title lead { name } partners { role partner { name } } milestones { overdue } viewerCan { update }
} } } } } } }`;

/**
 * A network of `synergyCount` synergies of three partners each; every synergy
 * has `actionsPerSynergy` joint actions (a lead, a co-organiser, two
 * milestones, one of them overdue), recorded through the domain service.
 */
async function seedNetwork(gateway: TestGateway, synergyCount: number, actionsPerSynergy: number, email: string) {
  const em = gateway.db.orm.em.fork() as EntityManager;
  const network = buildNetwork(em, { name: `Network of ${email}` });
  const admin = buildUser(em, { email, passwordHash: await hashPassword(password) });
  buildGrant(em, admin, 'NETWORK_ADMIN', 'NETWORK', network.id, network);
  const synergies = Array.from({ length: synergyCount }, (_, index) => {
    const synergy = buildSynergy(em, network, { name: `Synergy ${email} ${index}` });
    const members = Array.from({ length: 3 }, (__, member) => {
      const partner = buildPartner(em, network, { name: `Partner ${email} ${index}-${member}` });
      buildMembership(em, synergy, partner, { since: '2020-01-01' });
      return partner;
    });
    return { synergy, members };
  });
  await persistSeed(em);

  const ctxEm = gateway.db.orm.em.fork() as EntityManager;
  const ctx: DomainContext = { em: ctxEm, actor: await loadActor(ctxEm, admin.id) };
  for (const { synergy, members } of synergies) {
    for (let action = 0; action < actionsPerSynergy; action += 1) {
      const result = await createJointAction(ctx, {
        synergyId: synergy.id,
        kind: 'JOINT_CAMPAIGN',
        title: `Campaign ${synergy.name} ${action}`,
        branches: ['GENERAL'],
        plannedStartDate: '2025-02-01',
        plannedEndDate: '2025-12-31',
        partners: [
          { partnerId: members[action % 3]!.id, role: 'LEAD' },
          { partnerId: members[(action + 1) % 3]!.id, role: 'CO_ORGANISER' },
        ],
        milestones: [
          { title: 'Launch', dueDate: '2025-03-01', responsiblePartnerId: members[action % 3]!.id },
          { title: 'Report', dueDate: '2099-12-31' },
        ],
      });
      if (!result.ok) throw new Error(`seed joint action refused: ${JSON.stringify(result.errors)}`);
      ctxEm.clear();
    }
  }
}

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`SQL statements for synergies' joint actions on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'joint_action_batching' });
      await seedNetwork(gateway, 2, 2, 'few@joint-actions.test');
      await seedNetwork(gateway, 8, 6, 'many@joint-actions.test');
    });
    afterAll(() => gateway?.close());

    const statementsFor = async (email: string) => {
      const token = await gateway.signIn(email, password);
      gateway.resetQueryCount();
      const result = await gateway.graphql(nestedQuery, {}, token);
      expect(result.body.errors).toBeUndefined();
      const synergies = result.body.data?.synergies.edges.map((edge: any) => edge.node.jointActions.edges.map((action: any) => action.node));
      return { statements: gateway.queryCount(), synergies: synergies as any[][] };
    };

    it('should run as many SQL statements for 8 synergies × 6 joint actions as for 2 × 2', async () => {
      const few = await statementsFor('few@joint-actions.test');
      const many = await statementsFor('many@joint-actions.test');
      expect([few.synergies.length, few.synergies.flat().length, many.synergies.length, many.synergies.flat().length]).toEqual([2, 4, 8, 48]);
      // Every level is really there, so nothing was skipped to get the count down.
      for (const action of many.synergies.flat()) {
        expect(action.partners.map((taking: any) => taking.role)).toEqual(['LEAD', 'CO_ORGANISER']);
        expect(action.lead.name).toBe(action.partners[0].partner.name);
        expect(action.milestones).toEqual([{ overdue: true }, { overdue: false }]);
        expect(action.viewerCan).toEqual({ update: true });
      }
      console.info(`SQL statements: ${few.statements} for 2 synergies × 2 joint actions, ${many.statements} for 8 × 6`);
      expect(many.statements).toBe(few.statements);
      // Synergies (page and count), joint actions (window and rows; their synergies come with them), partners taking
      // part (their partner rows joined), milestones, memberships (authentication aside, as the test gateway counts).
      expect(few.statements).toBe(7);
    });
  });
}
