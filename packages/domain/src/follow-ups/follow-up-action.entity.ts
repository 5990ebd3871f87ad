import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { Partner } from '../partners/partner.entity.ts';
import { User } from '../users/user.entity.ts';
import { CapacityBuildingMission } from '../missions/mission.entity.ts';
import { followUpStatuses } from '../missions/capacity-building.vocabulary.ts';

/**
 * What a participating partner commits to do after a mission. Overdue is
 * derived: OPEN with a due date before today. It stays editable after the
 * mission's review is approved, because following up is what comes after.
 */
export const FollowUpAction = defineEntity({
  name: 'FollowUpAction',
  tableName: 'follow_up_action',
  indexes: [{ properties: ['mission', 'dueDate'] }, { properties: ['ownerPartner', 'dueDate'] }, { properties: ['dueDate'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    mission: () => p.manyToOne(CapacityBuildingMission).ref().deleteRule('cascade'),
    /** The partner that commits to it. */
    ownerPartner: () => p.manyToOne(Partner).ref(),
    description: p.text(),
    dueDate: p.date(),
    status: p.enum([...followUpStatuses]).default('OPEN'),
    /** When it was done (DONE). */
    doneOn: p.date().nullable(),
    /** Why it was dropped (DROPPED). */
    droppedReason: p.text().nullable(),
    evidence: p.text().nullable(),
    version: p.integer().version(),
    createdBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type FollowUpAction = InferEntity<typeof FollowUpAction>;
