import { z } from 'zod';
import { isoDate, optionalText, requiredText } from '../shared/schemas.ts';
import { oneOf } from '../activities/activity.schemas.ts';
import { capacityDomains, capacityScoreRange } from '../missions/capacity-building.vocabulary.ts';
import { validationError } from '../shared/errors.ts';
import { duplicateDomainIndexes } from './capacity-assessment.rules.ts';

const { min, max } = capacityScoreRange;

export const capacityScoreSchema = z.object({
  domain: oneOf(capacityDomains),
  score: z.number().int('must be a whole number').min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`),
  evidence: optionalText(2000),
});
export type CapacityScoreInput = z.input<typeof capacityScoreSchema>;

/** At least one score and each domain once; a repeat is named at its own index (scores.2.domain). */
const scoresSchema = z
  .array(capacityScoreSchema)
  .min(1, 'must score at least one domain')
  .max(capacityDomains.length, `must have at most ${capacityDomains.length} scores`)
  .superRefine((scores, zod) => {
    for (const index of duplicateDomainIndexes(scores)) {
      zod.addIssue({ code: 'custom', path: [index, 'domain'], message: `${scores[index]!.domain} is scored twice` });
    }
  });

export const recordCapacityAssessmentSchema = z.object({
  partnerId: z.string(),
  assessedOn: isoDate,
  assessor: requiredText(200),
  missionId: z.string().nullish().transform((value) => value ?? null),
  notes: optionalText(5000),
  scores: scoresSchema,
});
export type RecordCapacityAssessmentInput = z.input<typeof recordCapacityAssessmentSchema>;

/** Every field optional: only what is given changes; `missionId: null` unlinks, `scores` replaces every score. */
export const updateCapacityAssessmentSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  assessedOn: isoDate.optional(),
  assessor: requiredText(200).optional(),
  missionId: z.string().nullable().optional(),
  notes: optionalText(5000).optional(),
  scores: scoresSchema.optional(),
});
export type UpdateCapacityAssessmentInput = z.input<typeof updateCapacityAssessmentSchema>;

export const deleteCapacityAssessmentSchema = z.object({ id: z.string(), version: z.number().int() });
export type DeleteCapacityAssessmentInput = z.input<typeof deleteCapacityAssessmentSchema>;

/** An assessment records what was seen: never dated in the future. */
export const futureAssessmentError = (assessedOn: string | undefined, today: string) =>
  assessedOn && assessedOn > today ? [validationError(['assessedOn'], `assessedOn: ${assessedOn} is in the future; record an assessment once it is made`)] : [];
