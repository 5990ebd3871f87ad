import { z } from 'zod';
import { count, countryCode, isoDate, optionalText, requiredText } from '../shared/schemas.ts';
import { workStatuses } from '../activities/activity-status.rules.ts';
import { genderMarkerSchema, oneOf, participantCell, setOf } from '../activities/activity.schemas.ts';
import { currencyCode, moneyAmount } from '../joint-actions/joint-action.schemas.ts';
import { capacityThemes, facilitatorKinds, facilitatorOrigins, missionFormats, ratingRange } from './capacity-building.vocabulary.ts';

const nullish = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const missionFacilitatorSchema = z.object({
  name: requiredText(200),
  kind: oneOf(facilitatorKinds),
  origin: oneOf(facilitatorOrigins),
  partnerId: z.string().nullish().transform((value) => value ?? null),
});
export type MissionFacilitatorInput = z.input<typeof missionFacilitatorSchema>;

const ids = z.array(z.string()).max(200, 'must have at most 200 entries');

const missionFields = {
  format: oneOf(missionFormats),
  themes: setOf(capacityThemes).min(1, 'must name at least one theme'),
  title: requiredText(200),
  objectives: optionalText(5000),
  plannedStartDate: isoDate,
  plannedEndDate: isoDate,
  country: nullish(countryCode),
  city: optionalText(120),
  online: z.boolean(),
  targetSynergyIds: ids,
  targetPartnerIds: ids,
  facilitators: z.array(missionFacilitatorSchema).max(50, 'must have at most 50 facilitators'),
  budgetPlanned: nullish(moneyAmount),
  budgetSpent: nullish(moneyAmount),
  budgetCurrency: nullish(currencyCode),
  participants: z.array(participantCell).max(100, 'must have at most 100 cells'),
  genderMarker: genderMarkerSchema,
};

export const createMissionSchema = z.object({
  networkId: z.string().nullish().transform((value) => value ?? null),
  organiserSynergyId: z.string().nullish().transform((value) => value ?? null),
  ...missionFields,
  online: missionFields.online.nullish().transform((value) => value ?? false),
  targetSynergyIds: missionFields.targetSynergyIds.nullish().transform((value) => value ?? []),
  targetPartnerIds: missionFields.targetPartnerIds.nullish().transform((value) => value ?? []),
  facilitators: missionFields.facilitators.nullish().transform((value) => value ?? []),
  participants: missionFields.participants.nullish().transform((value) => value ?? []),
  genderMarker: genderMarkerSchema.nullish(),
});
export type CreateMissionInput = z.input<typeof createMissionSchema>;

/** Every field optional: only what is given changes; null clears an optional one. */
export const updateMissionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  format: missionFields.format.optional(),
  themes: missionFields.themes.optional(),
  title: missionFields.title.optional(),
  objectives: missionFields.objectives.optional(),
  plannedStartDate: isoDate.optional(),
  plannedEndDate: isoDate.optional(),
  actualStartDate: isoDate.nullable().optional(),
  actualEndDate: isoDate.nullable().optional(),
  country: countryCode.nullable().optional(),
  city: missionFields.city.optional(),
  online: z.boolean().optional(),
  targetSynergyIds: ids.optional(),
  targetPartnerIds: ids.optional(),
  facilitators: missionFields.facilitators.optional(),
  budgetPlanned: moneyAmount.nullable().optional(),
  budgetSpent: moneyAmount.nullable().optional(),
  budgetCurrency: currencyCode.nullable().optional(),
  participants: missionFields.participants.optional(),
  genderMarker: genderMarkerSchema.optional(),
});
export type UpdateMissionInput = z.input<typeof updateMissionSchema>;

export const changeMissionStatusSchema = z.object({ id: z.string(), version: z.number().int(), status: oneOf(workStatuses) });
export type ChangeMissionStatusInput = z.input<typeof changeMissionStatusSchema>;

export const deleteMissionSchema = z.object({ id: z.string(), version: z.number().int() });
export type DeleteMissionInput = z.input<typeof deleteMissionSchema>;

const rating = z
  .number()
  .min(ratingRange.min, `must be between ${ratingRange.min} and ${ratingRange.max}`)
  .max(ratingRange.max, `must be between ${ratingRange.min} and ${ratingRange.max}`);

export const recordMissionEvaluationSchema = z.object({
  missionId: z.string(),
  version: z.number().int(),
  formsReturned: count(100_000),
  relevance: nullish(rating),
  quality: nullish(rating),
  usefulness: nullish(rating),
  learnings: optionalText(5000),
});
export type RecordMissionEvaluationInput = z.input<typeof recordMissionEvaluationSchema>;
