import { describe, expect, it } from 'vitest';
import { isRole, scopeTypeFor, SCOPES_BY_ROLE } from './role-scopes.ts';

describe('role scopes', () => {
  it('should require a synergy scope when the role is synergy coordinator', () => {
    expect(SCOPES_BY_ROLE.SYNERGY_COORDINATOR).toEqual(['SYNERGY']);
    expect(scopeTypeFor('SYNERGY_COORDINATOR', 'NETWORK')).toBe('SYNERGY');
  });

  it('should require a partner scope when the role is partner editor', () => {
    expect(scopeTypeFor('PARTNER_EDITOR', 'SYNERGY')).toBe('PARTNER');
  });

  it('should keep the chosen scope when the role allows it', () => {
    expect(scopeTypeFor('VIEWER', 'PARTNER')).toBe('PARTNER');
    expect(scopeTypeFor('NETWORK_ADMIN', 'PARTNER')).toBe('NETWORK');
  });

  it('should recognise roles only when spelled as the API does', () => {
    expect(isRole('VIEWER')).toBe(true);
    expect(isRole('viewer')).toBe(false);
    expect(isRole(null)).toBe(false);
  });
});
