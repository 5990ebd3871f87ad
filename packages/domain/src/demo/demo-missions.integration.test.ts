import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { loadDemoData } from './load-demo.ts';
import { CapacityBuildingMission, MissionTarget } from '../missions/mission.entity.ts';
import { FollowUpAction } from '../follow-ups/follow-up-action.entity.ts';
import { CapacityBuildingReview } from '../capacity-building-reviews/capacity-building-review.entity.ts';
import { CapacityAssessment } from '../capacity-assessments/capacity-assessment.entity.ts';
import { capacityChangeByMission } from '../capacity-assessments/capacity-change.ts';
import { CapacityBuildingSummary } from '../capacity-building-summary/capacity-building-summary.ts';
import { reviewStatuses } from '../missions/capacity-building.vocabulary.ts';
import { User } from '../users/user.entity.ts';
import { loadActor } from '../users/actor.ts';
import { todayIso } from '../shared/dates.ts';

const dialects = await testDialects();

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`demo capacity building on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    let networkId: string;
    const fresh = () => db.orm.em.fork() as EntityManager;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'demo_missions');
      ({ networkId } = await loadDemoData(fresh()));
    }, 120_000);
    afterAll(async () => {
      await db?.close();
    });

    it('should store reviews in every state, by the demo reviewer, mirrored on their missions', async () => {
      const em = fresh();
      const reviews = await em.find(CapacityBuildingReview, {}, { populate: ['mission', 'reviewer', 'approvedBy'] });
      expect(new Set(reviews.map((review) => review.status))).toEqual(new Set(reviewStatuses));
      for (const review of reviews) {
        expect(review.reviewer?.getEntity().email).toBe('reviewer@example.org');
        expect(review.mission!.getEntity().reviewStatus).toBe(review.status);
        if (review.status === 'APPROVED') {
          expect([review.ratingRelevance, review.ratingEffectiveness, review.ratingFollowUp, review.ratingGender].every((rating) => rating !== null)).toBe(true);
          expect([review.approvedAt !== null, review.approvedBy?.getEntity().email]).toEqual([true, 'reviewer@example.org']);
        }
        if (review.status === 'CHANGES_REQUESTED') expect(review.changeRequest ?? review.reopenReason).toBeTruthy();
      }
      expect(reviews.filter((review) => review.reopenReason).map((review) => [review.status, review.approvedAt])).toEqual([['CHANGES_REQUESTED', null]]);
      expect(await em.count(CapacityBuildingMission, { reviewStatus: { $ne: null } })).toBe(reviews.length);
    });

    it('should give the Philippine coordinator a change request to answer and a completed mission awaiting review', async () => {
      const em = fresh();
      const own = await em.find(CapacityBuildingMission, { organiserSynergy: { country: 'PH' } });
      expect(own.some((mission) => mission.reviewStatus === 'CHANGES_REQUESTED')).toBe(true);
      expect(own.some((mission) => mission.status === 'COMPLETED' && mission.reviewStatus === null && mission.evaluationFormsReturned !== null)).toBe(true);
    });

    it('should hold overdue follow-ups owned by target partners, and capacity changes after missions', async () => {
      const em = fresh();
      const today = todayIso();
      const followUps = await em.find(FollowUpAction, {});
      expect(followUps.filter((item) => item.status === 'OPEN' && item.dueDate < today).length).toBeGreaterThan(0);
      const targets = await em.find(MissionTarget, { partner: { $ne: null } });
      const targeted = new Set(targets.map((target) => `${target.mission.id}/${target.partner!.id}`));
      expect(followUps.every((item) => targeted.has(`${item.mission.id}/${item.ownerPartner.id}`))).toBe(true);
      expect(await em.count(CapacityAssessment, {})).toBeGreaterThan(20);

      const completed = await em.find(CapacityBuildingMission, { status: 'COMPLETED' }, { fields: ['id'] });
      const changes = await capacityChangeByMission(em, completed.map((mission) => mission.id));
      const withTriples = [...changes.values()].filter((list) => list.length > 0);
      expect(withTriples.length).toBeGreaterThan(5);
      expect(withTriples.flat().reduce((sum, change) => sum + change.averageChange * change.partners, 0)).toBeGreaterThan(0);
    });

    it('should sum the demo network’s capacity building for its admin', async () => {
      const em = fresh();
      const admin = await em.findOneOrFail(User, { email: 'admin@example.org' });
      const summary = await CapacityBuildingSummary.open({ em, actor: await loadActor(em, admin.id) }, { networkId }, null, null);
      expect((await summary.totals()).missions).toBe(await em.count(CapacityBuildingMission, {}));
      expect((await summary.followUps()).overdue).toBeGreaterThan(0);
      expect((await summary.capacityChange()).length).toBeGreaterThan(0);
      expect((await summary.reviewsByStatus()).map((row) => row.status)).toEqual([...reviewStatuses]);
    });
  });
}
