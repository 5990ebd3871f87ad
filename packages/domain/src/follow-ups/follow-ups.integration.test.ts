import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildFollowUp, buildMission, buildNetwork, buildPartner, persistSeed } from '../testing/builders.ts';
import { buildProgramme, buildUsersWithGrants } from '../testing/seeds.ts';
import { loadActor } from '../users/actor.ts';
import { MissionTarget, CapacityBuildingMission } from '../missions/mission.entity.ts';
import type { DomainContext } from '../shared/context.ts';
import type { Result } from '../shared/errors.ts';
import { todayIso } from '../shared/dates.ts';
import { newId } from '../shared/ids.ts';
import { FollowUpAction } from './follow-up-action.entity.ts';
import { AuditEntry } from '../audit/audit-entry.entity.ts';
import { addFollowUpAction, findFollowUpAction, followUpsOfMissions, listFollowUpActions, removeFollowUpAction, updateFollowUpAction } from './follow-ups.service.ts';
import type { FollowUpActionFilter } from './follow-up.queries.ts';

const dialects = await testDialects();

/** ISO date `days` from today (UTC). */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const errorsOf = <T>(result: Result<T>) => (result.ok ? [] : result.errors.map(({ kind, path }) => ({ kind, path })));

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`follow-up actions on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'follow_ups');
    });
    afterAll(async () => {
      await db?.close();
    });

    const fresh = () => db.orm.em.fork() as EntityManager;
    const as = async (userId: string): Promise<DomainContext> => {
      const em = fresh();
      return { em, actor: await loadActor(em, userId) };
    };

    /**
     * S1 organises mission M for target partner Alpha and target synergy S2.
     * Bravo is in S2, Carol in S1, Dan in S3 only, Echo in no synergy; Oscar
     * in another network. M2 (S1, no targets) has a follow-up owned by Carol.
     */
    async function seedWorld() {
      const em = fresh();
      const {
        network,
        synergies: { s1, s2, s3 },
        partners: { alpha, bravo, carol, dan, echo },
      } = buildProgramme(em, {
        synergies: { s1: { country: 'PH' }, s2: { country: 'KH' }, s3: { country: 'ID' } },
        partners: {
          alpha: { name: 'Alpha union' },
          bravo: { name: 'Bravo mutual' },
          carol: { name: 'Carol cooperative' },
          dan: { name: 'Dan institute' },
          echo: { name: 'Echo vendors' },
        },
        memberships: [
          ['s2', 'bravo', { since: '2020-01-01' }],
          ['s1', 'carol', { since: '2020-01-01' }],
          ['s3', 'dan', { since: '2020-01-01' }],
          ['s3', 'alpha', { since: '2020-01-01' }],
        ],
      });
      const other = buildNetwork(em);
      const oscar = buildPartner(em, other, { name: 'Oscar union' });
      const mission = buildMission(em, network, s1, {}, [alpha]);
      em.create(MissionTarget, { mission, synergy: s2 });
      const m2 = buildMission(em, network, s1, { title: 'Coaching' });
      const carolsOwn = buildFollowUp(em, m2, carol, { dueDate: '2025-05-01' });
      const users = buildUsersWithGrants(em, network, {
        admin: ['NETWORK_ADMIN', 'NETWORK', network.id],
        organiser: ['SYNERGY_COORDINATOR', 'SYNERGY', s1.id],
        coordS2: ['SYNERGY_COORDINATOR', 'SYNERGY', s2.id],
        coordS3: ['SYNERGY_COORDINATOR', 'SYNERGY', s3.id],
        editorAlpha: ['PARTNER_EDITOR', 'PARTNER', alpha.id],
        editorCarol: ['PARTNER_EDITOR', 'PARTNER', carol.id],
        editorEcho: ['PARTNER_EDITOR', 'PARTNER', echo.id],
        viewerS2: ['VIEWER', 'SYNERGY', s2.id],
      });
      await persistSeed(em);
      return { network, s1, s2, s3, alpha, bravo, carol, dan, echo, oscar, mission, m2, carolsOwn, users };
    }

    const add = async (userId: string, input: Partial<Parameters<typeof addFollowUpAction>[1]> & { missionId: string; ownerPartnerId: string }) =>
      addFollowUpAction(await as(userId), { description: 'Share the training with members', dueDate: '2025-09-30', ...input });

    it('should let the organiser add follow-ups owned by a target partner or a member of a target or organising synergy', async () => {
      const w = await seedWorld();
      for (const owner of [w.alpha, w.bravo, w.carol]) {
        const result = await add(w.users.organiser, { missionId: w.mission.id, ownerPartnerId: owner.id });
        expect(errorsOf(result)).toEqual([]);
      }
      const admin = await add(w.users.admin, { missionId: w.mission.id, ownerPartnerId: w.alpha.id });
      expect(admin.ok && admin.value.status).toBe('OPEN');
      expect(await fresh().count(FollowUpAction, { mission: w.mission.id })).toBe(4);
    });

    it('should refuse an owner that is not part of the mission, naming ownerPartnerId, and write nothing', async () => {
      const w = await seedWorld();
      expect(errorsOf(await add(w.users.organiser, { missionId: w.mission.id, ownerPartnerId: w.dan.id }))).toEqual([
        { kind: 'ValidationError', path: ['ownerPartnerId'] },
      ]);
      expect(errorsOf(await add(w.users.organiser, { missionId: w.mission.id, ownerPartnerId: w.oscar.id }))).toEqual([
        { kind: 'NotFoundError', path: ['ownerPartnerId'] },
      ]);
      expect(errorsOf(await add(w.users.organiser, { missionId: w.mission.id, ownerPartnerId: w.alpha.id, description: '  ' }))).toEqual([
        { kind: 'ValidationError', path: ['description'] },
      ]);
      expect(errorsOf(await add(w.users.organiser, { missionId: w.mission.id, ownerPartnerId: w.alpha.id, description: 'x'.repeat(2001) }))).toEqual([
        { kind: 'ValidationError', path: ['description'] },
      ]);
      expect(errorsOf(await add(w.users.organiser, { missionId: w.mission.id, ownerPartnerId: w.alpha.id, dueDate: '2025-02-30' }))).toEqual([
        { kind: 'ValidationError', path: ['dueDate'] },
      ]);
      expect(await fresh().count(FollowUpAction, { mission: w.mission.id })).toBe(0);
    });

    it('should refuse adding to anyone but the organiser: forbidden when they read the mission, not found otherwise', async () => {
      const w = await seedWorld();
      expect(errorsOf(await add(w.users.coordS2, { missionId: w.mission.id, ownerPartnerId: w.bravo.id }))).toEqual([{ kind: 'ForbiddenError', path: ['missionId'] }]);
      expect(errorsOf(await add(w.users.editorAlpha, { missionId: w.mission.id, ownerPartnerId: w.alpha.id }))).toEqual([
        { kind: 'ForbiddenError', path: ['missionId'] },
      ]);
      expect(errorsOf(await add(w.users.editorEcho, { missionId: w.mission.id, ownerPartnerId: w.alpha.id }))).toEqual([
        { kind: 'NotFoundError', path: ['missionId'] },
      ]);
    });

    it('should let the owner partner report: DONE today by default, never in the future; DROPPED needs a reason; OPEN clears both', async () => {
      const w = await seedWorld();
      const added = await add(w.users.organiser, { missionId: w.mission.id, ownerPartnerId: w.alpha.id });
      const id = added.ok ? added.value.id : '';
      const future = await updateFollowUpAction(await as(w.users.editorAlpha), { id, version: 1, status: 'DONE', doneOn: fromToday(1) });
      expect(errorsOf(future)).toEqual([{ kind: 'ValidationError', path: ['doneOn'] }]);
      const done = await updateFollowUpAction(await as(w.users.editorAlpha), { id, version: 1, status: 'DONE', evidence: 'Minutes of the meeting' });
      expect(done.ok && [done.value.status, done.value.doneOn, done.value.evidence]).toEqual(['DONE', todayIso(), 'Minutes of the meeting']);
      const noReason = await updateFollowUpAction(await as(w.users.editorAlpha), { id, version: 2, status: 'DROPPED' });
      expect(errorsOf(noReason)).toEqual([{ kind: 'ValidationError', path: ['droppedReason'] }]);
      const dropped = await updateFollowUpAction(await as(w.users.editorAlpha), { id, version: 2, status: 'DROPPED', droppedReason: 'The union merged' });
      expect(dropped.ok && [dropped.value.status, dropped.value.doneOn, dropped.value.droppedReason]).toEqual(['DROPPED', null, 'The union merged']);
      const reopened = await updateFollowUpAction(await as(w.users.editorAlpha), { id, version: 3, status: 'OPEN' });
      expect(reopened.ok).toBe(true);
      const stored = await fresh().findOneOrFail(FollowUpAction, { id });
      expect([stored.status, stored.doneOn ?? null, stored.droppedReason ?? null, stored.version]).toEqual(['OPEN', null, null, 4]);
      expect(errorsOf(await updateFollowUpAction(await as(w.users.editorAlpha), { id, version: 4, evidence: 'x'.repeat(5001) }))).toEqual([
        { kind: 'ValidationError', path: ['evidence'] },
      ]);
      expect(errorsOf(await updateFollowUpAction(await as(w.users.editorAlpha), { id, version: 3, description: 'Stale' }))).toEqual([
        { kind: 'ConflictError', path: ['version'] },
      ]);
    });

    it('should let the coordinators of the owner partner’s synergies update but only the organiser remove', async () => {
      const w = await seedWorld();
      const added = await add(w.users.organiser, { missionId: w.mission.id, ownerPartnerId: w.bravo.id });
      const id = added.ok ? added.value.id : '';
      expect(errorsOf(await updateFollowUpAction(await as(w.users.coordS2), { id, version: 1, dueDate: '2025-10-31' }))).toEqual([]);
      expect(errorsOf(await updateFollowUpAction(await as(w.users.editorAlpha), { id, version: 2, dueDate: '2025-11-30' }))).toEqual([
        { kind: 'ForbiddenError', path: ['id'] },
      ]);
      expect(errorsOf(await updateFollowUpAction(await as(w.users.editorEcho), { id, version: 2, dueDate: '2025-11-30' }))).toEqual([
        { kind: 'NotFoundError', path: ['id'] },
      ]);
      expect(errorsOf(await updateFollowUpAction(await as(w.users.organiser), { id, version: 2, ownerPartnerId: w.dan.id }))).toEqual([
        { kind: 'ValidationError', path: ['ownerPartnerId'] },
      ]);
      expect(errorsOf(await removeFollowUpAction(await as(w.users.coordS2), { id, version: 2 }))).toEqual([{ kind: 'ForbiddenError', path: ['id'] }]);
      expect(errorsOf(await removeFollowUpAction(await as(w.users.organiser), { id, version: 1 }))).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
      expect(errorsOf(await removeFollowUpAction(await as(w.users.organiser), { id, version: 2 }))).toEqual([]);
      expect(await fresh().count(FollowUpAction, { id })).toBe(0);
      // Every change is in the audit log, in the actor's name.
      const entries = await fresh().find(AuditEntry, { entityId: id });
      expect(entries.map((entry) => entry.action).sort()).toEqual(['CREATE', 'DELETE', 'UPDATE']);
    });

    it('should keep follow-ups editable after the mission’s review is approved', async () => {
      const w = await seedWorld();
      const added = await add(w.users.organiser, { missionId: w.mission.id, ownerPartnerId: w.alpha.id });
      const em = fresh();
      await em.nativeUpdate(CapacityBuildingMission, { id: w.mission.id }, { reviewStatus: 'APPROVED' });
      const id = added.ok ? added.value.id : '';
      expect(errorsOf(await updateFollowUpAction(await as(w.users.editorAlpha), { id, version: 1, status: 'DONE' }))).toEqual([]);
      expect(errorsOf(await add(w.users.organiser, { missionId: w.mission.id, ownerPartnerId: w.carol.id }))).toEqual([]);
    });

    it('should filter in SQL on every field and derive overdue from status and due date', async () => {
      const w = await seedWorld();
      const em = fresh();
      const mission = em.getReference(CapacityBuildingMission, w.mission.id);
      const late = buildFollowUp(em, mission, w.alpha, { dueDate: fromToday(-3) });
      const soon = buildFollowUp(em, mission, w.bravo, { dueDate: fromToday(5) });
      const doneLate = buildFollowUp(em, mission, w.carol, { dueDate: fromToday(-10), status: 'DONE', doneOn: fromToday(-11) });
      await persistSeed(em);
      const ids = async (filter: FollowUpActionFilter) =>
        (await listFollowUpActions(await as(w.users.admin), { networkId: w.network.id, ...filter }, { first: 50 })).items.map((item) => item.id);
      expect(await ids({ missionId: w.mission.id })).toEqual([doneLate.id, late.id, soon.id]);
      expect(await ids({ overdue: true })).toEqual([w.carolsOwn.id, late.id]);
      expect(await ids({ overdue: false, missionId: w.mission.id })).toEqual([doneLate.id, soon.id]);
      expect(await ids({ statuses: ['DONE'] })).toEqual([doneLate.id]);
      expect(await ids({ ownerPartnerId: w.bravo.id })).toEqual([soon.id]);
      expect(await ids({ ownerSynergyId: w.s1.id })).toEqual([w.carolsOwn.id, doneLate.id]);
      expect(await ids({ dueFrom: fromToday(-5), dueTo: fromToday(0) })).toEqual([late.id]);
      await expect(ids({ dueFrom: 'soon' })).rejects.toThrow('filter.dueFrom');
      const other = buildNetwork(fresh());
      expect(await ids({ networkId: other.id })).toEqual([]);
    });

    it('should show follow-ups to the mission’s readers and to the owner partner’s people, and to nobody else', async () => {
      const w = await seedWorld();
      const em = fresh();
      const onM = buildFollowUp(em, em.getReference(CapacityBuildingMission, w.mission.id), w.bravo, { dueDate: '2025-07-01' });
      await persistSeed(em);
      const seen = async (userId: string) => (await listFollowUpActions(await as(userId), {}, { first: 50 })).items.map((item) => item.id).sort();
      expect(await seen(w.users.admin)).toEqual([onM.id, w.carolsOwn.id].sort());
      // Alpha is a target partner of M (reads it) but not of M2; Carol owns the M2 follow-up without reading M.
      expect(await seen(w.users.editorAlpha)).toEqual([onM.id]);
      expect(await seen(w.users.editorCarol)).toEqual([w.carolsOwn.id]);
      expect(await seen(w.users.viewerS2)).toEqual([onM.id]);
      expect(await seen(w.users.organiser)).toEqual([onM.id, w.carolsOwn.id].sort());
      expect(await seen(w.users.editorEcho)).toEqual([]);
      expect(await findFollowUpAction(await as(w.users.editorEcho), onM.id)).toBeNull();
      expect((await findFollowUpAction(await as(w.users.viewerS2), onM.id))?.id).toBe(onM.id);
    });

    it('should batch follow-ups of many missions by due date in one statement', async () => {
      const w = await seedWorld();
      const em = fresh();
      const mission = em.getReference(CapacityBuildingMission, w.mission.id);
      const second = buildFollowUp(em, mission, w.bravo, { dueDate: '2025-08-01' });
      const first = buildFollowUp(em, mission, w.alpha, { dueDate: '2025-07-01' });
      await persistSeed(em);
      const missing = newId();
      const groups = await followUpsOfMissions(await as(w.users.admin), [w.mission.id, w.m2.id, missing]);
      expect(groups.get(w.mission.id)!.map((row) => row.id)).toEqual([first.id, second.id]);
      expect(groups.get(w.m2.id)!.map((row) => row.id)).toEqual([w.carolsOwn.id]);
      expect(groups.get(missing)).toEqual([]);
    });
  });
}
