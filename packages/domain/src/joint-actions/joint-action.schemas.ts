import { z } from 'zod';
import { count, isoDate, optionalText, requiredText } from '../shared/schemas.ts';
import { workStatuses } from '../activities/activity-status.rules.ts';
import { socialProtectionBranches } from '../activities/activity.vocabulary.ts';
import { genderMarkerSchema, oneOf, participantCell, setOf } from '../activities/activity.schemas.ts';
import { contributionLevels, jointActionKinds, jointActionRoles, policyStages, politicalAskKinds, targetLevels } from './joint-action.vocabulary.ts';

/** ISO 4217 codes the runtime knows (Intl's list), so "PHP" passes and "PHX" is named as unknown. */
const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));
export const currencyCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => knownCurrencies.has(value), 'must be an ISO 4217 currency code, e.g. PHP');

export const moneyAmount = z
  .number()
  .min(0, 'must not be negative')
  .max(1e12, 'must be at most 1,000,000,000,000')
  .refine((value) => Math.round(value * 100) === Number((value * 100).toFixed(6)), 'must have at most two decimals');

const evidenceLink = z
  .string()
  .trim()
  .max(500, 'must have at most 500 characters')
  .refine((value) => /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value), 'must be a web address starting with http:// or https://');

/** A participating partner with its role and contribution; an amount needs its currency (checked in the service). */
export const jointActionPartnerSchema = z.object({
  partnerId: z.string(),
  role: oneOf(jointActionRoles),
  contributionPeople: count(100_000).nullish().transform((value) => value ?? null),
  contributionAmount: moneyAmount.nullish().transform((value) => value ?? null),
  contributionCurrency: currencyCode.nullish().transform((value) => value ?? null),
  contributionInKind: optionalText(2000),
});
export type JointActionPartnerInput = z.input<typeof jointActionPartnerSchema>;

export const jointActionMilestoneSchema = z.object({
  title: requiredText(200, 3),
  dueDate: isoDate,
  doneDate: isoDate.nullish().transform((value) => value ?? null),
  responsiblePartnerId: z.string().nullish().transform((value) => value ?? null),
});
export type JointActionMilestoneInput = z.input<typeof jointActionMilestoneSchema>;

const jointActionFields = {
  kind: oneOf(jointActionKinds),
  title: requiredText(200, 3),
  objective: optionalText(5000),
  branches: setOf(socialProtectionBranches).min(1, 'must name at least one social protection branch'),
  plannedStartDate: isoDate,
  plannedEndDate: isoDate,
  participants: z.array(participantCell).max(100, 'must have at most 100 cells'),
  genderMarker: genderMarkerSchema,
};

export const createJointActionSchema = z.object({
  synergyId: z.string().nullish().transform((value) => value ?? null),
  networkId: z.string().nullish().transform((value) => value ?? null),
  ...jointActionFields,
  plannedEndDate: jointActionFields.plannedEndDate.nullish(),
  partners: z.array(jointActionPartnerSchema).min(1, 'must name the lead partner').max(200, 'must have at most 200 partners'),
  milestones: z.array(jointActionMilestoneSchema).max(100, 'must have at most 100 milestones').nullish().transform((value) => value ?? []),
  participants: jointActionFields.participants.nullish().transform((value) => value ?? []),
  genderMarker: genderMarkerSchema.nullish(),
});
export type CreateJointActionInput = z.input<typeof createJointActionSchema>;

/** Every field optional: only what is given changes. */
export const updateJointActionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  kind: jointActionFields.kind.optional(),
  title: jointActionFields.title.optional(),
  objective: jointActionFields.objective.optional(),
  branches: jointActionFields.branches.optional(),
  plannedStartDate: jointActionFields.plannedStartDate.optional(),
  plannedEndDate: jointActionFields.plannedEndDate.optional(),
  actualStartDate: isoDate.nullable().optional(),
  actualEndDate: isoDate.nullable().optional(),
  participants: jointActionFields.participants.optional(),
  genderMarker: genderMarkerSchema.optional(),
  noOutcomeReason: optionalText(2000).optional(),
});
export type UpdateJointActionInput = z.input<typeof updateJointActionSchema>;

export const changeJointActionStatusSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  status: oneOf(workStatuses),
  noOutcomeReason: optionalText(2000).optional(),
});
export type ChangeJointActionStatusInput = z.input<typeof changeJointActionStatusSchema>;

const versioned = { version: z.number().int() };

export const deleteJointActionSchema = z.object({ id: z.string(), ...versioned });
export type DeleteJointActionInput = z.input<typeof deleteJointActionSchema>;

export const addJointActionPartnerSchema = z.object({ jointActionId: z.string(), ...versioned, partner: jointActionPartnerSchema });
export type AddJointActionPartnerInput = z.input<typeof addJointActionPartnerSchema>;

export const updateJointActionPartnerSchema = z.object({
  id: z.string(),
  ...versioned,
  role: oneOf(jointActionRoles).optional(),
  contributionPeople: count(100_000).nullable().optional(),
  contributionAmount: moneyAmount.nullable().optional(),
  contributionCurrency: currencyCode.nullable().optional(),
  contributionInKind: optionalText(2000).optional(),
});
export type UpdateJointActionPartnerInput = z.input<typeof updateJointActionPartnerSchema>;

export const removeJointActionPartnerSchema = z.object({ id: z.string(), ...versioned });
export type RemoveJointActionPartnerInput = z.input<typeof removeJointActionPartnerSchema>;

export const addJointActionMilestoneSchema = z.object({ jointActionId: z.string(), ...versioned, milestone: jointActionMilestoneSchema });
export type AddJointActionMilestoneInput = z.input<typeof addJointActionMilestoneSchema>;

export const updateJointActionMilestoneSchema = z.object({
  id: z.string(),
  ...versioned,
  title: requiredText(200, 3).optional(),
  dueDate: isoDate.optional(),
  doneDate: isoDate.nullable().optional(),
  responsiblePartnerId: z.string().nullable().optional(),
});
export type UpdateJointActionMilestoneInput = z.input<typeof updateJointActionMilestoneSchema>;

export const removeJointActionMilestoneSchema = z.object({ id: z.string(), ...versioned });
export type RemoveJointActionMilestoneInput = z.input<typeof removeJointActionMilestoneSchema>;

export const addPolicyTargetSchema = z.object({
  jointActionId: z.string(),
  ...versioned,
  name: requiredText(200, 2),
  level: oneOf(targetLevels),
  askKind: oneOf(politicalAskKinds),
  ask: optionalText(2000),
});
export type AddPolicyTargetInput = z.input<typeof addPolicyTargetSchema>;

export const removePolicyTargetSchema = z.object({ id: z.string(), ...versioned });
export type RemovePolicyTargetInput = z.input<typeof removePolicyTargetSchema>;

const outcomeFields = {
  observedOn: isoDate,
  description: requiredText(5000, 3),
  stage: oneOf(policyStages),
  evidence: optionalText(5000),
  evidenceLinks: z.array(evidenceLink).max(10, 'must have at most 10 links'),
  contribution: oneOf(contributionLevels),
};

export const recordPolicyOutcomeSchema = z.object({
  jointActionId: z.string(),
  ...versioned,
  ...outcomeFields,
  stage: outcomeFields.stage.nullish().transform((value) => value ?? null),
  evidenceLinks: outcomeFields.evidenceLinks.nullish().transform((value) => value ?? []),
});
export type RecordPolicyOutcomeInput = z.input<typeof recordPolicyOutcomeSchema>;

export const updatePolicyOutcomeSchema = z.object({
  id: z.string(),
  ...versioned,
  observedOn: outcomeFields.observedOn.optional(),
  description: outcomeFields.description.optional(),
  stage: outcomeFields.stage.nullable().optional(),
  evidence: outcomeFields.evidence.optional(),
  evidenceLinks: outcomeFields.evidenceLinks.optional(),
  contribution: outcomeFields.contribution.optional(),
});
export type UpdatePolicyOutcomeInput = z.input<typeof updatePolicyOutcomeSchema>;
