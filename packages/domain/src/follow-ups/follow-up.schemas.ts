import { z } from 'zod';
import { isoDate, optionalText, requiredText } from '../shared/schemas.ts';
import { oneOf } from '../activities/activity.schemas.ts';
import { followUpStatuses } from '../missions/capacity-building.vocabulary.ts';

const versioned = { version: z.number().int() };

export const addFollowUpActionSchema = z.object({
  missionId: z.string(),
  ownerPartnerId: z.string(),
  description: requiredText(2000),
  dueDate: isoDate,
});
export type AddFollowUpActionInput = z.input<typeof addFollowUpActionSchema>;

/** Every field optional: only what is given changes; the status rules are in follow-up.rules.ts. */
export const updateFollowUpActionSchema = z.object({
  id: z.string(),
  ...versioned,
  description: requiredText(2000).optional(),
  dueDate: isoDate.optional(),
  ownerPartnerId: z.string().optional(),
  status: oneOf(followUpStatuses).optional(),
  doneOn: isoDate.nullish(),
  droppedReason: requiredText(2000).nullish(),
  evidence: optionalText(5000).optional(),
});
export type UpdateFollowUpActionInput = z.input<typeof updateFollowUpActionSchema>;

export const removeFollowUpActionSchema = z.object({ id: z.string(), ...versioned });
export type RemoveFollowUpActionInput = z.input<typeof removeFollowUpActionSchema>;
