import { z } from 'zod';
import { count, countryCode, optionalEmail, optionalText, optionalUrl, requiredText } from '../shared/schemas.ts';
import { partnerTypes } from './partner.entity.ts';
import { membershipRoles } from '../synergies/synergy-membership.entity.ts';

/** Members of one organisation: up to 100 million in a cell is already absurd, beyond is a typing error. */
const memberCount = count(100_000_000).nullish().transform((value) => value ?? null);

export const memberCountsSchema = z.object({ women: memberCount, men: memberCount, other: memberCount });

const partnerFields = {
  name: requiredText(200, 2),
  acronym: optionalText(30),
  type: z.enum(partnerTypes, 'must be one of ' + partnerTypes.join(', ')),
  country: countryCode,
  members: memberCountsSchema.nullish(),
  contactName: optionalText(200),
  contactEmail: optionalEmail,
  contactPhone: optionalText(50),
  website: optionalUrl,
};

export const createPartnerSchema = z.object({
  networkId: z.string(),
  synergyId: z.string().nullish(),
  membershipRole: z.enum(membershipRoles).nullish(),
  ...partnerFields,
});
export type CreatePartnerInput = z.input<typeof createPartnerSchema>;

/** Every field optional: only what is given changes. */
export const updatePartnerSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: partnerFields.name.optional(),
  acronym: partnerFields.acronym.optional(),
  type: partnerFields.type.optional(),
  country: partnerFields.country.optional(),
  members: memberCountsSchema.optional(),
  contactName: partnerFields.contactName.optional(),
  contactEmail: partnerFields.contactEmail.optional(),
  contactPhone: partnerFields.contactPhone.optional(),
  website: partnerFields.website.optional(),
});
export type UpdatePartnerInput = z.input<typeof updatePartnerSchema>;
