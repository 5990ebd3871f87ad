import type { EntityManager } from '@mikro-orm/knex';
import type { MikroORM } from '@mikro-orm/core';
import { createApiToken, loadActor } from '@synergia/domain';
import { buildGrant, buildNetwork, buildUser, persistSeed } from '@synergia/domain/testing';

/** A user with an API token (read-only, 30 days) in the database; returns the token's secret and id. */
export async function seedApiToken(orm: MikroORM): Promise<{ secret: string; id: string }> {
  const em = orm.em.fork() as EntityManager;
  const network = buildNetwork(em);
  const user = buildUser(em);
  buildGrant(em, user, 'NETWORK_ADMIN', 'NETWORK', network.id, network);
  await persistSeed(em);
  const created = await createApiToken({ em, actor: await loadActor(em, user.id) }, { name: 'rate limits', access: 'READ_ONLY', expiresInDays: 30 });
  if (!created.ok) throw new Error(`could not create the API token: ${JSON.stringify(created.errors)}`);
  return { secret: created.value.token, id: created.value.apiToken.id };
}

/**
 * Waits until the current fixed window has at least `marginMs` left, so a
 * test's requests all fall into one window of `windowSeconds`.
 */
export async function awaitRoomInWindow(windowSeconds: number, marginMs = 20_000): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

export type RateLimitedBody = { errors: { message: string; extensions: { code: string; retryAfter: number } }[] };

/** The rate-limit headers of a response (draft-ietf-httpapi-ratelimit-headers-06). */
export const rateLimitHeaders = (response: Response) => ({
  limit: response.headers.get('ratelimit-limit'),
  remaining: response.headers.get('ratelimit-remaining'),
  reset: response.headers.get('ratelimit-reset'),
  policy: response.headers.get('ratelimit-policy'),
});
