import { describe, expect, it } from 'vitest';
import { isStaleVersion, requestFailure } from './errors.ts';

describe('isStaleVersion', () => {
  it('should be true when a conflict points at the version', () => {
    expect(isStaleVersion([{ __typename: 'ConflictError', message: 'stale', path: ['input', 'version'] }])).toBe(true);
  });

  it('should be false when the conflict is a duplicate name', () => {
    expect(isStaleVersion([{ __typename: 'ConflictError', message: 'taken', path: ['input', 'name'] }])).toBe(false);
  });
});

describe('requestFailure', () => {
  const t = (key: string) => `t:${key}`;

  it('should blame the network when the request did not reach the server', () => {
    expect(requestFailure(t, { networkError: new Error('offline'), message: '[Network] offline' })).toEqual([{ message: 't:errors.network' }]);
  });

  it("should show the server's message, else a generic one", () => {
    expect(requestFailure(t, { message: '[GraphQL] Not allowed' })).toEqual([{ message: '[GraphQL] Not allowed' }]);
    expect(requestFailure(t, undefined)).toEqual([{ message: 't:errors.generic' }]);
  });
});
