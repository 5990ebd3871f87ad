import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '../testing/builders.ts';
import { loadActor } from '../users/actor.ts';
import { AuditEntry } from '../audit/audit-entry.entity.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import type { Result, UserError } from '../shared/errors.ts';
import { Activity } from './activity.entity.ts';
import { changeActivityStatus, createActivity, deleteActivity, findActivity, listActivities, updateActivity } from './activities.service.ts';
import { ParticipationSummary } from './participation-summary.ts';
import type { CreateActivityInput, GenderMarkerInput } from './activity.schemas.ts';
import type { ParticipantCell } from './participant-counts.rules.ts';

const dialects = await testDialects();

const allCriteria: GenderMarkerInput['criteria'] = {
  genderAnalysis: true,
  analysisShapedDesign: true,
  genderObjectiveAndIndicator: true,
  sexDisaggregatedData: true,
  genderMonitoringCommitment: true,
};
const significant: GenderMarkerInput = { score: 1, criteria: allCriteria, principalObjective: false, justification: null };
const principal: GenderMarkerInput = {
  score: 2,
  criteria: allCriteria,
  principalObjective: true,
  justification: 'Women domestic workers asked for this maternity cover campaign themselves.',
};

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`activities on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'activities');
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
     * A new network per test: S1 (PH) with Alpha union; S2 (KH) with Bravo mutual;
     * Charlie in no synergy; and another network. One user per role.
     */
    async function seedWorld() {
      const em = fresh();
      const network = buildNetwork(em);
      const s1 = buildSynergy(em, network, { country: 'PH' });
      const s2 = buildSynergy(em, network, { country: 'KH' });
      const alpha = buildPartner(em, network, { name: 'Alpha union' });
      const bravo = buildPartner(em, network, { name: 'Bravo mutual', type: 'HEALTH_MUTUAL', country: 'KH' });
      const charlie = buildPartner(em, network, { name: 'Charlie cooperative', type: 'COOPERATIVE' });
      buildMembership(em, s1, alpha, { since: '2020-01-01' });
      buildMembership(em, s2, bravo, { since: '2020-01-01' });
      const other = buildNetwork(em);
      const user = (role: Parameters<typeof buildGrant>[2], scopeType: Parameters<typeof buildGrant>[3], scopeId: string, net = network) => {
        const u = buildUser(em);
        buildGrant(em, u, role, scopeType, scopeId, net);
        return u.id;
      };
      const users = {
        admin: user('NETWORK_ADMIN', 'NETWORK', network.id),
        reviewer: user('NETWORK_REVIEWER', 'NETWORK', network.id),
        coordinator: user('SYNERGY_COORDINATOR', 'SYNERGY', s1.id),
        synergyViewer: user('VIEWER', 'SYNERGY', s1.id),
        alphaEditor: user('PARTNER_EDITOR', 'PARTNER', alpha.id),
        bravoEditor: user('PARTNER_EDITOR', 'PARTNER', bravo.id),
        otherAdmin: user('NETWORK_ADMIN', 'NETWORK', other.id, other),
      };
      await persistSeed(em);
      return { networkId: network.id, s1: s1.id, s2: s2.id, partners: { alpha: alpha.id, bravo: bravo.id, charlie: charlie.id }, users };
    }
    type World = Awaited<ReturnType<typeof seedWorld>>;
    type UserKey = keyof World['users'];

    const errorsOf = <T>(result: Result<T>): Pick<UserError, 'kind' | 'path'>[] => {
      expect(result.ok, 'the operation should fail').toBe(false);
      return result.ok ? [] : result.errors.map(({ kind, path }) => ({ kind, path }));
    };
    const messagesOf = <T>(result: Result<T>): string[] => (result.ok ? [] : result.errors.map((error) => error.message));
    const valueOf = <T>(result: Result<T>): T => {
      if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.errors)}`);
      return result.value;
    };
    /** Everything an activity operation may write, with each activity's version. */
    const snapshot = async () => {
      const em = fresh();
      const activities = await em.find(Activity, {}, { orderBy: { id: 'asc' } });
      return { activities: activities.map((a) => `${a.id}@${a.version}:${a.status}`), audit: await em.count(AuditEntry, {}) };
    };

    const training = (world: World, overrides: Partial<CreateActivityInput> = {}): CreateActivityInput => ({
      partnerId: world.partners.alpha,
      type: 'BASIC_TRAINING',
      title: 'Paralegal training for home-based workers',
      startDate: '2025-03-10',
      endDate: '2025-03-12',
      branches: ['MEDICAL_CARE', 'OLD_AGE'],
      ...overrides,
    });

    describe('createActivity', () => {
      it('should store the grid, derive the totals, default the synergy and country, and audit it in the editor’s name when a partner editor records a completed activity', async () => {
        const world = await seedWorld();
        const cells: ParticipantCell[] = [
          { sex: 'WOMEN', ageBandId: '18-35', count: 10 },
          { sex: 'MEN', ageBandId: '60-plus', count: 1 },
          { sex: 'WOMEN', ageBandId: '36-59', count: 5 },
          { sex: 'MEN', ageBandId: '18-35', count: 4 },
          { sex: 'OTHER', ageBandId: 'under-18', count: 0 },
        ];
        const result = await createActivity(
          await as(world.users.alphaEditor),
          training(world, { status: 'COMPLETED', participants: cells, genderMarker: significant, workerCategories: ['INFORMAL_ECONOMY'] }),
        );
        const id = valueOf(result).id;
        const stored = await fresh().findOneOrFail(Activity, { id });
        expect(stored).toMatchObject({
          status: 'COMPLETED',
          country: 'PH',
          startDate: '2025-03-10',
          endDate: '2025-03-12',
          branches: ['MEDICAL_CARE', 'OLD_AGE'],
          workerCategories: ['INFORMAL_ECONOMY'],
          informalSectors: [],
          participantsTotal: 20,
          participantsWomen: 15,
          participantsMen: 5,
          participantsOther: 0,
          participantsNotRecorded: 0,
          participantsYouth: 14,
          genderScore: 1,
          genderCriteria: ['GENDER_ANALYSIS', 'ANALYSIS_SHAPED_DESIGN', 'GENDER_OBJECTIVE_AND_INDICATOR', 'SEX_DISAGGREGATED_DATA', 'GENDER_MONITORING_COMMITMENT'],
          version: 1,
        });
        // Zero cells are dropped; the rest in sex then band order.
        expect(stored.participantCells).toEqual([
          { sex: 'WOMEN', ageBandId: '18-35', count: 10 },
          { sex: 'WOMEN', ageBandId: '36-59', count: 5 },
          { sex: 'MEN', ageBandId: '18-35', count: 4 },
          { sex: 'MEN', ageBandId: '60-plus', count: 1 },
        ]);
        expect(stored.synergy?.id).toBe(world.s1);
        expect(stored.createdBy?.id).toBe(world.users.alphaEditor);
        const entries = await fresh().find(AuditEntry, { entityId: id });
        expect(entries.map((e) => [e.action, e.actorId, e.networkId])).toEqual([['CREATE', world.users.alphaEditor, world.networkId]]);
        expect(entries[0]!.after).toMatchObject({ title: 'Paralegal training for home-based workers', participantsTotal: 20 });
      });

      it('should name each bad cell and each gender-marker problem, all at once, and write nothing when the input breaks several rules', async () => {
        const world = await seedWorld();
        const before = await snapshot();
        const result = await createActivity(
          await as(world.users.alphaEditor),
          training(world, {
            type: 'POLITICAL_ACTION',
            endDate: '2025-03-01',
            participants: [
              { sex: 'WOMEN', ageBandId: '18-35', count: -2 },
              { sex: 'MEN', ageBandId: '18-35', count: 2.5 },
              { sex: 'MEN', ageBandId: '36-59', count: 1_000_001 },
              { sex: 'WOMEN', ageBandId: 'over-90', count: 1 },
            ],
            genderMarker: { ...significant, criteria: { ...allCriteria, genderAnalysis: false, sexDisaggregatedData: false } },
          }),
        );
        expect(errorsOf(result)).toEqual([
          { kind: 'ValidationError', path: ['subType'] },
          { kind: 'ValidationError', path: ['endDate'] },
          { kind: 'ValidationError', path: ['participants', 'cells', '0', 'count'] },
          { kind: 'ValidationError', path: ['participants', 'cells', '1', 'count'] },
          { kind: 'ValidationError', path: ['participants', 'cells', '2', 'count'] },
          { kind: 'ValidationError', path: ['participants', 'cells', '3', 'ageBandId'] },
          { kind: 'ValidationError', path: ['genderMarker', 'criteria'] },
        ]);
        const messages = messagesOf(result);
        expect(messages[2]).toBe('participants.cells.0.count: women aged 18–35 must not be negative (-2)');
        expect(messages[3]).toBe('participants.cells.1.count: men aged 18–35 must be a whole number, not 2.5');
        expect(messages[6]).toBe(
          'genderMarker.criteria: score 1 needs all five checklist criteria; missing: a gender analysis was done; data and indicators are disaggregated by sex',
        );
        expect(await snapshot()).toEqual(before);
      });

      it('should refuse a completed activity without participants, a sub-type of another type and score 2 without its statement', async () => {
        const world = await seedWorld();
        const before = await snapshot();
        const ctx = await as(world.users.alphaEditor);
        expect(errorsOf(await createActivity(ctx, training(world, { status: 'COMPLETED' })))).toEqual([{ kind: 'ValidationError', path: ['participants'] }]);
        expect(errorsOf(await createActivity(ctx, training(world, { subType: 'LEGAL_AID' })))).toEqual([{ kind: 'ValidationError', path: ['subType'] }]);
        expect(errorsOf(await createActivity(ctx, training(world, { genderMarker: { ...principal, principalObjective: false, justification: 'ok' } })))).toEqual([
          { kind: 'ValidationError', path: ['genderMarker', 'principalObjective'] },
          { kind: 'ValidationError', path: ['genderMarker', 'justification'] },
        ]);
        expect(errorsOf(await createActivity(ctx, training(world, { branches: [] })))).toEqual([{ kind: 'ValidationError', path: ['branches'] }]);
        expect(await snapshot()).toEqual(before);
      });

      it('should accept a grand total only as sex NOT_RECORDED without an age band', async () => {
        const world = await seedWorld();
        const ctx = await as(world.users.alphaEditor);
        const refused = await createActivity(ctx, training(world, { participants: [{ sex: 'WOMEN', ageBandId: null, count: 40 }] }));
        expect(errorsOf(refused)).toEqual([{ kind: 'ValidationError', path: ['participants', 'cells', '0', 'ageBandId'] }]);
        const accepted = valueOf(await createActivity(ctx, training(world, { status: 'COMPLETED', participants: [{ sex: 'NOT_RECORDED', ageBandId: null, count: 40 }] })));
        expect({ total: accepted.participantsTotal, notRecorded: accepted.participantsNotRecorded, youth: accepted.participantsYouth }).toEqual({
          total: 40,
          notRecorded: 40,
          youth: 0,
        });
      });

      it('should refuse a synergy the partner was not a member of on the start date', async () => {
        const world = await seedWorld();
        const result = await createActivity(await as(world.users.admin), training(world, { synergyId: world.s2 }));
        expect(errorsOf(result)).toEqual([{ kind: 'ValidationError', path: ['synergyId'] }]);
        const early = await createActivity(await as(world.users.admin), training(world, { synergyId: world.s1, startDate: '2019-05-01', endDate: '2019-05-01' }));
        expect(errorsOf(early)).toEqual([{ kind: 'ValidationError', path: ['synergyId'] }]);
      });

      const refusals: { who: UserKey | null; partner: 'alpha' | 'bravo' | 'charlie'; kind: UserError['kind'] }[] = [
        { who: 'bravoEditor', partner: 'alpha', kind: 'ForbiddenError' }, // sees Alpha through no grant: reads only its own partner… and synergy
        { who: 'coordinator', partner: 'bravo', kind: 'NotFoundError' },
        { who: 'coordinator', partner: 'charlie', kind: 'ForbiddenError' }, // sees unaffiliated partners, cannot record for them
        { who: 'synergyViewer', partner: 'alpha', kind: 'ForbiddenError' },
        { who: 'reviewer', partner: 'alpha', kind: 'ForbiddenError' },
        { who: 'otherAdmin', partner: 'alpha', kind: 'NotFoundError' },
        { who: null, partner: 'alpha', kind: 'NotFoundError' },
      ];
      it.each(refusals)('should refuse and write nothing when $who records an activity for $partner', async ({ who, partner, kind }) => {
        const world = await seedWorld();
        const before = await snapshot();
        const result = await createActivity(await as(who && world.users[who]), training(world, { partnerId: world.partners[partner] }));
        const errors = errorsOf(result);
        expect(errors).toHaveLength(1);
        expect(errors[0]!.path).toEqual(['partnerId']);
        expect(['ForbiddenError', 'NotFoundError']).toContain(errors[0]!.kind);
        if (kind === 'NotFoundError') expect(errors[0]!.kind).toBe('NotFoundError');
        expect(await snapshot()).toEqual(before);
      });

      it('should let a coordinator record for a partner of their synergy and an admin for a partner in no synergy', async () => {
        const world = await seedWorld();
        expect(valueOf(await createActivity(await as(world.users.coordinator), training(world))).synergy?.id).toBe(world.s1);
        const loner = valueOf(await createActivity(await as(world.users.admin), training(world, { partnerId: world.partners.charlie, country: 'vn' })));
        expect({ synergy: loner.synergy, country: loner.country }).toEqual({ synergy: null, country: 'VN' });
      });
    });

    describe('updateActivity, changeActivityStatus and deleteActivity', () => {
      async function planned(world: World) {
        return valueOf(await createActivity(await as(world.users.alphaEditor), training(world))).id;
      }

      it('should change the fields given, replace the grid, bump the version and record who changed it', async () => {
        const world = await seedWorld();
        const id = await planned(world);
        const result = await updateActivity(await as(world.users.coordinator), {
          id,
          version: 1,
          title: 'Paralegal training, second round',
          place: 'Quezon City',
          participants: [{ sex: 'WOMEN', ageBandId: '18-35', count: 12 }],
          genderMarker: principal,
        });
        expect(valueOf(result).version).toBe(2);
        const stored = await fresh().findOneOrFail(Activity, { id });
        expect(stored).toMatchObject({ title: 'Paralegal training, second round', place: 'Quezon City', participantsTotal: 12, participantsYouth: 12, genderScore: 2 });
        expect(stored.type).toBe('BASIC_TRAINING');
        expect(stored.updatedBy?.id).toBe(world.users.coordinator);
        const [entry] = await fresh().find(AuditEntry, { entityId: id, action: 'UPDATE' });
        expect(entry!.before).toMatchObject({ title: 'Paralegal training for home-based workers', participantsTotal: 0, genderScore: 0 });
        expect(entry!.after).toMatchObject({ title: 'Paralegal training, second round', participantsTotal: 12, genderScore: 2 });
      });

      it('should refuse a stale version with a ConflictError and change nothing', async () => {
        const world = await seedWorld();
        const id = await planned(world);
        valueOf(await updateActivity(await as(world.users.alphaEditor), { id, version: 1, title: 'First edit wins' }));
        const before = await snapshot();
        const result = await updateActivity(await as(world.users.coordinator), { id, version: 1, title: 'Second edit loses' });
        expect(errorsOf(result)).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(await snapshot()).toEqual(before);
        expect((await fresh().findOneOrFail(Activity, { id })).title).toBe('First edit wins');
      });

      it('should refuse removing the participants of a completed activity', async () => {
        const world = await seedWorld();
        const ctx = await as(world.users.alphaEditor);
        const id = valueOf(await createActivity(ctx, training(world, { status: 'COMPLETED', participants: [{ sex: 'MEN', ageBandId: '36-59', count: 3 }] }))).id;
        expect(errorsOf(await updateActivity(await as(world.users.alphaEditor), { id, version: 1, participants: [] }))).toEqual([
          { kind: 'ValidationError', path: ['participants'] },
        ]);
      });

      const writers: { who: UserKey | null; kind: UserError['kind'] }[] = [
        { who: 'bravoEditor', kind: 'ForbiddenError' },
        { who: 'synergyViewer', kind: 'ForbiddenError' },
        { who: 'reviewer', kind: 'ForbiddenError' },
        { who: 'otherAdmin', kind: 'NotFoundError' },
        { who: null, kind: 'NotFoundError' },
      ];
      it.each(writers)('should refuse every change by $who and write nothing', async ({ who, kind }) => {
        const world = await seedWorld();
        const id = await planned(world);
        const before = await snapshot();
        const ctx = async () => as(who && world.users[who]);
        const results: Result<unknown>[] = [
          await updateActivity(await ctx(), { id, version: 1, title: 'Not yours' }),
          await changeActivityStatus(await ctx(), { id, version: 1, status: 'CANCELLED' }),
          await deleteActivity(await ctx(), { id, version: 1 }),
        ];
        for (const result of results) {
          const errors = errorsOf(result);
          expect(errors).toHaveLength(1);
          expect(errors[0]!.path).toEqual(['id']);
          if (kind === 'NotFoundError') expect(errors[0]!.kind).toBe('NotFoundError');
          else expect(['ForbiddenError', 'NotFoundError']).toContain(errors[0]!.kind);
        }
        expect(await snapshot()).toEqual(before);
      });

      it('should follow the transition table: complete only with participants, nothing after a final status', async () => {
        const world = await seedWorld();
        const id = await planned(world);
        const ctx = async () => as(world.users.alphaEditor);
        valueOf(await changeActivityStatus(await ctx(), { id, version: 1, status: 'ONGOING' }));
        expect(errorsOf(await changeActivityStatus(await ctx(), { id, version: 2, status: 'PLANNED' }))).toEqual([{ kind: 'ValidationError', path: ['status'] }]);
        const noPeople = await changeActivityStatus(await ctx(), { id, version: 2, status: 'COMPLETED' });
        expect(messagesOf(noPeople)).toEqual(['status: record how many people took part before marking the activity COMPLETED']);
        valueOf(await updateActivity(await ctx(), { id, version: 2, participants: [{ sex: 'WOMEN', ageBandId: '60-plus', count: 8 }] }));
        expect(valueOf(await changeActivityStatus(await ctx(), { id, version: 3, status: 'COMPLETED' })).status).toBe('COMPLETED');
        expect(messagesOf(await changeActivityStatus(await ctx(), { id, version: 4, status: 'CANCELLED' }))).toEqual([
          'status: this activity is COMPLETED, which is final',
        ]);
      });

      it('should delete only a planned activity and tell to cancel an ongoing one', async () => {
        const world = await seedWorld();
        const ctx = async () => as(world.users.alphaEditor);
        const first = await planned(world);
        expect(valueOf(await deleteActivity(await ctx(), { id: first, version: 1 }))).toBe(first);
        expect(await fresh().count(Activity, { id: first })).toBe(0);
        expect(await fresh().count(AuditEntry, { entityId: first, action: 'DELETE' })).toBe(1);
        const second = await planned(world);
        valueOf(await changeActivityStatus(await ctx(), { id: second, version: 1, status: 'ONGOING' }));
        const refused = await deleteActivity(await ctx(), { id: second, version: 2 });
        expect(errorsOf(refused)).toEqual([{ kind: 'ConflictError', path: ['id'] }]);
        expect(messagesOf(refused)[0]).toContain('Cancel it instead');
        expect(await fresh().count(Activity, { id: second })).toBe(1);
      });
    });

    describe('listActivities and findActivity', () => {
      async function seedActivities(world: World) {
        const admin = async () => as(world.users.admin);
        const make = async (overrides: Partial<CreateActivityInput>) => valueOf(await createActivity(await admin(), training(world, overrides))).id;
        return {
          a1: await make({ title: 'Maternity cover campaign', type: 'AWARENESS_RAISING', startDate: '2025-01-05', branches: ['MATERNITY'], genderMarker: principal }),
          a2: await make({ title: 'Pension hearing', type: 'POLITICAL_ACTION', subType: 'MEETING_DECISION_MAKERS', startDate: '2025-02-01', endDate: '2025-02-01' }),
          a3: await make({ title: 'Bravo health camp', partnerId: world.partners.bravo, startDate: '2025-03-01', description: 'Free check-ups for vendors' }),
          a4: await make({ title: 'Charlie cooperative study', partnerId: world.partners.charlie, type: 'RESEARCH_STUDY', startDate: '2024-11-30' }),
        };
      }

      it('should show each role only what it may see', async () => {
        const world = await seedWorld();
        const ids = await seedActivities(world);
        const seenBy = async (who: UserKey) => (await listActivities(await as(world.users[who]), null, null, { first: 50 })).items.map((a) => a.id).sort();
        const all = Object.values(ids).sort();
        expect(await seenBy('admin')).toEqual(all);
        expect(await seenBy('reviewer')).toEqual(all);
        expect(await seenBy('coordinator')).toEqual([ids.a1, ids.a2].sort());
        expect(await seenBy('synergyViewer')).toEqual([ids.a1, ids.a2].sort());
        expect(await seenBy('bravoEditor')).toEqual([ids.a3]);
        expect(await seenBy('otherAdmin')).toEqual([]);
        expect(await findActivity(await as(world.users.bravoEditor), ids.a1)).toBeNull();
        expect((await findActivity(await as(world.users.alphaEditor), ids.a1))?.title).toBe('Maternity cover campaign');
      });

      it('should filter by branch, score, type, dates, partner and text, and order with stable pages', async () => {
        const world = await seedWorld();
        const ids = await seedActivities(world);
        const ctx = async () => as(world.users.admin);
        const titles = async (filter: Parameters<typeof listActivities>[1]) => (await listActivities(await ctx(), filter, null, { first: 50 })).items.map((a) => a.id);
        expect(await titles({ branches: ['MATERNITY', 'UNEMPLOYMENT'] })).toEqual([ids.a1]);
        expect(await titles({ branches: ['OLD_AGE'] })).toEqual([ids.a3, ids.a2, ids.a4]);
        expect(await titles({ genderMarkerScores: [2] })).toEqual([ids.a1]);
        expect(await titles({ types: ['POLITICAL_ACTION', 'RESEARCH_STUDY'] })).toEqual([ids.a2, ids.a4]);
        expect(await titles({ from: '2025-01-01', to: '2025-02-28' })).toEqual([ids.a2, ids.a1]);
        expect(await titles({ partnerId: world.partners.bravo })).toEqual([ids.a3]);
        expect(await titles({ synergyId: world.s1 })).toEqual([ids.a2, ids.a1]);
        expect(await titles({ search: 'CHECK-UPS' })).toEqual([ids.a3]);
        expect(await titles({ search: '100%' })).toEqual([]);

        const byTitle = await listActivities(await ctx(), null, { field: 'TITLE', direction: 'ASC' }, { first: 2 });
        expect(byTitle.items.map((a) => a.title)).toEqual(['Bravo health camp', 'Charlie cooperative study']);
        expect(byTitle.totalCount).toBe(4);
        const next = await listActivities(await ctx(), null, { field: 'TITLE', direction: 'ASC' }, { first: 2, after: byTitle.cursors.at(-1) });
        expect(next.items.map((a) => a.title)).toEqual(['Maternity cover campaign', 'Pension hearing']);
        expect(next.hasNextPage).toBe(false);
      });

      it('should name the argument when a filter value is malformed', async () => {
        const world = await seedWorld();
        await expect(listActivities(await as(world.users.admin), { from: '2025-02-30' }, null, {})).rejects.toThrow(
          new InvalidArgumentError('filter.from', 'must be a date in the form YYYY-MM-DD'),
        );
        await expect(listActivities(await as(world.users.admin), { genderMarkerScores: [3] }, null, {})).rejects.toThrow('filter.genderMarkerScores');
      });
    });

    describe('ParticipationSummary', () => {
      /**
       * The fixture, with the numbers worked out by hand:
       *   A1 Alpha/S1 COMPLETED BASIC_TRAINING [MEDICAL_CARE, OLD_AGE] score 1, PH, 2025-03-10:
       *      W 18–35 10, W 36–59 5, M 18–35 4, M 60+ 1            → 20 people, 15 women, 14 youth
       *   A2 Alpha/S1 ONGOING POLITICAL_ACTION [OLD_AGE] score 0, PH, 2025-04-02:
       *      W <18 3, O 18–35 2, not recorded 5                    → 10 people, 3 women, 2 youth
       *   A3 Alpha/S1 PLANNED (100 women expected) and A4 CANCELLED: not counted
       *   A5 Bravo/S2 COMPLETED AWARENESS_RAISING [MATERNITY] score 2, KH, 2024-12-20:
       *      W 18–35 7, M 18–35 3                                  → 10 people, 7 women, 10 youth
       */
      async function seedFixture(world: World) {
        const ctx = async () => as(world.users.admin);
        const make = async (overrides: Partial<CreateActivityInput>) => valueOf(await createActivity(await ctx(), training(world, overrides)));
        await make({
          status: 'COMPLETED',
          startDate: '2025-03-10',
          genderMarker: significant,
          participants: [
            { sex: 'WOMEN', ageBandId: '18-35', count: 10 },
            { sex: 'WOMEN', ageBandId: '36-59', count: 5 },
            { sex: 'MEN', ageBandId: '18-35', count: 4 },
            { sex: 'MEN', ageBandId: '60-plus', count: 1 },
          ],
        });
        await make({
          status: 'ONGOING',
          type: 'POLITICAL_ACTION',
          subType: 'MOBILISATION',
          branches: ['OLD_AGE'],
          startDate: '2025-04-02',
          endDate: '2025-04-02',
          participants: [
            { sex: 'WOMEN', ageBandId: 'under-18', count: 3 },
            { sex: 'OTHER', ageBandId: '18-35', count: 2 },
            { sex: 'NOT_RECORDED', ageBandId: null, count: 5 },
          ],
        });
        await make({ startDate: '2025-05-01', endDate: '2025-05-01', participants: [{ sex: 'WOMEN', ageBandId: '18-35', count: 100 }] });
        const cancelled = await make({ startDate: '2025-03-01', participants: [{ sex: 'MEN', ageBandId: '18-35', count: 50 }] });
        valueOf(await changeActivityStatus(await ctx(), { id: cancelled.id, version: 1, status: 'CANCELLED' }));
        await make({
          partnerId: world.partners.bravo,
          status: 'COMPLETED',
          type: 'AWARENESS_RAISING',
          branches: ['MATERNITY'],
          startDate: '2024-12-20',
          endDate: '2024-12-21',
          genderMarker: principal,
          participants: [
            { sex: 'WOMEN', ageBandId: '18-35', count: 7 },
            { sex: 'MEN', ageBandId: '18-35', count: 3 },
          ],
        });
      }

      it('should match the hand-computed numbers for the whole network', async () => {
        const world = await seedWorld();
        await seedFixture(world);
        const summary = await ParticipationSummary.open(await as(world.users.reviewer), { networkId: world.networkId });
        expect(await summary.totals()).toEqual({
          activityCount: 3,
          total: 40,
          women: 25,
          men: 8,
          other: 2,
          notRecorded: 5,
          youth: 26,
          womenShare: 25 / 40,
          youthShare: 26 / 40,
        });
        expect(await summary.bySexAndAgeBand()).toEqual([
          { sex: 'WOMEN', ageBandId: 'under-18', count: 3 },
          { sex: 'WOMEN', ageBandId: '18-35', count: 17 },
          { sex: 'WOMEN', ageBandId: '36-59', count: 5 },
          { sex: 'MEN', ageBandId: '18-35', count: 7 },
          { sex: 'MEN', ageBandId: '60-plus', count: 1 },
          { sex: 'OTHER', ageBandId: '18-35', count: 2 },
          { sex: 'NOT_RECORDED', ageBandId: null, count: 5 },
        ]);
        const brief = (rows: { key: string; activityCount: number; total: number; women: number; youth: number }[]) =>
          rows.map(({ key, activityCount, total, women, youth }) => [key, activityCount, total, women, youth]);
        expect(brief(await summary.byType())).toEqual([
          ['BASIC_TRAINING', 1, 20, 15, 14],
          ['AWARENESS_RAISING', 1, 10, 7, 10],
          ['POLITICAL_ACTION', 1, 10, 3, 2],
        ]);
        expect(brief(await summary.byBranch())).toEqual([
          ['OLD_AGE', 2, 30, 18, 16],
          ['MEDICAL_CARE', 1, 20, 15, 14],
          ['MATERNITY', 1, 10, 7, 10],
        ]);
        expect(brief(await summary.byGenderMarkerScore())).toEqual([
          ['0', 1, 10, 3, 2],
          ['1', 1, 20, 15, 14],
          ['2', 1, 10, 7, 10],
        ]);
        expect(brief(await summary.byCountry())).toEqual([
          ['PH', 2, 30, 18, 16],
          ['KH', 1, 10, 7, 10],
        ]);
        expect(brief(await summary.byMonth())).toEqual([
          ['2024-12', 1, 10, 7, 10],
          ['2025-03', 1, 20, 15, 14],
          ['2025-04', 1, 10, 3, 2],
        ]);
      });

      it('should narrow to a synergy, a partner and a date range', async () => {
        const world = await seedWorld();
        await seedFixture(world);
        const totalOf = async (scope: Parameters<typeof ParticipationSummary.open>[1], from?: string, to?: string) => {
          const { activityCount, total, women, youth } = await (await ParticipationSummary.open(await as(world.users.admin), scope, from, to)).totals();
          return { activityCount, total, women, youth };
        };
        expect(await totalOf({ synergyId: world.s1 })).toEqual({ activityCount: 2, total: 30, women: 18, youth: 16 });
        expect(await totalOf({ synergyId: world.s1 }, '2025-04-01')).toEqual({ activityCount: 1, total: 10, women: 3, youth: 2 });
        expect(await totalOf({ partnerId: world.partners.bravo })).toEqual({ activityCount: 1, total: 10, women: 7, youth: 10 });
        expect(await totalOf({ networkId: world.networkId }, '2025-01-01', '2025-03-31')).toEqual({ activityCount: 1, total: 20, women: 15, youth: 14 });
        expect(await totalOf({ partnerId: world.partners.charlie })).toEqual({ activityCount: 0, total: 0, women: 0, youth: 0 });
        const empty = await (await ParticipationSummary.open(await as(world.users.admin), { partnerId: world.partners.charlie })).totals();
        expect({ womenShare: empty.womenShare, youthShare: empty.youthShare }).toEqual({ womenShare: null, youthShare: null });
      });

      it('should refuse scopes the actor may not read, naming the argument', async () => {
        const world = await seedWorld();
        const open = async (who: UserKey, scope: Parameters<typeof ParticipationSummary.open>[1], from?: string, to?: string) =>
          ParticipationSummary.open(await as(world.users[who]), scope, from, to);
        await expect(open('coordinator', { networkId: world.networkId })).rejects.toThrow('scope.networkId: names nothing you may see');
        await expect(open('coordinator', { synergyId: world.s2 })).rejects.toThrow('scope.synergyId');
        await expect(open('otherAdmin', { partnerId: world.partners.alpha })).rejects.toThrow('scope.partnerId');
        await expect(open('admin', { networkId: world.networkId, synergyId: world.s1 })).rejects.toThrow('scope: give exactly one');
        await expect(open('admin', { networkId: world.networkId }, '2025-05-01', '2025-01-01')).rejects.toThrow('to: must not be before from');
        await expect(open('coordinator', { synergyId: world.s1 })).resolves.toBeInstanceOf(ParticipationSummary);
      });
    });
  });
}
