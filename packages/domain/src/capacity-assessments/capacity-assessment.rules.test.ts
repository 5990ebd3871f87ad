import { describe, expect, it } from 'vitest';
import { averageScore, duplicateDomainIndexes, inDomainOrder } from './capacity-assessment.rules.ts';
import { recordCapacityAssessmentSchema } from './capacity-assessment.schemas.ts';
import { parseInput } from '../shared/validation.ts';

const valid = { partnerId: 'p', assessedOn: '2025-01-10', assessor: 'Ana Cruz', scores: [{ domain: 'GOVERNANCE', score: 3 }] };

describe('duplicateDomainIndexes', () => {
  it('should name each repeat at its own index', () => {
    expect(duplicateDomainIndexes([{ domain: 'GOVERNANCE' }, { domain: 'NETWORKING' }, { domain: 'GOVERNANCE' }])).toEqual([2]);
  });
});

describe('inDomainOrder', () => {
  it('should list scores in the order of the capacity domains', () => {
    const sorted = inDomainOrder([{ domain: 'COMMUNICATION' as const }, { domain: 'GOVERNANCE' as const }, { domain: 'NETWORKING' as const }]);
    expect(sorted.map((score) => score.domain)).toEqual(['GOVERNANCE', 'NETWORKING', 'COMMUNICATION']);
  });
});

describe('averageScore', () => {
  it('should average to two decimals', () => {
    expect(averageScore([{ score: 1 }, { score: 2 }, { score: 2 }])).toBe(1.67);
  });
  it('should be null without scores', () => {
    expect(averageScore([])).toBeNull();
  });
});

describe('recordCapacityAssessmentSchema', () => {
  const pathsOf = (input: unknown) => {
    const result = parseInput(recordCapacityAssessmentSchema, input);
    return result.ok ? [] : result.errors.map((error) => error.path);
  };
  it('should accept a valid assessment', () => {
    expect(pathsOf(valid)).toEqual([]);
  });
  it('should name a score out of range', () => {
    expect(pathsOf({ ...valid, scores: [{ domain: 'GOVERNANCE', score: 5 }] })).toEqual([['scores', '0', 'score']]);
    expect(pathsOf({ ...valid, scores: [{ domain: 'GOVERNANCE', score: 0 }] })).toEqual([['scores', '0', 'score']]);
  });
  it('should name a domain scored twice at the repeat', () => {
    const scores = [
      { domain: 'GOVERNANCE', score: 2 },
      { domain: 'NETWORKING', score: 2 },
      { domain: 'GOVERNANCE', score: 3 },
    ];
    expect(pathsOf({ ...valid, scores })).toEqual([['scores', '2', 'domain']]);
  });
  it('should require at least one score', () => {
    expect(pathsOf({ ...valid, scores: [] })).toEqual([['scores']]);
  });
  it('should bound assessor and evidence', () => {
    expect(pathsOf({ ...valid, assessor: ' ' })).toEqual([['assessor']]);
    expect(pathsOf({ ...valid, assessor: 'x'.repeat(201) })).toEqual([['assessor']]);
    expect(pathsOf({ ...valid, scores: [{ domain: 'GOVERNANCE', score: 2, evidence: 'x'.repeat(2001) }] })).toEqual([['scores', '0', 'evidence']]);
  });
});
