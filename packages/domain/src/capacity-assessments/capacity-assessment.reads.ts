import { CapacityAssessment } from './capacity-assessment.entity.ts';
import { assessmentOrderBy, visibleAssessmentsWhere } from './capacity-assessment.queries.ts';
import { inDomainOrder } from './capacity-assessment.rules.ts';
import type { CapacityDomain } from '../missions/capacity-building.vocabulary.ts';
import type { EntityManager } from '@mikro-orm/knex';
import type { DomainContext } from '../shared/context.ts';
import type { Page, PageArgs } from '../shared/pagination.ts';
import { pagesOfParents, type ParentRelation } from '../shared/windowed-pages.ts';

/** One domain's score with its change since the partner's previous assessment scoring that domain (null when none). */
export type ScoreWithChange = { domain: CapacityDomain; score: number; evidence: string | null; change: number | null };

type Row = Record<string, unknown>;

/** "pa comes before a" in the list order (assessed on, then id): the same order as `assessmentOrderBy`. */
const earlierThan = (earlier: string, later: string) =>
  `(${earlier}.assessed_on < ${later}.assessed_on or (${earlier}.assessed_on = ${later}.assessed_on and ${earlier}.id < ${later}.id))`;

/**
 * The scores of each assessment, in domain order, each with its change: one
 * SQL statement however many assessments (a correlated subquery finds the
 * partner's previous score of the same domain).
 */
export async function scoresOfAssessments(em: EntityManager, assessmentIds: readonly string[]): Promise<Map<string, ScoreWithChange[]>> {
  const groups = new Map<string, ScoreWithChange[]>(assessmentIds.map((id) => [id, []]));
  if (!assessmentIds.length) return groups;
  const knex = em.getKnex();
  const previous = `(select ps.score from capacity_score ps join capacity_assessment pa on pa.id = ps.assessment_id
    where pa.partner_id = a.partner_id and ps.domain = s.domain and ${earlierThan('pa', 'a')}
    order by pa.assessed_on desc, pa.id desc limit 1)`;
  const rows = await em.execute<Row[]>(
    knex
      .select('s.assessment_id', 's.domain', 's.score', 's.evidence', knex.raw(`${previous} as previous_score`))
      .from('capacity_score as s')
      .join('capacity_assessment as a', 'a.id', 's.assessment_id')
      .whereIn('s.assessment_id', [...new Set(assessmentIds)]),
  );
  for (const row of rows) {
    const previousScore = row.previous_score == null ? null : Number(row.previous_score);
    groups.get(String(row.assessment_id))?.push({
      domain: row.domain as CapacityDomain,
      score: Number(row.score),
      evidence: (row.evidence as string | null) ?? null,
      change: previousScore === null ? null : Number(row.score) - previousScore,
    });
  }
  for (const [id, scores] of groups) groups.set(id, inDomainOrder(scores));
  return groups;
}

/** The id of each assessment's previous one of the same partner (null when none), in one SQL statement. */
export async function previousAssessmentIds(em: EntityManager, assessmentIds: readonly string[]): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>(assessmentIds.map((id) => [id, null]));
  if (!assessmentIds.length) return found;
  const knex = em.getKnex();
  const rows = await em.execute<Row[]>(
    knex
      .select(
        'a.id',
        knex.raw(
          `(select pa.id from capacity_assessment pa where pa.partner_id = a.partner_id and ${earlierThan('pa', 'a')} order by pa.assessed_on desc, pa.id desc limit 1) as previous_id`,
        ),
      )
      .from('capacity_assessment as a')
      .whereIn('a.id', [...new Set(assessmentIds)]),
  );
  for (const row of rows) found.set(String(row.id), row.previous_id == null ? null : String(row.previous_id));
  return found;
}

/** The visible assessments linked to each mission, latest first, in one SQL statement (`CapacityBuildingMission.assessments`). */
export async function assessmentsOfMissions(ctx: DomainContext, missionIds: readonly string[]): Promise<Map<string, CapacityAssessment[]>> {
  const groups = new Map<string, CapacityAssessment[]>(missionIds.map((id) => [id, []]));
  if (!ctx.actor || !missionIds.length) return groups;
  const rows = await ctx.em.find(
    CapacityAssessment,
    { $and: [{ mission: { $in: [...new Set(missionIds)] } }, visibleAssessmentsWhere(ctx.em, ctx.actor)] },
    { orderBy: { ...assessmentOrderBy } },
  );
  for (const row of rows) groups.get(row.mission!.id)?.push(row);
  return groups;
}

/** The ranked query's parents: each assessment's partner. */
const ofPartners: ParentRelation = { column: 'a.partner_id', narrow: (query, ids) => void query.whereIn('a.partner_id', ids) };

/**
 * A page of each partner's assessments (latest first) in two SQL statements
 * however many partners, with the cursors of `listCapacityAssessments`.
 * Callers pass partners the actor sees; an assessment is seen with its
 * partner, so no visibility clause is added.
 */
export const assessmentPagesOfPartners = (ctx: DomainContext, partnerIds: readonly string[], page: PageArgs): Promise<Map<string, Page<CapacityAssessment>>> =>
  pagesOfParents(ctx, { entity: CapacityAssessment, alias: 'a', parents: ofPartners, where: () => ({}), orderBy: { ...assessmentOrderBy } }, partnerIds, page);
