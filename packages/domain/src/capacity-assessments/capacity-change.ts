import type { EntityManager, Knex } from '@mikro-orm/knex';
import { capacityDomains, type CapacityDomain } from '../missions/capacity-building.vocabulary.ts';
import { isPostgres } from '../shared/search.ts';
import { roundTo2 } from './capacity-assessment.rules.ts';

/** How target partners' capacity changed in one domain (GraphQL `CapacityChange`). */
export type CapacityChange = { domain: CapacityDomain; partners: number; averageBefore: number; averageAfter: number; averageChange: number };

type Row = Record<string, unknown>;

/** The window after a mission in which an assessment shows its effect. */
export const capacityChangeWindowDays = 365;

/**
 * The (mission, partner, domain) triples with a before and an after score, as
 * an SQL query. For each COMPLETED mission (start = actual ?? planned start,
 * end = actual ?? planned end) and each target partner: before = the score in
 * its latest assessment on or before the start that scores the domain; after
 * = the score in its latest assessment after the end and at most 365 days
 * after it that scores the domain. Ties on a date go to the higher id, as the
 * assessment list orders them.
 *
 * Each side is one pass over the target partners' scores ranked with a
 * window function (not a correlated subquery per row, which PostgreSQL
 * misestimated into a JIT-compiled plan seconds long at network scale).
 */
function triples(em: EntityManager, missionIds: Knex.QueryBuilder | readonly string[]): Knex.QueryBuilder {
  const knex = em.getKnex();
  const windowEnd = isPostgres(em) ? `(t.end_date + ${capacityChangeWindowDays})` : `date(t.end_date, '+${capacityChangeWindowDays} days')`;
  const targets = knex
    .distinct(
      'm.id as mission_id',
      'mt.partner_id',
      knex.raw('coalesce(m.actual_start_date, m.planned_start_date) as start_date'),
      knex.raw('coalesce(m.actual_end_date, m.planned_end_date) as end_date'),
    )
    .from('capacity_building_mission as m')
    .join('mission_target as mt', 'mt.mission_id', 'm.id')
    .whereNotNull('mt.partner_id')
    .where('m.status', 'COMPLETED')
    .whereIn('m.id', Array.isArray(missionIds) ? [...missionIds] : (missionIds as Knex.QueryBuilder));
  const scores = knex
    .select('ca.partner_id', 'ca.assessed_on', 'ca.id as assessment_id', 'sc.domain', 'sc.score')
    .from('capacity_score as sc')
    .join('capacity_assessment as ca', 'ca.id', 'sc.assessment_id')
    .whereIn('ca.partner_id', knex.select('partner_id').from('t'));
  /** Each target's scores in the window `when`, the latest first in each domain (recency 1). */
  const ranked = (when: string) =>
    knex
      .select(
        't.mission_id',
        't.partner_id',
        's.domain',
        's.score',
        knex.raw('row_number() over (partition by t.mission_id, t.partner_id, s.domain order by s.assessed_on desc, s.assessment_id desc) as recency'),
      )
      .from('t')
      .join('s', 's.partner_id', 't.partner_id')
      .whereRaw(when);
  return knex
    .with('t', targets)
    .with('s', scores)
    .with('before_scores', ranked('s.assessed_on <= t.start_date'))
    .with('after_scores', ranked(`s.assessed_on > t.end_date and s.assessed_on <= ${windowEnd}`))
    .select('b.mission_id', 'b.domain', 'b.score as before_score', 'a.score as after_score')
    .from('before_scores as b')
    .join('after_scores as a', (on) => on.on('a.mission_id', 'b.mission_id').andOn('a.partner_id', 'b.partner_id').andOn('a.domain', 'b.domain'))
    .where('b.recency', 1)
    .where('a.recency', 1);
}

function toChanges(rows: Row[]): CapacityChange[] {
  return rows
    .map((row) => {
      const averageBefore = Number(row.average_before);
      const averageAfter = Number(row.average_after);
      return {
        domain: row.domain as CapacityDomain,
        partners: Number(row.partners),
        averageBefore,
        averageAfter,
        averageChange: roundTo2(averageAfter - averageBefore),
      };
    })
    .sort((a, b) => capacityDomains.indexOf(a.domain) - capacityDomains.indexOf(b.domain));
}

const aggregate = (knex: Knex, source: Knex.QueryBuilder, byMission: boolean) =>
  knex
    .select([
      ...(byMission ? ['x.mission_id'] : []),
      'x.domain',
      knex.raw('count(*) as partners'),
      knex.raw('avg(x.before_score) as average_before'),
      knex.raw('avg(x.after_score) as average_after'),
    ])
    .from(source.as('x'))
    .groupBy(byMission ? ['x.mission_id', 'x.domain'] : ['x.domain']);

/**
 * How the target partners of these missions (ids, or an SQL subquery of ids)
 * changed, domain by domain, over all their (mission, partner, domain)
 * triples; one SQL statement. Domains without a triple are left out; the
 * rest come in `capacityDomains` order.
 */
export async function capacityChangeOfMissions(em: EntityManager, missionIds: Knex.QueryBuilder | string[]): Promise<CapacityChange[]> {
  if (Array.isArray(missionIds) && missionIds.length === 0) return [];
  const rows = await em.execute<Row[]>(aggregate(em.getKnex(), triples(em, missionIds), false));
  return toChanges(rows);
}

/** The same per mission, for many missions in one SQL statement (`CapacityBuildingMission.capacityChange`). */
export async function capacityChangeByMission(em: EntityManager, missionIds: readonly string[]): Promise<Map<string, CapacityChange[]>> {
  const result = new Map<string, CapacityChange[]>(missionIds.map((id) => [id, []]));
  if (!missionIds.length) return result;
  const rows = await em.execute<Row[]>(aggregate(em.getKnex(), triples(em, [...new Set(missionIds)]), true));
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(String(row.mission_id), [...(groups.get(String(row.mission_id)) ?? []), row]);
  for (const [id, missionRows] of groups) result.set(id, toChanges(missionRows));
  return result;
}
