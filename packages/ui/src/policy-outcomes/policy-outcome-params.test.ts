import { describe, expect, it } from 'vitest';
import {
  EMPTY_POLICY_OUTCOME_LIST_PARAMS,
  hasPolicyOutcomeFilters,
  parsePolicyOutcomeListParams,
  policyOutcomeFilterFrom,
  writePolicyOutcomeListParams,
} from './policy-outcome-params.ts';

describe('policy outcome list params', () => {
  it('should read every filter from the URL and write it back the same', () => {
    const query = 'stage=ADOPTION&country=PH&level=NATIONAL&kind=POLITICAL_ACTION&from=2026-01-01&to=2026-06-30';
    const list = parsePolicyOutcomeListParams(new URLSearchParams(query));
    expect(list).toEqual({ stage: 'ADOPTION', country: 'PH', targetLevel: 'NATIONAL', kind: 'POLITICAL_ACTION', from: '2026-01-01', to: '2026-06-30' });
    expect(writePolicyOutcomeListParams(list).toString()).toBe(query);
  });

  it('should ignore unknown stages, malformed countries and impossible dates', () => {
    const list = parsePolicyOutcomeListParams(new URLSearchParams('stage=DONE&country=Philippines&from=2026-02-30&level=GLOBAL'));
    expect(list).toEqual(EMPTY_POLICY_OUTCOME_LIST_PARAMS);
    expect(hasPolicyOutcomeFilters(list)).toBe(false);
  });

  it('should leave other query keys alone when writing', () => {
    const next = writePolicyOutcomeListParams({ ...EMPTY_POLICY_OUTCOME_LIST_PARAMS, stage: 'FORMULATION' }, new URLSearchParams('network=abc&stage=ADOPTION'));
    expect(next.toString()).toBe('network=abc&stage=FORMULATION');
  });

  it('should build the API filter with the page network and only the filters given', () => {
    const list = { ...EMPTY_POLICY_OUTCOME_LIST_PARAMS, stage: 'IMPLEMENTATION' as const, country: 'KH' };
    expect(policyOutcomeFilterFrom(list, { networkId: 'n1' })).toEqual({ networkId: 'n1', stages: ['IMPLEMENTATION'], countries: ['KH'] });
    expect(policyOutcomeFilterFrom(EMPTY_POLICY_OUTCOME_LIST_PARAMS)).toEqual({});
  });
});
