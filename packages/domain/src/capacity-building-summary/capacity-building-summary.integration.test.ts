import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildAssessment, buildFollowUp, buildMission, buildNetwork, buildPartner, persistSeed } from '../testing/builders.ts';
import { buildProgramme, buildUsersWithGrants } from '../testing/seeds.ts';
import { loadActor } from '../users/actor.ts';
import { newId } from '../shared/ids.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import type { ParticipantCell } from '../activities/participant-counts.rules.ts';
import { MissionTarget } from '../missions/mission.entity.ts';
import { CapacityBuildingSummary, type CapacityBuildingScope } from './capacity-building-summary.ts';

const dialects = await testDialects();

/** The fixed day overdue follow-ups are judged against. */
const today = '2025-06-15';
const year = { from: '2025-01-01', to: '2025-12-31' };

const cells = (...list: [ParticipantCell['sex'], string | null, number][]): ParticipantCell[] => list.map(([sex, ageBandId, count]) => ({ sex, ageBandId, count }));

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`capacity building summary on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    let statements = 0;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'capacity_building_summary', (message) => {
        if (message.startsWith('[query]')) statements += 1;
      });
    });
    afterAll(async () => {
      await db?.close();
    });

    const fresh = () => db.orm.em.fork() as EntityManager;
    const as = async (userId: string | null): Promise<DomainContext> => {
      const em = fresh();
      return { em, actor: userId ? await loadActor(em, userId) : null };
    };

    /**
     * PH synergy with Alpha and Bravo (and Xray, who left it), KH synergy with Kilo, another network.
     * People: (total, women, youth) of the grid; youth are 18–35. Only ongoing and completed missions count them.
     *
     * | mission | organiser | format   | themes          | planned          | status    | country | people       | marker | budget (planned/spent) | evaluation (forms: rel, qual, use) | review            | targets              |
     * | M1      | PH        | WORKSHOP | GENDER, PAM     | 2025-02-01…02-03 | COMPLETED | PH      | 15 (10, 10)  | 2      | 1000 / 900.50 USD      | 10: 4, 3, 5                        | APPROVED          | Alpha                |
     * | M2      | network   | SEMINAR  | GENDER          | 2025-03-10…03-12 | ONGOING   | online  | 6 (4, 4)     | 1      | 500 / – USD            | –                                  | DRAFT             | Kilo, PH synergy     |
     * | M3      | KH        | COACHING | ORG_CAPACITY    | 2025-03-20…03-25 | COMPLETED | KH      | 10 (8, 0)    | 0      | 2000000 / 1500000 KHR  | 30: 3, 4, –                        | SUBMITTED         | Bravo                |
     * | M4      | PH        | MISSION  | PAM             | 2025-04-01…04-05 | PLANNED   | PH      | 100 unreached| 1      | –                      | –                                  | –                 | –                    |
     * | M5      | PH        | WORKSHOP | COMM, GENDER    | 2025-04-10…04-11 | CANCELLED | KH      | 50 unreached | 2      | 300 / 100 USD          | –                                  | –                 | –                    |
     * | M6      | PH        | WORKSHOP | GENDER          | 2024-05-01…05-02 | COMPLETED | PH      | 30 (30, 30)  | 0      | –                      | –                                  | –                 | Alpha                |
     * | M7      | KH        | EXCH_SS  | ENVIRONMENT     | 2025-05-01…05-03 | COMPLETED | KH      | 20 (20, 20)  | 0      | –                      | –                                  | CHANGES_REQUESTED | Kilo, Xray           |
     * | O1      | other net | WORKSHOP | GENDER          | 2025-02-01…02-03 | COMPLETED | PH      | 5            | 0      | 10 / 10 USD            | –                                  | –                 | –                    |
     *
     * Follow-ups (today 2025-06-15): M1 DONE, DROPPED, OPEN due 06-01 (overdue), OPEN due 06-15 (not yet);
     * M2 OPEN due 05-01 (overdue); M3 DONE; M6 OPEN due 2025-01-01 (overdue); M7 DONE.
     * Assessments: Alpha 2025-01-15 (GOV 2, GEN 1) and 2025-05-01 (GOV 3, GEN 3); Bravo 2025-03-01 (GOV 1) and 2025-09-01 (GOV 4).
     */
    async function seedWorld() {
      const em = fresh();
      const {
        network,
        synergies: { ph, kh },
        partners: { alpha, bravo, xray, kilo },
      } = buildProgramme(em, {
        synergies: { ph: { country: 'PH' }, kh: { country: 'KH' } },
        partners: {
          alpha: { name: 'Alpha union' },
          bravo: { name: 'Bravo mutual' },
          xray: { name: 'Xray former member' },
          kilo: { name: 'Kilo cooperative', country: 'KH' },
        },
        memberships: [
          ['ph', 'alpha', { since: '2020-01-01' }],
          ['ph', 'bravo', { since: '2020-01-01' }],
          ['ph', 'xray', { since: '2020-01-01', until: '2024-12-31' }],
          ['kh', 'kilo', { since: '2020-01-01' }],
        ],
      });
      const other = buildNetwork(em);
      const users = buildUsersWithGrants(em, network, {
        admin: ['NETWORK_ADMIN', 'NETWORK', network.id],
        reviewer: ['NETWORK_REVIEWER', 'NETWORK', network.id],
        coordinator: ['SYNERGY_COORDINATOR', 'SYNERGY', ph.id],
        khViewer: ['VIEWER', 'SYNERGY', kh.id],
        alphaEditor: ['PARTNER_EDITOR', 'PARTNER', alpha.id],
        otherAdmin: ['NETWORK_ADMIN', 'NETWORK', other.id, other],
      });
      const dates = (start: string, end: string, actual = true) => ({
        plannedStartDate: start,
        plannedEndDate: end,
        actualStartDate: actual ? start : null,
        actualEndDate: actual ? end : null,
      });
      const m1 = buildMission(
        em,
        network,
        ph,
        {
          ...dates('2025-02-01', '2025-02-03'),
          themes: ['GENDER', 'POLITICAL_ACTION_METHODS'],
          genderScore: 2,
          budgetPlanned: '1000.00',
          budgetSpent: '900.50',
          budgetCurrency: 'USD',
          evaluationFormsReturned: 10,
          evaluationRelevance: 4,
          evaluationQuality: 3,
          evaluationUsefulness: 5,
          reviewStatus: 'APPROVED',
        },
        [alpha],
        cells(['WOMEN', '18-35', 10], ['MEN', '36-59', 5]),
      );
      const m2 = buildMission(
        em,
        network,
        null,
        {
          ...dates('2025-03-10', '2025-03-12', false),
          format: 'SEMINAR',
          themes: ['GENDER'],
          status: 'ONGOING',
          country: null,
          online: true,
          genderScore: 1,
          budgetPlanned: '500.00',
          budgetCurrency: 'USD',
          reviewStatus: 'DRAFT',
        },
        [kilo],
        cells(['WOMEN', '18-35', 4], ['OTHER', '60-plus', 2]),
      );
      em.create(MissionTarget, { mission: m2, synergy: ph });
      const m3 = buildMission(
        em,
        network,
        kh,
        {
          ...dates('2025-03-20', '2025-03-25'),
          format: 'COACHING',
          themes: ['ORGANISATIONAL_CAPACITY'],
          country: 'KH',
          genderScore: 0,
          budgetPlanned: '2000000.00',
          budgetSpent: '1500000.00',
          budgetCurrency: 'KHR',
          evaluationFormsReturned: 30,
          evaluationRelevance: 3,
          evaluationQuality: 4,
          reviewStatus: 'SUBMITTED',
        },
        [bravo],
        cells(['WOMEN', '36-59', 8], ['MEN', '36-59', 2]),
      );
      buildMission(
        em,
        network,
        ph,
        { ...dates('2025-04-01', '2025-04-05', false), format: 'MISSION', themes: ['POLITICAL_ACTION_METHODS'], status: 'PLANNED', genderScore: 1 },
        [],
        cells(['WOMEN', '18-35', 100]),
      );
      buildMission(
        em,
        network,
        ph,
        {
          ...dates('2025-04-10', '2025-04-11', false),
          themes: ['COMMUNICATION', 'GENDER'],
          status: 'CANCELLED',
          country: 'KH',
          genderScore: 2,
          budgetPlanned: '300.00',
          budgetSpent: '100.00',
          budgetCurrency: 'USD',
        },
        [],
        cells(['MEN', '18-35', 50]),
      );
      const m6 = buildMission(em, network, ph, { ...dates('2024-05-01', '2024-05-02'), themes: ['GENDER'] }, [alpha], cells(['WOMEN', '18-35', 30]));
      const m7 = buildMission(
        em,
        network,
        kh,
        { ...dates('2025-05-01', '2025-05-03'), format: 'EXCHANGE_SOUTH_SOUTH', themes: ['ENVIRONMENT'], country: 'KH', reviewStatus: 'CHANGES_REQUESTED' },
        [kilo, xray],
        cells(['WOMEN', '18-35', 20]),
      );
      const otherPartner = buildPartner(em, other);
      const o1 = buildMission(
        em,
        other,
        null,
        { ...dates('2025-02-01', '2025-02-03'), themes: ['GENDER'], budgetPlanned: '10.00', budgetSpent: '10.00', budgetCurrency: 'USD' },
        [otherPartner],
      );
      buildFollowUp(em, o1, otherPartner, { dueDate: '2025-01-01' });

      buildFollowUp(em, m1, alpha, { status: 'DONE', doneOn: '2025-03-01' });
      buildFollowUp(em, m1, alpha, { status: 'DROPPED', droppedReason: 'The ministry cancelled the meeting.' });
      buildFollowUp(em, m1, alpha, { dueDate: '2025-06-01' });
      buildFollowUp(em, m1, alpha, { dueDate: today });
      buildFollowUp(em, m2, kilo, { dueDate: '2025-05-01' });
      buildFollowUp(em, m3, bravo, { status: 'DONE', doneOn: '2025-04-01' });
      buildFollowUp(em, m6, alpha, { dueDate: '2025-01-01' });
      buildFollowUp(em, m7, kilo, { status: 'DONE', doneOn: '2025-05-20' });

      buildAssessment(em, alpha, '2025-01-15', { GOVERNANCE: 2, GENDER_MAINSTREAMING: 1 });
      buildAssessment(em, alpha, '2025-05-01', { GOVERNANCE: 3, GENDER_MAINSTREAMING: 3 });
      buildAssessment(em, bravo, '2025-03-01', { GOVERNANCE: 1 });
      buildAssessment(em, bravo, '2025-09-01', { GOVERNANCE: 4 });
      await persistSeed(em);
      return { networkId: network.id, ph: ph.id, kh: kh.id, partners: { alpha: alpha.id, kilo: kilo.id }, users };
    }
    type World = Awaited<ReturnType<typeof seedWorld>>;

    let world: World;
    beforeAll(async () => {
      world = await seedWorld();
    });

    const open = async (who: keyof World['users'] | null, scope: CapacityBuildingScope, from?: string | null, to?: string | null) =>
      CapacityBuildingSummary.open(await as(who && world.users[who]), scope, from, to, today);

    /** Every figure of a summary, for one comparison. */
    const everything = async (summary: CapacityBuildingSummary) => ({
      totals: await summary.totals(),
      byStatus: await summary.byStatus(),
      byTheme: await summary.byTheme(),
      byFormat: await summary.byFormat(),
      byCountry: await summary.byCountry(),
      byGenderMarker: await summary.byGenderMarker(),
      byMonth: await summary.byMonth(),
      evaluation: await summary.evaluation(),
      followUps: await summary.followUps(),
      budget: await summary.budget(),
      reviewsByStatus: await summary.reviewsByStatus(),
      capacityChange: await summary.capacityChange(),
    });

    const group = (missions: number, participants: number, women: number, youth: number) => ({
      missions,
      participants,
      women,
      youth,
      womenShare: participants ? women / participants : null,
      youthShare: participants ? youth / participants : null,
    });

    it('should sum every mission of the network overlapping the period, people only of ongoing and completed ones, when the scope is the network', async () => {
      const summary = await open('admin', { networkId: world.networkId }, year.from, year.to);
      expect(await everything(summary)).toEqual({
        totals: group(6, 51, 42, 34),
        byStatus: [
          { status: 'PLANNED', count: 1 },
          { status: 'ONGOING', count: 1 },
          { status: 'COMPLETED', count: 3 },
          { status: 'CANCELLED', count: 1 },
        ],
        byTheme: [
          { theme: 'GENDER', ...group(3, 21, 14, 14) },
          { theme: 'POLITICAL_ACTION_METHODS', ...group(2, 15, 10, 10) },
          { theme: 'ENVIRONMENT', ...group(1, 20, 20, 20) },
          { theme: 'ORGANISATIONAL_CAPACITY', ...group(1, 10, 8, 0) },
          { theme: 'COMMUNICATION', ...group(1, 0, 0, 0) },
        ],
        byFormat: [
          { format: 'WORKSHOP', ...group(2, 15, 10, 10) },
          { format: 'EXCHANGE_SOUTH_SOUTH', ...group(1, 20, 20, 20) },
          { format: 'COACHING', ...group(1, 10, 8, 0) },
          { format: 'SEMINAR', ...group(1, 6, 4, 4) },
          { format: 'MISSION', ...group(1, 0, 0, 0) },
        ],
        byCountry: [
          { country: 'KH', ...group(3, 30, 28, 20) },
          { country: 'PH', ...group(2, 15, 10, 10) },
          { country: null, ...group(1, 6, 4, 4) },
        ],
        byGenderMarker: [
          { score: 0, ...group(2, 30, 28, 20), spent: [{ currency: 'KHR', amount: 1_500_000 }] },
          { score: 1, ...group(2, 6, 4, 4), spent: [] },
          { score: 2, ...group(2, 15, 10, 10), spent: [{ currency: 'USD', amount: 1000.5 }] },
        ],
        byMonth: [
          { month: '2025-02', ...group(1, 15, 10, 10) },
          { month: '2025-03', ...group(2, 16, 12, 4) },
          { month: '2025-04', ...group(2, 0, 0, 0) },
          { month: '2025-05', ...group(1, 20, 20, 20) },
        ],
        // (4×10 + 3×30) / 40, (3×10 + 4×30) / 40, and usefulness only from M1's ten forms.
        evaluation: { missions: 2, formsReturned: 40, relevance: 3.25, quality: 3.75, usefulness: 5 },
        // 3 done of the 6 not dropped; M1's open one due today is not overdue yet.
        followUps: { total: 7, done: 3, dropped: 1, open: 3, overdue: 2, completionRate: 0.5 },
        budget: [
          { currency: 'KHR', planned: 2_000_000, spent: 1_500_000 },
          { currency: 'USD', planned: 1800, spent: 1000.5 },
        ],
        reviewsByStatus: [
          { status: 'DRAFT', count: 1 },
          { status: 'SUBMITTED', count: 1 },
          { status: 'CHANGES_REQUESTED', count: 1 },
          { status: 'APPROVED', count: 1 },
        ],
        // Alpha after M1 (2→3, 1→3) and Bravo after M3 (1→4): Bravo's after is within a year of M3's end.
        capacityChange: [
          { domain: 'GOVERNANCE', partners: 2, averageBefore: 1.5, averageAfter: 3.5, averageChange: 2 },
          { domain: 'GENDER_MAINSTREAMING', partners: 1, averageBefore: 1, averageAfter: 3, averageChange: 2 },
        ],
      });
    });

    it('should sum what a synergy organises or is targeted by, directly or through its current partners, when the scope is a synergy', async () => {
      // M1, M4, M5, M6 organised; M2 targets the synergy; M3 targets its member Bravo. M7 targets Xray, who left it.
      const summary = await open('coordinator', { synergyId: world.ph });
      const figures = await everything(summary);
      expect(figures.totals).toEqual(group(6, 61, 52, 44));
      expect(figures.followUps).toEqual({ total: 7, done: 2, dropped: 1, open: 4, overdue: 3, completionRate: 2 / 6 });
      expect(figures.reviewsByStatus).toEqual([
        { status: 'DRAFT', count: 1 },
        { status: 'SUBMITTED', count: 1 },
        { status: 'APPROVED', count: 1 },
      ]);
      expect(figures.byMonth.map((row) => row.month)).toEqual(['2024-05', '2025-02', '2025-03', '2025-04']);
    });

    it('should sum only the missions targeting a partner when the scope is a partner', async () => {
      const kilo = await open('khViewer', { partnerId: world.partners.kilo });
      expect(await kilo.totals()).toEqual(group(2, 26, 24, 24));
      const alpha = await open('alphaEditor', { partnerId: world.partners.alpha }, year.from);
      expect(await alpha.totals()).toEqual(group(1, 15, 10, 10));
      expect(await alpha.followUps()).toEqual({ total: 4, done: 1, dropped: 1, open: 2, overdue: 1, completionRate: 1 / 3 });
    });

    it('should answer empty figures, with null shares and averages, when no mission overlaps the period', async () => {
      const summary = await open('admin', { networkId: world.networkId }, '2030-01-01', '2030-12-31');
      const figures = await everything(summary);
      expect(figures.totals).toEqual(group(0, 0, 0, 0));
      expect(figures.evaluation).toEqual({ missions: 0, formsReturned: 0, relevance: null, quality: null, usefulness: null });
      expect(figures.followUps).toEqual({ total: 0, done: 0, dropped: 0, open: 0, overdue: 0, completionRate: null });
      expect(figures.byGenderMarker.map((row) => [row.score, row.missions, row.spent])).toEqual([
        [0, 0, []],
        [1, 0, []],
        [2, 0, []],
      ]);
      expect([figures.byTheme, figures.byStatus, figures.budget, figures.reviewsByStatus, figures.capacityChange]).toEqual([[], [], [], [], []]);
    });

    it('should run one statement per breakdown, once however often it is asked for, whatever the number of missions', async () => {
      const summary = await open('admin', { networkId: world.networkId }, year.from, year.to);
      const before = statements;
      await everything(summary);
      await everything(summary);
      // totals+evaluation, status, theme, format, country, gender marker, month, follow-ups, budget, reviews, capacity change.
      expect(statements - before).toBe(11);
    });

    it('should load the breakdowns that group missions alike in one statement when prefetched, with the same answers', async () => {
      const alone = await everything(await open('admin', { networkId: world.networkId }, year.from, year.to));
      const summary = await open('admin', { networkId: world.networkId }, year.from, year.to);
      const before = statements;
      summary.prefetch(['byStatus', 'byTheme', 'byFormat', 'byCountry', 'byMonth', 'missions', 'budget']);
      expect(await everything(summary)).toEqual(alone);
      // The five grouped breakdowns in one statement, then the six others.
      expect(statements - before).toBe(7);
    });

    it('should refuse a scope the actor may not read in full, or that names nothing, naming the argument', async () => {
      const refused = async (who: keyof World['users'], scope: CapacityBuildingScope) => {
        const error = await open(who, scope).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(InvalidArgumentError);
        return (error as InvalidArgumentError).argument;
      };
      expect(await refused('coordinator', { synergyId: world.kh })).toBe('scope.synergyId');
      expect(await refused('coordinator', { networkId: world.networkId })).toBe('scope.networkId');
      expect(await refused('khViewer', { partnerId: world.partners.alpha })).toBe('scope.partnerId');
      expect(await refused('otherAdmin', { networkId: world.networkId })).toBe('scope.networkId');
      expect(await refused('admin', { synergyId: newId() })).toBe('scope.synergyId');
      expect(await refused('admin', { networkId: world.networkId, synergyId: world.ph })).toBe('scope');
      await expect(open('admin', { networkId: world.networkId }, '2025-02-01', '2025-01-01')).rejects.toMatchObject({ argument: 'to' });
      await expect(open('admin', { networkId: world.networkId }, '1 May')).rejects.toMatchObject({ argument: 'from' });
      // The reviewer reads the whole network; the coordinator reads their own synergy.
      await expect(open('reviewer', { networkId: world.networkId })).resolves.toBeInstanceOf(CapacityBuildingSummary);
    });
  });
}
