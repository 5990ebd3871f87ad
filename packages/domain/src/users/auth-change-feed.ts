import type { EventSubscriber, FlushEventArgs, MikroORM } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';

/*
 * Sessions and API tokens kept between requests, as their lookup statement
 * returned them (token, user and grants), so that a signed-in request does not
 * pay a round trip to learn who it is. Why it is safe:
 *
 * - Kept only while a change feed vouches for them: on PostgreSQL, triggers on
 *   session, api_token, app_user and role_grant notify `synergia_auth_changed`
 *   when a change commits (Migration20261207221000), whoever made it, and every
 *   gateway process listening drops everything it keeps. No feed (SQLite, whose
 *   statement costs no round trip; a CLI; the listening connection down; the
 *   triggers missing): nothing is kept and every request reads the database.
 * - A lookup that began before a change arrived is not kept (generations), so
 *   a read from before a commit cannot outlive the commit's notification.
 * - This process's own changes drop the kept rows at once (the subscriber and
 *   `authChanged`), not when the notification comes back.
 * - The feed proves that notifications reach it before it vouches for
 *   anything, and again every `heartbeatMs` (a probe sent through the pool
 *   must come back on the listening connection): a pooler that does not pass
 *   notifications on, or a connection that died silently, stops the keeping.
 * - Expiry and revocation dates are checked on every request as before, and
 *   nothing is kept longer than `maxAgeMs`.
 */

export const authChangeChannel = 'synergia_auth_changed';
const triggers = ['session_auth_changed', 'api_token_auth_changed', 'app_user_auth_changed', 'role_grant_auth_changed'];
/** Entities whose changes authentication reads (the tables the triggers watch). */
const authEntities = new Set(['Session', 'ApiToken', 'User', 'RoleGrant']);

/** The longest a lookup is kept, whatever the feed says. */
export const maxAgeMs = 60_000;
/** How often the feed proves that notifications still reach it, and how long a probe may take. */
export const heartbeatMs = 15_000;
export const probeTimeoutMs = 5_000;
/** Probes carry this prefix: they tell the listeners nothing changed. */
const probePrefix = 'probe:';
/** The most lookups kept per ORM (one per session or token in use); past it the oldest go. */
export const maxKept = 10_000;

type Kept = { rows: readonly Record<string, unknown>[]; at: number };

/** What one ORM keeps, and whether a feed vouches for it. */
class KeptLookups {
  readonly entries = new Map<string, Kept>();
  /** Moves on every change: a lookup that started at another generation is not kept. */
  generation = 0;
  /** Feeds listening now. */
  listening = 0;
  /** A flush inside an outer transaction changed authentication: drop again when it commits. */
  changedInTransaction = false;

  drop(): void {
    this.generation++;
    this.entries.clear();
  }
}

const byOrm = new WeakMap<object, KeptLookups>();
const keptOf = (em: EntityManager): KeptLookups | undefined => byOrm.get(em.getMetadata());
const keyOf = (entityName: string, tokenHash: string) => `${entityName}:${tokenHash}`;

/** A lookup ticket: the generation it began at, or null when nothing may be kept. */
export type LookupTicket = { kept: KeptLookups; generation: number } | null;

/**
 * The kept rows of a token hash, or a ticket to keep the rows about to be
 * read. Nothing is kept inside a transaction (its reads may hold its own
 * uncommitted changes) or without a listening feed.
 */
export function keptLookup(em: EntityManager, entityName: string, tokenHash: string): { rows: readonly Record<string, unknown>[] } | { ticket: LookupTicket } {
  const kept = keptOf(em);
  if (!kept || kept.listening === 0 || em.getTransactionContext()) return { ticket: null };
  const entry = kept.entries.get(keyOf(entityName, tokenHash));
  if (entry && Date.now() - entry.at < maxAgeMs) return { rows: entry.rows };
  return { ticket: { kept, generation: kept.generation } };
}

/** Keeps rows read with `ticket`, unless something changed since it was taken. Unknown tokens are not kept. */
export function keepLookup(ticket: LookupTicket, entityName: string, tokenHash: string, rows: readonly Record<string, unknown>[]): void {
  if (!ticket || rows.length === 0) return;
  const { kept, generation } = ticket;
  if (kept.generation !== generation || kept.listening === 0) return;
  const key = keyOf(entityName, tokenHash);
  if (kept.entries.size >= maxKept && !kept.entries.has(key)) kept.entries.delete(kept.entries.keys().next().value!);
  kept.entries.set(key, { rows: Object.freeze(rows.map((row) => Object.freeze({ ...row }))), at: Date.now() });
}

/** Drops what this ORM keeps: for a change made with a native statement, which no subscriber sees. */
export function authChanged(em: EntityManager): void {
  keptOf(em)?.drop();
}

/** How many lookups an ORM keeps, for tests. */
export const keptLookups = (em: EntityManager): number => keptOf(em)?.entries.size ?? 0;

/** Drops the kept lookups when a flush changes what authentication reads, and again when an outer transaction commits it. */
export class AuthChangeSubscriber implements EventSubscriber {
  afterFlush({ em, uow }: FlushEventArgs): void {
    const kept = byOrm.get(em.getMetadata());
    if (!kept) return;
    if (!uow.getChangeSets().some((changeSet) => authEntities.has(changeSet.name))) return;
    kept.drop();
    if (em.isInTransaction()) kept.changedInTransaction = true;
  }

  afterTransactionCommit({ em }: { em: { getMetadata(): object } }): void {
    const kept = byOrm.get(em.getMetadata());
    if (!kept?.changedInTransaction) return;
    kept.changedInTransaction = false;
    kept.drop();
  }
}

export type AuthChangeFeed = {
  /** True while the feed's connection listens (and lookups may be kept). */
  readonly listening: boolean;
  close(): Promise<void>;
};

type Logger = { warn(message: string): void };
type PgClient = {
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', listener: (error?: Error) => void): void;
  end(): Promise<void>;
};

/**
 * Listens for authentication changes on its own PostgreSQL connection and
 * lets `findByTokenHash` keep lookups while it does; null on SQLite, or when
 * the triggers are missing (a database not migrated by this version). A lost
 * connection drops everything kept and stops keeping until the feed listens
 * again (it reconnects, waiting 1 s and then up to 30 s between tries).
 */
export async function startAuthChangeFeed(orm: MikroORM, log: Logger = console): Promise<AuthChangeFeed | null> {
  const em = orm.em as unknown as EntityManager;
  if (em.getPlatform().constructor.name !== 'PostgreSqlPlatform') return null;
  const found = (await em
    .getConnection()
    .execute(`select count(distinct tgname) as count from pg_trigger where not tgisinternal and tgname in (${triggers.map(() => '?').join(', ')})`, triggers)) as { count: string | number }[];
  if (Number(found[0]?.count) !== triggers.length) {
    log.warn('authentication lookups are not kept between requests: the database lacks the synergia_auth_changed triggers (run the migrations)');
    return null;
  }
  const metadata = em.getMetadata();
  let kept = byOrm.get(metadata);
  if (!kept) byOrm.set(metadata, (kept = new KeptLookups()));
  const lookups = kept;
  const client = (em.getKnex() as Knex).client as { acquireRawConnection(): Promise<PgClient> };

  let connection: PgClient | null = null;
  let listening = false;
  let closed = false;
  let retryMs = 1000;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  /** Probes sent and not yet back, by payload. */
  const probes = new Map<string, () => void>();

  const stopListening = () => {
    clearInterval(heartbeat);
    if (listening) lookups.listening--;
    listening = false;
    lookups.drop();
  };
  const retryLater = () => {
    if (closed) return;
    retry = setTimeout(() => void listen(), retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, 30_000);
  };
  const lost = (reason: string) => {
    const open = connection;
    if (!open) return;
    connection = null;
    stopListening();
    void open.end().catch(() => undefined);
    if (closed) return;
    log.warn(`authentication change feed stopped (${reason}); every request reads the database until it listens again`);
    retryLater();
  };
  /** Sends a probe through the pool; true when it comes back on `candidate` in time. */
  const probe = async (candidate: PgClient): Promise<boolean> => {
    const payload = `${probePrefix}${randomUUID()}`;
    const back = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), probeTimeoutMs);
      timer.unref();
      probes.set(payload, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    try {
      await em.getConnection().execute('select pg_notify(?, ?)', [authChangeChannel, payload]);
      return connection === candidate && (await back);
    } catch {
      return false;
    } finally {
      probes.delete(payload);
    }
  };
  const listen = async (): Promise<void> => {
    let candidate: PgClient | null = null;
    try {
      candidate = await client.acquireRawConnection();
      candidate.on('notification', (message) => {
        if (message.channel !== authChangeChannel) return;
        if (message.payload?.startsWith(probePrefix)) probes.get(message.payload)?.();
        else lookups.drop();
      });
      candidate.on('error', (error) => lost(error?.message ?? 'connection error'));
      candidate.on('end', () => lost('connection closed'));
      connection = candidate;
      await candidate.query(`listen ${authChangeChannel}`);
      if (!(await probe(candidate))) {
        lost('a notification sent through the pool did not come back; is a pooler in transaction mode between the gateway and PostgreSQL?');
        return;
      }
      if (closed || connection !== candidate) return;
      // Changes made while nobody listened were missed: start from nothing.
      lookups.drop();
      lookups.listening++;
      listening = true;
      retryMs = 1000;
      heartbeat = setInterval(() => {
        void probe(candidate!).then((back) => {
          if (!back && connection === candidate) lost(`no heartbeat within ${probeTimeoutMs} ms`);
        });
      }, heartbeatMs);
      heartbeat.unref();
    } catch (error) {
      if (candidate && connection === candidate) lost((error as Error).message);
      else if (!closed) {
        log.warn(`authentication change feed could not listen (${(error as Error).message}); retrying`);
        retryLater();
      }
    }
  };
  await listen();

  return {
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const open = connection;
      connection = null;
      stopListening();
      await open?.end().catch(() => undefined);
    },
  };
}
