import { describe, expect, it } from 'vitest';
import { isStaleVersion } from './errors.ts';

describe('isStaleVersion', () => {
  it('should be true when a conflict points at the version', () => {
    expect(isStaleVersion([{ __typename: 'ConflictError', message: 'stale', path: ['input', 'version'] }])).toBe(true);
  });

  it('should be false when the conflict is a duplicate name', () => {
    expect(isStaleVersion([{ __typename: 'ConflictError', message: 'taken', path: ['input', 'name'] }])).toBe(false);
  });
});
