import { randomBytes } from 'node:crypto';
import type { Actor, Grant } from '../permissions/permissions.rules.ts';

/** Every secret starts with this, so a bearer token is told apart from a session token at a glance. */
export const apiTokenSecretStart = 'syn_';
/** The longest a token may live: one year (a calendar year, from now). */
export const apiTokenMaxLifetimeDays = 365;
/** lastUsedAt is written at most this often per token, so reads don't turn into writes. */
export const apiTokenTouchEveryMs = 60 * 1000;

const secretPattern = /^syn_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

/** A new secret `syn_<8 hex>_<32 random bytes, base64url>` and its visible prefix `syn_<8 hex>`. */
export function newApiTokenSecret(): { secret: string; prefix: string } {
  const prefix = `${apiTokenSecretStart}${randomBytes(4).toString('hex')}`;
  return { secret: `${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

/** Whether a bearer value is meant as an API token (rather than a session token). */
export const looksLikeApiToken = (bearer: string): boolean => bearer.startsWith(apiTokenSecretStart);

/** Whether a bearer value has the exact shape of an API token secret. */
export const isWellFormedApiTokenSecret = (bearer: string): boolean => secretPattern.test(bearer);

/** The latest expiry accepted for a token created at `now`: one calendar year ahead. */
export function latestApiTokenExpiry(now: Date): Date {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  return latest;
}

export type ApiTokenState = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

/** Whether a token still authenticates at `now`. */
export function apiTokenState(token: { revokedAt: Date | null | undefined; expiresAt: Date }, now: Date = new Date()): ApiTokenState {
  if (token.revokedAt) return 'REVOKED';
  return token.expiresAt <= now ? 'EXPIRED' : 'ACTIVE';
}

/** Whether lastUsedAt is old enough to be written again. */
export const shouldTouchApiToken = (lastUsedAt: Date | null | undefined, now: Date): boolean =>
  !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= apiTokenTouchEveryMs;

/**
 * The actor a token acts as: the user's current grants that the token is
 * limited to (never more than the user holds), read-only when the token is.
 */
export function apiTokenActor(
  userId: string,
  currentGrants: (Grant & { id: string })[],
  token: { id: string; access: 'READ_ONLY' | 'READ_WRITE'; scopeRoleGrantIds: string[] },
): Actor {
  const allowed = new Set(token.scopeRoleGrantIds);
  return {
    userId,
    grants: currentGrants
      .filter((grant) => allowed.has(grant.id))
      .map(({ role, scopeType, scopeId, networkId }) => ({ role, scopeType, scopeId, networkId })),
    readOnly: token.access === 'READ_ONLY',
    apiTokenId: token.id,
  };
}
