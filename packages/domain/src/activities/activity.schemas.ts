import { z } from 'zod';
import { countryCode, isoDate, optionalText, requiredText } from '../shared/schemas.ts';
import { workStatuses } from './activity-status.rules.ts';
import { sexes } from './participant-counts.rules.ts';
import { activitySubTypes, activityTypes, informalSectors, socialProtectionBranches, workerCategories } from './activity.vocabulary.ts';

export const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, `must be one of ${values.join(', ')}`);

/** A list of enum values, each once. */
export const setOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(oneOf(values)).refine((list) => new Set(list).size === list.length, 'must not name the same value twice');

/**
 * The grid's shape only; whether each count is a whole number in range is
 * checked by validateParticipantCells, which names the cell in its message.
 */
export const participantCell = z.object({
  sex: oneOf(sexes),
  ageBandId: z.string().nullish().transform((value) => value ?? null),
  count: z.number(),
});

export const genderMarkerSchema = z.object({
  score: z.number(),
  criteria: z.object({
    genderAnalysis: z.boolean(),
    analysisShapedDesign: z.boolean(),
    genderObjectiveAndIndicator: z.boolean(),
    sexDisaggregatedData: z.boolean(),
    genderMonitoringCommitment: z.boolean(),
  }),
  principalObjective: z.boolean(),
  justification: optionalText(2000),
});
export type GenderMarkerInput = z.input<typeof genderMarkerSchema>;

const activityFields = {
  type: oneOf(activityTypes),
  subType: oneOf(activitySubTypes).nullish().transform((value) => value ?? null),
  title: requiredText(200, 3),
  description: optionalText(5000),
  startDate: isoDate,
  endDate: isoDate,
  country: countryCode,
  place: optionalText(200),
  branches: setOf(socialProtectionBranches).min(1, 'must name at least one social protection branch'),
  workerCategories: setOf(workerCategories),
  informalSectors: setOf(informalSectors),
  participants: z.array(participantCell).max(100, 'must have at most 100 cells'),
  genderMarker: genderMarkerSchema,
};

export const createActivitySchema = z.object({
  partnerId: z.string(),
  synergyId: z.string().nullish(),
  ...activityFields,
  endDate: activityFields.endDate.nullish(),
  country: activityFields.country.nullish(),
  workerCategories: activityFields.workerCategories.nullish().transform((value) => value ?? []),
  informalSectors: activityFields.informalSectors.nullish().transform((value) => value ?? []),
  status: oneOf(workStatuses).nullish().transform((value) => value ?? 'PLANNED'),
  participants: activityFields.participants.nullish().transform((value) => value ?? []),
  genderMarker: genderMarkerSchema.nullish(),
});
export type CreateActivityInput = z.input<typeof createActivitySchema>;

/** Every field optional: only what is given changes (`synergyId: null` removes the synergy). */
export const updateActivitySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  synergyId: z.string().nullish(),
  type: activityFields.type.optional(),
  subType: z.union([oneOf(activitySubTypes), z.null()]).optional(),
  title: activityFields.title.optional(),
  description: activityFields.description.optional(),
  startDate: activityFields.startDate.optional(),
  endDate: activityFields.endDate.optional(),
  country: activityFields.country.optional(),
  place: activityFields.place.optional(),
  branches: activityFields.branches.optional(),
  workerCategories: activityFields.workerCategories.optional(),
  informalSectors: activityFields.informalSectors.optional(),
  participants: activityFields.participants.optional(),
  genderMarker: genderMarkerSchema.optional(),
});
export type UpdateActivityInput = z.input<typeof updateActivitySchema>;

export const changeActivityStatusSchema = z.object({ id: z.string(), version: z.number().int(), status: oneOf(workStatuses) });
export type ChangeActivityStatusInput = z.input<typeof changeActivityStatusSchema>;

export const deleteActivitySchema = z.object({ id: z.string(), version: z.number().int() });
export type DeleteActivityInput = z.input<typeof deleteActivitySchema>;
