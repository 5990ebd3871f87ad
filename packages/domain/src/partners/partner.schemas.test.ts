import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPartnerSchema, memberCountsSchema, updatePartnerSchema, type CreatePartnerInput, type UpdatePartnerInput } from './partner.schemas.ts';
import { parseInput } from '../shared/validation.ts';
import type { Result, UserError } from '../shared/errors.ts';

const buildCreateInput = (overrides: Partial<CreatePartnerInput> = {}): CreatePartnerInput => ({
  networkId: 'network-1',
  name: 'Home-based Workers Union',
  type: 'TRADE_UNION',
  country: 'PH',
  ...overrides,
});
const buildUpdateInput = (overrides: Partial<UpdatePartnerInput> = {}): UpdatePartnerInput => ({ id: 'partner-1', version: 1, ...overrides });

const parseCreate = (overrides: Partial<CreatePartnerInput> | Record<string, unknown>) =>
  parseInput(createPartnerSchema, { ...buildCreateInput(), ...overrides });

/** The errors of a failed parse; every one must name, in its message, the field its path points at. */
const errorsOf = <T>(result: Result<T>): UserError[] => {
  expect(result.ok, 'the parse should fail').toBe(false);
  const errors = result.ok ? [] : result.errors;
  for (const error of errors) {
    expect(error.kind).toBe('ValidationError');
    expect(error.path?.length).toBeGreaterThan(0);
    expect(error.message.startsWith(`${error.path!.at(-1)}: `), error.message).toBe(true);
  }
  return errors;
};

/** Expects the parse to fail with errors only at `path`, and returns their messages. */
const messagesAt = <T>(result: Result<T>, path: string[]): string[] => {
  const errors = errorsOf(result);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.map((error) => error.path)).toEqual(errors.map(() => path));
  return errors.map((error) => error.message);
};

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`expected the parse to succeed: ${JSON.stringify(result.errors)}`);
  return result.value;
};

describe('createPartnerSchema', () => {
  it('should accept a partner when only the required fields are given', () => {
    expect(valueOf(parseCreate({}))).toMatchObject({ name: 'Home-based Workers Union', type: 'TRADE_UNION', country: 'PH' });
  });

  describe('name', () => {
    it('should reject the name when it is empty', () => {
      expect(messagesAt(parseCreate({ name: '' }), ['name'])).toEqual(['name: must have at least 2 characters']);
    });

    it('should reject the name when it is only spaces', () => {
      expect(messagesAt(parseCreate({ name: '    ' }), ['name'])).toEqual(['name: must have at least 2 characters']);
    });

    it('should reject the name when it is longer than 200 characters', () => {
      expect(messagesAt(parseCreate({ name: 'x'.repeat(201) }), ['name'])).toEqual(['name: must have at most 200 characters']);
    });

    it('should accept and trim the name when it has 200 characters around spaces', () => {
      expect(valueOf(parseCreate({ name: `  ${'x'.repeat(200)}  ` })).name).toBe('x'.repeat(200));
    });

    it('should reject the input when the name is missing', () => {
      const { name: _name, ...withoutName } = buildCreateInput();
      messagesAt(parseInput(createPartnerSchema, withoutName), ['name']);
    });
  });

  describe('country', () => {
    it('should reject the country when the code is not assigned (XX)', () => {
      expect(messagesAt(parseCreate({ country: 'XX' }), ['country'])).toEqual(['country: must be an ISO 3166-1 alpha-2 country code, e.g. PH']);
    });

    it('should reject the country when it is a three-letter code', () => {
      messagesAt(parseCreate({ country: 'PHL' }), ['country']);
    });

    it('should upper-case the country when it is given in lower case', () => {
      expect(valueOf(parseCreate({ country: 'ph' })).country).toBe('PH');
      expect(valueOf(parseCreate({ country: ' kh ' })).country).toBe('KH');
    });
  });

  describe('type', () => {
    it('should reject the type when it is not a partner type', () => {
      const [message] = messagesAt(parseCreate({ type: 'CHURCH' } as Record<string, unknown>), ['type']);
      expect(message).toContain('TRADE_UNION');
    });
  });

  describe('members', () => {
    it('should accept member counts when they are whole numbers up to 100,000,000', () => {
      expect(valueOf(parseCreate({ members: { women: 100_000_000, men: 0, other: 3 } })).members).toEqual({ women: 100_000_000, men: 0, other: 3 });
    });

    it('should reject a count when it is above 100,000,000', () => {
      expect(messagesAt(parseCreate({ members: { women: 1, men: 100_000_001 } }), ['members', 'men'])).toEqual(['men: must be at most 100,000,000']);
    });

    it('should reject a count when it is negative', () => {
      expect(messagesAt(parseCreate({ members: { other: -1 } }), ['members', 'other'])).toEqual(['other: must not be negative']);
    });

    it('should reject a count when it is fractional', () => {
      expect(messagesAt(parseCreate({ members: { women: 2.5 } }), ['members', 'women'])).toEqual(['women: must be a whole number']);
    });

    it('should reject a count when it is given as text', () => {
      messagesAt(parseCreate({ members: { women: '12' } } as Record<string, unknown>), ['members', 'women']);
    });

    it('should turn missing counts into null when some counts are given', () => {
      expect(valueOf(parseCreate({ members: { women: 5 } })).members).toEqual({ women: 5, men: null, other: null });
    });

    it('should reject any negative whole count when given for any sex', () => {
      fc.assert(
        fc.property(fc.constantFrom('women', 'men', 'other'), fc.integer({ max: -1 }), (field, value) => {
          expect(messagesAt(parseCreate({ members: { [field]: value } }), ['members', field])).toEqual([`${field}: must not be negative`]);
        }),
      );
    });

    it('should reject any fractional count when given for any sex', () => {
      const fractional = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).filter((value) => !Number.isInteger(value));
      fc.assert(
        fc.property(fc.constantFrom('women', 'men', 'other'), fractional, (field, value) => {
          const messages = messagesAt(parseCreate({ members: { [field]: value } }), ['members', field]);
          expect(messages).toContain(`${field}: must be a whole number`);
        }),
      );
    });

    it('should accept any whole count when it is within range', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 100_000_000 }), (value) => {
          expect(valueOf(parseInput(memberCountsSchema, { women: value }))).toEqual({ women: value, men: null, other: null });
        }),
      );
    });
  });

  describe('contact', () => {
    it('should reject the e-mail when it is not an address', () => {
      expect(messagesAt(parseCreate({ contactEmail: 'office at union.org' }), ['contactEmail'])).toEqual(['contactEmail: must be an e-mail address']);
    });

    it('should reject the website when it does not start with http:// or https://', () => {
      expect(messagesAt(parseCreate({ website: 'www.union.org' }), ['website'])).toEqual([
        'website: must be a web address starting with http:// or https://',
      ]);
      messagesAt(parseCreate({ website: 'ftp://union.org' }), ['website']);
      messagesAt(parseCreate({ website: 'https://union .org' }), ['website']);
    });

    it('should keep contact details trimmed when they are valid', () => {
      const value = valueOf(parseCreate({ contactEmail: ' office@union.org ', website: ' https://union.org/about ', contactPhone: ' +63 2 123 ' }));
      expect(value).toMatchObject({ contactEmail: 'office@union.org', website: 'https://union.org/about', contactPhone: '+63 2 123' });
    });

    it('should reject a contact name when it is longer than 200 characters', () => {
      messagesAt(parseCreate({ contactName: 'n'.repeat(201) }), ['contactName']);
    });
  });

  it('should turn empty optional strings into null when they are given blank', () => {
    const value = valueOf(parseCreate({ acronym: '', contactName: '  ', contactEmail: '', contactPhone: ' ', website: '' }));
    expect(value).toMatchObject({ acronym: null, contactName: null, contactEmail: null, contactPhone: null, website: null });
  });

  it('should turn absent optional strings into null when they are left out', () => {
    const value = valueOf(parseCreate({}));
    expect(value).toMatchObject({ acronym: null, contactName: null, contactEmail: null, contactPhone: null, website: null });
  });

  it('should name every field at fault when several are wrong', () => {
    const errors = errorsOf(parseCreate({ name: '', country: 'XX', contactEmail: 'nope', members: { women: -1 } }));
    expect(errors.map((error) => error.path)).toEqual(expect.arrayContaining([['name'], ['country'], ['contactEmail'], ['members', 'women']]));
  });
});

describe('updatePartnerSchema', () => {
  it('should leave fields undefined when they are not given, so that they do not change', () => {
    const value = valueOf(parseInput(updatePartnerSchema, buildUpdateInput({ name: 'New name' })));
    expect(value).toEqual({ id: 'partner-1', version: 1, name: 'New name' });
  });

  it('should apply the create rules when a field is given', () => {
    messagesAt(parseInput(updatePartnerSchema, buildUpdateInput({ name: 'x' })), ['name']);
    messagesAt(parseInput(updatePartnerSchema, buildUpdateInput({ country: 'XX' })), ['country']);
    messagesAt(parseInput(updatePartnerSchema, buildUpdateInput({ website: 'union.org' })), ['website']);
    messagesAt(parseInput(updatePartnerSchema, buildUpdateInput({ members: { women: 1.5 } })), ['members', 'women']);
    expect(valueOf(parseInput(updatePartnerSchema, buildUpdateInput({ country: 'vn' }))).country).toBe('VN');
  });

  it('should clear an optional field when it is sent empty', () => {
    expect(valueOf(parseInput(updatePartnerSchema, buildUpdateInput({ acronym: '' }))).acronym).toBeNull();
  });

  it('should reject the version when it is not a whole number', () => {
    messagesAt(parseInput(updatePartnerSchema, buildUpdateInput({ version: 1.5 })), ['version']);
  });
});
