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
 */
function triples(em: EntityManager, missionIds: Knex.QueryBuilder | readonly string[]): Knex.QueryBuilder {
  const knex = em.getKnex();
  const windowEnd = isPostgres(em) ? `(t.end_date + ${capacityChangeWindowDays})` : `date(t.end_date, '+${capacityChangeWindowDays} days')`;
  const scoreOf = (when: string) =>
    `(select sc.score from capacity_score sc join capacity_assessment ca on ca.id = sc.assessment_id
      where ca.partner_id = t.partner_id and sc.domain = d.domain and ${when}
      order by ca.assessed_on desc, ca.id desc limit 1)`;
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
  // The domains each partner was ever scored on: only those can have a before and an after.
  const domains = knex.distinct('a.partner_id', 's.domain').from('capacity_score as s').join('capacity_assessment as a', 'a.id', 's.assessment_id');
  return knex
    .select(
      't.mission_id',
      'd.domain',
      knex.raw(`${scoreOf('ca.assessed_on <= t.start_date')} as before_score`),
      knex.raw(`${scoreOf(`ca.assessed_on > t.end_date and ca.assessed_on <= ${windowEnd}`)} as after_score`),
    )
    .from(targets.as('t'))
    .join(domains.as('d'), 'd.partner_id', 't.partner_id');
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
    .whereNotNull('x.before_score')
    .whereNotNull('x.after_score')
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
