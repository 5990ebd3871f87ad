import type { CreatePartnerInput, MembershipRole, PartnerType, UpdatePartnerInput } from '../gql/graphql';

// The partner form's values, the obvious checks made before sending (the same
// limits as the domain's partner schema), and the mapping to the API's inputs.
// The server still validates everything; its errors are shown beside the fields.

export const PARTNER_TYPES = [
  'TRADE_UNION',
  'INFORMAL_WORKERS_ORGANISATION',
  'HEALTH_MUTUAL',
  'COOPERATIVE',
  'NGO',
  'RESEARCH_INSTITUTE',
] as const satisfies readonly PartnerType[];

export const MEMBERSHIP_ROLES = ['LEAD', 'MEMBER', 'OBSERVER'] as const satisfies readonly MembershipRole[];

export const LIMITS = {
  nameMin: 2,
  nameMax: 200,
  acronymMax: 30,
  contactNameMax: 200,
  contactEmailMax: 254,
  contactPhoneMax: 50,
  websiteMax: 500,
  membersMax: 100_000_000,
} as const;

export type PartnerFormValues = {
  name: string;
  acronym: string;
  type: PartnerType | '';
  country: string;
  women: number | null;
  men: number | null;
  other: number | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  membershipRole: MembershipRole;
};

/** The form's field names; server errors on `members.women` etc. use the same keys. */
export type PartnerFormField =
  | 'name'
  | 'acronym'
  | 'type'
  | 'country'
  | 'members.women'
  | 'members.men'
  | 'members.other'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'website'
  | 'membershipRole';

export const PARTNER_FORM_FIELDS: readonly PartnerFormField[] = [
  'name',
  'acronym',
  'type',
  'country',
  'members.women',
  'members.men',
  'members.other',
  'contactName',
  'contactEmail',
  'contactPhone',
  'website',
  'membershipRole',
];

/** A problem found before sending: an i18n key with its values. */
export type ClientProblem = { key: string; values?: Record<string, string | number> };

export function emptyPartnerForm(country = ''): PartnerFormValues {
  return {
    name: '',
    acronym: '',
    type: '',
    country,
    women: null,
    men: null,
    other: null,
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    website: '',
    membershipRole: 'MEMBER',
  };
}

type PartnerLike = {
  name: string;
  acronym?: string | null;
  type: PartnerType;
  country: string;
  members: { women?: number | null; men?: number | null; other?: number | null };
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  website?: string | null;
};

/** The form filled with a partner as the API returned it. */
export function partnerFormFrom(partner: PartnerLike): PartnerFormValues {
  return {
    name: partner.name,
    acronym: partner.acronym ?? '',
    type: partner.type,
    country: partner.country,
    women: partner.members.women ?? null,
    men: partner.members.men ?? null,
    other: partner.members.other ?? null,
    contactName: partner.contactName ?? '',
    contactEmail: partner.contactEmail ?? '',
    contactPhone: partner.contactPhone ?? '',
    website: partner.website ?? '',
    membershipRole: 'MEMBER',
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

function checkMax(problems: Partial<Record<PartnerFormField, ClientProblem>>, field: PartnerFormField, value: string, max: number) {
  if (value.trim().length > max) problems[field] = { key: 'form.tooLong', values: { max } };
}

function checkCount(problems: Partial<Record<PartnerFormField, ClientProblem>>, field: PartnerFormField, value: number | null) {
  if (value === null) return;
  if (!Number.isInteger(value)) problems[field] = { key: 'form.notANumber' };
  else if (value < 0) problems[field] = { key: 'form.notNegative' };
  else if (value > LIMITS.membersMax) problems[field] = { key: 'form.tooLarge', values: { max: LIMITS.membersMax } };
}

/** The obvious problems (required, length, format, ranges) per field; empty when the form may be sent. */
export function validatePartnerForm(values: PartnerFormValues): Partial<Record<PartnerFormField, ClientProblem>> {
  const problems: Partial<Record<PartnerFormField, ClientProblem>> = {};
  const name = values.name.trim();
  if (!name) problems.name = { key: 'form.required' };
  else if (name.length < LIMITS.nameMin) problems.name = { key: 'form.tooShort', values: { min: LIMITS.nameMin } };
  else checkMax(problems, 'name', name, LIMITS.nameMax);
  checkMax(problems, 'acronym', values.acronym, LIMITS.acronymMax);
  if (!values.type) problems.type = { key: 'form.required' };
  if (!values.country.trim()) problems.country = { key: 'form.required' };
  checkCount(problems, 'members.women', values.women);
  checkCount(problems, 'members.men', values.men);
  checkCount(problems, 'members.other', values.other);
  checkMax(problems, 'contactName', values.contactName, LIMITS.contactNameMax);
  const email = values.contactEmail.trim();
  if (email && !EMAIL.test(email)) problems.contactEmail = { key: 'form.invalidEmail' };
  else checkMax(problems, 'contactEmail', email, LIMITS.contactEmailMax);
  checkMax(problems, 'contactPhone', values.contactPhone, LIMITS.contactPhoneMax);
  const website = values.website.trim();
  if (website && !URL_PATTERN.test(website)) problems.website = { key: 'form.invalidUrl' };
  else checkMax(problems, 'website', website, LIMITS.websiteMax);
  return problems;
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** The createPartner input; the partner joins `synergyId` at once with the chosen role. */
export function toCreatePartnerInput(values: PartnerFormValues, networkId: string, synergyId: string): CreatePartnerInput {
  if (!values.type) throw new Error('type is required');
  return {
    networkId,
    synergyId,
    membershipRole: values.membershipRole,
    name: values.name.trim(),
    acronym: optional(values.acronym),
    type: values.type,
    country: values.country.trim().toUpperCase(),
    members: { women: values.women, men: values.men, other: values.other },
    contactName: optional(values.contactName),
    contactEmail: optional(values.contactEmail),
    contactPhone: optional(values.contactPhone),
    website: optional(values.website),
  };
}

/** The updatePartner input: every field sent, an empty optional text as "" so the API clears it. */
export function toUpdatePartnerInput(values: PartnerFormValues, id: string, version: number): UpdatePartnerInput {
  return {
    id,
    version,
    name: values.name.trim(),
    acronym: values.acronym.trim(),
    ...(values.type ? { type: values.type } : {}),
    country: values.country.trim().toUpperCase(),
    members: { women: values.women, men: values.men, other: values.other },
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    contactPhone: values.contactPhone.trim(),
    website: values.website.trim(),
  };
}
