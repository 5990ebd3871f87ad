import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Activity } from './activity.entity.ts';
import { canMoveTo, type WorkStatus } from './activity-status.rules.ts';
import { validateGenderMarker, type GenderMarker } from './gender-marker.rules.ts';
import { validateParticipantCells, type ParticipantCell } from './participant-counts.rules.ts';
import { subTypesOf, type ActivitySubType, type ActivityType } from './activity.vocabulary.ts';
import {
  changeActivityStatusSchema,
  createActivitySchema,
  deleteActivitySchema,
  updateActivitySchema,
  type ChangeActivityStatusInput,
  type CreateActivityInput,
  type DeleteActivityInput,
  type UpdateActivityInput,
} from './activity.schemas.ts';
import { activityFilterWhere, activityOrderBy, visibleActivitiesWhere } from './activity.queries.ts';
import type { ActivityFilter, ActivityOrder } from './activity.filter.ts';
import { assignGenderMarker, assignParticipants, genderMarkerFromInput, genderMarkerOf, normaliseCells, notTargeted } from './activity.values.ts';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { User } from '../users/user.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import { can, type Actor, type Subject } from '../permissions/permissions.rules.ts';
import { commit, type DomainContext } from '../shared/context.ts';
import { conflict, fail, forbidden, notFound, ok, staleVersion, validationError, type Result, type UserError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { checkPageArgs, findPage, type Page, type PageArgs } from '../shared/pagination.ts';
import type { JoinedFields } from '../shared/read-only-entities.ts';

/** The synergies a partner currently belongs to, for the permission rules. */
async function currentSynergyIds(em: EntityManager, partnerId: string): Promise<string[]> {
  const memberships = await em.find(SynergyMembership, { partner: partnerId, ...currentMembershipWhere() }, { fields: ['synergy'] });
  return memberships.map((membership) => membership.synergy.id);
}

type ActivityFacts = Pick<Activity, 'network' | 'partner' | 'synergy'>;

/**
 * The permission subject of an activity, given its partner's current synergies:
 * those and the synergy it is reported under.
 */
export function activitySubjectFrom(activity: ActivityFacts, partnerSynergyIds: readonly string[]): Subject {
  const synergyIds = [...partnerSynergyIds];
  if (activity.synergy && !synergyIds.includes(activity.synergy.id)) synergyIds.push(activity.synergy.id);
  return { kind: 'Activity', networkId: activity.network.id, partnerId: activity.partner.id, synergyIds };
}

/** The permission subject of a stored activity, reading its partner's current synergies. */
export async function activitySubject(em: EntityManager, activity: ActivityFacts): Promise<Subject> {
  return activitySubjectFrom(activity, await currentSynergyIds(em, activity.partner.id));
}

/** One activity, or null when it does not exist or the actor may not see it. */
export async function findActivity(ctx: DomainContext, id: string): Promise<Activity | null> {
  if (!ctx.actor) return null;
  const activity = await ctx.em.findOne(Activity, { id });
  if (!activity) return null;
  return can(ctx.actor, 'read', await activitySubject(ctx.em, activity)) ? activity : null;
}

/** Activities the actor may see, filtered and ordered, a page at a time. */
export async function listActivities(
  ctx: DomainContext,
  filter: ActivityFilter | null | undefined,
  order: ActivityOrder | null | undefined,
  page: PageArgs,
  /** The properties the caller reads (`FindPageOptions.fields`); every one when absent. */
  fields?: readonly (keyof Activity & string)[],
  /** Of the relations joined to the page, the properties the caller reads (`FindPageOptions.joinedFields`). */
  joinedFields?: JoinedFields,
): Promise<Page<Activity>> {
  const { first, after } = checkPageArgs(page);
  if (!ctx.actor) return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const where = { $and: [visibleActivitiesWhere(ctx.em, ctx.actor), activityFilterWhere(ctx.em, filter ?? {})] };
  // Partner and synergy come joined to the page (no statement of their own): every list shows them, and loading
  // them up front keeps the statement count of a request independent of when nested loaders happen to fire.
  return findPage(ctx.em, Activity, where, { first, after, orderBy: activityOrderBy(order), populate: ['partner', 'synergy'], fields, joinedFields });
}

/** What the actor may do with an activity, from the same facts the mutations check (deleting only while planned). */
export function activityPermissions(actor: Actor | null, activity: Activity, subject: Subject): { update: boolean; delete: boolean } {
  return { update: can(actor, 'update', subject), delete: activity.status === 'PLANNED' && can(actor, 'delete', subject) };
}

/** The fields of an activity as they will be after a create or an update, checked together. */
type Draft = {
  type: ActivityType;
  subType: ActivitySubType | null;
  startDate: string;
  endDate: string;
  status: WorkStatus;
  cells: ParticipantCell[];
  genderMarker: GenderMarker;
};

/** The rules that span fields; every problem is reported at once, each naming its field. */
function draftErrors(draft: Draft, network: Network): UserError[] {
  const errors: UserError[] = [];
  const allowedSubTypes = subTypesOf[draft.type];
  if (allowedSubTypes && !draft.subType) {
    errors.push(validationError(['subType'], `subType: a ${draft.type} activity needs a sub-type: ${allowedSubTypes.join(', ')}`));
  } else if (draft.subType && !allowedSubTypes?.includes(draft.subType)) {
    errors.push(
      validationError(
        ['subType'],
        allowedSubTypes
          ? `subType: ${draft.subType} is not a sub-type of ${draft.type}; use one of ${allowedSubTypes.join(', ')}`
          : `subType: a ${draft.type} activity has no sub-type`,
      ),
    );
  }
  if (draft.endDate < draft.startDate) {
    errors.push(validationError(['endDate'], `endDate: the last day (${draft.endDate}) is before the first (${draft.startDate})`));
  }
  const cellErrors = validateParticipantCells(draft.cells, network.ageBands);
  errors.push(...cellErrors);
  if (cellErrors.length === 0 && draft.status === 'COMPLETED' && !draft.cells.some((cell) => cell.count > 0)) {
    errors.push(validationError(['participants'], 'participants: a completed activity must say how many people took part'));
  }
  errors.push(...validateGenderMarker(draft.genderMarker));
  return errors;
}

/**
 * The synergy an activity is reported under: the one given, which the partner
 * must belong to on the start date, or by default the partner's only synergy
 * on that date.
 */
async function synergyFor(
  em: EntityManager,
  partner: Partner,
  synergyId: string | null | undefined,
  startDate: string,
): Promise<Result<Synergy | null>> {
  const memberships = await em.find(
    SynergyMembership,
    { partner: partner.id, since: { $lte: startDate }, $or: [{ until: null }, { until: { $gte: startDate } }] },
    { populate: ['synergy'], strategy: 'joined' },
  );
  if (synergyId === null) return ok(null);
  if (synergyId === undefined) return ok(memberships.length === 1 ? memberships[0]!.synergy.getEntity() : null);
  const membership = memberships.find((candidate) => candidate.synergy.id === synergyId);
  if (membership) return ok(membership.synergy.getEntity());
  // Not a membership on that date: say whether the synergy exists at all.
  const synergy = await em.findOne(Synergy, { id: synergyId, network: partner.network.id });
  if (!synergy) return fail(notFound('The synergy', ['synergyId']));
  if (!memberships.some((membership) => membership.synergy.id === synergy.id)) {
    return fail(validationError(['synergyId'], `synergyId: ${partner.name} was not a member of ${synergy.name} on ${startDate}`));
  }
  return ok(synergy);
}

/** Records an activity for a partner (its editors, its synergies' coordinators, network admins). */
export async function createActivity(ctx: DomainContext, input: CreateActivityInput): Promise<Result<Activity>> {
  const parsed = parseInput(createActivitySchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const partner = await ctx.em.findOne(Partner, { id: data.partnerId }, { populate: ['network'], strategy: 'joined' });
  if (!partner) return fail(notFound('The partner', ['partnerId']));
  const network = partner.network.getEntity();
  const subject: Subject = { kind: 'Activity', networkId: network.id, partnerId: partner.id, synergyIds: await currentSynergyIds(ctx.em, partner.id) };
  if (!can(ctx.actor, 'create', subject)) {
    return fail(
      can(ctx.actor, 'read', subject)
        ? forbidden(`You may not record activities for ${partner.name}.`, ['partnerId'])
        : notFound('The partner', ['partnerId']),
    );
  }
  const draft: Draft = {
    type: data.type,
    subType: data.subType,
    startDate: data.startDate,
    endDate: data.endDate ?? data.startDate,
    status: data.status,
    cells: data.participants,
    genderMarker: data.genderMarker ? genderMarkerFromInput(data.genderMarker) : notTargeted(),
  };
  const errors = draftErrors(draft, network);
  const synergy = await synergyFor(ctx.em, partner, data.synergyId, draft.startDate);
  if (!synergy.ok) errors.push(...synergy.errors);
  if (errors.length || !synergy.ok) return fail(...errors);
  const actorUser = ctx.actor ? ctx.em.getReference(User, ctx.actor.userId) : null;
  const activity = ctx.em.create(Activity, {
    network,
    partner,
    synergy: synergy.value,
    type: draft.type,
    subType: draft.subType,
    title: data.title,
    description: data.description,
    startDate: draft.startDate,
    endDate: draft.endDate,
    country: data.country ?? partner.country,
    place: data.place,
    branches: data.branches,
    workerCategories: data.workerCategories,
    informalSectors: data.informalSectors,
    status: draft.status,
    participantCells: [],
    genderCriteria: [],
    createdBy: actorUser,
    updatedBy: actorUser,
  });
  assignParticipants(activity, normaliseCells(draft.cells, network.ageBands), network.ageBands);
  assignGenderMarker(activity, draft.genderMarker);
  return commit(ctx, activity);
}

/** Loads an activity for a change, checking that the actor may make it and that `version` is current. */
async function activityForChange(ctx: DomainContext, id: string, version: number, action: 'update' | 'delete'): Promise<Result<Activity>> {
  const activity = await ctx.em.findOne(Activity, { id }, { populate: ['network', 'partner'] });
  if (!activity) return fail(notFound('The activity', ['id']));
  const subject = await activitySubject(ctx.em, activity);
  if (!can(ctx.actor, action, subject)) {
    return fail(
      can(ctx.actor, 'read', subject)
        ? forbidden(`You may not ${action === 'delete' ? 'delete' : 'change'} this activity.`, ['id'])
        : notFound('The activity', ['id']),
    );
  }
  const stale = staleVersion(activity.version, version, 'This activity');
  return stale ? fail(stale) : ok(activity);
}

/** Changes the fields given; the whole result is checked as on create. A stale `version` changes nothing. */
export async function updateActivity(ctx: DomainContext, input: UpdateActivityInput): Promise<Result<Activity>> {
  const parsed = parseInput(updateActivitySchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, synergyId, participants, genderMarker, ...fields } = parsed.value;
  const found = await activityForChange(ctx, id, version, 'update');
  if (!found.ok) return found;
  const activity = found.value;
  const network = activity.network.getEntity();
  const draft: Draft = {
    type: fields.type ?? activity.type,
    subType: fields.subType !== undefined ? fields.subType : (activity.subType ?? null),
    startDate: fields.startDate ?? activity.startDate,
    endDate: fields.endDate ?? activity.endDate,
    status: activity.status,
    cells: participants ?? activity.participantCells,
    genderMarker: genderMarker ? genderMarkerFromInput(genderMarker) : genderMarkerOf(activity),
  };
  // Changing the type to one without sub-types drops the old sub-type rather than failing on it.
  if (fields.type && fields.subType === undefined && !subTypesOf[fields.type]) draft.subType = null;
  const errors = draftErrors(draft, network);
  const datesMoved = fields.startDate !== undefined && fields.startDate !== activity.startDate;
  let synergy: Synergy | null | undefined;
  if (synergyId !== undefined || (datesMoved && activity.synergy)) {
    const partner = activity.partner.getEntity();
    const resolved = await synergyFor(ctx.em, partner, synergyId === undefined ? activity.synergy?.id : synergyId, draft.startDate);
    if (resolved.ok) synergy = resolved.value;
    else errors.push(...resolved.errors);
  }
  if (errors.length) return fail(...errors);
  const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  ctx.em.assign(activity, { ...changes, subType: draft.subType, endDate: draft.endDate });
  if (synergy !== undefined) activity.synergy = synergy ? ref(synergy) : null;
  if (participants) assignParticipants(activity, normaliseCells(participants, network.ageBands), network.ageBands);
  if (genderMarker) assignGenderMarker(activity, draft.genderMarker);
  if (ctx.actor) activity.updatedBy = ctx.em.getReference(User, ctx.actor.userId, { wrapped: true });
  return commit(ctx, activity);
}

/** Moves an activity along PLANNED → ONGOING → COMPLETED (or CANCELLED); completing needs participants. */
export async function changeActivityStatus(ctx: DomainContext, input: ChangeActivityStatusInput): Promise<Result<Activity>> {
  const parsed = parseInput(changeActivityStatusSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, status } = parsed.value;
  const found = await activityForChange(ctx, id, version, 'update');
  if (!found.ok) return found;
  const activity = found.value;
  if (activity.status === status) return ok(activity);
  if (!canMoveTo(activity.status, status)) {
    return fail(
      validationError(
        ['status'],
        activity.status === 'COMPLETED' || activity.status === 'CANCELLED'
          ? `status: this activity is ${activity.status}, which is final`
          : `status: a ${activity.status} activity cannot become ${status}`,
      ),
    );
  }
  if (status === 'COMPLETED' && activity.participantsTotal === 0) {
    return fail(validationError(['status'], 'status: record how many people took part before marking the activity COMPLETED'));
  }
  activity.status = status;
  if (ctx.actor) activity.updatedBy = ctx.em.getReference(User, ctx.actor.userId, { wrapped: true });
  return commit(ctx, activity);
}

/** Deletes a planned activity. Work that started or ended is cancelled instead, so its record stays. */
export async function deleteActivity(ctx: DomainContext, input: DeleteActivityInput): Promise<Result<string>> {
  const parsed = parseInput(deleteActivitySchema, input);
  if (!parsed.ok) return parsed;
  const found = await activityForChange(ctx, parsed.value.id, parsed.value.version, 'delete');
  if (!found.ok) return found;
  const activity = found.value;
  if (activity.status !== 'PLANNED') {
    return fail(
      conflict(
        `Only planned activities can be deleted; this one is ${activity.status}.${activity.status === 'ONGOING' ? ' Cancel it instead: the record stays.' : ''}`,
        ['id'],
      ),
    );
  }
  ctx.em.remove(activity);
  const result = await commit(ctx, activity.id);
  return result;
}

export type { ActivityFilter, ActivityOrder };
