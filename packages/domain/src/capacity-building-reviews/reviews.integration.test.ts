import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildMission, buildNetwork, persistSeed } from '../testing/builders.ts';
import { buildProgramme, buildUsersWithGrants } from '../testing/seeds.ts';
import { loadActor } from '../users/actor.ts';
import { AuditEntry } from '../audit/audit-entry.entity.ts';
import { MissionTarget, CapacityBuildingMission } from '../missions/mission.entity.ts';
import type { DomainContext } from '../shared/context.ts';
import type { Result, UserError } from '../shared/errors.ts';
import { CapacityBuildingReview } from './capacity-building-review.entity.ts';
import { missionIsLocked } from './review.rules.ts';
import {
  findCapacityBuildingReview,
  listCapacityBuildingReviews,
  moveCapacityBuildingReview,
  reviewOfMissions,
  reviewPermissions,
  reviewsOfSynergies,
  reviewSubjectsOf,
  startCapacityBuildingReview,
  updateCapacityBuildingReview,
} from './reviews.service.ts';
import type { MoveCapacityBuildingReviewInput } from './review.schemas.ts';

const dialects = await testDialects();
const fullRatings = { ratingRelevance: 4, ratingEffectiveness: 3, ratingFollowUp: 5, ratingGender: 2 };

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`capacity-building reviews on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'reviews');
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
     * A new network per test. PH organises `phMission`, which targets the
     * Cambodia synergy and Vinh (a current member of the Vietnam synergy);
     * the network organises `networkMission`; Laos organises `laoMission`.
     * One user per role, and an admin of another network.
     */
    async function seedWorld() {
      const em = fresh();
      const {
        network,
        synergies: { ph, kh, vn, la },
        partners: { vinh },
      } = buildProgramme(em, {
        synergies: {
          ph: { name: 'Philippines synergy', country: 'PH' },
          kh: { name: 'Cambodia synergy', country: 'KH' },
          vn: { name: 'Vietnam synergy', country: 'VN' },
          la: { name: 'Laos synergy', country: 'LA' },
        },
        partners: { vinh: { name: 'Vinh union', country: 'VN' } },
        memberships: [['vn', 'vinh', { since: '2020-01-01' }]],
      });
      const phMission = buildMission(em, network, ph, { title: 'Organising informal workers' }, [vinh]);
      em.create(MissionTarget, { mission: phMission, synergy: kh });
      const networkMission = buildMission(em, network, null, { title: 'Regional exchange' });
      const laoMission = buildMission(em, network, la, { title: 'Coaching in Vientiane' });
      const other = buildNetwork(em);
      const users = buildUsersWithGrants(em, network, {
        admin: ['NETWORK_ADMIN', 'NETWORK', network.id],
        reviewer: ['NETWORK_REVIEWER', 'NETWORK', network.id],
        networkViewer: ['VIEWER', 'NETWORK', network.id],
        phCoordinator: ['SYNERGY_COORDINATOR', 'SYNERGY', ph.id],
        khCoordinator: ['SYNERGY_COORDINATOR', 'SYNERGY', kh.id],
        vnViewer: ['VIEWER', 'SYNERGY', vn.id],
        laCoordinator: ['SYNERGY_COORDINATOR', 'SYNERGY', la.id],
        vinhEditor: ['PARTNER_EDITOR', 'PARTNER', vinh.id],
        otherAdmin: ['NETWORK_ADMIN', 'NETWORK', other.id, other],
      });
      await persistSeed(em);
      return {
        networkId: network.id,
        synergies: { ph: ph.id, kh: kh.id, vn: vn.id, la: la.id },
        missions: { ph: phMission.id, network: networkMission.id, lao: laoMission.id },
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
    const reviewRow = (id: string) => fresh().findOneOrFail(CapacityBuildingReview, { id });
    const missionRow = (id: string) => fresh().findOneOrFail(CapacityBuildingMission, { id });
    /** Everything a review operation may write: reviews, missions' review status and version, and the audit log. */
    const snapshot = async () => {
      const em = fresh();
      return {
        reviews: (await em.find(CapacityBuildingReview, {}, { orderBy: { id: 'asc' } })).map((row) => JSON.stringify(row)),
        missions: (await em.find(CapacityBuildingMission, {}, { orderBy: { id: 'asc' } })).map((m) => `${m.id}@${m.version}:${m.reviewStatus}`),
        audit: await em.count(AuditEntry, {}),
      };
    };

    const start = async (world: World, input: Parameters<typeof startCapacityBuildingReview>[1], who: UserKey = 'reviewer') =>
      startCapacityBuildingReview(await as(world.users[who]), input);
    const move = async (world: World, input: MoveCapacityBuildingReviewInput, who: UserKey) => moveCapacityBuildingReview(await as(world.users[who]), input);
    /** Moves and returns the new version, failing the test when the move is refused. */
    const moved = async (world: World, id: string, moveName: MoveCapacityBuildingReviewInput['move'], who: UserKey, note?: string) => {
      const { version } = await reviewRow(id);
      return valueOf(await move(world, { id, version, move: moveName, note }, who)).version;
    };
    const rated = async (world: World, id: string) => {
      const { version } = await reviewRow(id);
      valueOf(await updateCapacityBuildingReview(await as(world.users.reviewer), { id, version, ...fullRatings }));
    };

    describe('startCapacityBuildingReview', () => {
      it('should start a DRAFT mission review in the reviewer’s name and mirror DRAFT on the mission in the same flush', async () => {
        const world = await seedWorld();
        const before = await missionRow(world.missions.ph);
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        const stored = await reviewRow(review.id);
        expect(stored).toMatchObject({ status: 'DRAFT', year: null, ratingRelevance: null, version: 1 });
        expect(stored.mission?.id).toBe(world.missions.ph);
        expect(stored.network.id).toBe(world.networkId);
        expect(stored.reviewer?.id).toBe(world.users.reviewer);
        const mission = await missionRow(world.missions.ph);
        expect(mission.reviewStatus).toBe('DRAFT');
        expect(mission.version).toBe(before.version + 1);
        const audit = await fresh().find(AuditEntry, { entityId: review.id });
        expect(audit).toMatchObject([{ action: 'CREATE', actorId: world.users.reviewer, networkId: world.networkId }]);
      });

      it('should start a synergy-year review (an admin may too) and refuse a second one for the same synergy and year', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { synergyId: world.synergies.kh, year: 2025 }, 'admin'));
        expect(await reviewRow(review.id)).toMatchObject({ status: 'DRAFT', year: 2025, mission: null });
        const before = await snapshot();
        const again = await start(world, { synergyId: world.synergies.kh, year: 2025 });
        expect(errorsOf(again)).toEqual([{ kind: 'ConflictError', path: ['year'] }]);
        expect(messagesOf(again)).toContain('Cambodia synergy already has a review of 2025');
        valueOf(await start(world, { synergyId: world.synergies.kh, year: 2024 }));
        expect((await snapshot()).reviews.length).toBe(before.reviews.length + 1);
      });

      it('should refuse a second review of the same mission with a ConflictError on missionId', async () => {
        const world = await seedWorld();
        valueOf(await start(world, { missionId: world.missions.ph }));
        const before = await snapshot();
        expect(errorsOf(await start(world, { missionId: world.missions.ph }, 'admin'))).toEqual([{ kind: 'ConflictError', path: ['missionId'] }]);
        expect(await snapshot()).toEqual(before);
      });

      it('should name the field when the target is not exactly one of missionId and synergyId + year, or the year is out of range', async () => {
        const world = await seedWorld();
        const before = await snapshot();
        const nextYear = new Date().getUTCFullYear() + 1;
        const cases: [Parameters<typeof startCapacityBuildingReview>[1], string[]][] = [
          [{}, ['missionId']],
          [{ missionId: world.missions.ph, synergyId: world.synergies.ph, year: 2025 }, ['missionId']],
          [{ missionId: world.missions.ph, year: 2025 }, ['missionId']],
          [{ synergyId: world.synergies.ph }, ['year']],
          [{ year: 2025 }, ['synergyId']],
          [{ synergyId: world.synergies.ph, year: 1999 }, ['year']],
          [{ synergyId: world.synergies.ph, year: nextYear + 1 }, ['year']],
          [{ synergyId: world.synergies.ph, year: 2025.5 }, ['year']],
        ];
        for (const [input, path] of cases) {
          expect(errorsOf(await start(world, input)), JSON.stringify(input)).toEqual([{ kind: 'ValidationError', path }]);
        }
        valueOf(await start(world, { synergyId: world.synergies.ph, year: nextYear }));
        valueOf(await start(world, { synergyId: world.synergies.ph, year: 2000 }));
        expect((await snapshot()).reviews.length).toBe(before.reviews.length + 2);
      });

      it('should refuse coordinators, viewers and editors (Forbidden) and hide another network’s missions (NotFound)', async () => {
        const world = await seedWorld();
        const before = await snapshot();
        for (const who of ['phCoordinator', 'networkViewer', 'khCoordinator', 'vnViewer'] as const) {
          expect(errorsOf(await start(world, { missionId: world.missions.ph }, who)), who).toEqual([{ kind: 'ForbiddenError', path: ['missionId'] }]);
        }
        expect(errorsOf(await start(world, { synergyId: world.synergies.ph, year: 2025 }, 'phCoordinator'))).toEqual([
          { kind: 'ForbiddenError', path: ['synergyId'] },
        ]);
        expect(errorsOf(await start(world, { missionId: world.missions.ph }, 'otherAdmin'))).toEqual([{ kind: 'NotFoundError', path: ['missionId'] }]);
        expect(errorsOf(await start(world, { synergyId: world.synergies.ph, year: 2025 }, 'otherAdmin'))).toEqual([
          { kind: 'NotFoundError', path: ['synergyId'] },
        ]);
        expect(errorsOf(await start(world, { missionId: world.missions.lao }, 'phCoordinator'))).toEqual([{ kind: 'NotFoundError', path: ['missionId'] }]);
        expect(await snapshot()).toEqual(before);
      });
    });

    describe('updateCapacityBuildingReview', () => {
      it('should change only the fields given and bump the version', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        const ctx = await as(world.users.reviewer);
        const updated = valueOf(
          await updateCapacityBuildingReview(ctx, { id: review.id, version: 1, ratingRelevance: 4, comments: '  Strong follow-up plan  ', recommendation: 'SCALE_UP' }),
        );
        expect(updated.version).toBe(2);
        valueOf(await updateCapacityBuildingReview(await as(world.users.admin), { id: review.id, version: 2, ratingGender: 2 }));
        expect(await reviewRow(review.id)).toMatchObject({
          ratingRelevance: 4,
          ratingGender: 2,
          ratingEffectiveness: null,
          comments: 'Strong follow-up plan',
          recommendation: 'SCALE_UP',
          version: 3,
        });
      });

      it('should refuse ratings outside 1–5 or not whole, over-long comments and unknown recommendations, naming each field, writing nothing', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        const before = await snapshot();
        const ctx = await as(world.users.reviewer);
        const result = await updateCapacityBuildingReview(ctx, {
          id: review.id,
          version: 1,
          ratingRelevance: 0,
          ratingEffectiveness: 6,
          ratingFollowUp: 2.5,
          ratingGender: 3,
          comments: 'x'.repeat(10_001),
          recommendation: 'MAYBE' as never,
        });
        expect(errorsOf(result)).toEqual([
          { kind: 'ValidationError', path: ['ratingRelevance'] },
          { kind: 'ValidationError', path: ['ratingEffectiveness'] },
          { kind: 'ValidationError', path: ['ratingFollowUp'] },
          { kind: 'ValidationError', path: ['comments'] },
          { kind: 'ValidationError', path: ['recommendation'] },
        ]);
        expect(messagesOf(result)).toContain('ratingRelevance: must be from 1 to 5');
        valueOf(await updateCapacityBuildingReview(ctx, { id: review.id, version: 1, comments: 'x'.repeat(10_000), ratingFollowUp: 5, ratingRelevance: 1 }));
        expect((await snapshot()).audit).toBe(before.audit + 1);
      });

      it('should refuse the organiser (Forbidden), hide it from another network (NotFound) and refuse a stale version (Conflict)', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        const before = await snapshot();
        const change = { id: review.id, version: 1, ratingRelevance: 3 };
        expect(errorsOf(await updateCapacityBuildingReview(await as(world.users.phCoordinator), change))).toEqual([{ kind: 'ForbiddenError', path: ['id'] }]);
        expect(errorsOf(await updateCapacityBuildingReview(await as(world.users.otherAdmin), change))).toEqual([{ kind: 'NotFoundError', path: ['id'] }]);
        expect(errorsOf(await updateCapacityBuildingReview(await as(world.users.laCoordinator), change))).toEqual([{ kind: 'NotFoundError', path: ['id'] }]);
        expect(errorsOf(await updateCapacityBuildingReview(await as(world.users.reviewer), { ...change, version: 2 }))).toEqual([
          { kind: 'ConflictError', path: ['version'] },
        ]);
        expect(await snapshot()).toEqual(before);
      });

      it('should refuse edits once changes are requested or the review is approved, saying why', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        await rated(world, review.id);
        await moved(world, review.id, 'SUBMIT', 'reviewer');
        // Still editable while SUBMITTED.
        valueOf(await updateCapacityBuildingReview(await as(world.users.reviewer), { id: review.id, version: 3, comments: 'Submitted, then clarified' }));
        const version = await moved(world, review.id, 'REQUEST_CHANGES', 'reviewer', 'Add the attendance lists');
        const refused = await updateCapacityBuildingReview(await as(world.users.reviewer), { id: review.id, version, ratingGender: 5 });
        expect(errorsOf(refused)).toEqual([{ kind: 'ConflictError', path: ['id'] }]);
        expect(messagesOf(refused)).toContain('the organiser answers first');
        await moved(world, review.id, 'ANSWER', 'phCoordinator', 'Attendance lists added');
        const approved = await moved(world, review.id, 'APPROVE', 'reviewer');
        const locked = await updateCapacityBuildingReview(await as(world.users.admin), { id: review.id, version: approved, ratingGender: 5 });
        expect(errorsOf(locked)).toEqual([{ kind: 'ConflictError', path: ['id'] }]);
        expect(messagesOf(locked)).toContain('a network admin must reopen it first');
      });
    });

    describe('moveCapacityBuildingReview', () => {
      it('should run the whole workflow, mirror every status on the mission, lock it while approved and record the reopen in the audit log', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        await rated(world, review.id);
        const missionVersions: number[] = [(await missionRow(world.missions.ph)).version];
        const step = async (name: MoveCapacityBuildingReviewInput['move'], who: UserKey, note?: string) => {
          await moved(world, review.id, name, who, note);
          const [stored, mission] = [await reviewRow(review.id), await missionRow(world.missions.ph)];
          expect(mission.reviewStatus, name).toBe(stored.status);
          missionVersions.push(mission.version);
          return stored;
        };

        const submitted = await step('SUBMIT', 'reviewer');
        expect(submitted.status).toBe('SUBMITTED');
        expect(submitted.submittedAt).toBeInstanceOf(Date);
        const requested = await step('REQUEST_CHANGES', 'reviewer', 'Report the follow-ups by partner');
        expect(requested).toMatchObject({ status: 'CHANGES_REQUESTED', changeRequest: 'Report the follow-ups by partner' });
        const answered = await step('ANSWER', 'phCoordinator', 'Follow-ups are now listed by partner');
        expect(answered).toMatchObject({ status: 'SUBMITTED', organiserResponse: 'Follow-ups are now listed by partner' });
        expect(answered.submittedAt!.getTime()).toBeGreaterThanOrEqual(submitted.submittedAt!.getTime());
        const approved = await step('APPROVE', 'reviewer');
        expect(approved.status).toBe('APPROVED');
        expect(approved.approvedAt).toBeInstanceOf(Date);
        expect(approved.approvedBy?.id).toBe(world.users.reviewer);
        expect(missionIsLocked((await missionRow(world.missions.ph)).reviewStatus)).toBe(true);

        const reopened = await step('REOPEN', 'admin', 'The participant figures were double counted');
        expect(reopened).toMatchObject({ status: 'CHANGES_REQUESTED', reopenReason: 'The participant figures were double counted', approvedAt: null, approvedBy: null });
        expect(missionIsLocked((await missionRow(world.missions.ph)).reviewStatus)).toBe(false);
        // Each move changed the mission too (its version bumps with the mirrored status).
        expect(new Set(missionVersions).size).toBe(missionVersions.length);

        const entries = await fresh().find(AuditEntry, { entityId: review.id, action: 'UPDATE' }, { orderBy: { at: 'asc', id: 'asc' } });
        const reopen = entries.find((entry) => entry.after?.reopenReason);
        expect(reopen).toMatchObject({
          actorId: world.users.admin,
          networkId: world.networkId,
          entityType: 'CapacityBuildingReview',
          before: { status: 'APPROVED' },
          after: { status: 'CHANGES_REQUESTED', reopenReason: 'The participant figures were double counted', approvedBy: null },
        });
        const missionEntries = await fresh().find(AuditEntry, { entityId: world.missions.ph, action: 'UPDATE' });
        expect(missionEntries.map((entry) => entry.after?.reviewStatus)).toEqual(
          expect.arrayContaining(['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED']),
        );
      });

      it('should give each move to its party: the organiser cannot approve, the reviewer cannot answer or reopen, viewers move nothing', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        await rated(world, review.id);
        const refuse = async (name: MoveCapacityBuildingReviewInput['move'], who: UserKey, kind: UserError['kind'] = 'ForbiddenError') => {
          const { version } = await reviewRow(review.id);
          const before = await snapshot();
          const result = await move(world, { id: review.id, version, move: name, note: 'A note' }, who);
          expect(errorsOf(result), `${who} ${name}`).toEqual([{ kind, path: kind === 'NotFoundError' ? ['id'] : ['move'] }]);
          expect(await snapshot()).toEqual(before);
          return messagesOf(result);
        };
        for (const who of ['phCoordinator', 'khCoordinator', 'networkViewer', 'vnViewer'] as const) await refuse('SUBMIT', who);
        await refuse('SUBMIT', 'otherAdmin', 'NotFoundError');
        await refuse('SUBMIT', 'vinhEditor', 'NotFoundError');
        await moved(world, review.id, 'SUBMIT', 'reviewer');
        expect(await refuse('APPROVE', 'phCoordinator')).toContain('Only network reviewers and admins may APPROVE');
        await refuse('REQUEST_CHANGES', 'phCoordinator');
        await moved(world, review.id, 'REQUEST_CHANGES', 'reviewer', 'More detail');
        expect(await refuse('ANSWER', 'reviewer')).toContain('Only the organiser');
        // A target synergy reads the review but does not organise the mission.
        await refuse('ANSWER', 'khCoordinator');
        await refuse('ANSWER', 'networkViewer');
        await moved(world, review.id, 'ANSWER', 'phCoordinator', 'Detail added');
        await moved(world, review.id, 'APPROVE', 'admin');
        expect(await refuse('REOPEN', 'reviewer')).toContain('Only network admins');
        await refuse('REOPEN', 'phCoordinator');
      });

      it('should refuse a move not open from the current status with a ConflictError on move naming the status', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        const before = await snapshot();
        for (const name of ['APPROVE', 'REQUEST_CHANGES'] as const) {
          const result = await move(world, { id: review.id, version: 1, move: name, note: 'n' }, 'reviewer');
          expect(errorsOf(result)).toEqual([{ kind: 'ConflictError', path: ['move'] }]);
          expect(messagesOf(result)).toContain(`${name} is not possible while the review is DRAFT (possible now: SUBMIT)`);
        }
        expect(errorsOf(await move(world, { id: review.id, version: 1, move: 'REOPEN', note: 'n' }, 'admin'))).toEqual([
          { kind: 'ConflictError', path: ['move'] },
        ]);
        expect(errorsOf(await move(world, { id: review.id, version: 1, move: 'NEXT' as never }, 'admin'))).toEqual([
          { kind: 'ValidationError', path: ['move'] },
        ]);
        expect(await snapshot()).toEqual(before);
      });

      it('should need all four ratings to submit, naming each missing one, and a note for the moves that carry one', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        valueOf(await updateCapacityBuildingReview(await as(world.users.reviewer), { id: review.id, version: 1, ratingRelevance: 4, ratingGender: 3 }));
        const before = await snapshot();
        expect(errorsOf(await move(world, { id: review.id, version: 2, move: 'SUBMIT' }, 'reviewer'))).toEqual([
          { kind: 'ValidationError', path: ['ratingEffectiveness'] },
          { kind: 'ValidationError', path: ['ratingFollowUp'] },
        ]);
        expect(await snapshot()).toEqual(before);
        await rated(world, review.id);
        await moved(world, review.id, 'SUBMIT', 'reviewer');
        const { version } = await reviewRow(review.id);
        for (const note of [undefined, null, '', '   ', 'x'.repeat(5001)]) {
          const result = await move(world, { id: review.id, version, move: 'REQUEST_CHANGES', note }, 'reviewer');
          expect(errorsOf(result), JSON.stringify(note)).toEqual([{ kind: 'ValidationError', path: ['note'] }]);
        }
        await moved(world, review.id, 'REQUEST_CHANGES', 'reviewer', 'x'.repeat(5000));
        const answered = await reviewRow(review.id);
        expect(errorsOf(await move(world, { id: review.id, version: answered.version, move: 'ANSWER' }, 'phCoordinator'))).toEqual([
          { kind: 'ValidationError', path: ['note'] },
        ]);
      });

      it('should refuse a stale version with a ConflictError and change nothing', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        await rated(world, review.id);
        const before = await snapshot();
        expect(errorsOf(await move(world, { id: review.id, version: 1, move: 'SUBMIT' }, 'reviewer'))).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(await snapshot()).toEqual(before);
      });

      it('should let network admins answer for network-organised missions, and a synergy’s coordinators answer its year review', async () => {
        const world = await seedWorld();
        const missionReview = valueOf(await start(world, { missionId: world.missions.network }));
        const yearReview = valueOf(await start(world, { synergyId: world.synergies.ph, year: 2025 }));
        for (const id of [missionReview.id, yearReview.id]) {
          await rated(world, id);
          await moved(world, id, 'SUBMIT', 'reviewer');
          await moved(world, id, 'REQUEST_CHANGES', 'reviewer', 'Please add the budget');
        }
        const noOrganiser = await move(world, { id: missionReview.id, version: 4, move: 'ANSWER', note: 'Done' }, 'phCoordinator');
        expect(errorsOf(noOrganiser)).toEqual([{ kind: 'NotFoundError', path: ['id'] }]);
        await moved(world, missionReview.id, 'ANSWER', 'admin', 'Budget added');
        expect(errorsOf(await move(world, { id: yearReview.id, version: 4, move: 'ANSWER', note: 'Done' }, 'khCoordinator'))).toEqual([
          { kind: 'NotFoundError', path: ['id'] },
        ]);
        await moved(world, yearReview.id, 'ANSWER', 'phCoordinator', 'Budget added');
        expect((await reviewRow(yearReview.id)).status).toBe('SUBMITTED');
      });
    });

    describe('reading reviews', () => {
      it('should show network-wide readers every review, synergies those of missions they organise or target and their year reviews, partners none', async () => {
        const world = await seedWorld();
        const ids = {
          ph: valueOf(await start(world, { missionId: world.missions.ph })).id,
          network: valueOf(await start(world, { missionId: world.missions.network })).id,
          lao: valueOf(await start(world, { missionId: world.missions.lao })).id,
          phYear: valueOf(await start(world, { synergyId: world.synergies.ph, year: 2025 })).id,
          laYear: valueOf(await start(world, { synergyId: world.synergies.la, year: 2025 })).id,
        };
        const name = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
        const visible = async (who: UserKey) => {
          const ctx = await as(world.users[who]);
          const page = await listCapacityBuildingReviews(ctx, {}, { first: 50 });
          const names = page.items.map((review) => name.get(review.id)).sort();
          // The single-review read agrees with the list.
          for (const id of Object.values(ids)) expect(Boolean(await findCapacityBuildingReview(ctx, id)), `${who} ${name.get(id)}`).toBe(names.includes(name.get(id)));
          expect(page.totalCount).toBe(names.length);
          return names;
        };
        const everything = Object.keys(ids).sort();
        expect(await visible('admin')).toEqual(everything);
        expect(await visible('reviewer')).toEqual(everything);
        expect(await visible('networkViewer')).toEqual(everything);
        expect(await visible('phCoordinator')).toEqual(['ph', 'phYear']);
        expect(await visible('khCoordinator')).toEqual(['ph']);
        expect(await visible('vnViewer')).toEqual(['ph']);
        expect(await visible('laCoordinator')).toEqual(['laYear', 'lao']);
        expect(await visible('vinhEditor')).toEqual([]);
        expect(await visible('otherAdmin')).toEqual([]);
      });

      it('should filter by network, status, synergy and reviewer, most recently changed first', async () => {
        const world = await seedWorld();
        // A few milliseconds between changes, so the order by updatedAt never rests on a tie.
        const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
        const ph = valueOf(await start(world, { missionId: world.missions.ph })).id;
        await tick();
        const byAdmin = valueOf(await start(world, { missionId: world.missions.network }, 'admin')).id;
        await tick();
        const phYear = valueOf(await start(world, { synergyId: world.synergies.ph, year: 2025 })).id;
        await tick();
        await rated(world, ph);
        await moved(world, ph, 'SUBMIT', 'reviewer');
        const ctx = await as(world.users.reviewer);
        const list = async (filter: Parameters<typeof listCapacityBuildingReviews>[1]) =>
          (await listCapacityBuildingReviews(ctx, filter, { first: 50 })).items.map((review) => review.id);
        expect(await list({ networkId: world.networkId })).toEqual([ph, phYear, byAdmin]);
        expect(await list({ statuses: ['SUBMITTED'] })).toEqual([ph]);
        expect(await list({ statuses: ['DRAFT'], synergyId: world.synergies.ph })).toEqual([phYear]);
        expect(await list({ synergyId: world.synergies.ph })).toEqual([ph, phYear]);
        expect(await list({ reviewerId: world.users.admin })).toEqual([byAdmin]);
        const firstPage = await listCapacityBuildingReviews(ctx, { networkId: world.networkId }, { first: 2 });
        expect(firstPage).toMatchObject({ totalCount: 3, hasNextPage: true });
        const next = await listCapacityBuildingReviews(ctx, { networkId: world.networkId }, { first: 2, after: firstPage.cursors.at(-1) });
        expect(next.items.map((review) => review.id)).toEqual([byAdmin]);
      });

      it('should batch the reviews of missions and synergies in one statement each, visibility included', async () => {
        const world = await seedWorld();
        const ph = valueOf(await start(world, { missionId: world.missions.ph })).id;
        const lao = valueOf(await start(world, { missionId: world.missions.lao })).id;
        const y2024 = valueOf(await start(world, { synergyId: world.synergies.ph, year: 2024 })).id;
        const y2025 = valueOf(await start(world, { synergyId: world.synergies.ph, year: 2025 })).id;
        const missionIds = Object.values(world.missions);
        const synergyIds = Object.values(world.synergies);
        const asMap = (map: Map<string, { id: string } | null>) => Object.fromEntries([...map].map(([key, value]) => [key, value?.id ?? null]));
        const reviewer = await as(world.users.reviewer);
        expect(asMap(await reviewOfMissions(reviewer, missionIds))).toEqual({ [world.missions.ph]: ph, [world.missions.network]: null, [world.missions.lao]: lao });
        const coordinator = await as(world.users.phCoordinator);
        expect(asMap(await reviewOfMissions(coordinator, missionIds))).toEqual({ [world.missions.ph]: ph, [world.missions.network]: null, [world.missions.lao]: null });
        const years = await reviewsOfSynergies(coordinator, synergyIds);
        expect(years.get(world.synergies.ph)!.map((review) => review.id)).toEqual([y2025, y2024]);
        expect(years.get(world.synergies.la)).toEqual([]);
        expect((await reviewsOfSynergies(await as(world.users.laCoordinator), [world.synergies.ph])).get(world.synergies.ph)).toEqual([]);
      });

      it('should offer each user exactly the moves and edits the mutations allow', async () => {
        const world = await seedWorld();
        const review = valueOf(await start(world, { missionId: world.missions.ph }));
        await rated(world, review.id);
        const offered = async (who: UserKey) => {
          const ctx = await as(world.users[who]);
          const stored = await ctx.em.findOneOrFail(CapacityBuildingReview, { id: review.id });
          const subjects = (await reviewSubjectsOf(ctx.em, [stored])).get(stored.id)!;
          return reviewPermissions(ctx.actor, stored, subjects);
        };
        expect(await offered('reviewer')).toEqual({ moves: ['SUBMIT'], edit: true });
        expect(await offered('phCoordinator')).toEqual({ moves: [], edit: false });
        await moved(world, review.id, 'SUBMIT', 'reviewer');
        expect(await offered('admin')).toEqual({ moves: ['REQUEST_CHANGES', 'APPROVE'], edit: true });
        await moved(world, review.id, 'REQUEST_CHANGES', 'reviewer', 'More');
        expect(await offered('reviewer')).toEqual({ moves: [], edit: false });
        expect(await offered('phCoordinator')).toEqual({ moves: ['ANSWER'], edit: false });
        expect(await offered('khCoordinator')).toEqual({ moves: [], edit: false });
        expect(await offered('admin')).toEqual({ moves: ['ANSWER'], edit: false });
        await moved(world, review.id, 'ANSWER', 'phCoordinator', 'Done');
        await moved(world, review.id, 'APPROVE', 'reviewer');
        expect(await offered('reviewer')).toEqual({ moves: [], edit: false });
        expect(await offered('admin')).toEqual({ moves: ['REOPEN'], edit: false });
        expect(await offered('networkViewer')).toEqual({ moves: [], edit: false });
      });
    });
  });
}
