import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildGrant, buildNetwork, buildUser, persistSeed } from '../testing/builders.ts';
import { openDatabase } from '../database/orm.ts';
import type { Network } from '../networks/network.entity.ts';
import { User } from './user.entity.ts';
import { RoleGrant } from './role-grant.entity.ts';
import { Session } from './session.entity.ts';
import { authenticate, hashToken, signOut } from './sessions.service.ts';
import { keptLookups, startAuthChangeFeed, type AuthChangeFeed } from './auth-change-feed.ts';

const dialects = await testDialects();
const quiet = { warn: () => undefined };

/** Waits until `check` holds (a notification takes milliseconds to arrive); fails after two seconds. */
async function eventually(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not true after 2 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A session token of `user`, stored as signIn stores it. */
async function openSession(em: EntityManager, user: User): Promise<string> {
  const token = randomBytes(32).toString('hex');
  const now = new Date();
  em.create(Session, { tokenHash: hashToken(token), user, expiresAt: new Date(now.getTime() + 86_400_000), lastSeenAt: now, userAgent: null });
  await persistSeed(em);
  return token;
}

describe.each(dialects)('authentication lookups kept between requests ($dialect)', ({ dialect, skipReason }) => {
  let db: TestDatabase;
  /** A second gateway process on the same database: its own ORM, pool and feed. */
  let other: MikroORM;
  const feeds: AuthChangeFeed[] = [];
  let network: Network;
  let user: User;
  /** Statements the second process ran that read sessions. */
  let sessionReads = 0;

  beforeAll(async () => {
    if (skipReason) return;
    db = await createTestDatabase(dialect, 'auth-feed');
    other = await openDatabase({ ...db.options, onQuery: (sql) => void (/from [`"]session[`"]/.test(sql) && sessionReads++), poolMax: 4 });
    const em = db.orm.em.fork() as EntityManager;
    network = buildNetwork(em);
    user = buildUser(em);
    buildGrant(em, user, 'NETWORK_ADMIN', 'NETWORK', network.id, network);
    await persistSeed(em);
    for (const orm of [db.orm, other]) {
      const feed = await startAuthChangeFeed(orm, quiet);
      if (feed) feeds.push(feed);
    }
  });
  afterAll(async () => {
    if (skipReason) return;
    await Promise.all(feeds.map((feed) => feed.close()));
    await other.close(true);
    await db.close();
  });

  const otherEm = () => other.em.fork() as EntityManager;
  const readsOf = async (token: string) => {
    const before = sessionReads;
    const auth = await authenticate(otherEm(), token);
    return { auth, reads: sessionReads - before };
  };
  /** Until the second process answers `token` without reading: a notification of an earlier change may still drop it once. */
  const kept = (token: string) => eventually(async () => (await readsOf(token)).reads === 0, 'the session is answered without a statement');

  if (dialect === 'sqlite') {
    it.skipIf(skipReason)('keeps nothing on SQLite: no feed, every request reads its session', async () => {
      expect(feeds).toEqual([]);
      const token = await openSession(db.orm.em.fork() as EntityManager, user);
      expect((await readsOf(token)).reads).toBe(1);
      expect((await readsOf(token)).reads).toBe(1);
      expect(keptLookups(otherEm())).toBe(0);
    });
    return;
  }

  it.skipIf(skipReason)('reads a session once, then answers from what it kept', async () => {
    expect(feeds.map((feed) => feed.listening)).toEqual([true, true]);
    const token = await openSession(db.orm.em.fork() as EntityManager, user);
    const first = await readsOf(token);
    expect(first.reads).toBe(1);
    await kept(token);
    const second = await readsOf(token);
    expect(second.reads).toBe(0);
    expect(second.auth?.user.id).toBe(user.id);
    expect(second.auth?.actor.grants).toEqual(first.auth?.actor.grants);
    expect(second.auth?.actor.grants.map((grant) => grant.role)).toEqual(['NETWORK_ADMIN']);
  });

  it.skipIf(skipReason)('a sign-out in one process ends the session in the other', async () => {
    const token = await openSession(db.orm.em.fork() as EntityManager, user);
    expect((await readsOf(token)).auth).not.toBeNull();
    await kept(token);
    expect(await signOut(db.orm.em.fork() as EntityManager, token)).toBe(true);
    await eventually(async () => (await authenticate(otherEm(), token)) === null, 'the signed-out session is refused by the other process');
  });

  it.skipIf(skipReason)("this process's own changes drop what it kept at once, not when their notification comes (at commit)", async () => {
    const token = await openSession(db.orm.em.fork() as EntityManager, user);
    await kept(token);
    await otherEm().transactional(async (tx) => {
      await signOut(tx, token);
      expect(keptLookups(tx)).toBe(0);
    });
    expect(await authenticate(otherEm(), token)).toBeNull();

    const second = await openSession(db.orm.em.fork() as EntityManager, user);
    await kept(second);
    await otherEm().transactional(async (tx) => {
      tx.create(RoleGrant, { user: user.id, role: 'VIEWER', scopeType: 'NETWORK', scopeId: network.id, network: network.id });
      await persistSeed(tx);
      expect(keptLookups(tx)).toBe(0);
      // Read inside the transaction: not kept, it may hold the transaction's own uncommitted rows.
      expect((await authenticate(tx, second))?.actor.grants).toHaveLength(2);
      expect(keptLookups(tx)).toBe(0);
    });
    await eventually(async () => (await authenticate(otherEm(), second))?.actor.grants.length === 2, 'the committed grant is seen');
    const em = db.orm.em.fork() as EntityManager;
    em.remove(await em.findOneOrFail(RoleGrant, { user: user.id, role: 'VIEWER' }));
    await persistSeed(em);
  });

  it.skipIf(skipReason)('a role revoked through the ORM in one process is gone from the other', async () => {
    const token = await openSession(db.orm.em.fork() as EntityManager, user);
    const em = db.orm.em.fork() as EntityManager;
    const extra = buildGrant(em, await em.findOneOrFail(User, { id: user.id }), 'VIEWER', 'NETWORK', network.id, network);
    await persistSeed(em);
    await eventually(async () => (await authenticate(otherEm(), token))?.actor.grants.length === 2, 'the new grant is seen');
    await kept(token);
    em.remove(extra);
    await persistSeed(em);
    await eventually(async () => (await authenticate(otherEm(), token))?.actor.grants.length === 1, 'the revoked grant is gone');
  });

  it.skipIf(skipReason)('a change made with plain SQL, outside any gateway, is seen too (the triggers notify)', async () => {
    const token = await openSession(db.orm.em.fork() as EntityManager, user);
    expect((await readsOf(token)).auth).not.toBeNull();
    await kept(token);
    await db.orm.em.getConnection().execute(`update "session" set "expires_at" = now() - interval '1 minute' where "token_hash" = ?`, [hashToken(token)]);
    await eventually(async () => (await authenticate(otherEm(), token)) === null, 'the session expired by SQL is refused');
    await db.orm.em.getConnection().execute(`delete from "role_grant" where "user_id" = ? and "role" = 'VIEWER'`, [user.id]);
  });

  it.skipIf(skipReason)('keeps nothing while its connection is down, and listens again after', async () => {
    const token = await openSession(db.orm.em.fork() as EntityManager, user);
    await db.orm.em
      .getConnection()
      .execute(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'listen synergia_auth_changed'`);
    await eventually(() => feeds.every((feed) => !feed.listening), 'both feeds notice their connection is gone');
    expect((await readsOf(token)).reads).toBe(1);
    expect((await readsOf(token)).reads).toBe(1);
    expect(keptLookups(otherEm())).toBe(0);
    // A change while nobody listens is seen at once: nothing was kept.
    const em = db.orm.em.fork() as EntityManager;
    em.remove(await em.findOneOrFail(RoleGrant, { user: user.id }));
    await persistSeed(em);
    expect((await readsOf(token)).auth?.actor.grants).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await eventually(() => feeds.every((feed) => feed.listening), 'both feeds listen again');
    expect((await readsOf(token)).reads).toBe(1);
    await kept(token);
  });

  it.skipIf(skipReason)('does not start on a database without the triggers', async () => {
    await db.orm.em.getConnection().execute('drop trigger "role_grant_auth_changed" on "role_grant"');
    const warnings: string[] = [];
    expect(await startAuthChangeFeed(other, { warn: (message) => warnings.push(message) })).toBeNull();
    expect(warnings.join()).toMatch(/lacks the synergia_auth_changed triggers/);
  });
});
