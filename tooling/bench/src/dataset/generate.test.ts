import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Activity,
  completionErrors,
  coversPeriod,
  furthestStage,
  outcomeNeedsStage,
  partnerListErrors,
  takesTargets,
  genderMarkerOf,
  isCountryCode,
  missionBudgetErrors,
  missionEvaluationErrors,
  missionPlaceErrors,
  missionTakesEvaluation,
  nextFollowUpState,
  openDatabase,
  capacityDomains,
  capacityChangeOfMissions,
  CapacityBuildingMission,
  participantTotals,
  subTypesOf,
  validateGenderMarker,
  validateParticipantCells,
} from '@synergia/domain';
import { activitiesPerJointAction, activitiesPerMission, generateDataset, type Dataset } from './generate.ts';
import { loadDataset } from './load.ts';
import type { Scale } from '../scales.ts';

const micro: Scale = { name: 'micro', networks: 2, synergies: 4, partners: 12, activities: 600 };
const activitiesOf = (dataset: Dataset) => [...dataset.activityBatches(250)].flat();
const snapshot = (dataset: Dataset) =>
  JSON.stringify({ ...dataset, activityBatches: undefined, jointActions: dataset.jointActions(), missions: dataset.missions(), activities: activitiesOf(dataset) });

describe('the dataset generator', () => {
  it('should generate the same rows from the same seed and other rows from another seed', () => {
    expect(snapshot(generateDataset(micro, 7))).toBe(snapshot(generateDataset(micro, 7)));
    expect(snapshot(generateDataset(micro, 8))).not.toBe(snapshot(generateDataset(micro, 7)));
  });

  it('should not change the activities when they are read in other batch sizes', () => {
    const dataset = generateDataset(micro, 7);
    expect(JSON.stringify([...dataset.activityBatches(7)].flat())).toBe(JSON.stringify(activitiesOf(dataset)));
  });

  it('should generate the counts of the scale', () => {
    const dataset = generateDataset(micro, 1);
    expect([dataset.networks.length, dataset.synergies.length, dataset.partners.length, activitiesOf(dataset).length]).toEqual([2, 4, 12, 600]);
  });

  it('should keep every domain rule on every activity when generated', () => {
    const dataset = generateDataset(micro, 3);
    const network = new Map(dataset.networks.map((row) => [row.id, row]));
    const partner = new Map(dataset.partners.map((row) => [row.id, row]));
    for (const activity of activitiesOf(dataset)) {
      const bands = network.get(activity.network)!.ageBands;
      expect(validateParticipantCells(activity.participantCells, bands)).toEqual([]);
      const totals = participantTotals(activity.participantCells, bands);
      expect([activity.participantsTotal, activity.participantsWomen, activity.participantsMen, activity.participantsOther, activity.participantsNotRecorded, activity.participantsYouth]).toEqual([
        totals.total,
        totals.women,
        totals.men,
        totals.other,
        totals.notRecorded,
        totals.youth,
      ]);
      expect(validateGenderMarker(genderMarkerOf(activity))).toEqual([]);
      const allowed = subTypesOf[activity.type];
      expect(allowed ? allowed.includes(activity.subType!) : activity.subType === null).toBe(true);
      expect(activity.endDate >= activity.startDate).toBe(true);
      if (activity.status === 'COMPLETED') expect(activity.participantsTotal).toBeGreaterThan(0);
      expect(activity.branches.length).toBeGreaterThan(0);
      expect(partner.get(activity.partner)!.network).toBe(activity.network);
      // Reported under a synergy the partner belonged to on its start date.
      const memberships = dataset.memberships.filter((m) => m.partner === activity.partner && m.synergy === activity.synergy);
      expect(memberships.some((m) => m.since <= activity.startDate && (m.until === null || m.until >= activity.startDate))).toBe(true);
    }
    for (const row of [...dataset.partners, ...dataset.synergies]) expect(isCountryCode(row.country)).toBe(true);
    const names = dataset.partners.map((row) => `${row.network}|${row.name}`);
    expect(new Set(names).size).toBe(names.length);
    const admin = dataset.grants.find((grant) => grant.user === dataset.adminUserId);
    expect(admin).toMatchObject({ role: 'NETWORK_ADMIN', scopeType: 'NETWORK', scopeId: dataset.networks[0]!.id });
  });

  it('should keep the joint action rules on every generated joint action', () => {
    const dataset = generateDataset(micro, 3);
    const bundles = dataset.jointActions();
    expect(bundles.length).toBe(micro.activities / activitiesPerJointAction);
    for (const { action, partners, targets, outcomes } of bundles) {
      expect(partnerListErrors(partners.map((row) => ({ partnerId: row.partner, role: row.role })))).toEqual([]);
      for (const row of partners) {
        const periods = dataset.memberships.filter((m) => m.partner === row.partner && m.synergy === action.synergy);
        expect(periods.some((m) => coversPeriod(m, action.plannedStartDate, action.plannedEndDate))).toBe(true);
      }
      expect(action.plannedEndDate >= action.plannedStartDate).toBe(true);
      if (!takesTargets(action.kind)) expect(targets).toEqual([]);
      if (outcomeNeedsStage(action.kind)) for (const outcome of outcomes) expect(outcome.stage).not.toBeNull();
      expect(action.stageReached).toBe(furthestStage(outcomes.map((outcome) => outcome.stage)));
      if (action.status === 'COMPLETED') {
        expect(completionErrors({ participantsTotal: action.participantsTotal, outcomeCount: outcomes.length, noOutcomeReason: action.noOutcomeReason })).toEqual([]);
      }
      expect(validateGenderMarker(genderMarkerOf(action))).toEqual([]);
    }
  });

  it('should keep the capacity-building rules on every generated mission and its parts', () => {
    // More activities than `micro` (missions are generated without them): 100 missions, every state seen.
    const dataset = generateDataset({ ...micro, activities: 10_000 }, 3);
    const bundles = dataset.missions();
    expect(bundles.length).toBe(10_000 / activitiesPerMission);
    const synergy = new Map(dataset.synergies.map((row) => [row.id, row]));
    const partner = new Map(dataset.partners.map((row) => [row.id, row]));
    const isCurrentMember = (partnerId: string, synergyId: string) => dataset.memberships.some((m) => m.partner === partnerId && m.synergy === synergyId && m.until === null);
    expect(new Set(bundles.map(({ mission }) => mission.organiserSynergy === null))).toEqual(new Set([true, false]));
    for (const { mission, targets, facilitators, followUps, assessments, scores, review } of bundles) {
      const bands = dataset.networks.find((row) => row.id === mission.network)!.ageBands;
      expect(validateParticipantCells(mission.participantCells, bands)).toEqual([]);
      expect(participantTotals(mission.participantCells, bands).total).toBe(mission.participantsTotal);
      expect(validateGenderMarker(genderMarkerOf(mission))).toEqual([]);
      expect(mission.themes.length).toBeGreaterThan(0);
      expect(mission.plannedEndDate >= mission.plannedStartDate).toBe(true);
      if (mission.organiserSynergy) expect(synergy.get(mission.organiserSynergy)!.network).toBe(mission.network);
      expect(missionPlaceErrors(mission)).toEqual([]);
      const amount = (value: string | null) => (value === null ? null : Number(value));
      expect(missionBudgetErrors({ planned: amount(mission.budgetPlanned), spent: amount(mission.budgetSpent), currency: mission.budgetCurrency })).toEqual([]);
      if (mission.status === 'COMPLETED') {
        expect(mission.participantsTotal).toBeGreaterThan(0);
        expect(mission.actualStartDate && mission.actualEndDate && mission.actualEndDate >= mission.actualStartDate).toBeTruthy();
      }
      if (mission.evaluationFormsReturned !== null) {
        expect(missionTakesEvaluation(mission.status)).toBe(true);
        expect(missionEvaluationErrors(mission.evaluationFormsReturned, mission.participantsTotal)).toEqual([]);
      }
      // Exactly one of synergy and partner per target, each once, all of the mission's network.
      for (const target of targets) expect((target.synergy === null) !== (target.partner === null)).toBe(true);
      const named = targets.map((target) => target.synergy ?? target.partner);
      expect(new Set(named).size).toBe(named.length);
      for (const target of targets) expect((target.synergy ? synergy.get(target.synergy) : partner.get(target.partner!))!.network).toBe(mission.network);
      const targetPartners = targets.flatMap((target) => (target.partner ? [target.partner] : []));
      const missionSynergies = [mission.organiserSynergy, ...targets.map((target) => target.synergy)].filter((id): id is string => id !== null);
      for (const id of targetPartners) expect(missionSynergies.some((synergyId) => isCurrentMember(id, synergyId))).toBe(true);
      for (const facilitator of facilitators) if (facilitator.partner) expect(facilitator.origin).toBe('INTERNAL');
      for (const followUp of followUps) {
        expect(targetPartners).toContain(followUp.ownerPartner);
        const state = nextFollowUpState({ status: 'OPEN', doneOn: null, droppedReason: null }, followUp, '2030-01-01');
        expect(state).toEqual({ ok: true, state: { status: followUp.status, doneOn: followUp.doneOn, droppedReason: followUp.droppedReason } });
      }
      for (const assessment of assessments) {
        expect(targetPartners).toContain(assessment.partner);
        const own = scores.filter((score) => score.assessment === assessment.id);
        expect(own.length).toBeGreaterThan(0);
        expect(new Set(own.map((score) => score.domain)).size).toBe(own.length);
        for (const score of own) expect(score.score >= 1 && score.score <= 4 && capacityDomains.includes(score.domain)).toBe(true);
      }
      // The review's status is mirrored on the mission; a submitted one has all four ratings.
      expect(review?.status ?? null).toBe(mission.reviewStatus);
      if (review && review.status !== 'DRAFT') expect([review.ratingRelevance, review.ratingEffectiveness, review.ratingFollowUp, review.ratingGender].every((r) => r !== null)).toBe(true);
      if (review) expect(dataset.grants.find((grant) => grant.user === review.reviewer)).toMatchObject({ role: 'NETWORK_ADMIN', scopeId: mission.network });
    }
    const all = bundles.flatMap((bundle) => [bundle.mission.status, ...(bundle.review ? [bundle.review.status] : []), ...bundle.followUps.map((f) => f.status)]);
    for (const status of ['COMPLETED', 'PLANNED', 'APPROVED', 'SUBMITTED', 'OPEN', 'DONE', 'DROPPED']) expect(all).toContain(status);
  });

  describe('loaded into a migrated SQLite database', () => {
    const folder = mkdtempSync(join(tmpdir(), 'synergia-bench-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('should store every row in bulk and read back through the ORM as generated', async () => {
      const dataset = generateDataset(micro, 5);
      const sqlitePath = join(folder, 'bench.sqlite');
      const report = await loadDataset({ dialect: 'sqlite', options: { sqlitePath }, drop: async () => {} }, dataset);
      const missions = dataset.missions();
      expect(report.rows).toMatchObject({
        network: 2,
        synergy: 4,
        partner: 12,
        activity: 600,
        synergy_membership: dataset.memberships.length,
        joint_action: 12,
        capacity_building_mission: 6,
        mission_target: missions.flatMap((bundle) => bundle.targets).length,
        capacity_score: missions.flatMap((bundle) => bundle.scores).length,
        capacity_building_review: missions.filter((bundle) => bundle.review).length,
      });
      const orm = await openDatabase({ sqlitePath });
      try {
        const expected = activitiesOf(dataset)[42]!;
        const stored = await orm.em.fork().findOneOrFail(Activity, { id: expected.id });
        expect({
          startDate: stored.startDate,
          participantCells: stored.participantCells,
          participantsTotal: stored.participantsTotal,
          genderPrincipalObjective: stored.genderPrincipalObjective,
          createdAt: stored.createdAt.toISOString(),
          branches: stored.branches,
        }).toEqual({
          startDate: expected.startDate,
          participantCells: expected.participantCells,
          participantsTotal: expected.participantsTotal,
          genderPrincipalObjective: expected.genderPrincipalObjective,
          createdAt: expected.createdAt.toISOString(),
          branches: expected.branches,
        });
        const mission = missions.find((bundle) => bundle.mission.evaluationFormsReturned !== null)!.mission;
        const storedMission = await orm.em.fork().findOneOrFail(CapacityBuildingMission, { id: mission.id });
        expect({ themes: storedMission.themes, online: storedMission.online, relevance: storedMission.evaluationRelevance, spent: Number(storedMission.budgetSpent ?? NaN) }).toEqual({
          themes: mission.themes,
          online: mission.online,
          relevance: mission.evaluationRelevance,
          spent: Number(mission.budgetSpent ?? NaN),
        });
        // The bulk-loaded assessments give the domain's capacity change something to compare.
        const completed = missions.filter((bundle) => bundle.mission.status === 'COMPLETED').map((bundle) => bundle.mission.id);
        expect((await capacityChangeOfMissions(orm.em.fork() as never, completed)).length).toBeGreaterThan(0);
      } finally {
        await orm.close(true);
      }
    });
  });
});
