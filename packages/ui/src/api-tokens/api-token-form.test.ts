import { describe, expect, it } from 'vitest';
import { apiTokenFormProblems, apiTokenStatus, scopeSelection } from './api-token-form.ts';

const now = new Date('2026-11-23T10:00:00Z');

describe('apiTokenStatus', () => {
  it('should say revoked when revoked, even if also expired', () => {
    expect(apiTokenStatus({ revokedAt: '2026-11-01T00:00:00Z', expiresAt: '2026-11-02T00:00:00Z' }, now)).toBe('revoked');
  });

  it('should say expired at and after the expiry, active before', () => {
    expect(apiTokenStatus({ revokedAt: null, expiresAt: '2026-11-23T10:00:00Z' }, now)).toBe('expired');
    expect(apiTokenStatus({ revokedAt: null, expiresAt: '2026-11-23T10:00:01Z' }, now)).toBe('active');
  });
});

describe('apiTokenFormProblems', () => {
  it('should want a name of 1 to 100 characters', () => {
    expect(apiTokenFormProblems('  ')).toEqual({ name: 'required' });
    expect(apiTokenFormProblems('x'.repeat(101))).toEqual({ name: 'tooLong' });
    expect(apiTokenFormProblems(' Reporting script ')).toEqual({});
  });
});

describe('scopeSelection', () => {
  it('should send null (all grants) when all or none are chosen, the subset otherwise', () => {
    expect(scopeSelection([], ['a', 'b'])).toBeNull();
    expect(scopeSelection(['b', 'a'], ['a', 'b'])).toBeNull();
    expect(scopeSelection(['b'], ['a', 'b'])).toEqual(['b']);
  });
});
