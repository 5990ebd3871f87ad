import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildMembership, buildNetwork, buildPartner, buildSynergy, persistSeed } from '../testing/builders.ts';
import { buildProgramme, buildUsersWithGrants } from '../testing/seeds.ts';
import { loadActor } from '../users/actor.ts';
import { AuditEntry } from '../audit/audit-entry.entity.ts';
import type { DomainContext } from '../shared/context.ts';
import type { Result, UserError } from '../shared/errors.ts';
import { todayIso } from '../shared/dates.ts';
import { CapacityBuildingMission, MissionFacilitator, MissionTarget } from './mission.entity.ts';
import { changeMissionStatus, createMission, deleteMission, findMission, listMissions, recordMissionEvaluation, updateMission } from './missions.service.ts';
import { listMissionsOfPartners, listMissionsOfSynergies } from './mission.reads.ts';
import { missionPermissions, missionSubject } from './mission.subject.ts';
import type { CreateMissionInput } from './mission.schemas.ts';
import type { MissionFilter } from './mission.filter.ts';

const dialects = await testDialects();
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const missionEntityTypes = ['CapacityBuildingMission', 'MissionTarget', 'MissionFacilitator'];

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`missions on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'missions');
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
     * A new network per test. S1 (PH): Alpha, Bravo since 2020, Carol until 2024-12-31.
     * S2 (KH): Kilo. Charlie in no synergy; Oscar in another network. One user per role.
     */
    async function seedWorld() {
      const em = fresh();
      const {
        network,
        synergies: { s1, s2, s3 },
        partners: { alpha, bravo, carol, kilo, charlie },
      } = buildProgramme(em, {
        synergies: {
          s1: { name: 'Philippines synergy', country: 'PH' },
          s2: { name: 'Cambodia synergy', country: 'KH' },
          s3: { name: 'Nepal synergy', country: 'NP' },
        },
        partners: {
          alpha: { name: 'Alpha union' },
          bravo: { name: 'Bravo mutual', type: 'HEALTH_MUTUAL' },
          carol: { name: 'Carol cooperative', type: 'COOPERATIVE' },
          kilo: { name: 'Kilo union', country: 'KH' },
          charlie: { name: 'Charlie cooperative', type: 'COOPERATIVE' },
        },
        memberships: [
          ['s1', 'alpha', { since: '2020-01-01' }],
          ['s1', 'bravo', { since: '2020-01-01' }],
          ['s1', 'carol', { since: '2020-01-01', until: '2024-12-31' }],
          ['s2', 'kilo', { since: '2020-01-01' }],
        ],
      });
      const other = buildNetwork(em);
      const otherSynergy = buildSynergy(em, other, { country: 'VN' });
      const oscar = buildPartner(em, other, { name: 'Oscar union', country: 'VN' });
      buildMembership(em, otherSynergy, oscar, { since: '2020-01-01' });
      const users = buildUsersWithGrants(em, network, {
        admin: ['NETWORK_ADMIN', 'NETWORK', network.id],
        reviewer: ['NETWORK_REVIEWER', 'NETWORK', network.id],
        networkViewer: ['VIEWER', 'NETWORK', network.id],
        coordinator: ['SYNERGY_COORDINATOR', 'SYNERGY', s1.id],
        kiloCoordinator: ['SYNERGY_COORDINATOR', 'SYNERGY', s2.id],
        nepalCoordinator: ['SYNERGY_COORDINATOR', 'SYNERGY', s3.id],
        synergyViewer: ['VIEWER', 'SYNERGY', s1.id],
        alphaEditor: ['PARTNER_EDITOR', 'PARTNER', alpha.id],
        kiloEditor: ['PARTNER_EDITOR', 'PARTNER', kilo.id],
        otherAdmin: ['NETWORK_ADMIN', 'NETWORK', other.id, other],
      });
      await persistSeed(em);
      return {
        networkId: network.id,
        otherNetworkId: other.id,
        s1: s1.id,
        s2: s2.id,
        s3: s3.id,
        otherSynergy: otherSynergy.id,
        partners: { alpha: alpha.id, bravo: bravo.id, carol: carol.id, kilo: kilo.id, charlie: charlie.id, oscar: oscar.id },
        users,
      };
    }
    type World = Awaited<ReturnType<typeof seedWorld>>;
    type UserKey = keyof World['users'];

    const errorsOf = <T>(result: Result<T>): Pick<UserError, 'kind' | 'path'>[] => {
      expect(result.ok, 'the operation should fail').toBe(false);
      return result.ok ? [] : result.errors.map(({ kind, path }) => ({ kind, path }));
    };
    const messagesOf = <T>(result: Result<T>): string => (result.ok ? '' : result.errors.map((error) => error.message).join(' | '));
    const valueOf = <T>(result: Result<T>): T => {
      if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.errors)}`);
      return result.value;
    };

    /** Every row a mission operation may write, and the size of the audit log. */
    const snapshot = async () => {
      const em = fresh();
      const rows = async (entity: typeof MissionTarget | typeof MissionFacilitator | typeof CapacityBuildingMission) =>
        (await em.find(entity as typeof MissionTarget, {}, { orderBy: { id: 'asc' } })).map((row) => JSON.stringify(row));
      return {
        missions: await rows(CapacityBuildingMission),
        targets: await rows(MissionTarget),
        facilitators: await rows(MissionFacilitator),
        audit: await em.count(AuditEntry, {}),
      };
    };
    const stored = (id: string) => fresh().findOneOrFail(CapacityBuildingMission, { id });
    const targetsOf = async (id: string) =>
      (await fresh().find(MissionTarget, { mission: id }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map((t) => t.synergy?.id ?? t.partner!.id).sort();

    /** A PH workshop for Kilo's synergy and two partners, with an internal and an external facilitator. */
    const workshop = (world: World, overrides: Partial<CreateMissionInput> = {}): CreateMissionInput => ({
      organiserSynergyId: world.s1,
      format: 'WORKSHOP',
      themes: ['GENDER', 'POLITICAL_ACTION_METHODS'],
      title: 'Gender mainstreaming workshop',
      objectives: 'Partners plan gender-responsive campaigns',
      plannedStartDate: '2025-03-10',
      plannedEndDate: '2025-03-12',
      country: 'ph',
      city: 'Quezon City',
      targetSynergyIds: [world.s2],
      targetPartnerIds: [world.partners.alpha, world.partners.charlie],
      facilitators: [
        { name: 'Maria Santos', kind: 'PERSON', origin: 'INTERNAL', partnerId: world.partners.bravo },
        { name: 'Gender Institute', kind: 'ORGANISATION', origin: 'EXTERNAL' },
      ],
      budgetPlanned: 12500.5,
      budgetCurrency: 'php',
      participants: [
        { sex: 'WOMEN', ageBandId: '18-35', count: 12 },
        { sex: 'MEN', ageBandId: '36-59', count: 8 },
      ],
      ...overrides,
    });
    const plan = async (world: World, overrides: Partial<CreateMissionInput> = {}, who: UserKey = 'coordinator') =>
      valueOf(await createMission(await as(world.users[who]), workshop(world, overrides)));
    const approve = async (id: string) => {
      const em = fresh();
      const mission = await em.findOneOrFail(CapacityBuildingMission, { id });
      mission.reviewStatus = 'APPROVED';
      await persistSeed(em);
      return (await stored(id)).version;
    };

    describe('createMission', () => {
      it('should store a synergy mission with its targets and facilitators, audited in the coordinator’s name', async () => {
        const world = await seedWorld();
        const mission = await plan(world);
        const row = await stored(mission.id);
        expect(row).toMatchObject({
          format: 'WORKSHOP',
          themes: ['GENDER', 'POLITICAL_ACTION_METHODS'],
          country: 'PH',
          city: 'Quezon City',
          online: false,
          status: 'PLANNED',
          budgetCurrency: 'PHP',
          budgetSpent: null,
          participantsTotal: 20,
          participantsWomen: 12,
          reviewStatus: null,
          version: 1,
        });
        expect(Number(row.budgetPlanned)).toBe(12500.5);
        expect(row.organiserSynergy?.id).toBe(world.s1);
        expect(await targetsOf(mission.id)).toEqual([world.s2, world.partners.alpha, world.partners.charlie].sort());
        const facilitators = await fresh().find(MissionFacilitator, { mission: mission.id }, { orderBy: { name: 'asc' } });
        expect(facilitators.map((f) => [f.name, f.kind, f.origin, f.partner?.id ?? null])).toEqual([
          ['Gender Institute', 'ORGANISATION', 'EXTERNAL', null],
          ['Maria Santos', 'PERSON', 'INTERNAL', world.partners.bravo],
        ]);
        const entries = await fresh().find(AuditEntry, { entityType: { $in: missionEntityTypes }, networkId: world.networkId });
        expect(entries.map((e) => `${e.action} ${e.entityType}`).sort()).toEqual([
          'CREATE CapacityBuildingMission',
          'CREATE MissionFacilitator',
          'CREATE MissionFacilitator',
          'CREATE MissionTarget',
          'CREATE MissionTarget',
          'CREATE MissionTarget',
        ]);
        expect(new Set(entries.map((e) => e.actorId))).toEqual(new Set([world.users.coordinator]));
      });

      it('should let a network admin plan an online network mission without a country', async () => {
        const world = await seedWorld();
        const mission = await plan(world, { organiserSynergyId: null, networkId: world.networkId, country: null, city: null, online: true, format: 'COACHING' }, 'admin');
        expect(await stored(mission.id)).toMatchObject({ organiserSynergy: null, country: null, online: true, format: 'COACHING' });
      });

      const refusals: { name: string; input: (world: World) => Partial<CreateMissionInput>; errors: Pick<UserError, 'kind' | 'path'>[]; message?: RegExp }[] = [
        { name: 'no theme', input: () => ({ themes: [] }), errors: [{ kind: 'ValidationError', path: ['themes'] }], message: /at least one theme/ },
        { name: 'a theme twice', input: () => ({ themes: ['GENDER', 'GENDER'] }), errors: [{ kind: 'ValidationError', path: ['themes'] }], message: /twice/ },
        { name: 'an empty title', input: () => ({ title: '  ' }), errors: [{ kind: 'ValidationError', path: ['title'] }] },
        { name: 'a title over 200 characters', input: () => ({ title: 'x'.repeat(201) }), errors: [{ kind: 'ValidationError', path: ['title'] }] },
        { name: 'an unknown format', input: () => ({ format: 'PICNIC' as never }), errors: [{ kind: 'ValidationError', path: ['format'] }] },
        {
          name: 'an end before the start',
          input: () => ({ plannedEndDate: '2025-03-01' }),
          errors: [{ kind: 'ValidationError', path: ['plannedEndDate'] }],
          message: /before the first/,
        },
        { name: 'a malformed date', input: () => ({ plannedStartDate: '10/03/2025' }), errors: [{ kind: 'ValidationError', path: ['plannedStartDate'] }] },
        { name: 'no country and not online', input: () => ({ country: null }), errors: [{ kind: 'ValidationError', path: ['country'] }], message: /online/ },
        { name: 'an unknown country', input: () => ({ country: 'XX' }), errors: [{ kind: 'ValidationError', path: ['country'] }] },
        { name: 'a city over 120 characters', input: () => ({ city: 'c'.repeat(121) }), errors: [{ kind: 'ValidationError', path: ['city'] }] },
        {
          name: 'a target partner of another network',
          input: (w) => ({ targetPartnerIds: [w.partners.alpha, w.partners.kilo, w.partners.oscar] }),
          errors: [{ kind: 'NotFoundError', path: ['targetPartnerIds', '2'] }],
          message: /targetPartnerIds\.2/,
        },
        {
          name: 'a target synergy of another network',
          input: (w) => ({ targetSynergyIds: [w.otherSynergy] }),
          errors: [{ kind: 'NotFoundError', path: ['targetSynergyIds', '0'] }],
        },
        {
          name: 'a target partner twice',
          input: (w) => ({ targetPartnerIds: [w.partners.alpha, w.partners.alpha] }),
          errors: [{ kind: 'ValidationError', path: ['targetPartnerIds', '1'] }],
        },
        {
          name: 'a facilitator without a name',
          input: () => ({ facilitators: [{ name: '', kind: 'PERSON', origin: 'EXTERNAL' }] }),
          errors: [{ kind: 'ValidationError', path: ['facilitators', '0', 'name'] }],
        },
        {
          name: 'an external facilitator from a partner',
          input: (w) => ({ facilitators: [{ name: 'Ana', kind: 'PERSON', origin: 'EXTERNAL', partnerId: w.partners.alpha }] }),
          errors: [{ kind: 'ValidationError', path: ['facilitators', '0', 'partnerId'] }],
          message: /INTERNAL/,
        },
        {
          name: 'an internal facilitator from another network',
          input: (w) => ({ facilitators: [{ name: 'Ana', kind: 'PERSON', origin: 'INTERNAL', partnerId: w.partners.oscar }] }),
          errors: [{ kind: 'NotFoundError', path: ['facilitators', '0', 'partnerId'] }],
        },
        { name: 'a negative budget', input: () => ({ budgetPlanned: -1 }), errors: [{ kind: 'ValidationError', path: ['budgetPlanned'] }] },
        { name: 'a budget over 1e12', input: () => ({ budgetSpent: 1e12 + 1 }), errors: [{ kind: 'ValidationError', path: ['budgetSpent'] }] },
        { name: 'three decimals', input: () => ({ budgetPlanned: 10.123 }), errors: [{ kind: 'ValidationError', path: ['budgetPlanned'] }] },
        { name: 'an amount without currency', input: () => ({ budgetCurrency: null }), errors: [{ kind: 'ValidationError', path: ['budgetCurrency'] }] },
        { name: 'an unknown currency', input: () => ({ budgetCurrency: 'PHX' }), errors: [{ kind: 'ValidationError', path: ['budgetCurrency'] }] },
        {
          name: 'a negative participant count',
          input: () => ({ participants: [{ sex: 'WOMEN', ageBandId: '18-35', count: -2 }] }),
          errors: [{ kind: 'ValidationError', path: ['participants', 'cells', '0', 'count'] }],
        },
        {
          name: 'a gender score without its criteria',
          input: () => ({
            genderMarker: {
              score: 1,
              criteria: { genderAnalysis: true, analysisShapedDesign: false, genderObjectiveAndIndicator: false, sexDisaggregatedData: false, genderMonitoringCommitment: false },
              principalObjective: false,
              justification: null,
            },
          }),
          errors: [{ kind: 'ValidationError', path: ['genderMarker', 'criteria'] }],
        },
        { name: 'no organiser at all', input: () => ({ organiserSynergyId: null, networkId: null }), errors: [{ kind: 'ValidationError', path: ['networkId'] }] },
      ];
      for (const refusal of refusals) {
        it(`should refuse ${refusal.name}, naming the field and writing nothing`, async () => {
          const world = await seedWorld();
          const before = await snapshot();
          const result = await createMission(await as(world.users.coordinator), workshop(world, refusal.input(world)));
          expect(errorsOf(result)).toEqual(refusal.errors);
          if (refusal.message) expect(messagesOf(result)).toMatch(refusal.message);
          expect(await snapshot()).toEqual(before);
        });
      }

      it('should refuse other synergies’ coordinators, viewers, reviewers and a coordinator planning a network mission', async () => {
        const world = await seedWorld();
        const before = await snapshot();
        const tryAs = async (who: UserKey, overrides: Partial<CreateMissionInput> = {}) => createMission(await as(world.users[who]), workshop(world, overrides));
        expect(errorsOf(await tryAs('kiloCoordinator'))).toEqual([{ kind: 'ForbiddenError', path: ['organiserSynergyId'] }]);
        expect(errorsOf(await tryAs('synergyViewer'))).toEqual([{ kind: 'ForbiddenError', path: ['organiserSynergyId'] }]);
        expect(errorsOf(await tryAs('reviewer'))).toEqual([{ kind: 'ForbiddenError', path: ['organiserSynergyId'] }]);
        expect(errorsOf(await tryAs('networkViewer'))).toEqual([{ kind: 'ForbiddenError', path: ['organiserSynergyId'] }]);
        expect(errorsOf(await tryAs('coordinator', { organiserSynergyId: null, networkId: world.networkId }))).toEqual([
          { kind: 'ForbiddenError', path: ['networkId'] },
        ]);
        expect(errorsOf(await tryAs('otherAdmin'))).toEqual([{ kind: 'NotFoundError', path: ['organiserSynergyId'] }]);
        expect(await snapshot()).toEqual(before);
      });
    });

    describe('updateMission', () => {
      it('should change the fields given, replace targets and facilitators, and bump the version', async () => {
        const world = await seedWorld();
        const mission = await plan(world);
        const updated = valueOf(
          await updateMission(await as(world.users.coordinator), {
            id: mission.id,
            version: 1,
            title: 'Gender mainstreaming, second round',
            objectives: null,
            online: true,
            country: null,
            targetPartnerIds: [world.partners.bravo],
            facilitators: [{ name: 'Kilo trainers', kind: 'ORGANISATION', origin: 'INTERNAL', partnerId: world.partners.kilo }],
            budgetSpent: 999.99,
          }),
        );
        expect(updated.version).toBe(2);
        const row = await stored(mission.id);
        expect(row).toMatchObject({ title: 'Gender mainstreaming, second round', objectives: null, online: true, country: null, format: 'WORKSHOP' });
        expect(Number(row.budgetSpent)).toBe(999.99);
        // Target synergies were not given: they stay.
        expect(await targetsOf(mission.id)).toEqual([world.s2, world.partners.bravo].sort());
        const facilitators = await fresh().find(MissionFacilitator, { mission: mission.id });
        expect(facilitators.map((f) => [f.name, f.partner?.id])).toEqual([['Kilo trainers', world.partners.kilo]]);
      });

      it('should refuse future actual dates, an actual end before the start, a budget losing its currency and bad targets, writing nothing', async () => {
        const world = await seedWorld();
        const mission = await plan(world);
        const ctx = await as(world.users.coordinator);
        const before = await snapshot();
        expect(errorsOf(await updateMission(ctx, { id: mission.id, version: 1, actualStartDate: fromToday(2) }))).toEqual([
          { kind: 'ValidationError', path: ['actualStartDate'] },
        ]);
        expect(errorsOf(await updateMission(ctx, { id: mission.id, version: 1, actualStartDate: '2025-03-12', actualEndDate: '2025-03-10' }))).toEqual([
          { kind: 'ValidationError', path: ['actualEndDate'] },
        ]);
        expect(errorsOf(await updateMission(ctx, { id: mission.id, version: 1, budgetCurrency: null }))).toEqual([
          { kind: 'ValidationError', path: ['budgetCurrency'] },
        ]);
        expect(errorsOf(await updateMission(ctx, { id: mission.id, version: 1, targetPartnerIds: [world.partners.alpha, world.partners.kilo, world.partners.oscar] }))).toEqual([
          { kind: 'NotFoundError', path: ['targetPartnerIds', '2'] },
        ]);
        expect(errorsOf(await updateMission(ctx, { id: mission.id, version: 1, plannedStartDate: '2025-04-01' }))).toEqual([
          { kind: 'ValidationError', path: ['plannedEndDate'] },
        ]);
        expect(errorsOf(await updateMission(ctx, { id: mission.id, version: 1, online: false, country: null }))).toEqual([{ kind: 'ValidationError', path: ['country'] }]);
        expect(await snapshot()).toEqual(before);
      });

      it('should answer a stale version with a ConflictError and change nothing', async () => {
        const world = await seedWorld();
        const mission = await plan(world);
        valueOf(await updateMission(await as(world.users.coordinator), { id: mission.id, version: 1, title: 'First edit' }));
        const before = await snapshot();
        const stale = await updateMission(await as(world.users.admin), { id: mission.id, version: 1, title: 'Second edit' });
        expect(errorsOf(stale)).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(await snapshot()).toEqual(before);
      });

      it('should let the target synergy’s coordinator read but not change it, and hide it from unrelated coordinators', async () => {
        const world = await seedWorld();
        const mission = await plan(world);
        expect(errorsOf(await updateMission(await as(world.users.kiloCoordinator), { id: mission.id, version: 1, title: 'x' }))).toEqual([
          { kind: 'ForbiddenError', path: ['id'] },
        ]);
        expect(errorsOf(await updateMission(await as(world.users.nepalCoordinator), { id: mission.id, version: 1, title: 'x' }))).toEqual([
          { kind: 'NotFoundError', path: ['id'] },
        ]);
        expect(errorsOf(await updateMission(await as(world.users.synergyViewer), { id: mission.id, version: 1, title: 'x' }))).toEqual([
          { kind: 'ForbiddenError', path: ['id'] },
        ]);
        expect(await findMission(await as(world.users.nepalCoordinator), mission.id)).toBeNull();
        expect((await findMission(await as(world.users.kiloEditor), mission.id))?.id).toBeUndefined();
        expect((await findMission(await as(world.users.alphaEditor), mission.id))?.id).toBe(mission.id);
      });
    });

    describe('the lock of an approved review', () => {
      it('should refuse updates, status moves and evaluations naming the first locked field, writing nothing', async () => {
        const world = await seedWorld();
        const mission = await plan(world, { plannedStartDate: '2025-03-10', plannedEndDate: '2025-03-12' });
        const ctx = await as(world.users.coordinator);
        valueOf(await changeMissionStatus(ctx, { id: mission.id, version: 1, status: 'ONGOING' }));
        const version = await approve(mission.id);
        const before = await snapshot();
        const update = await updateMission(await as(world.users.coordinator), { id: mission.id, version, title: 'Changed after approval', city: 'Manila' });
        expect(errorsOf(update)).toEqual([{ kind: 'LockedError', path: ['title'] }]);
        expect(messagesOf(update)).toMatch(/review .*approved.*network admin can reopen/);
        const targets = await updateMission(await as(world.users.admin), { id: mission.id, version, targetPartnerIds: [] });
        expect(errorsOf(targets)).toEqual([{ kind: 'LockedError', path: ['targetPartnerIds'] }]);
        expect(errorsOf(await changeMissionStatus(await as(world.users.admin), { id: mission.id, version, status: 'COMPLETED' }))).toEqual([
          { kind: 'LockedError', path: ['status'] },
        ]);
        expect(errorsOf(await recordMissionEvaluation(await as(world.users.coordinator), { missionId: mission.id, version, formsReturned: 3 }))).toEqual([
          { kind: 'LockedError', path: ['formsReturned'] },
        ]);
        expect(errorsOf(await deleteMission(await as(world.users.admin), { id: mission.id, version }))).toEqual([{ kind: 'ConflictError', path: ['id'] }]);
        expect(errorsOf(await updateMission(await as(world.users.admin), { id: mission.id, version }))).toEqual([{ kind: 'LockedError', path: ['id'] }]);
        expect(await snapshot()).toEqual(before);
        const row = await stored(mission.id);
        const ctxAdmin = await as(world.users.admin);
        expect(missionPermissions(ctxAdmin.actor, row, await missionSubject(ctxAdmin.em, row))).toEqual({ update: false, delete: false, review: true });
      });
    });

    describe('changeMissionStatus', () => {
      it('should start, then complete with the planned days as actual ones', async () => {
        const world = await seedWorld();
        const mission = await plan(world);
        const ctx = await as(world.users.coordinator);
        const ongoing = valueOf(await changeMissionStatus(ctx, { id: mission.id, version: 1, status: 'ONGOING' }));
        expect(ongoing).toMatchObject({ status: 'ONGOING', actualStartDate: '2025-03-10', actualEndDate: null });
        const done = valueOf(await changeMissionStatus(await as(world.users.coordinator), { id: mission.id, version: 2, status: 'COMPLETED' }));
        expect(done).toMatchObject({ status: 'COMPLETED', actualStartDate: '2025-03-10', actualEndDate: '2025-03-12', version: 3 });
        expect(errorsOf(await updateMission(await as(world.users.coordinator), { id: mission.id, version: 3, actualEndDate: null }))).toEqual([
          { kind: 'ValidationError', path: ['actualEndDate'] },
        ]);
        expect(errorsOf(await changeMissionStatus(await as(world.users.coordinator), { id: mission.id, version: 3, status: 'ONGOING' }))).toEqual([
          { kind: 'ValidationError', path: ['status'] },
        ]);
      });

      it('should refuse completing without participants or while the planned end is still ahead, naming the field', async () => {
        const world = await seedWorld();
        const empty = await plan(world, { participants: [] });
        const before = await snapshot();
        const noPeople = await changeMissionStatus(await as(world.users.coordinator), { id: empty.id, version: 1, status: 'COMPLETED' });
        expect(errorsOf(noPeople)).toEqual([{ kind: 'ValidationError', path: ['status'] }]);
        const ahead = await plan(world, { plannedStartDate: todayIso(), plannedEndDate: fromToday(5) });
        const early = await changeMissionStatus(await as(world.users.coordinator), { id: ahead.id, version: 1, status: 'COMPLETED' });
        expect(errorsOf(early)).toEqual([{ kind: 'ValidationError', path: ['actualEndDate'] }]);
        expect((await stored(ahead.id)).status).toBe('PLANNED');
        expect((await snapshot()).missions.length).toBe(before.missions.length + 1);
      });

      it('should refuse a move the transition table does not allow and a stale version', async () => {
        const world = await seedWorld();
        const mission = await plan(world);
        valueOf(await changeMissionStatus(await as(world.users.coordinator), { id: mission.id, version: 1, status: 'CANCELLED' }));
        expect(errorsOf(await changeMissionStatus(await as(world.users.coordinator), { id: mission.id, version: 2, status: 'ONGOING' }))).toEqual([
          { kind: 'ValidationError', path: ['status'] },
        ]);
        expect(errorsOf(await changeMissionStatus(await as(world.users.coordinator), { id: mission.id, version: 1, status: 'ONGOING' }))).toEqual([
          { kind: 'ConflictError', path: ['version'] },
        ]);
      });
    });

    describe('deleteMission', () => {
      it('should delete a planned unreviewed mission with its parts, each audited', async () => {
        const world = await seedWorld();
        const mission = await plan(world);
        valueOf(await deleteMission(await as(world.users.coordinator), { id: mission.id, version: 1 }));
        expect(await fresh().count(CapacityBuildingMission, { id: mission.id })).toBe(0);
        expect(await fresh().count(MissionTarget, { mission: mission.id })).toBe(0);
        const deletes = await fresh().find(AuditEntry, { action: 'DELETE', entityType: { $in: missionEntityTypes }, networkId: world.networkId });
        expect(deletes.length).toBe(6);
      });

      it('should refuse a started mission, one under review, a stale version and a viewer', async () => {
        const world = await seedWorld();
        const started = await plan(world);
        valueOf(await changeMissionStatus(await as(world.users.coordinator), { id: started.id, version: 1, status: 'ONGOING' }));
        expect(errorsOf(await deleteMission(await as(world.users.coordinator), { id: started.id, version: 2 }))).toEqual([{ kind: 'ConflictError', path: ['id'] }]);
        const reviewed = await plan(world);
        const em = fresh();
        (await em.findOneOrFail(CapacityBuildingMission, { id: reviewed.id })).reviewStatus = 'DRAFT';
        await persistSeed(em);
        expect(errorsOf(await deleteMission(await as(world.users.admin), { id: reviewed.id, version: 2 }))).toEqual([{ kind: 'ConflictError', path: ['id'] }]);
        const planned = await plan(world);
        expect(errorsOf(await deleteMission(await as(world.users.coordinator), { id: planned.id, version: 7 }))).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(errorsOf(await deleteMission(await as(world.users.synergyViewer), { id: planned.id, version: 1 }))).toEqual([{ kind: 'ForbiddenError', path: ['id'] }]);
        expect(await fresh().count(CapacityBuildingMission, { id: { $in: [started.id, reviewed.id, planned.id] } })).toBe(3);
      });
    });

    describe('recordMissionEvaluation', () => {
      it('should record and replace the evaluation of an ongoing mission', async () => {
        const world = await seedWorld();
        const mission = await plan(world);
        valueOf(await changeMissionStatus(await as(world.users.coordinator), { id: mission.id, version: 1, status: 'ONGOING' }));
        const first = valueOf(
          await recordMissionEvaluation(await as(world.users.coordinator), {
            missionId: mission.id,
            version: 2,
            formsReturned: 18,
            relevance: 4.5,
            quality: 4,
            usefulness: 3.8,
            learnings: 'How to cost a benefit',
          }),
        );
        expect(first).toMatchObject({ evaluationFormsReturned: 18, evaluationRelevance: 4.5, evaluationLearnings: 'How to cost a benefit', version: 3 });
        const second = valueOf(await recordMissionEvaluation(await as(world.users.admin), { missionId: mission.id, version: 3, formsReturned: 20 }));
        expect(second).toMatchObject({ evaluationFormsReturned: 20, evaluationRelevance: null, evaluationLearnings: null });
      });

      it('should refuse ratings out of range, more forms than participants, long learnings and a planned mission', async () => {
        const world = await seedWorld();
        const planned = await plan(world);
        const ctx = await as(world.users.coordinator);
        expect(errorsOf(await recordMissionEvaluation(ctx, { missionId: planned.id, version: 1, formsReturned: 3 }))).toEqual([
          { kind: 'ValidationError', path: ['missionId'] },
        ]);
        valueOf(await changeMissionStatus(ctx, { id: planned.id, version: 1, status: 'ONGOING' }));
        const before = await snapshot();
        const tryIt = async (input: Record<string, unknown>) =>
          errorsOf(await recordMissionEvaluation(await as(world.users.coordinator), { missionId: planned.id, version: 2, formsReturned: 5, ...input }));
        expect(await tryIt({ relevance: 6 })).toEqual([{ kind: 'ValidationError', path: ['relevance'] }]);
        expect(await tryIt({ quality: 0.5 })).toEqual([{ kind: 'ValidationError', path: ['quality'] }]);
        expect(await tryIt({ usefulness: 5.1 })).toEqual([{ kind: 'ValidationError', path: ['usefulness'] }]);
        expect(await tryIt({ formsReturned: 21 })).toEqual([{ kind: 'ValidationError', path: ['formsReturned'] }]);
        expect(await tryIt({ formsReturned: 100_001 })).toEqual([{ kind: 'ValidationError', path: ['formsReturned'] }]);
        expect(await tryIt({ formsReturned: -1 })).toEqual([{ kind: 'ValidationError', path: ['formsReturned'] }]);
        expect(await tryIt({ learnings: 'l'.repeat(5001) })).toEqual([{ kind: 'ValidationError', path: ['learnings'] }]);
        expect(await tryIt({ version: 1 })).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(await snapshot()).toEqual(before);
      });
    });

    describe('listMissions', () => {
      /** Four missions: S1's PH workshop (targets S2, Alpha), S2's KH online coaching (targets Bravo), the network's NP seminar (targets S3), S2's plain mission. */
      async function seedMissions(world: World) {
        const s1Workshop = await plan(world, { title: 'Budget tracking workshop', targetSynergyIds: [world.s2], targetPartnerIds: [world.partners.alpha] });
        const kh = await plan(
          world,
          {
            organiserSynergyId: world.s2,
            format: 'COACHING',
            themes: ['COMMUNICATION'],
            title: 'Coaching on communication',
            objectives: 'Radio spots about maternity cover',
            country: 'KH',
            online: true,
            targetSynergyIds: [],
            targetPartnerIds: [world.partners.bravo],
            facilitators: [],
            plannedStartDate: '2025-06-01',
            plannedEndDate: '2025-08-31',
            participants: [{ sex: 'WOMEN', ageBandId: '18-35', count: 40 }],
          },
          'kiloCoordinator',
        );
        const seminar = await plan(
          world,
          {
            organiserSynergyId: null,
            networkId: world.networkId,
            format: 'SEMINAR',
            themes: ['ENVIRONMENT', 'GENDER'],
            title: 'Climate and social protection seminar',
            country: 'NP',
            targetSynergyIds: [world.s3],
            targetPartnerIds: [],
            facilitators: [],
            plannedStartDate: '2024-11-01',
            plannedEndDate: '2024-11-02',
            participants: [],
          },
          'admin',
        );
        const plain = await plan(
          world,
          { organiserSynergyId: world.s2, title: 'Kilo internal mission', format: 'MISSION', country: 'KH', targetSynergyIds: [], targetPartnerIds: [], facilitators: [] },
          'kiloCoordinator',
        );
        const em = fresh();
        (await em.findOneOrFail(CapacityBuildingMission, { id: seminar.id })).reviewStatus = 'SUBMITTED';
        await persistSeed(em);
        return { s1Workshop: s1Workshop.id, kh: kh.id, seminar: seminar.id, plain: plain.id };
      }
      const titlesFor = async (world: World, who: UserKey, filter: MissionFilter = {}) =>
        (await listMissions(await as(world.users[who]), filter, { field: 'TITLE', direction: 'ASC' }, { first: 50 })).items.map((m) => m.title);

      it('should show each role what it may see', async () => {
        const world = await seedWorld();
        await seedMissions(world);
        const all = ['Budget tracking workshop', 'Climate and social protection seminar', 'Coaching on communication', 'Kilo internal mission'];
        expect(await titlesFor(world, 'networkViewer')).toEqual(all);
        expect(await titlesFor(world, 'reviewer')).toEqual(all);
        expect(await titlesFor(world, 'otherAdmin')).toEqual([]);
        // S1 organises the workshop; the coaching targets Bravo, a current S1 member.
        expect(await titlesFor(world, 'coordinator')).toEqual(['Budget tracking workshop', 'Coaching on communication']);
        // S2 organises two and is targeted by the workshop.
        expect(await titlesFor(world, 'kiloCoordinator')).toEqual(['Budget tracking workshop', 'Coaching on communication', 'Kilo internal mission']);
        expect(await titlesFor(world, 'nepalCoordinator')).toEqual(['Climate and social protection seminar']);
        expect(await titlesFor(world, 'alphaEditor')).toEqual(['Budget tracking workshop']);
        expect(await titlesFor(world, 'kiloEditor')).toEqual([]);
      });

      it('should apply every filter field in SQL', async () => {
        const world = await seedWorld();
        await seedMissions(world);
        const cases: [MissionFilter, string[]][] = [
          [{ networkId: world.otherNetworkId }, []],
          [{ synergyId: world.s1 }, ['Budget tracking workshop', 'Coaching on communication']],
          [{ networkOrganised: true }, ['Climate and social protection seminar']],
          [{ networkOrganised: false }, ['Budget tracking workshop', 'Coaching on communication', 'Kilo internal mission']],
          [{ partnerId: world.partners.bravo }, ['Coaching on communication']],
          [{ countries: ['kh', 'NP'] }, ['Climate and social protection seminar', 'Coaching on communication', 'Kilo internal mission']],
          [{ formats: ['SEMINAR', 'COACHING'] }, ['Climate and social protection seminar', 'Coaching on communication']],
          [{ themes: ['ENVIRONMENT', 'COMMUNICATION'] }, ['Climate and social protection seminar', 'Coaching on communication']],
          [{ statuses: ['PLANNED'], themes: ['GENDER'] }, ['Budget tracking workshop', 'Climate and social protection seminar', 'Kilo internal mission']],
          [{ reviewStatuses: ['SUBMITTED'] }, ['Climate and social protection seminar']],
          [{ unreviewed: false }, ['Climate and social protection seminar']],
          [{ unreviewed: true, from: '2025-04-01' }, ['Coaching on communication']],
          [{ to: '2025-01-01' }, ['Climate and social protection seminar']],
          [{ search: 'MATERNITY' }, ['Coaching on communication']],
          [{ search: 'seminar', countries: ['PH'] }, []],
        ];
        for (const [filter, titles] of cases) expect(await titlesFor(world, 'admin', filter), JSON.stringify(filter)).toEqual(titles);
      });

      it('should order by every field and page with cursors', async () => {
        const world = await seedWorld();
        const ids = await seedMissions(world);
        const ctx = await as(world.users.admin);
        const ordered = async (field: 'START_DATE' | 'TITLE' | 'PARTICIPANTS' | 'UPDATED_AT', direction: 'ASC' | 'DESC') =>
          (await listMissions(ctx, {}, { field, direction }, {})).items.map((m) => m.id);
        expect((await ordered('START_DATE', 'DESC'))[0]).toBe(ids.kh);
        expect((await ordered('START_DATE', 'ASC'))[0]).toBe(ids.seminar);
        expect((await ordered('PARTICIPANTS', 'DESC'))[0]).toBe(ids.kh);
        expect((await ordered('UPDATED_AT', 'DESC'))[0]).toBe(ids.seminar);
        const first = await listMissions(ctx, {}, null, { first: 3 });
        const second = await listMissions(ctx, {}, null, { first: 3, after: first.cursors.at(-1) });
        expect([first.totalCount, first.hasNextPage, second.items.length, second.hasNextPage]).toEqual([4, true, 1, false]);
        expect(new Set([...first.items, ...second.items].map((m) => m.id)).size).toBe(4);
      });

      it('should page each synergy’s and partner’s missions in a fixed number of statements, matching the list', async () => {
        const world = await seedWorld();
        await seedMissions(world);
        const ctx = await as(world.users.admin);
        let statements = 0;
        const counted = await createCountingContext(ctx);
        const bySynergy = await listMissionsOfSynergies(counted.ctx, [world.s1, world.s2, world.s3], {}, { field: 'TITLE', direction: 'ASC' }, { first: 1 });
        statements = counted.count();
        // The windowed ranking, the page's missions, their organisers.
        expect(statements).toBeLessThanOrEqual(3);
        for (const synergyId of [world.s1, world.s2, world.s3]) {
          const list = await listMissions(ctx, { synergyId }, { field: 'TITLE', direction: 'ASC' }, { first: 1 });
          const page = bySynergy.get(synergyId)!;
          expect([page.items.map((m) => m.id), page.totalCount, page.hasNextPage, page.cursors]).toEqual([
            list.items.map((m) => m.id),
            list.totalCount,
            list.hasNextPage,
            list.cursors,
          ]);
          const next = (await listMissionsOfSynergies(ctx, [synergyId], {}, { field: 'TITLE', direction: 'ASC' }, { first: 5, after: page.cursors[0] })).get(synergyId)!;
          const listNext = await listMissions(ctx, { synergyId }, { field: 'TITLE', direction: 'ASC' }, { first: 5, after: list.cursors[0] });
          expect(next.items.map((m) => m.id)).toEqual(listNext.items.map((m) => m.id));
        }
        const byPartner = await listMissionsOfPartners(ctx, [world.partners.alpha, world.partners.bravo, world.partners.kilo], { statuses: ['PLANNED'] }, null, {});
        expect([...byPartner.values()].map((page) => page.items.map((m) => m.title))).toEqual([['Budget tracking workshop'], ['Coaching on communication'], []]);
        // A coordinator sees only what is visible to it, even through another synergy's list.
        const s1Pages = await listMissionsOfSynergies(await as(world.users.coordinator), [world.s2], {}, null, {});
        expect(s1Pages.get(world.s2)!.items.map((m) => m.title).sort()).toEqual(['Budget tracking workshop', 'Coaching on communication']);
      });

      /** A context whose EntityManager counts the SQL statements it runs (through the logger of a fresh ORM fork). */
      async function createCountingContext(ctx: DomainContext) {
        let count = 0;
        const em = fresh();
        const connection = em.getConnection();
        const execute = connection.execute.bind(connection);
        connection.execute = ((...args: Parameters<typeof execute>) => {
          count += 1;
          return execute(...args);
        }) as typeof execute;
        return { ctx: { em, actor: ctx.actor }, count: () => count, restore: () => (connection.execute = execute) };
      }
    });
  });
}
