import { z } from 'zod';
import { countryCode, isoDate, requiredText } from '../shared/schemas.ts';
import { synergyStatuses } from './synergy.entity.ts';
import { membershipRoles } from './synergy-membership.entity.ts';

export const createSynergySchema = z.object({
  networkId: z.string(),
  name: requiredText(200, 2),
  country: countryCode,
  status: z.enum(synergyStatuses).nullish().transform((value) => value ?? 'FORMING'),
});
export type CreateSynergyInput = z.input<typeof createSynergySchema>;

export const updateSynergySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: requiredText(200, 2).optional(),
  status: z.enum(synergyStatuses).optional(),
});
export type UpdateSynergyInput = z.input<typeof updateSynergySchema>;

export const addSynergyMemberSchema = z.object({
  synergyId: z.string(),
  partnerId: z.string(),
  role: z.enum(membershipRoles).nullish().transform((value) => value ?? 'MEMBER'),
  since: isoDate.nullish(),
});
export type AddSynergyMemberInput = z.input<typeof addSynergyMemberSchema>;

export const endSynergyMembershipSchema = z.object({
  membershipId: z.string(),
  until: isoDate.nullish(),
});
export type EndSynergyMembershipInput = z.input<typeof endSynergyMembershipSchema>;
