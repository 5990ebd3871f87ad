import { Cursor } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { CapacityAssessment } from './capacity-assessment.entity.ts';
import { assessmentOrderBy, visibleAssessmentsWhere } from './capacity-assessment.queries.ts';
import { inDomainOrder } from './capacity-assessment.rules.ts';
import type { CapacityDomain } from '../missions/capacity-building.vocabulary.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import { checkPageArgs, type Page, type PageArgs } from '../shared/pagination.ts';
import type { EntityManager } from '@mikro-orm/knex';

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

/**
 * A page of each partner's assessments (latest first) in two SQL statements
 * however many partners: a windowed query ranks each partner's rows and
 * counts those up to the cursor, then the page's rows are loaded by id. The
 * cursors are those of `listCapacityAssessments`. Callers pass partners the
 * actor sees; an assessment is seen with its partner.
 */
export async function assessmentPagesOfPartners(ctx: DomainContext, partnerIds: readonly string[], page: PageArgs): Promise<Map<string, Page<CapacityAssessment>>> {
  const { first, after } = checkPageArgs(page);
  const ids = [...new Set(partnerIds)];
  const pages = new Map<string, Page<CapacityAssessment>>(
    ids.map((id) => [id, { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false }]),
  );
  if (!ctx.actor || !ids.length) return pages;
  const em = ctx.em;
  const knex = em.getKnex();
  const meta = em.getMetadata().get<CapacityAssessment>(CapacityAssessment.meta.className);
  const window = 'partition by a.partner_id';
  let skipped: Knex.Raw = knex.raw('0');
  if (after) {
    const values = Cursor.decode(after) as unknown[];
    if (values.length !== 2) throw new InvalidArgumentError('after', 'is not a cursor of this list');
    // Rows at or before the cursor in the list order: ranks above their count come after it.
    skipped = knex.raw(`sum(case when a.assessed_on < ? or (a.assessed_on = ? and a.id < ?) then 0 else 1 end) over (${window})`, [
      values[0],
      values[0],
      values[1],
    ] as Knex.RawBinding[]);
  }
  const ranked = knex
    .select(
      knex.raw(
        `a.id as id, a.partner_id as parent_id, row_number() over (${window} order by a.assessed_on desc, a.id desc) as place, count(*) over (${window}) as total, ? as skipped`,
        [skipped],
      ),
    )
    .from('capacity_assessment as a')
    .whereIn('a.partner_id', ids);
  const rows = await em.execute<Row[]>(
    knex
      .select('r.id', 'r.parent_id', 'r.place', 'r.total', 'r.skipped')
      .from(ranked.as('r'))
      .whereRaw('(r.place > r.skipped and r.place <= r.skipped + ?) or r.place = 1', [first]),
  );
  const inPage = (row: Row) => Number(row.place) > Number(row.skipped) && Number(row.place) <= Number(row.skipped) + first;
  const pageIds = rows.filter(inPage).map((row) => String(row.id));
  const found = pageIds.length ? await em.find(CapacityAssessment, { id: { $in: pageIds } }, { orderBy: { ...assessmentOrderBy } }) : [];
  for (const parentId of ids) {
    const carrier = rows.find((row) => row.parent_id === parentId);
    const total = carrier ? Number(carrier.total) : 0;
    const skippedCount = carrier ? Number(carrier.skipped) : 0;
    const items = found.filter((assessment) => assessment.partner.id === parentId);
    pages.set(parentId, {
      items,
      cursors: items.map((assessment) => Cursor.for(meta, assessment, { ...assessmentOrderBy })),
      totalCount: total,
      hasNextPage: total - skippedCount > first,
      hasPreviousPage: Boolean(after),
    });
  }
  return pages;
}
