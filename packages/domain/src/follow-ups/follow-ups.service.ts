import type { EntityManager } from '@mikro-orm/knex';
import { FollowUpAction } from './follow-up-action.entity.ts';
import {
  addFollowUpActionSchema,
  removeFollowUpActionSchema,
  updateFollowUpActionSchema,
  type AddFollowUpActionInput,
  type RemoveFollowUpActionInput,
  type UpdateFollowUpActionInput,
} from './follow-up.schemas.ts';
import { mayOwnFollowUp, nextFollowUpState } from './follow-up.rules.ts';
import { followUpFilterWhere, followUpOrderBy, visibleFollowUpsWhere, type FollowUpActionFilter } from './follow-up.queries.ts';
import { CapacityBuildingMission, MissionTarget } from '../missions/mission.entity.ts';
import { missionSubject } from '../missions/mission.subject.ts';
import { Partner } from '../partners/partner.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { User } from '../users/user.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import { can, type Actor, type Subject } from '../permissions/permissions.rules.ts';
import { commit, type DomainContext } from '../shared/context.ts';
import { fail, forbidden, notFound, ok, staleVersion, validationError, type Result, type UserError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { checkPageArgs, pageFromCursor, type Page, type PageArgs } from '../shared/pagination.ts';
import { todayIso } from '../shared/dates.ts';

type MissionFacts = Pick<CapacityBuildingMission, 'network' | 'organiserSynergy'>;

/** The permission subject of a follow-up: its mission's organiser, its owner partner and that partner's current synergies. */
export const followUpSubjectFrom = (mission: MissionFacts, ownerPartnerId: string, ownerSynergyIds: readonly string[]): Subject & { kind: 'FollowUpAction' } => ({
  kind: 'FollowUpAction',
  networkId: mission.network.id,
  organiserSynergyId: mission.organiserSynergy?.id ?? null,
  partnerId: ownerPartnerId,
  synergyIds: [...new Set(ownerSynergyIds)],
});

const currentSynergyIdsOf = async (em: EntityManager, partnerId: string): Promise<string[]> =>
  (await em.find(SynergyMembership, { partner: partnerId, ...currentMembershipWhere() }, { fields: ['synergy'] })).map((row) => row.synergy.id);

/** The permission subject of a stored follow-up. */
export async function followUpSubject(em: EntityManager, action: FollowUpAction, mission: MissionFacts): Promise<Subject & { kind: 'FollowUpAction' }> {
  return followUpSubjectFrom(mission, action.ownerPartner.id, await currentSynergyIdsOf(em, action.ownerPartner.id));
}

/** What the actor may do with a follow-up: follow-ups stay editable after an approved review (following up comes after). */
export const followUpPermissions = (actor: Actor | null, subject: Subject & { kind: 'FollowUpAction' }) => ({
  update: can(actor, 'update', subject),
  delete: can(actor, 'delete', subject),
});

/** One follow-up, or null when it does not exist or the actor may not see it (the same rule as the list, in SQL). */
export async function findFollowUpAction(ctx: DomainContext, id: string): Promise<FollowUpAction | null> {
  if (!ctx.actor) return null;
  return ctx.em.findOne(FollowUpAction, { $and: [{ id }, visibleFollowUpsWhere(ctx.em, ctx.actor)] }, { populate: ['mission'] });
}

/** Follow-ups the actor may see, filtered, by due date, a page at a time. */
export async function listFollowUpActions(ctx: DomainContext, filter: FollowUpActionFilter | null | undefined, page: PageArgs): Promise<Page<FollowUpAction>> {
  const { first, after } = checkPageArgs(page);
  const where = ctx.actor ? { $and: [visibleFollowUpsWhere(ctx.em, ctx.actor), followUpFilterWhere(ctx.em, filter ?? {})] } : null;
  if (!where) return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const cursor = await ctx.em.findByCursor(FollowUpAction, where, { first, after, orderBy: { ...followUpOrderBy }, includeCount: true, populate: ['mission'] });
  return pageFromCursor(cursor, Boolean(after));
}

/** Checks that the partner may own the mission's follow-ups; the error names `ownerPartnerId`. */
async function ownerErrors(em: EntityManager, mission: CapacityBuildingMission, partnerId: string): Promise<{ errors: UserError[]; partner: Partner | null; synergyIds: string[] }> {
  const partner = await em.findOne(Partner, { id: partnerId, network: mission.network.id });
  if (!partner) return { errors: [{ ...notFound('The partner', ['ownerPartnerId']), message: 'ownerPartnerId: no such partner in this network' }], partner: null, synergyIds: [] };
  const targets = await em.find(MissionTarget, { mission: mission.id }, { fields: ['synergy', 'partner'] });
  const synergyIds = await currentSynergyIdsOf(em, partnerId);
  const missionSynergyIds = targets.flatMap((target) => (target.synergy ? [target.synergy.id] : []));
  if (mission.organiserSynergy) missionSynergyIds.push(mission.organiserSynergy.id);
  const allowed = mayOwnFollowUp(partnerId, {
    targetPartnerIds: targets.flatMap((target) => (target.partner ? [target.partner.id] : [])),
    missionSynergyIds,
    partnerSynergyIds: synergyIds,
  });
  const errors = allowed
    ? []
    : [validationError(['ownerPartnerId'], `ownerPartnerId: ${partner.name} is neither a target partner of this mission nor a current member of a target or organising synergy`)];
  return { errors, partner, synergyIds };
}

/** Adds a follow-up action to a mission (its organiser: the organising synergy's coordinators, or network admins). */
export async function addFollowUpAction(ctx: DomainContext, input: AddFollowUpActionInput): Promise<Result<FollowUpAction>> {
  const parsed = parseInput(addFollowUpActionSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const mission = await ctx.em.findOne(CapacityBuildingMission, { id: data.missionId });
  if (!mission) return fail(notFound('The mission', ['missionId']));
  if (!can(ctx.actor, 'create', followUpSubjectFrom(mission, data.ownerPartnerId, []))) {
    const readable = can(ctx.actor, 'read', await missionSubject(ctx.em, mission));
    return fail(readable ? forbidden('Only the mission’s organiser adds follow-up actions.', ['missionId']) : notFound('The mission', ['missionId']));
  }
  const owner = await ownerErrors(ctx.em, mission, data.ownerPartnerId);
  if (owner.errors.length) return fail(...owner.errors);
  const action = ctx.em.create(FollowUpAction, {
    mission,
    ownerPartner: owner.partner!,
    description: data.description,
    dueDate: data.dueDate,
    status: 'OPEN',
    createdBy: ctx.actor ? ctx.em.getReference(User, ctx.actor.userId, { wrapped: true }) : null,
  });
  return commit(ctx, action);
}

/** Loads a follow-up for a change: found, visible, allowed, current version. */
async function followUpForChange(ctx: DomainContext, id: string, version: number, action: 'update' | 'delete'): Promise<Result<{ followUp: FollowUpAction; mission: CapacityBuildingMission }>> {
  const followUp = await ctx.em.findOne(FollowUpAction, { id }, { populate: ['mission'] });
  if (!followUp) return fail(notFound('The follow-up action', ['id']));
  const mission = followUp.mission.getEntity();
  if (!can(ctx.actor, action, await followUpSubject(ctx.em, followUp, mission))) {
    const visible = await findFollowUpAction(ctx, id);
    return fail(visible ? forbidden(`You may not ${action === 'delete' ? 'remove' : 'change'} this follow-up action.`, ['id']) : notFound('The follow-up action', ['id']));
  }
  const stale = staleVersion(followUp.version, version, 'This follow-up action');
  return stale ? fail(stale) : ok({ followUp, mission });
}

/** Changes a follow-up or reports on it (status, done date, reason, evidence); an approved review does not lock it. */
export async function updateFollowUpAction(ctx: DomainContext, input: UpdateFollowUpActionInput): Promise<Result<FollowUpAction>> {
  const parsed = parseInput(updateFollowUpActionSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, ownerPartnerId, status, doneOn, droppedReason, ...fields } = parsed.value;
  const found = await followUpForChange(ctx, id, version, 'update');
  if (!found.ok) return found;
  const { followUp, mission } = found.value;
  const errors: UserError[] = [];
  const next = nextFollowUpState(
    { status: followUp.status, doneOn: followUp.doneOn ?? null, droppedReason: followUp.droppedReason ?? null },
    { status, doneOn, droppedReason },
    todayIso(),
  );
  if (!next.ok) errors.push(...next.errors);
  let owner: Partner | null = null;
  if (ownerPartnerId !== undefined && ownerPartnerId !== followUp.ownerPartner.id) {
    const checked = await ownerErrors(ctx.em, mission, ownerPartnerId);
    errors.push(...checked.errors);
    owner = checked.partner;
    // Handing it to another partner must stay within what the actor may change.
    if (!checked.errors.length && !can(ctx.actor, 'update', followUpSubjectFrom(mission, ownerPartnerId, checked.synergyIds))) {
      errors.push(forbidden('ownerPartnerId: you may not hand this follow-up to that partner.', ['ownerPartnerId']));
    }
  }
  if (errors.length || !next.ok) return fail(...errors);
  ctx.em.assign(followUp, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
  ctx.em.assign(followUp, next.state);
  if (owner) followUp.ownerPartner = ctx.em.getReference(Partner, owner.id, { wrapped: true });
  return commit(ctx, followUp);
}

/** Removes a follow-up (the mission's organiser). */
export async function removeFollowUpAction(ctx: DomainContext, input: RemoveFollowUpActionInput): Promise<Result<string>> {
  const parsed = parseInput(removeFollowUpActionSchema, input);
  if (!parsed.ok) return parsed;
  const found = await followUpForChange(ctx, parsed.value.id, parsed.value.version, 'delete');
  if (!found.ok) return found;
  ctx.em.remove(found.value.followUp);
  return commit(ctx, parsed.value.id);
}

/**
 * The follow-ups of each mission the actor may see, by due date, in one SQL
 * statement however many missions (`CapacityBuildingMission.followUps`).
 */
export async function followUpsOfMissions(ctx: DomainContext, missionIds: readonly string[]): Promise<Map<string, FollowUpAction[]>> {
  const groups = new Map<string, FollowUpAction[]>(missionIds.map((id) => [id, []]));
  if (!ctx.actor || missionIds.length === 0) return groups;
  const rows = await ctx.em.find(
    FollowUpAction,
    { $and: [{ mission: { $in: [...new Set(missionIds)] } }, visibleFollowUpsWhere(ctx.em, ctx.actor)] },
    { orderBy: { ...followUpOrderBy } },
  );
  for (const row of rows) groups.get(row.mission.id)?.push(row);
  return groups;
}

export type { FollowUpActionFilter };
