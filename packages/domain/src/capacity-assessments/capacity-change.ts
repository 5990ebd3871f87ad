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
 * One pass over the target partners' scores, each marked before, after or
 * neither and ranked per side with a window function: no correlated
 * subquery per row (PostgreSQL misestimated those into a JIT-compiled plan
 * seconds long at network scale), and no join of the two sides (misestimated
 * into a nested loop).
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
  // Each score of a target partner is on the before side, the after side or neither; the latest on each side counts.
  const side = `case when s.assessed_on <= t.start_date then 'before' when s.assessed_on > t.end_date and s.assessed_on <= ${windowEnd} then 'after' end`;
  const sided = knex
    .select('t.mission_id', 't.partner_id', 's.domain', 's.score', 's.assessed_on', 's.assessment_id', knex.raw(`${side} as side`))
    .from('t')
    .join('s', 's.partner_id', 't.partner_id');
  const ranked = knex
    .select(
      'x.*',
      knex.raw('row_number() over (partition by x.mission_id, x.partner_id, x.domain, x.side order by x.assessed_on desc, x.assessment_id desc) as recency'),
    )
    .from(sided.as('x'))
    .whereNotNull('x.side');
  const latest = (which: string) => `max(case when r.side = '${which}' then r.score end)`;
  return knex
    .with('t', targets)
    .with('s', scores)
    .with('r', ranked)
    .select('r.mission_id', 'r.domain', knex.raw(`${latest('before')} as before_score`), knex.raw(`${latest('after')} as after_score`))
    .from('r')
    .where('r.recency', 1)
    .groupBy('r.mission_id', 'r.partner_id', 'r.domain')
    .havingRaw(`${latest('before')} is not null and ${latest('after')} is not null`);
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
