import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import { Session } from './session.entity.ts';
import { User } from './user.entity.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import { actorFrom, grantsFrom } from './actor.ts';
import { findByTokenHash } from './by-token-hash.ts';
import { authChanged } from './auth-change-feed.ts';
import { looksLikeApiToken } from '../api-tokens/api-token.rules.ts';
import { fail, ok, validationError, type Result } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import type { Actor } from '../permissions/permissions.rules.ts';

export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
/** Sliding expiry is written at most this often, so reads don't turn into writes. */
const touchEveryMs = 60 * 60 * 1000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'must not be empty').max(254, 'must have at most 254 characters'),
  password: z.string().min(1, 'must not be empty').max(1000, 'must have at most 1000 characters'),
});

export type SignedIn = { token: string; session: Session; user: User };

/** Checks e-mail and password and opens a session; the token is returned once and stored only hashed. */
export async function signIn(em: EntityManager, input: { email: string; password: string }, userAgent?: string): Promise<Result<SignedIn>> {
  const parsed = parseInput(signInSchema, input);
  if (!parsed.ok) return parsed;
  const user = await em.findOne(User, { email: parsed.value.email });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), parsed.value.password);
  if (!user || !matches) return fail(validationError(['password'], 'password: the e-mail or password is not right'));
  let token = randomBytes(32).toString('base64url');
  // `syn_` marks API tokens; a session token must never look like one.
  while (looksLikeApiToken(token)) token = randomBytes(32).toString('base64url');
  const now = new Date();
  const session = em.create(Session, {
    tokenHash: hashToken(token),
    user,
    expiresAt: new Date(now.getTime() + sessionLifetimeMs),
    lastSeenAt: now,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  await em.flush();
  return ok({ token, session, user });
}

export type Authenticated = { session: Session; user: User; actor: Actor };

/**
 * Resolves a bearer token to its live session, user and grants; null for
 * unknown or expired tokens. One statement (session, user and grants joined),
 * plus a write at most once an hour for the sliding expiry. Session and user
 * are read-only entities (every request reads them; none changes them through
 * these objects).
 */
export async function authenticate(em: EntityManager, token: string): Promise<Authenticated | null> {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
  const bySession = await findByTokenHash(em, Session, hashToken(token));
  if (!bySession) return null;
  const { found: session, grants } = bySession;
  const now = new Date();
  if (session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
    const touched = { lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionLifetimeMs) };
    await em.nativeUpdate(Session, { id: session.id }, touched);
    Object.assign(session, touched);
  }
  const user = session.user.getEntity();
  return { session, user, actor: actorFrom(user.id, grantsFrom(grants)) };
}

/** Ends the session of a token; true when there was one. */
export async function signOut(em: EntityManager, token: string): Promise<boolean> {
  const deleted = await em.nativeDelete(Session, { tokenHash: hashToken(token) });
  authChanged(em);
  return deleted > 0;
}
