import { ChangeSetType, Reference, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { AuditEntry } from './audit-entry.entity.ts';
import { currentAuditActor } from './audit-context.ts';

/** Entities whose changes are not audited: the log itself and session bookkeeping. */
const unaudited = new Set(['AuditEntry', 'Session']);
/** Fields never copied into the log. */
const redacted = new Set(['passwordHash', 'tokenHash']);
/** Bookkeeping fields that say nothing a reader needs (an API token's use is not a change to it). */
const skipped = new Set(['version', 'updatedAt', 'createdAt', 'lastUsedAt']);

type Row = Record<string, unknown>;

function clean(row: Row | undefined, keys: Iterable<string>): Row | null {
  if (!row) return null;
  const out: Row = {};
  for (const key of keys) {
    if (skipped.has(key)) continue;
    out[key] = redacted.has(key) ? '[redacted]' : normalise(row[key]);
  }
  return out;
}

/** Relations become their primary key, dates ISO strings: the log stores plain JSON. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value && !Array.isArray(value)) return (value as { id: unknown }).id;
  return value ?? null;
}

/** The network an entity belongs to, so that the log can be read per network. */
function networkOf(changeSet: ChangeSet<object>): string | null {
  const entity = changeSet.entity as Row;
  if (changeSet.name === 'Network') return (entity.id as string) ?? null;
  const direct = entity.network ?? entity.homeNetwork;
  if (direct) return normalise(direct) as string;
  const synergy = entity.synergy ? (Reference.unwrapReference(entity.synergy as object) as Row) : null;
  if (synergy?.network) return normalise(synergy.network) as string;
  // Parts (of a joint action, a mission or an assessment) belong to their whole's network.
  for (const whole of ['jointAction', 'mission', 'assessment'] as const) {
    const parent = entity[whole] ? (Reference.unwrapReference(entity[whole] as object) as Row) : null;
    if (parent?.network) return normalise(parent.network) as string;
  }
  return null;
}

/**
 * Writes an AuditEntry for every insert, update and delete in the same flush
 * (so in the same transaction): a change cannot land without its record.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    const { uow, em } = args;
    const actor = currentAuditActor();
    for (const changeSet of uow.getChangeSets()) {
      if (unaudited.has(changeSet.name)) continue;
      const payloadKeys = Object.keys(changeSet.payload ?? {});
      const original = (changeSet.originalEntity ?? undefined) as Row | undefined;
      const entity = changeSet.entity as Row;
      let action: AuditEntry['action'];
      let before: Row | null = null;
      let after: Row | null = null;
      if (changeSet.type === ChangeSetType.CREATE) {
        action = 'CREATE';
        after = clean(entity, Object.keys(changeSet.payload ?? {}));
      } else if (changeSet.type === ChangeSetType.UPDATE) {
        action = 'UPDATE';
        const keys = payloadKeys.filter((key) => !skipped.has(key));
        if (keys.length === 0) continue;
        before = clean(original, keys);
        after = clean(entity, keys);
      } else if (changeSet.type === ChangeSetType.DELETE) {
        action = 'DELETE';
        before = clean(original ?? entity, Object.keys(original ?? entity));
      } else {
        continue;
      }
      const entry = em.create(
        AuditEntry,
        {
          actorId: actor.userId,
          networkId: networkOf(changeSet),
          action,
          entityType: changeSet.name,
          entityId: String(entity.id),
          before,
          after,
        },
        { persist: false },
      );
      uow.computeChangeSet(entry);
    }
  }
}
