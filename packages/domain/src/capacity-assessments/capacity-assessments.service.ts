import type { EntityManager } from '@mikro-orm/knex';
import { CapacityAssessment, CapacityScore } from './capacity-assessment.entity.ts';
import {
  deleteCapacityAssessmentSchema,
  futureAssessmentError,
  recordCapacityAssessmentSchema,
  updateCapacityAssessmentSchema,
  type CapacityScoreInput,
  type DeleteCapacityAssessmentInput,
  type RecordCapacityAssessmentInput,
  type UpdateCapacityAssessmentInput,
} from './capacity-assessment.schemas.ts';
import { assessmentFilterWhere, assessmentOrderBy, visibleAssessmentsWhere, type CapacityAssessmentFilter } from './capacity-assessment.queries.ts';
import { CapacityBuildingMission } from '../missions/mission.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { visiblePartnersWhere } from '../partners/partner.queries.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { User } from '../users/user.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import { can, type Actor, type Subject } from '../permissions/permissions.rules.ts';
import { commit, type DomainContext } from '../shared/context.ts';
import { fail, forbidden, notFound, ok, staleVersion, validationError, type Result, type UserError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { checkPageArgs, pageFromCursor, type Page, type PageArgs } from '../shared/pagination.ts';
import { todayIso } from '../shared/dates.ts';

/** The permission subject of an assessment: its partner and the partner's current synergies. */
export const assessmentSubjectFrom = (networkId: string, partnerId: string, synergyIds: readonly string[]): Subject & { kind: 'CapacityAssessment' } => ({
  kind: 'CapacityAssessment',
  networkId,
  partnerId,
  synergyIds: [...new Set(synergyIds)],
});

async function assessmentSubject(em: EntityManager, networkId: string, partnerId: string) {
  const memberships = await em.find(SynergyMembership, { partner: partnerId, ...currentMembershipWhere() }, { fields: ['synergy'] });
  return assessmentSubjectFrom(networkId, partnerId, memberships.map((row) => row.synergy.id));
}

/** What the actor may do with an assessment (admins, reviewers, the partner's synergies' coordinators). */
export const assessmentPermissions = (actor: Actor | null, subject: Subject & { kind: 'CapacityAssessment' }) => ({
  update: can(actor, 'update', subject),
  delete: can(actor, 'delete', subject),
});

/** One assessment, or null when it does not exist or the actor may not see its partner. */
export async function findCapacityAssessment(ctx: DomainContext, id: string): Promise<CapacityAssessment | null> {
  if (!ctx.actor) return null;
  return ctx.em.findOne(CapacityAssessment, { $and: [{ id }, visibleAssessmentsWhere(ctx.em, ctx.actor)] });
}

/** Assessments of the partners the actor may see, filtered, latest first, a page at a time. */
export async function listCapacityAssessments(
  ctx: DomainContext,
  filter: CapacityAssessmentFilter | null | undefined,
  page: PageArgs,
): Promise<Page<CapacityAssessment>> {
  const { first, after } = checkPageArgs(page);
  if (!ctx.actor) return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const where = { $and: [visibleAssessmentsWhere(ctx.em, ctx.actor), assessmentFilterWhere(ctx.em, filter ?? {})] };
  const cursor = await ctx.em.findByCursor(CapacityAssessment, where, { first, after, orderBy: { ...assessmentOrderBy }, includeCount: true });
  return pageFromCursor(cursor, Boolean(after));
}

/** A mission to link must be one of the assessment's network; the error names `missionId`. */
async function missionErrors(em: EntityManager, missionId: string | null | undefined, networkId: string): Promise<UserError[]> {
  if (!missionId) return [];
  const mission = await em.findOne(CapacityBuildingMission, { id: missionId }, { fields: ['network'] });
  if (!mission) return [notFound('The mission', ['missionId'])];
  return mission.network.id === networkId ? [] : [validationError(['missionId'], 'missionId: the mission belongs to another network')];
}

const createScores = (em: EntityManager, assessment: CapacityAssessment, scores: readonly CapacityScoreInput[]) => {
  for (const score of scores) em.create(CapacityScore, { assessment, domain: score.domain, score: score.score, evidence: score.evidence ?? null });
};

/** Records an assessment of a partner with its scores. */
export async function recordCapacityAssessment(ctx: DomainContext, input: RecordCapacityAssessmentInput): Promise<Result<CapacityAssessment>> {
  const parsed = parseInput(recordCapacityAssessmentSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const partner = ctx.actor
    ? await ctx.em.findOne(Partner, { $and: [{ id: data.partnerId }, visiblePartnersWhere(ctx.em, ctx.actor)] })
    : null;
  if (!partner) return fail(notFound('The partner', ['partnerId']));
  const subject = await assessmentSubject(ctx.em, partner.network.id, partner.id);
  if (!can(ctx.actor, 'create', subject)) return fail(forbidden(`You may not record capacity assessments of ${partner.name}.`, ['partnerId']));
  const errors = [...futureAssessmentError(data.assessedOn, todayIso()), ...(await missionErrors(ctx.em, data.missionId, partner.network.id))];
  if (errors.length) return fail(...errors);
  const assessment = ctx.em.create(CapacityAssessment, {
    network: partner.network,
    partner,
    assessedOn: data.assessedOn,
    assessor: data.assessor,
    mission: data.missionId ? ctx.em.getReference(CapacityBuildingMission, data.missionId, { wrapped: true }) : null,
    notes: data.notes,
    recordedBy: ctx.actor ? ctx.em.getReference(User, ctx.actor.userId, { wrapped: true }) : null,
  });
  createScores(ctx.em, assessment, data.scores);
  return commit(ctx, assessment);
}

/** Loads an assessment for a change: found, visible, allowed, current version. */
async function assessmentForChange(ctx: DomainContext, id: string, version: number, action: 'update' | 'delete'): Promise<Result<CapacityAssessment>> {
  const assessment = await ctx.em.findOne(CapacityAssessment, { id });
  if (!assessment) return fail(notFound('The capacity assessment', ['id']));
  if (!can(ctx.actor, action, await assessmentSubject(ctx.em, assessment.network.id, assessment.partner.id))) {
    const visible = await findCapacityAssessment(ctx, id);
    return fail(visible ? forbidden(`You may not ${action === 'delete' ? 'delete' : 'change'} this capacity assessment.`, ['id']) : notFound('The capacity assessment', ['id']));
  }
  const stale = staleVersion(assessment.version, version, 'This capacity assessment');
  return stale ? fail(stale) : ok(assessment);
}

/** Changes an assessment; given scores replace every score. */
export async function updateCapacityAssessment(ctx: DomainContext, input: UpdateCapacityAssessmentInput): Promise<Result<CapacityAssessment>> {
  const parsed = parseInput(updateCapacityAssessmentSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, scores, missionId, ...fields } = parsed.value;
  const found = await assessmentForChange(ctx, id, version, 'update');
  if (!found.ok) return found;
  const assessment = found.value;
  const errors = [...futureAssessmentError(fields.assessedOn, todayIso()), ...(await missionErrors(ctx.em, missionId, assessment.network.id))];
  if (errors.length) return fail(...errors);
  // Read before anything changes, so no query flushes half an update outside the audited commit.
  const stored = scores ? await ctx.em.find(CapacityScore, { assessment: assessment.id }) : [];
  ctx.em.assign(assessment, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
  if (missionId !== undefined) assessment.mission = missionId ? ctx.em.getReference(CapacityBuildingMission, missionId, { wrapped: true }) : null;
  if (scores) {
    // Keep the row of a domain still scored (one audit entry per changed score), drop the others, add the new ones.
    const byDomain = new Map(stored.map((score) => [score.domain, score]));
    for (const score of scores) {
      const row = byDomain.get(score.domain);
      if (row) {
        ctx.em.assign(row, { score: score.score, evidence: score.evidence ?? null });
        byDomain.delete(score.domain);
      } else createScores(ctx.em, assessment, [score]);
    }
    for (const row of byDomain.values()) ctx.em.remove(row);
    // The scores are part of the assessment: changing them moves its version.
    assessment.updatedAt = new Date();
  }
  return commit(ctx, assessment);
}

/** Deletes an assessment and its scores. */
export async function deleteCapacityAssessment(ctx: DomainContext, input: DeleteCapacityAssessmentInput): Promise<Result<string>> {
  const parsed = parseInput(deleteCapacityAssessmentSchema, input);
  if (!parsed.ok) return parsed;
  const found = await assessmentForChange(ctx, parsed.value.id, parsed.value.version, 'delete');
  if (!found.ok) return found;
  // Removed through the unit of work (not the foreign key's cascade) so each score is in the audit log.
  for (const score of await ctx.em.find(CapacityScore, { assessment: found.value.id })) ctx.em.remove(score);
  ctx.em.remove(found.value);
  return commit(ctx, parsed.value.id);
}

export type { CapacityAssessmentFilter };
