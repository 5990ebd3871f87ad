import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { MissionTarget, Network } from '@synergia/domain';
import {
  buildAssessment,
  buildFollowUp,
  buildMembership,
  buildMission,
  buildPartner,
  buildSynergy,
  persistSeed,
} from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { toGlobalId } from '../../graphql/global-id.ts';

const everyField = `missions participants women youth womenShare youthShare
  byStatus { status count }
  byTheme { theme missions participants womenShare youthShare }
  byFormat { format missions participants womenShare youthShare }
  byCountry { country countryName missions participants womenShare }
  byGenderMarker { score missions participants spent { amount currency } }
  byMonth { month missions participants }
  evaluation { missions formsReturned relevance quality usefulness }
  followUps { total done dropped open overdue completionRate }
  capacityChange { domain partners averageBefore averageAfter averageChange }
  budget { currency planned spent }
  reviewsByStatus { status count }`;

const summaryQuery = `query($scope: CapacityBuildingScope!, $from: Date, $to: Date) {
  capacityBuildingSummary(scope: $scope, from: $from, to: $to) { ${everyField} }
}`;

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`capacity building summary API on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    const tokens: Record<'admin' | 'coordinatorPh' | 'editorPh' | 'reviewer', string> = {} as never;
    /** Global ids of the demo network, the demo PH and ID synergies, and the fresh test synergy and its partner. */
    const ids: Record<'network' | 'ph' | 'id' | 'test' | 'partner', string> = {} as never;

    const summary = (scope: Record<string, string>, token: string | null, period: { from?: string; to?: string } = {}) =>
      gateway.graphql(summaryQuery, { scope, ...period }, token);

    /**
     * A fresh synergy of the demo network whose missions are only these two, so its figures can be computed by hand:
     *
     * | mission | organiser | format   | themes        | planned          | status    | people      | marker | budget            | evaluation (forms: r, q, u) | review   | targets |
     * | T1      | test      | WORKSHOP | GENDER, COMM  | 2025-02-01…02-02 | COMPLETED | 16 (12, 12) | 2      | 1000 / 800 USD    | 8: 4, 4, 3                  | APPROVED | Partner |
     * | T2      | network   | SEMINAR  | GENDER        | 2025-06-01…06-02 | PLANNED   | unreached   | 1      | 50000 / – LKR     | –                           | –        | test synergy |
     *
     * T1's follow-ups: one done, one open since 2025 (overdue), one open until 2099. The partner scores GOVERNANCE 2 before T1 and 4 six months after.
     */
    async function seedTestSynergy() {
      const em = gateway.db.orm.em.fork() as EntityManager;
      const network = await em.findOneOrFail(Network, { acronym: 'ANRSP' });
      const synergy = buildSynergy(em, network, { name: 'Test synergy for the summary', country: 'PH' });
      const partner = buildPartner(em, network, { name: 'Test partner for the summary' });
      buildMembership(em, synergy, partner, { since: '2020-01-01' });
      const t1 = buildMission(
        em,
        network,
        synergy,
        {
          plannedStartDate: '2025-02-01',
          plannedEndDate: '2025-02-02',
          actualStartDate: '2025-02-01',
          actualEndDate: '2025-02-02',
          themes: ['GENDER', 'COMMUNICATION'],
          genderScore: 2,
          budgetPlanned: '1000.00',
          budgetSpent: '800.00',
          budgetCurrency: 'USD',
          evaluationFormsReturned: 8,
          evaluationRelevance: 4,
          evaluationQuality: 4,
          evaluationUsefulness: 3,
          reviewStatus: 'APPROVED',
        },
        [partner],
        [
          { sex: 'WOMEN', ageBandId: '18-35', count: 12 },
          { sex: 'MEN', ageBandId: '36-59', count: 4 },
        ],
      );
      const t2 = buildMission(
        em,
        network,
        null,
        {
          plannedStartDate: '2025-06-01',
          plannedEndDate: '2025-06-02',
          actualStartDate: null,
          actualEndDate: null,
          format: 'SEMINAR',
          themes: ['GENDER'],
          status: 'PLANNED',
          country: null,
          online: true,
          genderScore: 1,
          budgetPlanned: '50000.00',
          budgetCurrency: 'LKR',
        },
        [],
        [{ sex: 'WOMEN', ageBandId: '18-35', count: 10 }],
      );
      em.create(MissionTarget, { mission: t2, synergy });
      buildFollowUp(em, t1, partner, { status: 'DONE', doneOn: '2025-03-01' });
      buildFollowUp(em, t1, partner, { dueDate: '2025-04-01' });
      buildFollowUp(em, t1, partner, { dueDate: '2099-01-01' });
      buildAssessment(em, partner, '2025-01-10', { GOVERNANCE: 2 });
      buildAssessment(em, partner, '2025-08-01', { GOVERNANCE: 4 });
      await persistSeed(em);
      return { synergyId: synergy.id, partnerId: partner.id };
    }

    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'capacity_building_summary' });
      tokens.admin = await gateway.signIn('admin@example.org');
      tokens.coordinatorPh = await gateway.signIn('coordinator.ph@example.org');
      tokens.editorPh = await gateway.signIn('editor.ph@example.org');
      tokens.reviewer = await gateway.signIn('reviewer@example.org');
      const world = await gateway.graphql('{ networks { id } synergies(first: 50) { edges { node { id country } } } }', {}, tokens.admin);
      ids.network = world.body.data!.networks[0].id;
      for (const { node } of world.body.data!.synergies.edges) {
        if (node.country === 'PH' && !ids.ph) ids.ph = node.id;
        if (node.country === 'ID') ids.id = node.id;
      }
      const seeded = await seedTestSynergy();
      ids.test = toGlobalId('Synergy', seeded.synergyId);
      ids.partner = toGlobalId('Partner', seeded.partnerId);
    }, 120_000);
    afterAll(async () => {
      await gateway?.close();
    });

    it('should answer every figure of a synergy’s capacity building, computed in the database', async () => {
      const result = await summary({ synergyId: ids.test }, tokens.reviewer);
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data!.capacityBuildingSummary).toEqual({
        missions: 2,
        // Only T1 reached people: T2 is still planned.
        participants: 16,
        women: 12,
        youth: 12,
        womenShare: 0.75,
        youthShare: 0.75,
        byStatus: [
          { status: 'PLANNED', count: 1 },
          { status: 'COMPLETED', count: 1 },
        ],
        byTheme: [
          { theme: 'GENDER', missions: 2, participants: 16, womenShare: 0.75, youthShare: 0.75 },
          { theme: 'COMMUNICATION', missions: 1, participants: 16, womenShare: 0.75, youthShare: 0.75 },
        ],
        byFormat: [
          { format: 'WORKSHOP', missions: 1, participants: 16, womenShare: 0.75, youthShare: 0.75 },
          { format: 'SEMINAR', missions: 1, participants: 0, womenShare: null, youthShare: null },
        ],
        byCountry: [
          { country: 'PH', countryName: 'Philippines', missions: 1, participants: 16, womenShare: 0.75 },
          { country: null, countryName: null, missions: 1, participants: 0, womenShare: null },
        ],
        byGenderMarker: [
          { score: 0, missions: 0, participants: 0, spent: [] },
          { score: 1, missions: 1, participants: 0, spent: [] },
          { score: 2, missions: 1, participants: 16, spent: [{ amount: 800, currency: 'USD' }] },
        ],
        byMonth: [
          { month: '2025-02', missions: 1, participants: 16 },
          { month: '2025-06', missions: 1, participants: 0 },
        ],
        evaluation: { missions: 1, formsReturned: 8, relevance: 4, quality: 4, usefulness: 3 },
        followUps: { total: 3, done: 1, dropped: 0, open: 2, overdue: 1, completionRate: 1 / 3 },
        capacityChange: [{ domain: 'GOVERNANCE', partners: 1, averageBefore: 2, averageAfter: 4, averageChange: 2 }],
        budget: [
          { currency: 'LKR', planned: 50000, spent: 0 },
          { currency: 'USD', planned: 1000, spent: 800 },
        ],
        reviewsByStatus: [{ status: 'APPROVED', count: 1 }],
      });
    });

    it('should limit the figures to the missions targeting a partner and overlapping the period', async () => {
      const partner = await summary({ partnerId: ids.partner }, tokens.admin);
      expect(partner.body.data!.capacityBuildingSummary).toMatchObject({ missions: 1, participants: 16, reviewsByStatus: [{ status: 'APPROVED', count: 1 }] });
      const spring = await summary({ synergyId: ids.test }, tokens.admin, { from: '2025-05-01', to: '2025-12-31' });
      expect(spring.body.data!.capacityBuildingSummary).toMatchObject({ missions: 1, participants: 0, followUps: { total: 0, completionRate: null }, capacityChange: [] });
    });

    it('should run the same number of SQL statements for a whole network as for a synergy of two missions', async () => {
      gateway.resetQueryCount();
      const small = await summary({ synergyId: ids.test }, tokens.admin);
      const forSynergy = gateway.queryCount();
      gateway.resetQueryCount();
      const large = await summary({ networkId: ids.network }, tokens.admin);
      const forNetwork = gateway.queryCount();
      expect([small.body.errors, large.body.errors]).toEqual([undefined, undefined]);
      expect(large.body.data!.capacityBuildingSummary.missions).toBeGreaterThan(small.body.data!.capacityBuildingSummary.missions);
      expect(forNetwork).toBe(forSynergy);
      // Signing in, the scope and one statement per breakdown: never per mission.
      expect(forNetwork).toBeLessThanOrEqual(16);
    });

    it('should refuse a scope the viewer may not read in full as the joint action summary does, naming the argument', async () => {
      const refused = await summary({ synergyId: ids.id }, tokens.coordinatorPh);
      expect(refused.body.data).toBeNull();
      expect(refused.body.errors?.[0]).toMatchObject({ message: 'scope.synergyId: names nothing you may see', extensions: { code: 'BAD_USER_INPUT', argument: 'scope.synergyId' } });
      const network = await summary({ networkId: ids.network }, tokens.coordinatorPh);
      expect(network.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scope.networkId' });
      const synergyOfEditor = await summary({ synergyId: ids.ph }, tokens.editorPh);
      expect(synergyOfEditor.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scope.synergyId' });
      const own = await summary({ synergyId: ids.ph }, tokens.coordinatorPh);
      expect(own.body.errors).toBeUndefined();

      const two = await summary({ networkId: ids.network, synergyId: ids.ph }, tokens.admin);
      expect(two.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scope' });
      const notAnId = await summary({ synergyId: ids.network }, tokens.admin);
      expect(notAnId.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scope.synergyId' });
      const backwards = await summary({ networkId: ids.network }, tokens.admin, { from: '2025-02-01', to: '2025-01-01' });
      expect(backwards.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
      const anonymous = await summary({ networkId: ids.network }, null);
      expect(anonymous.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });
}
