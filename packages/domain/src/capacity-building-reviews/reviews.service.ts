import type { EntityManager } from '@mikro-orm/knex';
import { CapacityBuildingReview } from './capacity-building-review.entity.ts';
import {
  moveCapacityBuildingReviewSchema,
  startCapacityBuildingReviewSchema,
  updateCapacityBuildingReviewSchema,
  type MoveCapacityBuildingReviewInput,
  type StartCapacityBuildingReviewInput,
  type UpdateCapacityBuildingReviewInput,
} from './review.schemas.ts';
import { reviewFilterWhere, reviewOrderBy, visibleReviewsWhere, type CapacityBuildingReviewFilter } from './review.queries.ts';
import { canMakeReviewMove, reviewIsEditable, reviewMoves, reviewMovesFrom, type ReviewMove, type ReviewParty } from './review.rules.ts';
import { CapacityBuildingMission, MissionTarget } from '../missions/mission.entity.ts';
import { missionSubject, missionSubjectFrom, reviewSubjectOfMission } from '../missions/mission.subject.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import { can, holdsNetworkRole, type Actor, type Subject } from '../permissions/permissions.rules.ts';
import { actorRef, commit, type DomainContext } from '../shared/context.ts';
import { conflict, fail, forbidden, notFound, ok, staleVersion, validationError, type Result, type UserError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { checkPageArgs, pageFromCursor, type Page, type PageArgs } from '../shared/pagination.ts';

/**
 * The two subjects a review is checked against: the review itself (reviewers
 * and admins write it, the reviewed synergies read it) and what it reviews
 * (whoever may update it is the organiser who answers change requests).
 */
export type ReviewSubjects = { review: Subject; organiser: Subject };

/** The subjects of a synergy-year review: the synergy reads it, its coordinators answer it. */
const synergyYearSubjects = (networkId: string, synergyId: string): ReviewSubjects => ({
  review: { kind: 'CapacityBuildingReview', networkId, organiserSynergyId: synergyId, synergyIds: [synergyId] },
  organiser: { kind: 'Synergy', networkId, synergyId, partnerIds: [] },
});

type ReviewFacts = Pick<CapacityBuildingReview, 'id' | 'network' | 'mission' | 'synergy'>;

/**
 * The subjects of many reviews in three statements whatever their number
 * (the reviewed missions, their targets, the target partners' current
 * memberships), so lists and their `viewerMoves` stay batched.
 */
export async function reviewSubjectsOf(em: EntityManager, reviews: readonly ReviewFacts[]): Promise<Map<string, ReviewSubjects>> {
  const missionIds = [...new Set(reviews.flatMap((review) => (review.mission ? [review.mission.id] : [])))];
  const missions = missionIds.length ? await em.find(CapacityBuildingMission, { id: { $in: missionIds } }) : [];
  const targets = missionIds.length ? await em.find(MissionTarget, { mission: { $in: missionIds } }, { fields: ['mission', 'synergy', 'partner'] }) : [];
  const partnerIds = [...new Set(targets.flatMap((target) => (target.partner ? [target.partner.id] : [])))];
  const memberships = partnerIds.length
    ? await em.find(SynergyMembership, { partner: { $in: partnerIds }, ...currentMembershipWhere() }, { fields: ['partner', 'synergy'] })
    : [];
  const byId = new Map(missions.map((mission) => [mission.id, mission]));
  const subjects = new Map<string, ReviewSubjects>();
  for (const review of reviews) {
    const mission = review.mission ? byId.get(review.mission.id) : undefined;
    if (!mission) {
      if (review.synergy) subjects.set(review.id, synergyYearSubjects(review.network.id, review.synergy.id));
      continue;
    }
    const own = targets.filter((target) => target.mission.id === mission.id);
    const targetPartners = own.flatMap((target) => (target.partner ? [target.partner.id] : []));
    const subject = missionSubjectFrom(mission, {
      synergyIds: own.flatMap((target) => (target.synergy ? [target.synergy.id] : [])),
      partnerIds: targetPartners,
      partnerSynergyIds: memberships.filter((row) => targetPartners.includes(row.partner.id)).map((row) => row.synergy.id),
    });
    subjects.set(review.id, { review: reviewSubjectOfMission(subject), organiser: subject });
  }
  return subjects;
}

const reviewSubjects = async (em: EntityManager, review: ReviewFacts): Promise<ReviewSubjects | null> =>
  (await reviewSubjectsOf(em, [review])).get(review.id) ?? null;

/** Whether the actor is the party a move belongs to. */
function isParty(actor: Actor | null, party: ReviewParty, networkId: string, subjects: ReviewSubjects): boolean {
  switch (party) {
    case 'REVIEWER':
      return can(actor, 'update', subjects.review);
    case 'ORGANISER':
      return can(actor, 'update', subjects.organiser);
    case 'ADMIN':
      return holdsNetworkRole(actor, networkId, 'NETWORK_ADMIN');
  }
}

/** What the actor may do with a review now, from the same facts the mutations check. */
export function reviewPermissions(
  actor: Actor | null,
  review: Pick<CapacityBuildingReview, 'status' | 'network'>,
  subjects: ReviewSubjects,
): { moves: ReviewMove[]; edit: boolean } {
  return {
    moves: reviewMovesFrom(review.status).filter((move) => isParty(actor, reviewMoves[move].by, review.network.id, subjects)),
    edit: reviewIsEditable(review.status) && can(actor, 'update', subjects.review),
  };
}

/** One review, or null when it does not exist or the actor may not see it. */
export async function findCapacityBuildingReview(ctx: DomainContext, id: string): Promise<CapacityBuildingReview | null> {
  if (!ctx.actor) return null;
  const review = await ctx.em.findOne(CapacityBuildingReview, { id });
  if (!review) return null;
  const subjects = await reviewSubjects(ctx.em, review);
  return subjects && can(ctx.actor, 'read', subjects.review) ? review : null;
}

/** Reviews the actor may see, filtered, most recently changed first, a page at a time. */
export async function listCapacityBuildingReviews(
  ctx: DomainContext,
  filter: CapacityBuildingReviewFilter | null | undefined,
  page: PageArgs,
): Promise<Page<CapacityBuildingReview>> {
  const { first, after } = checkPageArgs(page);
  if (!ctx.actor) return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const where = { $and: [visibleReviewsWhere(ctx.em, ctx.actor), reviewFilterWhere(ctx.em, filter ?? {})] };
  const cursor = await ctx.em.findByCursor(CapacityBuildingReview, where, { first, after, orderBy: { ...reviewOrderBy }, includeCount: true });
  return pageFromCursor(cursor, Boolean(after));
}

/** The visible review of each mission (null when none or hidden), in one statement for all of them. */
export async function reviewOfMissions(ctx: DomainContext, missionIds: readonly string[]): Promise<Map<string, CapacityBuildingReview | null>> {
  const found = new Map<string, CapacityBuildingReview | null>(missionIds.map((id) => [id, null]));
  if (!ctx.actor || missionIds.length === 0) return found;
  const rows = await ctx.em.find(CapacityBuildingReview, { $and: [{ mission: { $in: [...missionIds] } }, visibleReviewsWhere(ctx.em, ctx.actor)] });
  for (const row of rows) found.set(row.mission!.id, row);
  return found;
}

/** The visible synergy-year reviews of each synergy, latest year first, in one statement for all of them. */
export async function reviewsOfSynergies(ctx: DomainContext, synergyIds: readonly string[]): Promise<Map<string, CapacityBuildingReview[]>> {
  const found = new Map<string, CapacityBuildingReview[]>(synergyIds.map((id) => [id, []]));
  if (!ctx.actor || synergyIds.length === 0) return found;
  const rows = await ctx.em.find(
    CapacityBuildingReview,
    { $and: [{ synergy: { $in: [...synergyIds] } }, visibleReviewsWhere(ctx.em, ctx.actor)] },
    { orderBy: { year: 'desc', id: 'asc' } },
  );
  for (const row of rows) found.get(row.synergy!.id)?.push(row);
  return found;
}

/** Which of missionId and synergyId + year were given; the first error names the field to fix. */
function targetErrors(data: { missionId: string | null; synergyId: string | null; year: number | null }): UserError[] {
  if (data.missionId && (data.synergyId || data.year !== null)) {
    return [validationError(['missionId'], 'missionId: give either missionId or synergyId and year, not both')];
  }
  if (data.missionId) return [];
  if (!data.synergyId && data.year === null) {
    return [validationError(['missionId'], 'missionId: give the mission to review, or synergyId and year for a synergy-year review')];
  }
  if (!data.synergyId) return [validationError(['synergyId'], 'synergyId: a year is reviewed for a synergy; give synergyId')];
  if (data.year === null) return [validationError(['year'], 'year: give the year of the synergy to review')];
  return [];
}

/** Starts a review in DRAFT with the actor as reviewer (network reviewers and admins); one per mission and per synergy and year. */
export async function startCapacityBuildingReview(ctx: DomainContext, input: StartCapacityBuildingReviewInput): Promise<Result<CapacityBuildingReview>> {
  const parsed = parseInput(startCapacityBuildingReviewSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const errors = targetErrors(data);
  if (errors.length) return fail(...errors);
  const who = actorRef(ctx);
  if (data.missionId) {
    const mission = await ctx.em.findOne(CapacityBuildingMission, { id: data.missionId });
    if (!mission) return fail(notFound('The mission', ['missionId']));
    const subject = await missionSubject(ctx.em, mission);
    if (!can(ctx.actor, 'create', reviewSubjectOfMission(subject))) {
      return fail(can(ctx.actor, 'read', subject) ? forbidden('Only network reviewers and admins review missions.', ['missionId']) : notFound('The mission', ['missionId']));
    }
    if (await ctx.em.count(CapacityBuildingReview, { mission: mission.id })) {
      return fail(conflict(`"${mission.title}" already has a review; open it instead of starting another.`, ['missionId']));
    }
    const review = ctx.em.create(CapacityBuildingReview, { network: mission.network, mission, reviewer: who, status: 'DRAFT' });
    // The mission mirrors its review's status in the same flush, so lists filter on it and the lock is one check.
    mission.reviewStatus = 'DRAFT';
    return commit(ctx, review, `"${mission.title}" already has a review.`);
  }
  const synergy = await ctx.em.findOne(Synergy, { id: data.synergyId! });
  if (!synergy) return fail(notFound('The synergy', ['synergyId']));
  const subjects = synergyYearSubjects(synergy.network.id, synergy.id);
  if (!can(ctx.actor, 'create', subjects.review)) {
    return fail(
      can(ctx.actor, 'read', subjects.review)
        ? forbidden('Only network reviewers and admins review a synergy’s year.', ['synergyId'])
        : notFound('The synergy', ['synergyId']),
    );
  }
  if (await ctx.em.count(CapacityBuildingReview, { synergy: synergy.id, year: data.year })) {
    return fail(conflict(`${synergy.name} already has a review of ${data.year}; open it instead of starting another.`, ['year']));
  }
  const review = ctx.em.create(CapacityBuildingReview, { network: synergy.network, synergy, year: data.year, reviewer: who, status: 'DRAFT' });
  return commit(ctx, review, `${synergy.name} already has a review of ${data.year}.`);
}

/**
 * Loads a review for a change: not found when the actor may not read it,
 * then the caller's permission check, then the version.
 */
async function reviewForChange(
  ctx: DomainContext,
  id: string,
): Promise<Result<{ review: CapacityBuildingReview; subjects: ReviewSubjects }>> {
  const review = await ctx.em.findOne(CapacityBuildingReview, { id }, { populate: ['mission'] });
  const subjects = review && (await reviewSubjects(ctx.em, review));
  if (!review || !subjects || !can(ctx.actor, 'read', subjects.review)) return fail(notFound('The review', ['id']));
  return ok({ review, subjects });
}

/** Changes the ratings, comments and recommendation given (the reviewer, while DRAFT or SUBMITTED). */
export async function updateCapacityBuildingReview(ctx: DomainContext, input: UpdateCapacityBuildingReviewInput): Promise<Result<CapacityBuildingReview>> {
  const parsed = parseInput(updateCapacityBuildingReviewSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, ...changes } = parsed.value;
  const found = await reviewForChange(ctx, id);
  if (!found.ok) return found;
  const { review, subjects } = found.value;
  if (!can(ctx.actor, 'update', subjects.review)) return fail(forbidden('Only network reviewers and admins edit a review.', ['id']));
  const stale = staleVersion(review.version, version, 'This review');
  if (stale) return fail(stale);
  if (!reviewIsEditable(review.status)) {
    const why =
      review.status === 'APPROVED'
        ? 'it is approved; a network admin must reopen it first'
        : 'changes were requested; the organiser answers first, which submits it again';
    return fail(conflict(`This review cannot be edited now: ${why}.`, ['id']));
  }
  for (const [field, value] of Object.entries(changes)) {
    if (value !== undefined) (review as Record<string, unknown>)[field] = value;
  }
  return commit(ctx, review);
}

const ratingFields = ['ratingRelevance', 'ratingEffectiveness', 'ratingFollowUp', 'ratingGender'] as const;

/** What each move that needs a note asks for, and where the note is kept. */
const notes: Partial<Record<ReviewMove, { field: 'changeRequest' | 'organiserResponse' | 'reopenReason'; asks: string }>> = {
  REQUEST_CHANGES: { field: 'changeRequest', asks: 'say what the organiser should change' },
  ANSWER: { field: 'organiserResponse', asks: 'answer the change request' },
  REOPEN: { field: 'reopenReason', asks: 'say why the approved review is reopened' },
};

const partyNames: Record<ReviewParty, string> = {
  REVIEWER: 'network reviewers and admins',
  ORGANISER: 'the organiser (the organising synergy’s coordinators, or network admins)',
  ADMIN: 'network admins',
};

/**
 * Moves a review (see `reviewMoves`): checks the party, the version, that the
 * move is open from the current status and what the move needs, then sets
 * the status and mirrors it on the mission in the same flush.
 */
export async function moveCapacityBuildingReview(ctx: DomainContext, input: MoveCapacityBuildingReviewInput): Promise<Result<CapacityBuildingReview>> {
  const parsed = parseInput(moveCapacityBuildingReviewSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, move, note } = parsed.value;
  const found = await reviewForChange(ctx, id);
  if (!found.ok) return found;
  const { review, subjects } = found.value;
  const { to, by } = reviewMoves[move];
  if (!isParty(ctx.actor, by, review.network.id, subjects)) return fail(forbidden(`Only ${partyNames[by]} may ${move} a review.`, ['move']));
  const stale = staleVersion(review.version, version, 'This review');
  if (stale) return fail(stale);
  if (!canMakeReviewMove(review.status, move)) {
    const open = reviewMovesFrom(review.status);
    return fail(conflict(`move: ${move} is not possible while the review is ${review.status} (possible now: ${open.join(', ') || 'none'}).`, ['move']));
  }
  const errors: UserError[] = [];
  if (move === 'SUBMIT') {
    for (const field of ratingFields) {
      if (review[field] == null) errors.push(validationError([field], `${field}: rate it from 1 to 5 before submitting`));
    }
  }
  const noted = notes[move];
  if (noted && !note) errors.push(validationError(['note'], `note: ${move} needs a note (1 to 5,000 characters) to ${noted.asks}`));
  if (errors.length) return fail(...errors);

  const now = new Date();
  review.status = to;
  if (noted) review[noted.field] = note!;
  if (move === 'SUBMIT' || move === 'ANSWER') review.submittedAt = now;
  if (move === 'APPROVE') {
    review.approvedAt = now;
    review.approvedBy = actorRef(ctx);
  }
  if (move === 'REOPEN') {
    review.approvedAt = null;
    review.approvedBy = null;
  }
  // The mission mirrors the status in the same flush (its version bumps): APPROVED locks it, REOPEN unlocks it.
  if (review.mission) review.mission.getEntity().reviewStatus = to;
  return commit(ctx, review);
}
