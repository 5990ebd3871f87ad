import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '../testing/builders.ts';
import { loadActor } from '../users/actor.ts';
import { newId } from '../shared/ids.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import type { Result } from '../shared/errors.ts';
import type { WorkStatus } from '../activities/activity-status.rules.ts';
import type { ParticipantCell } from '../activities/participant-counts.rules.ts';
import type { JointAction } from './joint-action.entity.ts';
import type { CreateJointActionInput } from './joint-action.schemas.ts';
import type { PolicyStage } from './joint-action.vocabulary.ts';
import { changeJointActionStatus, createJointAction, recordPolicyOutcome } from './joint-actions.service.ts';
import { JointActionSummary, type JointActionScope } from './joint-action-summary.ts';

const dialects = await testDialects();

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.errors)}`);
  return result.value;
};

/** The fixed day the milestones are judged against. */
const today = '2025-06-15';
const year = { from: '2025-01-01', to: '2025-12-31' };

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`joint action summary on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    let statements = 0;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'joint_action_summary', (message) => {
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
     * PH synergy with Alpha and Bravo, KH synergy with Kilo, another network;
     * joint actions created by the network admin through the service:
     *
     * | action | owner | kind     | planned             | status    | people (women, youth) | stage reached  | open milestones (due)                       |
     * | A1     | PH    | POLITICAL| 2025-02-01…03-31    | COMPLETED | 15 (10, 10)           | ADOPTION       | 03-01 (completed: not counted)               |
     * | A2     | PH    | CAMPAIGN | 2025-05-01…07-31    | ONGOING   | 6 (4, 0)              | –              | 06-01 overdue, 06-15 and 07-15 upcoming, 07-16 later; 06-10 done |
     * | A3     | PH    | POLITICAL| 2025-09-01…09-30    | PLANNED   | 100 (100, 100) unreached | AGENDA_SETTING | 06-01 overdue                            |
     * | A4     | PH    | SERVICE  | 2025-04-01…04-30    | CANCELLED | 50 (0, 50) unreached  | –              | 04-15 (cancelled: not counted)               |
     * | A5     | KH    | SERVICE  | 2025-03-01…03-31    | ONGOING   | 10 (8, 0)             | –              | 06-20 upcoming                               |
     * | C1     | –     | POLITICAL| 2025-10-01…11-30    | ONGOING   | 20 (0, 0)             | FORMULATION    | 05-01 overdue                                |
     * | O1     | PH    | CAMPAIGN | 2024-03-01…12-31    | ONGOING   | 30 (30, 30)           | –              | 06-05 (outside 2025)                         |
     * | O2     | KH    | SERVICE  | 2026-01-10…02-10    | PLANNED   | 0                     | –              | –                                            |
     */
    async function seedWorld() {
      const em = fresh();
      const network = buildNetwork(em);
      const ph = buildSynergy(em, network, { country: 'PH' });
      const kh = buildSynergy(em, network, { country: 'KH' });
      const alpha = buildPartner(em, network, { name: 'Alpha union' });
      const bravo = buildPartner(em, network, { name: 'Bravo mutual' });
      const kilo = buildPartner(em, network, { name: 'Kilo cooperative', country: 'KH' });
      buildMembership(em, ph, alpha, { since: '2020-01-01' });
      buildMembership(em, ph, bravo, { since: '2020-01-01' });
      buildMembership(em, kh, kilo, { since: '2020-01-01' });
      const other = buildNetwork(em);
      const user = (role: Parameters<typeof buildGrant>[2], scopeType: Parameters<typeof buildGrant>[3], scopeId: string, net = network) => {
        const u = buildUser(em);
        buildGrant(em, u, role, scopeType, scopeId, net);
        return u.id;
      };
      const users = {
        admin: user('NETWORK_ADMIN', 'NETWORK', network.id),
        reviewer: user('NETWORK_REVIEWER', 'NETWORK', network.id),
        coordinator: user('SYNERGY_COORDINATOR', 'SYNERGY', ph.id),
        khViewer: user('VIEWER', 'SYNERGY', kh.id),
        alphaEditor: user('PARTNER_EDITOR', 'PARTNER', alpha.id),
        otherAdmin: user('NETWORK_ADMIN', 'NETWORK', other.id, other),
      };
      await persistSeed(em);

      const admin = await as(users.admin);
      const lead = (partnerId: string) => ({ partnerId, role: 'LEAD' as const });
      const create = async (input: Omit<CreateJointActionInput, 'branches' | 'title'> & { title: string }) =>
        valueOf(await createJointAction(admin, { branches: ['GENERAL'], ...input }));
      const milestone = (dueDate: string, doneDate: string | null = null) => ({ title: `Due ${dueDate}`, dueDate, doneDate });
      const outcome = async (action: JointAction, stage: PolicyStage, observedOn: string) =>
        valueOf(
          await recordPolicyOutcome(admin, {
            jointActionId: action.id,
            version: action.version,
            observedOn,
            description: `Reached ${stage}`,
            stage,
            contribution: 'SIGNIFICANT',
          }),
        );
      const move = async (action: JointAction, status: WorkStatus) =>
        valueOf(await changeJointActionStatus(admin, { id: action.id, version: action.version, status }));
      const cells = (...list: [ParticipantCell['sex'], string | null, number][]): ParticipantCell[] =>
        list.map(([sex, ageBandId, count]) => ({ sex, ageBandId, count }));

      const a1 = await create({
        synergyId: ph.id,
        kind: 'POLITICAL_ACTION',
        title: 'A1 maternity cover bill',
        plannedStartDate: '2025-02-01',
        plannedEndDate: '2025-03-31',
        partners: [lead(alpha.id), { partnerId: bravo.id, role: 'CO_ORGANISER' }],
        milestones: [milestone('2025-03-01')],
        participants: cells(['WOMEN', '18-35', 10], ['MEN', '36-59', 5]),
      });
      await move(await outcome(a1, 'ADOPTION', '2025-03-15'), 'COMPLETED');
      await move(
        await create({
          synergyId: ph.id,
          kind: 'JOINT_CAMPAIGN',
          title: 'A2 enrolment campaign',
          plannedStartDate: '2025-05-01',
          plannedEndDate: '2025-07-31',
          partners: [lead(alpha.id)],
          milestones: [milestone('2025-06-01'), milestone('2025-06-10', '2025-06-09'), milestone('2025-06-15'), milestone('2025-07-15'), milestone('2025-07-16')],
          participants: cells(['WOMEN', 'under-18', 4], ['OTHER', '60-plus', 2]),
        }),
        'ONGOING',
      );
      const a3 = await create({
        synergyId: ph.id,
        kind: 'POLITICAL_ACTION',
        title: 'A3 pension hearing',
        plannedStartDate: '2025-09-01',
        plannedEndDate: '2025-09-30',
        partners: [lead(bravo.id)],
        milestones: [milestone('2025-06-01')],
        participants: cells(['WOMEN', '18-35', 100]),
      });
      await outcome(a3, 'AGENDA_SETTING', '2025-05-20');
      await move(
        await create({
          synergyId: ph.id,
          kind: 'JOINT_SERVICE',
          title: 'A4 legal clinic',
          plannedStartDate: '2025-04-01',
          plannedEndDate: '2025-04-30',
          partners: [lead(alpha.id)],
          milestones: [milestone('2025-04-15')],
          participants: cells(['MEN', '18-35', 50]),
        }),
        'CANCELLED',
      );
      await move(
        await create({
          synergyId: kh.id,
          kind: 'JOINT_SERVICE',
          title: 'A5 health mutual enrolment',
          plannedStartDate: '2025-03-01',
          plannedEndDate: '2025-03-31',
          partners: [lead(kilo.id)],
          milestones: [milestone('2025-06-20')],
          participants: cells(['WOMEN', '36-59', 8], ['MEN', '36-59', 2]),
        }),
        'ONGOING',
      );
      const c1 = await create({
        networkId: network.id,
        kind: 'POLITICAL_ACTION',
        title: 'C1 regional social protection floor',
        plannedStartDate: '2025-10-01',
        plannedEndDate: '2025-11-30',
        partners: [lead(alpha.id), { partnerId: kilo.id, role: 'CONTRIBUTOR' }],
        milestones: [milestone('2025-05-01')],
        participants: cells(['NOT_RECORDED', null, 20]),
      });
      await move(await outcome(c1, 'FORMULATION', '2025-05-10'), 'ONGOING');
      await move(
        await create({
          synergyId: ph.id,
          kind: 'JOINT_CAMPAIGN',
          title: 'O1 last year’s campaign',
          plannedStartDate: '2024-03-01',
          plannedEndDate: '2024-12-31',
          partners: [lead(alpha.id)],
          milestones: [milestone('2025-06-05')],
          participants: cells(['WOMEN', '18-35', 30]),
        }),
        'ONGOING',
      );
      await create({
        synergyId: kh.id,
        kind: 'JOINT_SERVICE',
        title: 'O2 next year’s service',
        plannedStartDate: '2026-01-10',
        plannedEndDate: '2026-02-10',
        partners: [lead(kilo.id)],
      });
      return { networkId: network.id, ph: ph.id, kh: kh.id, partners: { alpha: alpha.id, bravo: bravo.id, kilo: kilo.id }, users };
    }
    type World = Awaited<ReturnType<typeof seedWorld>>;

    let world: World;
    beforeAll(async () => {
      world = await seedWorld();
    });

    const open = async (who: keyof World['users'] | null, scope: JointActionScope, from?: string | null, to?: string | null, day = today) =>
      JointActionSummary.open(await as(who && world.users[who]), scope, from, to, day);

    /** Every figure of a summary, for one comparison. */
    const everything = async (summary: JointActionSummary) => ({
      totals: await summary.totals(),
      byKind: await summary.byKind(),
      byStatus: await summary.byStatus(),
      byStageReached: await summary.byStageReached(),
      byCountry: await summary.byCountry(),
      milestones: await summary.milestones(),
    });

    it('should count every action of the network overlapping the period, people only of ongoing and completed ones, when the scope is the network', async () => {
      const summary = await open('admin', { networkId: world.networkId }, year.from, year.to);
      expect(await everything(summary)).toEqual({
        totals: { count: 6, participants: 51, women: 22, youth: 10, womenShare: 22 / 51, youthShare: 10 / 51 },
        byKind: [
          { kind: 'POLITICAL_ACTION', count: 3 },
          { kind: 'JOINT_SERVICE', count: 2 },
          { kind: 'JOINT_CAMPAIGN', count: 1 },
        ],
        byStatus: [
          { status: 'PLANNED', count: 1 },
          { status: 'ONGOING', count: 3 },
          { status: 'COMPLETED', count: 1 },
          { status: 'CANCELLED', count: 1 },
        ],
        byStageReached: [
          { stage: 'AGENDA_SETTING', count: 1 },
          { stage: 'FORMULATION', count: 1 },
          { stage: 'ADOPTION', count: 1 },
        ],
        byCountry: [
          { country: 'PH', count: 4, withOutcomes: 2, participants: 21, womenShare: 14 / 21, youthShare: 10 / 21 },
          { country: 'KH', count: 1, withOutcomes: 0, participants: 10, womenShare: 0.8, youthShare: 0 },
          { country: null, count: 1, withOutcomes: 1, participants: 20, womenShare: 0, youthShare: 0 },
        ],
        milestones: { overdue: 3, upcoming: 3 },
      });
    });

    it('should sum only the synergy’s own actions, continental ones left out, when the scope is a synergy and no period is given', async () => {
      const summary = await open('coordinator', { synergyId: world.ph });
      expect(await everything(summary)).toEqual({
        totals: { count: 5, participants: 51, women: 44, youth: 40, womenShare: 44 / 51, youthShare: 40 / 51 },
        byKind: [
          { kind: 'JOINT_CAMPAIGN', count: 2 },
          { kind: 'POLITICAL_ACTION', count: 2 },
          { kind: 'JOINT_SERVICE', count: 1 },
        ],
        byStatus: [
          { status: 'PLANNED', count: 1 },
          { status: 'ONGOING', count: 2 },
          { status: 'COMPLETED', count: 1 },
          { status: 'CANCELLED', count: 1 },
        ],
        byStageReached: [
          { stage: 'AGENDA_SETTING', count: 1 },
          { stage: 'ADOPTION', count: 1 },
        ],
        byCountry: [{ country: 'PH', count: 5, withOutcomes: 2, participants: 51, womenShare: 44 / 51, youthShare: 40 / 51 }],
        milestones: { overdue: 3, upcoming: 2 },
      });
    });

    it('should sum the actions a partner takes part in, across its synergy and the network, when the scope is a partner', async () => {
      const summary = await open('khViewer', { partnerId: world.partners.kilo });
      expect(await summary.totals()).toEqual({ count: 3, participants: 30, women: 8, youth: 0, womenShare: 8 / 30, youthShare: 0 });
      expect(await summary.byCountry()).toEqual([
        { country: 'KH', count: 2, withOutcomes: 0, participants: 10, womenShare: 0.8, youthShare: 0 },
        { country: null, count: 1, withOutcomes: 1, participants: 20, womenShare: 0, youthShare: 0 },
      ]);
      expect(await summary.milestones()).toEqual({ overdue: 1, upcoming: 1 });
    });

    it('should take actions whose planned period overlaps an open-ended period, and judge milestones against the day given', async () => {
      const fromJune = await open('reviewer', { networkId: world.networkId }, '2025-06-01', null, '2025-06-02');
      // A2 (ends 07-31), A3, C1 and O2 end on or after 1 June.
      expect((await fromJune.totals()).count).toBe(4);
      // On 2 June the 1 June milestones of A2 and A3 and C1's of 1 May are late; of those to 2 July only A2's of 15 June is upcoming.
      expect(await fromJune.milestones()).toEqual({ overdue: 3, upcoming: 1 });
      const untilFebruary = await open('reviewer', { networkId: world.networkId }, null, '2025-02-01');
      // A1 starts on 1 February; O1 started in 2024.
      expect((await untilFebruary.totals()).count).toBe(2);
    });

    it('should give zeros and null shares when nothing falls in the period', async () => {
      const summary = await open('admin', { networkId: world.networkId }, '2030-01-01', '2030-12-31');
      expect(await everything(summary)).toEqual({
        totals: { count: 0, participants: 0, women: 0, youth: 0, womenShare: null, youthShare: null },
        byKind: [],
        byStatus: [],
        byStageReached: [],
        byCountry: [],
        milestones: { overdue: 0, upcoming: 0 },
      });
    });

    it('should run each breakdown as one SQL statement, once however often it is asked for', async () => {
      const summary = await open('admin', { networkId: world.networkId }, year.from, year.to);
      const before = statements;
      await Promise.all([everything(summary), everything(summary)]);
      await everything(summary);
      // totals, kind, status, stage, country, milestones.
      expect(statements - before).toBe(6);
    });

    it('should refuse, naming the argument, a scope the user may not read all of, and bad arguments', async () => {
      const refused = (argument: string) => new InvalidArgumentError(argument, 'names nothing you may see');
      await expect(open('coordinator', { networkId: world.networkId })).rejects.toThrow(refused('scope.networkId'));
      await expect(open('coordinator', { synergyId: world.kh })).rejects.toThrow(refused('scope.synergyId'));
      await expect(open('coordinator', { partnerId: world.partners.kilo })).rejects.toThrow(refused('scope.partnerId'));
      // A partner editor reads its synergy, not the synergy's actions it takes no part in.
      await expect(open('alphaEditor', { synergyId: world.ph })).rejects.toThrow(refused('scope.synergyId'));
      await expect(open('otherAdmin', { partnerId: world.partners.alpha })).rejects.toThrow(refused('scope.partnerId'));
      await expect(open(null, { networkId: world.networkId })).rejects.toThrow(refused('scope.networkId'));
      await expect(open('admin', { synergyId: newId() })).rejects.toThrow(refused('scope.synergyId'));
      await expect(open('admin', { networkId: world.networkId, synergyId: world.ph })).rejects.toThrow('scope: give exactly one');
      await expect(open('admin', {})).rejects.toThrow('scope: give exactly one');
      await expect(open('admin', { networkId: world.networkId }, '2025-02-30')).rejects.toThrow('from: must be a date in the form YYYY-MM-DD');
      await expect(open('admin', { networkId: world.networkId }, '2025-05-01', '2025-01-01')).rejects.toThrow('to: must not be before from');
      await expect(open('admin', { networkId: world.networkId }, null, null, 'tomorrow')).rejects.toThrow('today: must be a date');
      // Those the scope allows.
      await expect(open('coordinator', { partnerId: world.partners.alpha })).resolves.toBeInstanceOf(JointActionSummary);
      await expect(open('alphaEditor', { partnerId: world.partners.alpha })).resolves.toBeInstanceOf(JointActionSummary);
    });
  });
}
