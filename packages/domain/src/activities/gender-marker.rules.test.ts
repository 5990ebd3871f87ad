import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedMaxScore, genderCriteria, validateGenderMarker, type GenderMarker } from './gender-marker.rules.ts';

const allMet = Object.fromEntries(genderCriteria.map((c) => [c, true])) as GenderMarker['criteria'];
const noneMet = Object.fromEntries(genderCriteria.map((c) => [c, false])) as GenderMarker['criteria'];
const sentence = 'The campaign exists to win maternity cover for women domestic workers.';
const marker = (overrides: Partial<GenderMarker>): GenderMarker => ({ score: 0, criteria: noneMet, principalObjective: false, justification: null, ...overrides });
const fields = (m: GenderMarker) => validateGenderMarker(m).map((e) => e.path?.join('.'));

describe('gender marker', () => {
  it('should accept score 0 whatever the checklist says', () => {
    expect(validateGenderMarker(marker({ score: 0 }))).toEqual([]);
    expect(validateGenderMarker(marker({ score: 0, criteria: allMet, principalObjective: true, justification: sentence }))).toEqual([]);
  });

  it('should accept score 1 with all five criteria, and refuse it naming the missing ones', () => {
    expect(validateGenderMarker(marker({ score: 1, criteria: allMet }))).toEqual([]);
    const errors = validateGenderMarker(marker({ score: 1, criteria: { ...allMet, GENDER_ANALYSIS: false, SEX_DISAGGREGATED_DATA: false } }));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toEqual(['genderMarker', 'criteria']);
    expect(errors[0]!.message).toBe(
      'genderMarker.criteria: score 1 needs all five checklist criteria; missing: a gender analysis was done; data and indicators are disaggregated by sex',
    );
  });

  it('should need the principal objective and a one-sentence justification for score 2', () => {
    expect(validateGenderMarker(marker({ score: 2, criteria: allMet, principalObjective: true, justification: sentence }))).toEqual([]);
    expect(fields(marker({ score: 2, criteria: allMet, principalObjective: false, justification: sentence }))).toEqual(['genderMarker.principalObjective']);
    expect(fields(marker({ score: 2, criteria: allMet, principalObjective: true, justification: 'yes' }))).toEqual(['genderMarker.justification']);
    expect(fields(marker({ score: 2, criteria: noneMet }))).toEqual(['genderMarker.criteria', 'genderMarker.principalObjective', 'genderMarker.justification']);
  });

  it('should refuse a score other than 0, 1 or 2', () => {
    expect(validateGenderMarker(marker({ score: 3 }))[0]!.message).toBe('genderMarker.score: must be 0, 1 or 2, not 3');
    expect(fields(marker({ score: 1.5 }))).toEqual(['genderMarker.score']);
  });

  it('should accept exactly the scores up to allowedMaxScore (property)', () => {
    const anyMarker = fc.record({
      criteria: fc.record(Object.fromEntries(genderCriteria.map((c) => [c, fc.boolean()])) as Record<(typeof genderCriteria)[number], fc.Arbitrary<boolean>>),
      principalObjective: fc.boolean(),
      justification: fc.option(fc.constantFrom('', 'ok', sentence, '   ', 'Women lead this work here.')),
    });
    fc.assert(
      fc.property(anyMarker, fc.constantFrom(0, 1, 2), (record, score) => {
        const m = { ...record, score };
        expect(validateGenderMarker(m).length === 0).toBe(score <= allowedMaxScore(m));
      }),
    );
  });
});
