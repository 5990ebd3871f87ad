import { describe, expect, it } from 'vitest';
import { demoActivitiesFor } from './demo-activities.ts';
import { demoSynergies, demoUnaffiliatedPartners } from './demo-dataset.ts';
import { defaultAgeBands } from '../networks/age-bands.rules.ts';
import { validateParticipantCells } from '../activities/participant-counts.rules.ts';
import { validateGenderMarker } from '../activities/gender-marker.rules.ts';
import { subTypesOf } from '../activities/activity.vocabulary.ts';

const today = new Date('2026-11-23T12:00:00Z');
const bands = defaultAgeBands();
const partners = [
  ...demoSynergies.flatMap((synergy) => synergy.partners.map((partner) => ({ ...partner, country: synergy.country }))),
  ...demoUnaffiliatedPartners,
];

describe('demoActivitiesFor', () => {
  it.each(partners.map((partner) => [partner.acronym, partner] as const))('should give %s two years of activities that pass every domain rule', (_, partner) => {
    const activities = demoActivitiesFor(partner, bands, today);
    expect(activities.length).toBeGreaterThanOrEqual(20);
    const starts = activities.map((activity) => activity.startDate);
    expect(starts[0]! <= '2024-12-15').toBe(true);
    expect(starts.some((start) => start > '2026-11-23')).toBe(true); // some work planned ahead
    for (const activity of activities) {
      expect(validateParticipantCells(activity.cells, bands), activity.title).toEqual([]);
      expect(validateGenderMarker(activity.genderMarker), activity.title).toEqual([]);
      expect(activity.endDate >= activity.startDate).toBe(true);
      expect(Boolean(activity.subType)).toBe(Boolean(subTypesOf[activity.type]));
      if (activity.status === 'COMPLETED') expect(activity.cells.reduce((sum, cell) => sum + cell.count, 0)).toBeGreaterThan(0);
      if (activity.status === 'PLANNED') expect(activity.startDate > '2026-11-23').toBe(true);
    }
  });

  it('should be the same for the same partner and day', () => {
    expect(demoActivitiesFor(partners[0]!, bands, today)).toEqual(demoActivitiesFor(partners[0]!, bands, today));
  });

  it('should give women-led partners gender marker 2 sometimes and reach mostly women', () => {
    const nfsew = partners.find((partner) => partner.acronym === 'NFSEW')!;
    const activities = demoActivitiesFor(nfsew, bands, today);
    expect(activities.some((activity) => activity.genderMarker.score === 2)).toBe(true);
    const counted = activities.flatMap((activity) => activity.cells);
    const women = counted.filter((cell) => cell.sex === 'WOMEN').reduce((sum, cell) => sum + cell.count, 0);
    const everyone = counted.reduce((sum, cell) => sum + cell.count, 0);
    expect(women / everyone).toBeGreaterThan(0.7);
  });
});
