import { describe, expect, it } from 'vitest';
import { demoContinentalJointActions, demoJointActionsFor, type DemoJointAction } from './demo-joint-actions.ts';
import { demoSynergies } from './demo-dataset.ts';
import { defaultAgeBands } from '../networks/age-bands.rules.ts';
import { validateParticipantCells } from '../activities/participant-counts.rules.ts';
import { validateGenderMarker } from '../activities/gender-marker.rules.ts';
import { completionErrors, coversPeriod, isOverdue, partnerListErrors, takesTargets } from '../joint-actions/joint-action.rules.ts';

const today = new Date('2026-11-23T12:00:00Z');
const todayText = '2026-11-23';
const in30Days = '2026-12-23';
const bands = defaultAgeBands();
const sinceOf = new Map(demoSynergies.flatMap((synergy) => synergy.partners.map((partner) => [partner.acronym, partner.since] as const)));

/** Every rule the domain service checks on the way in, on a generated action. */
function expectValid(action: DemoJointAction, members: ReadonlyMap<string, string>) {
  const at = action.title;
  expect(partnerListErrors(action.partners.map((partner) => ({ partnerId: partner.acronym, role: partner.role }))), at).toEqual([]);
  for (const partner of action.partners) {
    expect(members.has(partner.acronym), `${at}: ${partner.acronym} is a member`).toBe(true);
    expect(coversPeriod({ since: members.get(partner.acronym)! }, action.plannedStartDate, action.plannedEndDate), `${at}: ${partner.acronym}`).toBe(true);
    expect(partner.contributionAmount === null, at).toBe(partner.contributionCurrency === null);
  }
  expect(validateParticipantCells(action.cells, bands), at).toEqual([]);
  expect(validateGenderMarker(action.genderMarker), at).toEqual([]);
  expect(action.plannedEndDate >= action.plannedStartDate, at).toBe(true);
  if (action.actualStartDate && action.actualEndDate) expect(action.actualEndDate >= action.actualStartDate, at).toBe(true);
  if (!takesTargets(action.kind)) expect(action.targets, at).toEqual([]);
  const taking = new Set(action.partners.map((partner) => partner.acronym));
  for (const milestone of action.milestones) {
    if (milestone.responsible) expect(taking.has(milestone.responsible), `${at}: ${milestone.title}`).toBe(true);
    if (milestone.doneDate) expect(milestone.doneDate <= todayText, `${at}: ${milestone.title}`).toBe(true);
  }
  const seen = action.outcomes.map((outcome) => outcome.observedOn);
  expect(seen, `${at}: outcomes in the order they were seen`).toEqual([...seen].sort());
  for (const outcome of action.outcomes) {
    expect(outcome.observedOn <= todayText, at).toBe(true);
    if (action.kind === 'POLITICAL_ACTION') expect(outcome.stage, at).not.toBeNull();
    for (const link of outcome.evidenceLinks) expect(link, at).toMatch(/^https:\/\/[^\s]+$/);
  }
  if (action.status === 'COMPLETED') {
    const participantsTotal = action.cells.reduce((sum, cell) => sum + cell.count, 0);
    expect(completionErrors({ participantsTotal, outcomeCount: action.outcomes.length, noOutcomeReason: action.noOutcomeReason }), at).toEqual([]);
    expect(action.milestones.every((milestone) => milestone.doneDate), at).toBe(true);
  }
  if (action.status === 'PLANNED') expect(action.plannedStartDate > todayText, at).toBe(true);
}

describe('demoJointActionsFor', () => {
  it.each(demoSynergies.map((synergy, index) => [synergy.country, synergy, index] as const))(
    'should give the %s synergy a mix of joint actions that pass every domain rule',
    (_, synergy, index) => {
      const actions = demoJointActionsFor(synergy, index, bands, today);
      const members = new Map(synergy.partners.map((partner) => [partner.acronym, partner.since]));
      for (const action of actions) expectValid(action, members);
      expect(new Set(actions.map((action) => action.kind))).toEqual(new Set(['POLITICAL_ACTION', 'JOINT_CAMPAIGN', 'JOINT_SERVICE']));
      expect(new Set(actions.map((action) => action.status))).toEqual(new Set(['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED']));
      expect(actions.some((action) => action.plannedStartDate < '2025-01-15')).toBe(true); // about two years back
      const political = actions.filter((action) => action.kind === 'POLITICAL_ACTION');
      expect(political.length).toBeGreaterThanOrEqual(3);
      expect(new Set(political.flatMap((action) => action.outcomes.map((outcome) => outcome.stage))).size).toBeGreaterThanOrEqual(2);
      expect(new Set(political.flatMap((action) => action.targets.map((target) => target.level))).size).toBeGreaterThanOrEqual(2);
      const milestones = actions.flatMap((action) => action.milestones);
      expect(milestones.some((milestone) => isOverdue(milestone, todayText))).toBe(true);
      expect(milestones.some((milestone) => !milestone.doneDate && milestone.dueDate >= todayText && milestone.dueDate <= in30Days)).toBe(true);
      expect(actions.some((action) => action.status === 'COMPLETED' && action.noOutcomeReason)).toBe(true);
    },
  );

  it('should reach every policy stage from agenda setting to implementation across the synergies', () => {
    const stages = new Set(
      demoSynergies.flatMap((synergy, index) => demoJointActionsFor(synergy, index, bands, today).flatMap((action) => action.outcomes.map((outcome) => outcome.stage))),
    );
    for (const stage of ['AGENDA_SETTING', 'FORMULATION', 'ADOPTION', 'IMPLEMENTATION', 'EVALUATION'] as const) expect(stages.has(stage), stage).toBe(true);
  });

  it('should give the Philippines a political action with outcomes and an overdue milestone', () => {
    const actions = demoJointActionsFor(demoSynergies[0]!, 0, bands, today);
    expect(demoSynergies[0]!.country).toBe('PH');
    expect(actions.some((action) => action.kind === 'POLITICAL_ACTION' && action.outcomes.length > 0)).toBe(true);
    expect(actions.some((action) => action.milestones.some((milestone) => isOverdue(milestone, todayText)))).toBe(true);
    expect(actions.map((action) => action.title)).toContain('Campaign for maternity cover of domestic workers');
  });

  it('should be the same for the same synergy and day', () => {
    expect(demoJointActionsFor(demoSynergies[1]!, 1, bands, today)).toEqual(demoJointActionsFor(demoSynergies[1]!, 1, bands, today));
  });
});

describe('demoContinentalJointActions', () => {
  it('should give the network two continental actions with partners from several synergies that pass every rule', () => {
    const actions = demoContinentalJointActions(demoSynergies, bands, today);
    expect(actions).toHaveLength(2);
    const countryOf = new Map(demoSynergies.flatMap((synergy) => synergy.partners.map((partner) => [partner.acronym, synergy.country] as const)));
    for (const action of actions) {
      expectValid(action, sinceOf);
      expect(new Set(action.partners.map((partner) => countryOf.get(partner.acronym))).size).toBeGreaterThanOrEqual(3);
    }
    expect(actions.some((action) => action.kind === 'POLITICAL_ACTION' && action.outcomes.length > 0)).toBe(true);
  });
});
