import type { EntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import { ApiToken, apiTokenAccesses } from './api-token.entity.ts';
import {
  apiTokenActor,
  apiTokenMaxLifetimeDays,
  apiTokenState,
  isWellFormedApiTokenSecret,
  latestApiTokenExpiry,
  newApiTokenSecret,
  shouldTouchApiToken,
} from './api-token.rules.ts';
import { User } from '../users/user.entity.ts';
import { hashToken } from '../users/sessions.service.ts';
import { findByTokenHash } from '../users/by-token-hash.ts';
import type { RoleGrant } from '../users/role-grant.entity.ts';
import { grantsFrom, loadGrants } from '../users/actor.ts';
import type { Actor } from '../permissions/permissions.rules.ts';
import { commit, type DomainContext } from '../shared/context.ts';
import { fail, forbidden, notFound, ok, validationError, type Result, type UserError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { requiredText } from '../shared/schemas.ts';

const dayMs = 24 * 60 * 60 * 1000;

export const createApiTokenSchema = z.object({
  name: requiredText(100),
  access: z.enum(apiTokenAccesses),
  /** When the token stops working; or give `expiresInDays`. */
  expiresAt: z.date('must be a date and time').nullish(),
  expiresInDays: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(apiTokenMaxLifetimeDays, `must be at most ${apiTokenMaxLifetimeDays}`)
    .nullish(),
  /** The role grants the token is limited to; left out, all the grants the user holds now. */
  scopeRoleGrantIds: z.array(z.string()).min(1, 'must name at least one role grant, or be left out for all of them').nullish(),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

/** The new token with its secret, which is shown this once and stored only hashed. */
export type CreatedApiToken = { token: string; apiToken: ApiToken };

/** Checks the expiry: exactly one of expiresAt and expiresInDays, in the future, at most a year ahead. */
function resolveExpiry(input: { expiresAt?: Date | null; expiresInDays?: number | null }, now: Date): Result<Date> {
  if (input.expiresAt && input.expiresInDays) {
    return fail(validationError(['expiresInDays'], 'expiresInDays: give either expiresAt or expiresInDays, not both'));
  }
  if (input.expiresInDays) return ok(new Date(now.getTime() + input.expiresInDays * dayMs));
  if (!input.expiresAt) return fail(validationError(['expiresAt'], 'expiresAt: is required (or give expiresInDays); tokens always expire'));
  if (input.expiresAt <= now) return fail(validationError(['expiresAt'], 'expiresAt: must be in the future'));
  // A minute of grace, so a form that picked "one year" a moment ago still passes.
  if (input.expiresAt.getTime() > latestApiTokenExpiry(now).getTime() + 60_000) {
    return fail(validationError(['expiresAt'], 'expiresAt: must be at most one year ahead'));
  }
  return ok(input.expiresAt);
}

/**
 * Creates a personal API token for the signed-in user. It may be limited to
 * some of the user's role grants; it can never reach more than the user
 * holds. Only a signed-in session creates tokens: a token cannot mint another.
 */
export async function createApiToken(ctx: DomainContext, input: CreateApiTokenInput, now: Date = new Date()): Promise<Result<CreatedApiToken>> {
  if (!ctx.actor) return fail(forbidden('Sign in to create an API token.'));
  if (ctx.actor.apiTokenId) return fail(forbidden('An API token cannot create API tokens: sign in with your password to create one.'));
  const parsed = parseInput(createApiTokenSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const errors: UserError[] = [];
  const expiry = resolveExpiry(data, now);
  if (!expiry.ok) errors.push(...expiry.errors);
  const held = await loadGrants(ctx.em, ctx.actor.userId);
  const heldIds = new Set(held.map((grant) => grant.id));
  const scope = data.scopeRoleGrantIds ? [...new Set(data.scopeRoleGrantIds)] : held.map((grant) => grant.id);
  const foreign = scope.filter((id) => !heldIds.has(id));
  if (foreign.length) errors.push(validationError(['scopeRoleGrantIds'], 'scopeRoleGrantIds: may only name role grants you hold'));
  if (errors.length || !expiry.ok) return fail(...errors);
  const { secret, prefix } = newApiTokenSecret();
  const apiToken = ctx.em.create(ApiToken, {
    user: ctx.em.getReference(User, ctx.actor.userId),
    name: data.name,
    access: data.access,
    tokenHash: hashToken(secret),
    prefix,
    scopeRoleGrantIds: scope,
    createdAt: now,
    expiresAt: expiry.value,
    lastUsedAt: null,
    revokedAt: null,
  });
  const result = await commit(ctx, apiToken);
  return result.ok ? ok({ token: secret, apiToken }) : result;
}

/** The signed-in user's own tokens, newest first, revoked and expired ones included. */
export async function listApiTokens(ctx: DomainContext): Promise<ApiToken[]> {
  if (!ctx.actor) return [];
  return ctx.em.find(ApiToken, { user: ctx.actor.userId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** One of the signed-in user's own tokens; anyone else's is null. */
export const findApiToken = async (ctx: DomainContext, id: string): Promise<ApiToken | null> =>
  ctx.actor ? ctx.em.findOne(ApiToken, { id, user: ctx.actor.userId }) : null;

/** Revokes one of the signed-in user's tokens; someone else's token is not found. Revoking twice changes nothing. */
export async function revokeApiToken(ctx: DomainContext, input: { id: string }, now: Date = new Date()): Promise<Result<ApiToken>> {
  const token = await findApiToken(ctx, input.id);
  if (!token) return fail(notFound('The API token', ['id']));
  if (token.revokedAt) return ok(token);
  token.revokedAt = now;
  return commit(ctx, token);
}

export type ApiTokenAuthenticated = { actor: Actor; user: User; token: ApiToken; readOnly: boolean };

/** An API token as a request's lookup finds it: the token (with its user) and the user's grants. */
export type FoundApiToken = { token: ApiToken; grants: RoleGrant[] };

/**
 * The API token with this secret whatever its state (a revoked token still
 * counts against its own rate limit), with its user and the user's grants, in
 * one statement, as read-only entities; null when the value is not a token's.
 * The gateway looks a request's token up once and hands it to
 * `authenticateFoundApiToken`.
 */
export async function findApiTokenBySecret(em: EntityManager, secret: string): Promise<FoundApiToken | null> {
  if (!isWellFormedApiTokenSecret(secret)) return null;
  const byToken = await findByTokenHash(em, ApiToken, hashToken(secret));
  return byToken && { token: byToken.found, grants: byToken.grants };
}

/**
 * Authenticates with a token found by `findApiTokenBySecret`: null unless it
 * is active. Records when it was last used, at most once a minute.
 */
export async function authenticateFoundApiToken(em: EntityManager, found: FoundApiToken | null, now: Date = new Date()): Promise<ApiTokenAuthenticated | null> {
  if (!found || apiTokenState(found.token, now) !== 'ACTIVE') return null;
  const { token, grants } = found;
  if (shouldTouchApiToken(token.lastUsedAt, now)) {
    // Not audited: lastUsedAt is bookkeeping (see the audit subscriber). The token is read-only: one update.
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    token.lastUsedAt = now;
  }
  const user = token.user.getEntity();
  const actor = apiTokenActor(user.id, grantsFrom(grants), token);
  return { actor, user, token, readOnly: actor.readOnly === true };
}

/**
 * Resolves an API token secret to the token, its user and the actor it acts
 * as; null for unknown, revoked or expired tokens. Records when it was last
 * used, at most once a minute.
 */
export async function authenticateApiToken(em: EntityManager, secret: string, now: Date = new Date()): Promise<ApiTokenAuthenticated | null> {
  return authenticateFoundApiToken(em, await findApiTokenBySecret(em, secret), now);
}
