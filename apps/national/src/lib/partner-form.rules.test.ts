import { describe, expect, it } from 'vitest';
import {
  emptyPartnerForm,
  partnerFormFrom,
  toCreatePartnerInput,
  toUpdatePartnerInput,
  validatePartnerForm,
  type PartnerFormValues,
} from './partner-form.rules.ts';

function buildForm(overrides: Partial<PartnerFormValues> = {}): PartnerFormValues {
  return { ...emptyPartnerForm('PH'), name: 'Homenet Philippines', type: 'INFORMAL_WORKERS_ORGANISATION', ...overrides };
}

describe('validatePartnerForm', () => {
  it('should accept a form when the required fields are filled', () => {
    expect(validatePartnerForm(buildForm())).toEqual({});
  });

  it('should require name, type and country when they are empty', () => {
    const problems = validatePartnerForm(buildForm({ name: '  ', type: '', country: '' }));
    expect(problems.name?.key).toBe('form.required');
    expect(problems.type?.key).toBe('form.required');
    expect(problems.country?.key).toBe('form.required');
  });

  it('should flag lengths when text is too short or too long', () => {
    expect(validatePartnerForm(buildForm({ name: 'A' })).name).toEqual({ key: 'form.tooShort', values: { min: 2 } });
    expect(validatePartnerForm(buildForm({ acronym: 'X'.repeat(31) })).acronym).toEqual({
      key: 'form.tooLong',
      values: { max: 30 },
    });
  });

  it('should flag member counts when negative, fractional or huge', () => {
    const problems = validatePartnerForm(buildForm({ women: -1, men: 1.5, other: 100_000_001 }));
    expect(problems['members.women']?.key).toBe('form.notNegative');
    expect(problems['members.men']?.key).toBe('form.notANumber');
    expect(problems['members.other']?.key).toBe('form.tooLarge');
  });

  it('should flag e-mail and website when malformed', () => {
    const problems = validatePartnerForm(buildForm({ contactEmail: 'nobody', website: 'example.org' }));
    expect(problems.contactEmail?.key).toBe('form.invalidEmail');
    expect(problems.website?.key).toBe('form.invalidUrl');
  });
});

describe('partner inputs', () => {
  it('should build a create input with nulls for empty optional text', () => {
    const input = toCreatePartnerInput(buildForm({ acronym: ' ', women: 10 }), 'net1', 'syn1');
    expect(input).toMatchObject({
      networkId: 'net1',
      synergyId: 'syn1',
      membershipRole: 'MEMBER',
      name: 'Homenet Philippines',
      acronym: null,
      country: 'PH',
      members: { women: 10, men: null, other: null },
      website: null,
    });
  });

  it('should send empty strings in an update so the API clears the fields', () => {
    const input = toUpdatePartnerInput(buildForm({ contactName: '' }), 'p1', 3);
    expect(input).toMatchObject({ id: 'p1', version: 3, contactName: '', acronym: '' });
  });

  it('should fill the form from a partner when editing', () => {
    const form = partnerFormFrom({
      name: 'Union',
      acronym: null,
      type: 'TRADE_UNION',
      country: 'ID',
      members: { women: 5, men: null, other: 0 },
      website: 'https://example.org',
    });
    expect(form).toMatchObject({ name: 'Union', acronym: '', women: 5, men: null, other: 0, website: 'https://example.org' });
  });
});
