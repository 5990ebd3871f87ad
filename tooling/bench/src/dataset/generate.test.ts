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
  openDatabase,
  participantTotals,
  subTypesOf,
  validateGenderMarker,
  validateParticipantCells,
} from '@synergia/domain';
import { activitiesPerJointAction, generateDataset, type Dataset } from './generate.ts';
import { loadDataset } from './load.ts';
import type { Scale } from '../scales.ts';

const micro: Scale = { name: 'micro', networks: 2, synergies: 4, partners: 12, activities: 600 };
const activitiesOf = (dataset: Dataset) => [...dataset.activityBatches(250)].flat();
const snapshot = (dataset: Dataset) =>
  JSON.stringify({ ...dataset, activityBatches: undefined, jointActions: dataset.jointActions(), activities: activitiesOf(dataset) });

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

  describe('loaded into a migrated SQLite database', () => {
    const folder = mkdtempSync(join(tmpdir(), 'synergia-bench-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('should store every row in bulk and read back through the ORM as generated', async () => {
      const dataset = generateDataset(micro, 5);
      const sqlitePath = join(folder, 'bench.sqlite');
      const report = await loadDataset({ dialect: 'sqlite', options: { sqlitePath }, drop: async () => {} }, dataset);
      expect(report.rows).toMatchObject({ network: 2, synergy: 4, partner: 12, activity: 600, synergy_membership: dataset.memberships.length, joint_action: 12 });
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
      } finally {
        await orm.close(true);
      }
    });
  });
});
