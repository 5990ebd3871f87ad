import type { EntityManager } from '@mikro-orm/knex';
import { CapacityBuildingMission, MissionTarget } from './mission.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import { can, type Actor, type Subject } from '../permissions/permissions.rules.ts';
import { missionIsLocked } from '../capacity-building-reviews/review.rules.ts';

type SubjectFacts = Pick<CapacityBuildingMission, 'network' | 'organiserSynergy'>;

/**
 * The permission subject of a mission from its targets: the organiser, the
 * target synergies and the target partners' current synergies may read it.
 */
export function missionSubjectFrom(
  mission: SubjectFacts,
  targets: { synergyIds: readonly string[]; partnerIds: readonly string[]; partnerSynergyIds: readonly string[] },
): Subject & { kind: 'Mission' } {
  const synergyIds = new Set([...targets.synergyIds, ...targets.partnerSynergyIds]);
  if (mission.organiserSynergy) synergyIds.add(mission.organiserSynergy.id);
  return {
    kind: 'Mission',
    networkId: mission.network.id,
    organiserSynergyId: mission.organiserSynergy?.id ?? null,
    synergyIds: [...synergyIds],
    partnerIds: [...new Set(targets.partnerIds)],
  };
}

/** The permission subject of a stored mission (two indexed reads: its targets, their partners' current memberships). */
export async function missionSubject(em: EntityManager, mission: SubjectFacts & { id: string }): Promise<Subject & { kind: 'Mission' }> {
  const targets = await em.find(MissionTarget, { mission: mission.id }, { fields: ['synergy', 'partner'] });
  const partnerIds = targets.flatMap((target) => (target.partner ? [target.partner.id] : []));
  const memberships = partnerIds.length
    ? await em.find(SynergyMembership, { partner: { $in: partnerIds }, ...currentMembershipWhere() }, { fields: ['synergy'] })
    : [];
  return missionSubjectFrom(mission, {
    synergyIds: targets.flatMap((target) => (target.synergy ? [target.synergy.id] : [])),
    partnerIds,
    partnerSynergyIds: memberships.map((membership) => membership.synergy.id),
  });
}

/** The subject a review of this mission is checked against: reviewers and admins write it, the mission's synergies read it. */
export const reviewSubjectOfMission = (subject: Subject & { kind: 'Mission' }): Subject => ({
  kind: 'CapacityBuildingReview',
  networkId: subject.networkId,
  organiserSynergyId: subject.organiserSynergyId,
  synergyIds: subject.synergyIds,
});

/**
 * What the actor may do with a mission, from the same facts the mutations
 * check: no update while an approved review locks it, delete only while it
 * is planned and nobody reviews it.
 */
export function missionPermissions(
  actor: Actor | null,
  mission: Pick<CapacityBuildingMission, 'status' | 'reviewStatus'>,
  subject: Subject & { kind: 'Mission' },
): { update: boolean; delete: boolean; review: boolean } {
  return {
    update: !missionIsLocked(mission.reviewStatus) && can(actor, 'update', subject),
    delete: mission.status === 'PLANNED' && !mission.reviewStatus && can(actor, 'delete', subject),
    review: can(actor, 'create', reviewSubjectOfMission(subject)),
  };
}
