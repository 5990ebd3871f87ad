import { describe, expect, it } from 'vitest';
import {
  apiTokenActor,
  apiTokenState,
  isWellFormedApiTokenSecret,
  latestApiTokenExpiry,
  looksLikeApiToken,
  newApiTokenSecret,
  shouldTouchApiToken,
} from './api-token.rules.ts';
import { can, type Grant } from '../permissions/permissions.rules.ts';

const now = new Date('2026-11-23T10:00:00.000Z');
const coordinator: Grant & { id: string } = { id: 'g1', role: 'SYNERGY_COORDINATOR', scopeType: 'SYNERGY', scopeId: 's1', networkId: 'n1' };
const editor: Grant & { id: string } = { id: 'g2', role: 'PARTNER_EDITOR', scopeType: 'PARTNER', scopeId: 'p9', networkId: 'n1' };
const activityOf = (partnerId: string, synergyIds: string[]) => ({ kind: 'Activity' as const, networkId: 'n1', partnerId, synergyIds });

describe('API token secrets', () => {
  it('should make a secret that starts with its visible prefix and is well formed', () => {
    const { secret, prefix } = newApiTokenSecret();
    expect(prefix).toMatch(/^syn_[0-9a-f]{8}$/);
    expect(secret.startsWith(`${prefix}_`)).toBe(true);
    expect(isWellFormedApiTokenSecret(secret)).toBe(true);
    expect(looksLikeApiToken(secret)).toBe(true);
  });

  it('should make a different secret each time', () => {
    expect(newApiTokenSecret().secret).not.toBe(newApiTokenSecret().secret);
  });

  it('should tell session tokens and malformed values apart from API tokens', () => {
    expect(looksLikeApiToken('aGVsbG8gd29ybGQgdGhpcyBpcyBhIHNlc3Npb24')).toBe(false);
    expect(isWellFormedApiTokenSecret('syn_12345678_short')).toBe(false);
    expect(isWellFormedApiTokenSecret(`syn_XYZ45678_${'a'.repeat(43)}`)).toBe(false);
  });
});

describe('API token state', () => {
  it('should be active before expiry, expired at it, revoked once revoked', () => {
    expect(apiTokenState({ revokedAt: null, expiresAt: new Date(now.getTime() + 1) }, now)).toBe('ACTIVE');
    expect(apiTokenState({ revokedAt: null, expiresAt: now }, now)).toBe('EXPIRED');
    expect(apiTokenState({ revokedAt: now, expiresAt: new Date(now.getTime() + 1000) }, now)).toBe('REVOKED');
  });

  it('should allow expiry at most one calendar year ahead', () => {
    expect(latestApiTokenExpiry(now).toISOString()).toBe('2027-11-23T10:00:00.000Z');
  });

  it('should record use at most once a minute', () => {
    expect(shouldTouchApiToken(null, now)).toBe(true);
    expect(shouldTouchApiToken(new Date(now.getTime() - 59_000), now)).toBe(false);
    expect(shouldTouchApiToken(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});

describe('the actor of an API token', () => {
  it('should keep only the current grants the token is limited to', () => {
    const actor = apiTokenActor('u1', [coordinator, editor], { id: 't1', access: 'READ_WRITE', scopeRoleGrantIds: ['g2'] });
    expect(actor.grants).toEqual([{ role: 'PARTNER_EDITOR', scopeType: 'PARTNER', scopeId: 'p9', networkId: 'n1' }]);
    expect(can(actor, 'update', activityOf('p9', []))).toBe(true);
    expect(can(actor, 'update', activityOf('p1', ['s1']))).toBe(false);
  });

  it('should lose a grant the user no longer holds, even if the token lists it', () => {
    const actor = apiTokenActor('u1', [editor], { id: 't1', access: 'READ_WRITE', scopeRoleGrantIds: ['g1', 'g2'] });
    expect(actor.grants.map((grant) => grant.role)).toEqual(['PARTNER_EDITOR']);
  });

  it('should only read when the token is read-only', () => {
    const actor = apiTokenActor('u1', [coordinator], { id: 't1', access: 'READ_ONLY', scopeRoleGrantIds: ['g1'] });
    expect(actor.readOnly).toBe(true);
    expect(can(actor, 'read', activityOf('p1', ['s1']))).toBe(true);
    for (const action of ['create', 'update', 'delete'] as const) expect(can(actor, action, activityOf('p1', ['s1']))).toBe(false);
  });
});
