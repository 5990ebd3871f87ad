import { ChangeSetType, type ChangeSet, type EventArgs, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { ParticipantCell } from '../activities/participant-counts.rules.ts';
import { mergeDeltas, rollupDelta, type RollupRow, type RollupSource } from './participation-rollup.rules.ts';
import { addToRollup } from './participation-rollup.store.ts';

type Row = Record<string, unknown>;

/** A relation as its id, whether the entity, a reference or (in a snapshot) the id itself. */
const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return String((value as { id: unknown }).id);
};

/** A JSON property: the entity holds the value, its snapshot (the row before a write) the JSON text. */
const jsonOf = <T>(value: unknown, empty: T): T => (value === null || value === undefined ? empty : typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

function sourceOf(row: Row): RollupSource {
  return {
    networkId: idOf(row.network)!,
    synergyId: idOf(row.synergy),
    status: row.status as string,
    startDate: row.startDate as string,
    type: row.type as string,
    branches: jsonOf<string[]>(row.branches, []),
    country: row.country as string,
    genderScore: Number(row.genderScore ?? 0),
    participantCells: jsonOf<ParticipantCell[]>(row.participantCells, []),
    participantsTotal: Number(row.participantsTotal ?? 0),
    participantsWomen: Number(row.participantsWomen ?? 0),
    participantsYouth: Number(row.participantsYouth ?? 0),
    participantsMen: Number(row.participantsMen ?? 0),
    participantsOther: Number(row.participantsOther ?? 0),
    participantsNotRecorded: Number(row.participantsNotRecorded ?? 0),
  };
}

const isActivity = (changeSet: ChangeSet<object> | undefined) => changeSet?.name === 'Activity';

/**
 * Keeps the participation rollup in step with every activity write, whatever
 * path it takes (services, demo loader, test builders): `onFlush` computes the
 * flush's delta from the change sets (the row before, from the snapshot, and
 * after), and the first activity write of the flush adds it in the same
 * transaction, so an activity never lands without its counts, nor counts
 * without it.
 */
export class ParticipationRollupSubscriber implements EventSubscriber {
  private readonly pending = new WeakMap<object, RollupRow[]>();

  onFlush({ em, uow }: FlushEventArgs): void {
    this.pending.delete(em);
    const deltas: RollupRow[][] = [];
    for (const changeSet of uow.getChangeSets()) {
      if (!isActivity(changeSet)) continue;
      const before = changeSet.type === ChangeSetType.CREATE ? null : sourceOf((changeSet.originalEntity ?? changeSet.entity) as Row);
      const after = changeSet.type === ChangeSetType.DELETE ? null : sourceOf(changeSet.entity as Row);
      deltas.push(rollupDelta(before, after));
    }
    const rows = mergeDeltas(deltas);
    if (rows.length) this.pending.set(em, rows);
  }

  private async apply({ em, changeSet }: EventArgs<object>): Promise<void> {
    if (!isActivity(changeSet)) return;
    const rows = this.pending.get(em);
    if (!rows) return;
    this.pending.delete(em);
    await addToRollup(em as EntityManager, rows);
  }

  afterCreate = (args: EventArgs<object>) => this.apply(args);
  afterUpdate = (args: EventArgs<object>) => this.apply(args);
  afterDelete = (args: EventArgs<object>) => this.apply(args);
}
