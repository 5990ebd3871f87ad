import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildAssessment, buildMission, buildNetwork, persistSeed } from '../testing/builders.ts';
import { buildProgramme, buildUsersWithGrants } from '../testing/seeds.ts';
import { loadActor } from '../users/actor.ts';
import { CapacityBuildingMission } from '../missions/mission.entity.ts';
import type { DomainContext } from '../shared/context.ts';
import type { Result } from '../shared/errors.ts';
import { CapacityAssessment, CapacityScore } from './capacity-assessment.entity.ts';
import {
  deleteCapacityAssessment,
  findCapacityAssessment,
  listCapacityAssessments,
  recordCapacityAssessment,
  updateCapacityAssessment,
} from './capacity-assessments.service.ts';
import { assessmentPagesOfPartners, assessmentsOfMissions, previousAssessmentIds, scoresOfAssessments } from './capacity-assessment.reads.ts';
import { capacityChangeByMission, capacityChangeOfMissions } from './capacity-change.ts';
import type { CapacityAssessmentFilter } from './capacity-assessment.queries.ts';

const dialects = await testDialects();

const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const errorsOf = <T>(result: Result<T>) => (result.ok ? [] : result.errors.map(({ kind, path }) => ({ kind, path })));

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`capacity assessments on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'assessments');
    });
    afterAll(async () => {
      await db?.close();
    });

    const fresh = () => db.orm.em.fork() as EntityManager;
    const as = async (userId: string): Promise<DomainContext> => {
      const em = fresh();
      return { em, actor: await loadActor(em, userId) };
    };

    /** Alpha (PH) and Bravo (PH) in S1, Kilo (KH) in S2; Oscar in another network with its own mission. */
    async function seedWorld() {
      const em = fresh();
      const {
        network,
        synergies: { s1, s2 },
        partners: { alpha, bravo, kilo },
      } = buildProgramme(em, {
        synergies: { s1: { country: 'PH' }, s2: { country: 'KH' } },
        partners: {
          alpha: { name: 'Alpha union', country: 'PH' },
          bravo: { name: 'Bravo mutual', country: 'PH' },
          kilo: { name: 'Kilo union', country: 'KH' },
        },
        memberships: [
          ['s1', 'alpha', { since: '2020-01-01' }],
          ['s1', 'bravo', { since: '2020-01-01' }],
          ['s2', 'kilo', { since: '2020-01-01' }],
        ],
      });
      const mission = buildMission(em, network, s1, {}, [alpha, bravo]);
      const other = buildNetwork(em);
      const otherMission = buildMission(em, other, null);
      const users = buildUsersWithGrants(em, network, {
        admin: ['NETWORK_ADMIN', 'NETWORK', network.id],
        reviewer: ['NETWORK_REVIEWER', 'NETWORK', network.id],
        coordS1: ['SYNERGY_COORDINATOR', 'SYNERGY', s1.id],
        coordS2: ['SYNERGY_COORDINATOR', 'SYNERGY', s2.id],
        editorAlpha: ['PARTNER_EDITOR', 'PARTNER', alpha.id],
        viewerS2: ['VIEWER', 'SYNERGY', s2.id],
      });
      await persistSeed(em);
      return { network, s1, s2, alpha, bravo, kilo, mission, otherMission, users };
    }

    const valid = (partnerId: string) => ({
      partnerId,
      assessedOn: '2025-01-15',
      assessor: 'Ana Cruz',
      scores: [
        { domain: 'NETWORKING' as const, score: 2, evidence: 'Attends two coalitions' },
        { domain: 'GOVERNANCE' as const, score: 3 },
      ],
    });

    it('should let admins, reviewers and the partner’s synergies’ coordinators record, and nobody else', async () => {
      const w = await seedWorld();
      for (const userId of [w.users.admin, w.users.reviewer, w.users.coordS1]) {
        expect(errorsOf(await recordCapacityAssessment(await as(userId), valid(w.alpha.id)))).toEqual([]);
      }
      expect(errorsOf(await recordCapacityAssessment(await as(w.users.editorAlpha), valid(w.alpha.id)))).toEqual([{ kind: 'ForbiddenError', path: ['partnerId'] }]);
      expect(errorsOf(await recordCapacityAssessment(await as(w.users.coordS2), valid(w.alpha.id)))).toEqual([{ kind: 'NotFoundError', path: ['partnerId'] }]);
      expect(await fresh().count(CapacityAssessment, { partner: w.alpha.id })).toBe(3);
    });

    it('should refuse bad input naming the field, and write nothing', async () => {
      const w = await seedWorld();
      const ctx = async () => as(w.users.reviewer);
      const scores = [
        { domain: 'GOVERNANCE' as const, score: 2 },
        { domain: 'NETWORKING' as const, score: 2 },
        { domain: 'GOVERNANCE' as const, score: 3 },
      ];
      expect(errorsOf(await recordCapacityAssessment(await ctx(), { ...valid(w.alpha.id), scores }))).toEqual([{ kind: 'ValidationError', path: ['scores', '2', 'domain'] }]);
      expect(errorsOf(await recordCapacityAssessment(await ctx(), { ...valid(w.alpha.id), scores: [{ domain: 'GOVERNANCE', score: 5 }] }))).toEqual([
        { kind: 'ValidationError', path: ['scores', '0', 'score'] },
      ]);
      expect(errorsOf(await recordCapacityAssessment(await ctx(), { ...valid(w.alpha.id), scores: [] }))).toEqual([{ kind: 'ValidationError', path: ['scores'] }]);
      expect(errorsOf(await recordCapacityAssessment(await ctx(), { ...valid(w.alpha.id), assessedOn: fromToday(1) }))).toEqual([
        { kind: 'ValidationError', path: ['assessedOn'] },
      ]);
      expect(errorsOf(await recordCapacityAssessment(await ctx(), { ...valid(w.alpha.id), assessor: '' }))).toEqual([{ kind: 'ValidationError', path: ['assessor'] }]);
      expect(errorsOf(await recordCapacityAssessment(await ctx(), { ...valid(w.alpha.id), missionId: w.otherMission.id }))).toEqual([
        { kind: 'ValidationError', path: ['missionId'] },
      ]);
      expect(await fresh().count(CapacityAssessment, { partner: w.alpha.id })).toBe(0);
      expect(await fresh().count(CapacityScore, { assessment: { partner: w.alpha.id } })).toBe(0);
    });

    it('should update with a version check, replace scores, and delete with its scores', async () => {
      const w = await seedWorld();
      const recorded = await recordCapacityAssessment(await as(w.users.coordS1), { ...valid(w.alpha.id), missionId: w.mission.id });
      const id = recorded.ok ? recorded.value.id : '';
      expect(recorded.ok && recorded.value.mission?.id).toBe(w.mission.id);
      const updated = await updateCapacityAssessment(await as(w.users.reviewer), {
        id,
        version: 1,
        assessor: 'Ben Reyes',
        missionId: null,
        scores: [
          { domain: 'GOVERNANCE', score: 4 },
          { domain: 'COMMUNICATION', score: 1 },
        ],
      });
      expect(errorsOf(updated)).toEqual([]);
      const stored = await fresh().findOneOrFail(CapacityAssessment, { id });
      expect([stored.assessor, stored.mission ?? null, stored.version]).toEqual(['Ben Reyes', null, 2]);
      const scores = (await scoresOfAssessments(fresh(), [id])).get(id)!;
      expect(scores.map(({ domain, score }) => [domain, score])).toEqual([
        ['GOVERNANCE', 4],
        ['COMMUNICATION', 1],
      ]);
      expect(errorsOf(await updateCapacityAssessment(await as(w.users.reviewer), { id, version: 1, assessor: 'Stale' }))).toEqual([
        { kind: 'ConflictError', path: ['version'] },
      ]);
      expect(errorsOf(await updateCapacityAssessment(await as(w.users.editorAlpha), { id, version: 2, assessor: 'Me' }))).toEqual([
        { kind: 'ForbiddenError', path: ['id'] },
      ]);
      expect(errorsOf(await deleteCapacityAssessment(await as(w.users.coordS2), { id, version: 2 }))).toEqual([{ kind: 'NotFoundError', path: ['id'] }]);
      expect(errorsOf(await deleteCapacityAssessment(await as(w.users.coordS1), { id, version: 2 }))).toEqual([]);
      expect(await fresh().count(CapacityScore, { assessment: id })).toBe(0);
    });

    it('should derive each score’s change from the partner’s previous assessment scoring that domain, and the previous assessment', async () => {
      const w = await seedWorld();
      const em = fresh();
      const first = buildAssessment(em, w.alpha, '2024-01-10', { GOVERNANCE: 1, NETWORKING: 2 });
      const second = buildAssessment(em, w.alpha, '2024-06-10', { NETWORKING: 4 });
      const third = buildAssessment(em, w.alpha, '2025-01-10', { GOVERNANCE: 3, COMMUNICATION: 2 });
      const bravos = buildAssessment(em, w.bravo, '2024-03-01', { GOVERNANCE: 4 });
      await persistSeed(em);
      const scores = await scoresOfAssessments(fresh(), [first.id, third.id]);
      expect(scores.get(third.id)!.map(({ domain, change }) => [domain, change])).toEqual([
        ['GOVERNANCE', 2],
        ['COMMUNICATION', null],
      ]);
      expect(scores.get(first.id)!.every((score) => score.change === null)).toBe(true);
      const previous = await previousAssessmentIds(fresh(), [first.id, second.id, third.id, bravos.id]);
      expect([...previous.values()]).toEqual([null, first.id, second.id, null]);
    });

    it('should list with every filter in SQL and show assessments to whoever sees the partner', async () => {
      const w = await seedWorld();
      const em = fresh();
      const a1 = buildAssessment(em, w.alpha, '2024-01-10', { GOVERNANCE: 1 }, { mission: em.getReference(CapacityBuildingMission, w.mission.id, { wrapped: true }) });
      const a2 = buildAssessment(em, w.alpha, '2025-01-10', { GOVERNANCE: 2 });
      const k1 = buildAssessment(em, w.kilo, '2024-06-10', { GOVERNANCE: 3 });
      await persistSeed(em);
      const ids = async (userId: string, filter: CapacityAssessmentFilter = {}) =>
        (await listCapacityAssessments(await as(userId), filter, { first: 50 })).items.map((item) => item.id);
      expect(await ids(w.users.admin)).toEqual([a2.id, k1.id, a1.id]);
      expect(await ids(w.users.admin, { partnerId: w.alpha.id })).toEqual([a2.id, a1.id]);
      expect(await ids(w.users.admin, { synergyId: w.s2.id })).toEqual([k1.id]);
      expect(await ids(w.users.admin, { missionId: w.mission.id })).toEqual([a1.id]);
      expect(await ids(w.users.admin, { countries: ['kh'] })).toEqual([k1.id]);
      expect(await ids(w.users.admin, { from: '2024-02-01', to: '2024-12-31' })).toEqual([k1.id]);
      expect(await ids(w.users.admin, { networkId: w.network.id })).toHaveLength(3);
      expect(await ids(w.users.viewerS2)).toEqual([k1.id]);
      expect(await ids(w.users.editorAlpha)).toEqual([a2.id, a1.id]);
      expect(await findCapacityAssessment(await as(w.users.viewerS2), a1.id)).toBeNull();
      const page = await listCapacityAssessments(await as(w.users.admin), {}, { first: 1 });
      const next = await listCapacityAssessments(await as(w.users.admin), {}, { first: 1, after: page.cursors[0] });
      expect([page.totalCount, next.items.map((item) => item.id)]).toEqual([3, [k1.id]]);
      const pages = await assessmentPagesOfPartners(await as(w.users.admin), [w.alpha.id, w.kilo.id, w.bravo.id], { first: 1 });
      expect(pages.get(w.alpha.id)!.items.map((item) => item.id)).toEqual([a2.id]);
      expect([pages.get(w.alpha.id)!.totalCount, pages.get(w.alpha.id)!.hasNextPage, pages.get(w.bravo.id)!.totalCount]).toEqual([2, true, 0]);
      const after = await assessmentPagesOfPartners(await as(w.users.admin), [w.alpha.id], { first: 1, after: pages.get(w.alpha.id)!.cursors[0] });
      expect([after.get(w.alpha.id)!.items.map((item) => item.id), after.get(w.alpha.id)!.hasNextPage]).toEqual([[a1.id], false]);
      const linked = await assessmentsOfMissions(await as(w.users.admin), [w.mission.id]);
      expect(linked.get(w.mission.id)!.map((item) => item.id)).toEqual([a1.id]);
    });

    it('should compute the capacity change of completed missions per the rule, by hand-computed fixture', async () => {
      const w = await seedWorld();
      const em = fresh();
      // The mission ran 2025-03-10 to 2025-03-12 for Alpha and Bravo; Kilo is not a target.
      buildAssessment(em, w.alpha, '2025-01-10', { GOVERNANCE: 1, NETWORKING: 2 }); // superseded before
      buildAssessment(em, w.alpha, '2025-03-01', { NETWORKING: 2 });
      buildAssessment(em, w.bravo, '2025-03-10', { NETWORKING: 1 }); // on the start day counts as before
      buildAssessment(em, w.alpha, '2025-03-12', { NETWORKING: 4 }); // on the end day is neither
      buildAssessment(em, w.alpha, '2025-09-01', { NETWORKING: 2 });
      buildAssessment(em, w.alpha, '2026-02-01', { NETWORKING: 3 }); // latest within a year: counts
      buildAssessment(em, w.bravo, '2025-12-01', { NETWORKING: 3, GOVERNANCE: 4 });
      buildAssessment(em, w.bravo, '2026-03-13', { NETWORKING: 1 }); // 366 days after the end: too late
      buildAssessment(em, w.kilo, '2025-01-01', { NETWORKING: 1 });
      buildAssessment(em, w.kilo, '2025-06-01', { NETWORKING: 4 });
      const planned = buildMission(em, w.network, w.s1, { status: 'ONGOING' }, [w.alpha]);
      await persistSeed(em);
      // Alpha GOVERNANCE has no after, Bravo GOVERNANCE no before: only NETWORKING counts, (3-2 + 3-1) / 2.
      const expected = [{ domain: 'NETWORKING', partners: 2, averageBefore: 1.5, averageAfter: 3, averageChange: 1.5 }];
      expect(await capacityChangeOfMissions(fresh(), [w.mission.id])).toEqual(expected);
      const subquery = fresh().getKnex().select('id').from('capacity_building_mission').where('network_id', w.network.id);
      expect(await capacityChangeOfMissions(fresh(), subquery)).toEqual(expected);
      const byMission = await capacityChangeByMission(fresh(), [w.mission.id, planned.id]);
      expect([byMission.get(w.mission.id), byMission.get(planned.id)]).toEqual([expected, []]);
      expect(await capacityChangeOfMissions(fresh(), [])).toEqual([]);
    });

    it('should use actual dates over planned ones and round the change to two decimals', async () => {
      const w = await seedWorld();
      const em = fresh();
      const mission = buildMission(em, w.network, w.s1, { plannedStartDate: '2025-05-01', plannedEndDate: '2025-05-02', actualStartDate: '2025-06-01', actualEndDate: '2025-06-02' }, [w.alpha, w.bravo, w.kilo]);
      buildAssessment(em, w.alpha, '2025-05-15', { GENDER_MAINSTREAMING: 1, COMMUNICATION: 2 }); // before the actual start
      buildAssessment(em, w.bravo, '2025-05-15', { GENDER_MAINSTREAMING: 2 });
      buildAssessment(em, w.kilo, '2025-05-15', { GENDER_MAINSTREAMING: 2 });
      buildAssessment(em, w.alpha, '2025-07-01', { GENDER_MAINSTREAMING: 2, COMMUNICATION: 4 });
      buildAssessment(em, w.bravo, '2025-07-01', { GENDER_MAINSTREAMING: 2 });
      buildAssessment(em, w.kilo, '2025-07-01', { GENDER_MAINSTREAMING: 3 });
      await persistSeed(em);
      expect(await capacityChangeOfMissions(fresh(), [mission.id])).toEqual([
        { domain: 'GENDER_MAINSTREAMING', partners: 3, averageBefore: 5 / 3, averageAfter: 7 / 3, averageChange: 0.67 },
        { domain: 'COMMUNICATION', partners: 1, averageBefore: 2, averageAfter: 4, averageChange: 2 },
      ]);
    });
  });
}
