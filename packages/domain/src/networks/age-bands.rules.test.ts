import { describe, expect, it } from 'vitest';
import { defaultAgeBands, validateAgeBands, type AgeBand } from './age-bands.rules.ts';
import type { UserError } from '../shared/errors.ts';

/** A band list built from the defaults, with the changes a test cares about. */
const bandsWith = (change: (bands: AgeBand[]) => void): AgeBand[] => {
  const bands = defaultAgeBands();
  change(bands);
  return bands;
};
const band = (overrides: Partial<AgeBand> & Pick<AgeBand, 'id'>): AgeBand => ({ label: overrides.id, minAge: null, maxAge: null, youth: false, ...overrides });

/** The error at `path`, checking that its message names the field the path ends with. */
const errorAt = (errors: UserError[], path: string[]): UserError => {
  const found = errors.filter((error) => JSON.stringify(error.path) === JSON.stringify(path));
  expect(found, `an error at ${path.join('.')} in ${JSON.stringify(errors)}`).toHaveLength(1);
  const error = found[0]!;
  expect(error.kind).toBe('ValidationError');
  expect(error.message.startsWith(`${path.at(-1)}: `)).toBe(true);
  return error;
};

describe('defaultAgeBands', () => {
  it('should be valid when used as they are', () => {
    expect(validateAgeBands(defaultAgeBands())).toEqual([]);
  });

  it('should follow DOMAIN.md when read: under 18, 18–35 youth, 36–59, 60+', () => {
    expect(defaultAgeBands().map(({ minAge, maxAge, youth }) => [minAge, maxAge, youth])).toEqual([
      [null, 17, false],
      [18, 35, true],
      [36, 59, false],
      [60, null, false],
    ]);
  });

  it('should give a fresh list when called again, so one network’s edit does not leak into another’s', () => {
    const first = defaultAgeBands();
    first[0]!.label = 'changed';
    expect(defaultAgeBands()[0]!.label).toBe('Under 18');
  });
});

describe('validateAgeBands', () => {
  it('should accept a single open band when it is the youth band', () => {
    expect(validateAgeBands([band({ id: 'all', youth: true })])).toEqual([]);
  });

  it('should accept other contiguous bands when they start open, end open and have one youth band', () => {
    const bands = [band({ id: 'young', maxAge: 24, youth: true }), band({ id: 'adult', minAge: 25, maxAge: 64 }), band({ id: 'older', minAge: 65 })];
    expect(validateAgeBands(bands)).toEqual([]);
  });

  it('should ask for a band when the list is empty', () => {
    errorAt(validateAgeBands([]), ['ageBands']);
  });

  it('should reject the list when no band is the youth band', () => {
    const errors = validateAgeBands(bandsWith((bands) => (bands[1]!.youth = false)));
    expect(errors).toHaveLength(1);
    expect(errorAt(errors, ['ageBands']).message).toContain('found 0');
  });

  it('should reject the list when two bands are youth bands', () => {
    const errors = validateAgeBands(bandsWith((bands) => (bands[2]!.youth = true)));
    expect(errors).toHaveLength(1);
    expect(errorAt(errors, ['ageBands']).message).toContain('found 2');
  });

  it('should reject a band when there is a gap before it', () => {
    const errors = validateAgeBands(bandsWith((bands) => (bands[2]!.minAge = 37)));
    expect(errors).toHaveLength(1);
    expect(errorAt(errors, ['ageBands', '2', 'minAge']).message).toContain('gap');
  });

  it('should reject a band when it overlaps the previous one', () => {
    const errors = validateAgeBands(bandsWith((bands) => (bands[1]!.minAge = 17)));
    expect(errors).toHaveLength(1);
    expect(errorAt(errors, ['ageBands', '1', 'minAge']).message).toContain('overlap');
  });

  it('should reject a band when it follows a band without an upper age', () => {
    const errors = validateAgeBands([band({ id: 'all', youth: true }), band({ id: 'more', minAge: 60 })]);
    expect(errors).toHaveLength(1);
    errorAt(errors, ['ageBands', '1', 'minAge']); // the open first band already covers 60
  });

  it('should reject the first band when it has a lower age', () => {
    const errors = validateAgeBands(bandsWith((bands) => (bands[0]!.minAge = 0)));
    expect(errors).toHaveLength(1);
    errorAt(errors, ['ageBands', '0', 'minAge']);
  });

  it('should reject the last band when it has an upper age', () => {
    const errors = validateAgeBands(bandsWith((bands) => (bands[3]!.maxAge = 120)));
    expect(errors).toHaveLength(1);
    errorAt(errors, ['ageBands', '3', 'maxAge']);
  });

  it('should reject the second band with the same id when ids repeat', () => {
    const errors = validateAgeBands(bandsWith((bands) => (bands[2]!.id = bands[1]!.id)));
    expect(errors).toHaveLength(1);
    expect(errorAt(errors, ['ageBands', '2', 'id']).message).toContain('"18-35"');
  });

  it('should reject a band when its maxAge is below its minAge', () => {
    const bands = [band({ id: 'young', maxAge: 17 }), band({ id: 'youth', minAge: 18, maxAge: 17, youth: true }), band({ id: 'older', minAge: 18 })];
    const errors = validateAgeBands(bands);
    expect(errors).toHaveLength(1);
    errorAt(errors, ['ageBands', '1', 'maxAge']);
  });

  it('should accept a one-year band when minAge equals maxAge', () => {
    const bands = [band({ id: 'minors', maxAge: 17 }), band({ id: 'eighteen', minAge: 18, maxAge: 18, youth: true }), band({ id: 'adults', minAge: 19 })];
    expect(validateAgeBands(bands)).toEqual([]);
  });

  it('should reject ids and labels when they are malformed or empty', () => {
    const errors = validateAgeBands(
      bandsWith((bands) => {
        bands[0]!.id = 'Under 18';
        bands[1]!.label = '   ';
      }),
    );
    expect(errors).toHaveLength(2);
    errorAt(errors, ['ageBands', '0', 'id']);
    errorAt(errors, ['ageBands', '1', 'label']);
  });

  it('should report every problem when several bands are wrong', () => {
    const errors = validateAgeBands(
      bandsWith((bands) => {
        bands[0]!.minAge = 0;
        bands[3]!.maxAge = 99;
        bands[1]!.youth = false;
      }),
    );
    expect(errors.map((error) => error.path)).toEqual([['ageBands'], ['ageBands', '0', 'minAge'], ['ageBands', '3', 'maxAge']]);
  });
});
