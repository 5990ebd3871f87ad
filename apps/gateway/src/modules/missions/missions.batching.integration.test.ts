import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createMission, hashPassword, loadActor, type DomainContext } from '@synergia/domain';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';

const password = 'mission-batching-password';

// A continental overview: every synergy's missions with organiser, targets, facilitators and permissions.
const nestedQuery = `{ synergies { edges { node { missions { totalCount edges { node {
  title organiserName organiserSynergy { name } targetSynergies { name } targetPartners { name }
  facilitators { name partner { name } } viewerCan { update delete } locked
} } } } } } }`;

/**
 * A network of `synergyCount` synergies of three partners each; every synergy
 * organises `missionsPerSynergy` missions for two of its partners and the next
 * synergy, with an internal and an external facilitator, through the domain service.
 */
async function seedNetwork(gateway: TestGateway, synergyCount: number, missionsPerSynergy: number, email: string) {
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
  for (const [index, { synergy, members }] of synergies.entries()) {
    const nextSynergy = synergies[(index + 1) % synergies.length]!.synergy;
    for (let mission = 0; mission < missionsPerSynergy; mission += 1) {
      const result = await createMission(ctx, {
        organiserSynergyId: synergy.id,
        format: 'WORKSHOP',
        themes: ['GENDER'],
        title: `Workshop ${synergy.name} ${mission}`,
        plannedStartDate: '2025-02-01',
        plannedEndDate: '2025-02-02',
        country: 'PH',
        targetSynergyIds: [nextSynergy.id],
        targetPartnerIds: [members[0]!.id, members[1]!.id],
        facilitators: [
          { name: 'A trainer', kind: 'PERSON', origin: 'INTERNAL', partnerId: members[2]!.id },
          { name: 'B institute', kind: 'ORGANISATION', origin: 'EXTERNAL' },
        ],
      });
      if (!result.ok) throw new Error(`seed mission refused: ${JSON.stringify(result.errors)}`);
      ctxEm.clear();
    }
  }
}

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`SQL statements for synergies' missions on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'mission_batching' });
      await seedNetwork(gateway, 2, 1, 'few@missions.test');
      await seedNetwork(gateway, 8, 5, 'many@missions.test');
    });
    afterAll(() => gateway?.close());

    const statementsFor = async (email: string) => {
      const token = await gateway.signIn(email, password);
      gateway.resetQueryCount();
      const result = await gateway.graphql(nestedQuery, {}, token);
      expect(result.body.errors).toBeUndefined();
      const synergies = result.body.data?.synergies.edges.map((edge: any) => edge.node.missions.edges.map((mission: any) => mission.node));
      return { statements: gateway.queryCount(), synergies: synergies as any[][] };
    };

    it('should run as many SQL statements for 8 synergies × 5 missions as for 2 × 1', async () => {
      const few = await statementsFor('few@missions.test');
      const many = await statementsFor('many@missions.test');
      // Each synergy organises its own and is targeted by the previous synergy's.
      expect([few.synergies.length, few.synergies.flat().length, many.synergies.length, many.synergies.flat().length]).toEqual([2, 4, 8, 80]);
      for (const mission of many.synergies.flat()) {
        expect(mission.organiserName).toBe(mission.organiserSynergy.name);
        expect(mission.targetSynergies).toHaveLength(1);
        expect(mission.targetPartners).toHaveLength(2);
        expect(mission.facilitators.map((f: any) => [f.name, Boolean(f.partner)])).toEqual([
          ['A trainer', true],
          ['B institute', false],
        ]);
        expect(mission.viewerCan).toEqual({ update: true, delete: true });
        expect(mission.locked).toBe(false);
      }
      console.info(`SQL statements: ${few.statements} for 2 synergies × 1 mission, ${many.statements} for 8 × 5`);
      expect(many.statements).toBe(few.statements);
      // Synergies (page and count), missions (window and rows; their organisers come with them), the network
      // (organiser name), targets, facilitators, partners, memberships: 9, authentication aside. On PostgreSQL the
      // facilitators' partners and the target partners are fetched in separate ticks, hence one more.
      expect(few.statements).toBeLessThanOrEqual(10);
    });
  });
}
