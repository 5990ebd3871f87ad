import { describe, expect, it } from 'vitest';
import { defaultAgeBands } from '../networks/age-bands.rules.ts';
import { validateGenderMarker } from '../activities/gender-marker.rules.ts';
import { capacityScoreRange, capacityThemes, missionFormats, reviewStatuses } from '../missions/capacity-building.vocabulary.ts';
import { isoDay } from './demo-activities.ts';
import { demoSynergies } from './demo-dataset.ts';
import { demoMissionPlans } from './demo-missions.ts';

const today = new Date('2026-12-02T08:00:00Z');
const todayIso = isoDay(today);
const plans = demoMissionPlans(demoSynergies, defaultAgeBands(), today);

describe('demo missions', () => {
  it('should cover about two years, every format and theme, the network and every synergy as organisers', () => {
    expect(plans.length).toBeGreaterThan(30);
    expect(plans.at(0)!.plannedStartDate < '2025-02-01').toBe(true);
    expect(plans.some((plan) => plan.status === 'PLANNED' && plan.plannedStartDate > todayIso)).toBe(true);
    expect(new Set(plans.map((plan) => plan.format))).toEqual(new Set(missionFormats));
    expect(new Set(plans.flatMap((plan) => plan.themes))).toEqual(new Set(capacityThemes));
    expect(new Set(plans.map((plan) => plan.organiser))).toEqual(new Set([null, ...demoSynergies.map((synergy) => synergy.country)]));
    expect(new Set(plans.map((plan) => plan.status))).toEqual(new Set(['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED']));
  });

  it('should keep the rules the mission services enforce', () => {
    const members = new Map(demoSynergies.flatMap((synergy) => synergy.partners.map((partner) => [partner.acronym, partner.since] as const)));
    for (const plan of plans) {
      const total = plan.cells.reduce((sum, cell) => sum + cell.count, 0);
      expect(validateGenderMarker(plan.genderMarker), plan.title).toEqual([]);
      expect(plan.country !== null || plan.online, plan.title).toBe(true);
      expect(plan.plannedEndDate >= plan.plannedStartDate, plan.title).toBe(true);
      expect(plan.targetPartners.length, plan.title).toBeGreaterThan(0);
      expect(new Set(plan.targetPartners).size, plan.title).toBe(plan.targetPartners.length);
      for (const acronym of plan.targetPartners) expect(members.get(acronym)! <= plan.plannedStartDate, `${plan.title}: ${acronym}`).toBe(true);
      expect([plan.actualStartDate ?? '', plan.actualEndDate ?? ''].every((day) => day <= todayIso), plan.title).toBe(true);
      if (plan.status === 'COMPLETED') {
        expect(total, plan.title).toBeGreaterThan(0);
        expect(plan.evaluation!.formsReturned, plan.title).toBeLessThanOrEqual(total);
      } else {
        expect(plan.evaluation, plan.title).toBeNull();
      }
      if (plan.status === 'PLANNED' || plan.status === 'CANCELLED') expect(total, plan.title).toBe(0);
      for (const followUp of plan.followUps) {
        expect(plan.targetPartners).toContain(followUp.owner);
        expect(followUp.status === 'DROPPED' ? followUp.droppedReason : 'none', plan.title).toBeTruthy();
        if (followUp.status === 'DONE') expect(followUp.doneOn! <= todayIso && followUp.doneOn! > plan.actualEndDate!, plan.title).toBe(true);
      }
      for (const assessment of plan.assessments) {
        expect(assessment.assessedOn <= todayIso, plan.title).toBe(true);
        expect(Object.values(assessment.scores).every((score) => score! >= capacityScoreRange.min && score! <= capacityScoreRange.max)).toBe(true);
      }
    }
    const followUps = plans.flatMap((plan) => plan.followUps);
    expect(followUps.some((item) => item.status === 'OPEN' && item.dueDate < todayIso)).toBe(true);
    expect(followUps.some((item) => item.status === 'OPEN' && item.dueDate >= todayIso)).toBe(true);
    expect(new Set(followUps.map((item) => item.status))).toEqual(new Set(['OPEN', 'DONE', 'DROPPED']));
  });

  it('should hold reviews in every state, each with what its workflow path set, only on completed missions', () => {
    const reviewed = plans.filter((plan) => plan.review);
    expect(new Set(reviewed.map((plan) => plan.review!.status))).toEqual(new Set(reviewStatuses));
    for (const { review, status, title } of reviewed) {
      expect(status, title).toBe('COMPLETED');
      const rated = Object.values(review!.ratings).every((value) => value !== null && value >= 1 && value <= 5);
      if (review!.status !== 'DRAFT') expect([rated, review!.submittedOn !== null], title).toEqual([true, true]);
      if (review!.status === 'CHANGES_REQUESTED') expect(review!.changeRequest ?? review!.reopenReason, title).toBeTruthy();
      expect(review!.approvedOn !== null, title).toBe(review!.status === 'APPROVED');
    }
    expect(reviewed.filter((plan) => plan.review!.reopenReason !== null).map((plan) => plan.review!.status)).toEqual(['CHANGES_REQUESTED']);
  });

  it('should give the Philippine synergy a change request to answer and a completed mission awaiting review', () => {
    const own = plans.filter((plan) => plan.organiser === 'PH');
    expect(own.some((plan) => plan.review?.status === 'CHANGES_REQUESTED' && plan.review.changeRequest)).toBe(true);
    expect(own.some((plan) => plan.status === 'COMPLETED' && plan.evaluation && !plan.review)).toBe(true);
  });

  it('should assess target partners before and within a year after missions, mostly improving', () => {
    let better = 0;
    let worse = 0;
    for (const plan of plans) {
      for (const before of plan.assessments.filter((item) => item.assessedOn <= plan.plannedStartDate)) {
        const after = plan.assessments.find((item) => item.partner === before.partner && item.assessedOn > plan.actualEndDate!);
        if (!after) continue;
        expect(after.assessedOn <= isoDay(new Date(Date.parse(plan.actualEndDate!) + 365 * 86_400_000))).toBe(true);
        for (const [domain, score] of Object.entries(before.scores)) {
          const change = (after.scores as Record<string, number>)[domain]! - score!;
          if (change > 0) better += 1;
          if (change < 0) worse += 1;
        }
      }
    }
    expect(better).toBeGreaterThan(worse * 3);
  });

  it('should be the same on every run for the same day', () => {
    expect(demoMissionPlans(demoSynergies, defaultAgeBands(), today)).toEqual(plans);
  });
});
