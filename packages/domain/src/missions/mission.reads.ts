import { Cursor, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { CapacityBuildingMission } from './mission.entity.ts';
import type { MissionFilter, MissionOrder } from './mission.filter.ts';
import { missionFilterWhere, missionOrderBy, visibleMissionsWhere } from './mission.queries.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import { checkPageArgs, type Page, type PageArgs } from '../shared/pagination.ts';

const emptyPage = <T>(): Page<T> => ({ items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false });

type Row = Record<string, unknown>;

/**
 * How a parent (a synergy, a partner) reaches its missions: an SQL relation
 * `(mission_id, parent_id)` for the given parent ids, each pair once.
 */
type Parents = { pairs: (em: EntityManager, ids: string[]) => Knex.QueryBuilder; ownFilterKey: 'synergyId' | 'partnerId' };

/** A synergy's missions: those it organises, those targeting it, those targeting its current partners (as `filter.synergyId`). */
const ofSynergies: Parents = {
  pairs: (em, ids) => {
    const knex = em.getKnex();
    const members = em
      .createQueryBuilder(SynergyMembership, 'sm')
      .select(['sm.partner_id', 'sm.synergy_id'])
      .where({ synergy: { $in: ids }, ...currentMembershipWhere() })
      .getKnexQuery();
    // union (not union all): a mission reached two ways appears once in the synergy's page.
    return knex
      .select('o.id as mission_id', 'o.organiser_synergy_id as parent_id')
      .from('capacity_building_mission as o')
      .whereIn('o.organiser_synergy_id', ids)
      .union([
        knex.select('ts.mission_id', 'ts.synergy_id as parent_id').from('mission_target as ts').whereIn('ts.synergy_id', ids),
        knex
          .select('tp.mission_id', 'cm.synergy_id as parent_id')
          .from('mission_target as tp')
          .join(members.as('cm'), 'cm.partner_id', 'tp.partner_id'),
      ]);
  },
  ownFilterKey: 'synergyId',
};

/** A partner's missions: those targeting it. */
const ofPartners: Parents = {
  pairs: (em, ids) => em.getKnex().select('tp.mission_id', 'tp.partner_id as parent_id').from('mission_target as tp').whereIn('tp.partner_id', ids),
  ownFilterKey: 'partnerId',
};

/** The rows after a cursor, built as MikroORM builds it in `findByCursor`, so pages join up with `listMissions`. */
function afterCursorWhere(definition: (readonly [string, 'asc' | 'desc'])[], values: unknown[]): FilterQuery<CapacityBuildingMission> {
  const [[prop, direction], ...rest] = definition as [readonly [string, 'asc' | 'desc'], ...(readonly [string, 'asc' | 'desc'])[]];
  const [value, ...restValues] = values;
  const operator = direction === 'desc' ? '$lt' : '$gt';
  const past = { [prop]: { [operator]: value } };
  if (!rest.length) return past as FilterQuery<CapacityBuildingMission>;
  return { [prop]: { [`${operator}e`]: value }, $or: [past, afterCursorWhere(rest, restValues)] } as FilterQuery<CapacityBuildingMission>;
}

/**
 * One page of missions per parent in two SQL statements whatever the number
 * of parents or rows: a windowed query ranks each parent's rows (row_number
 * over the list order), counts them and those up to the cursor; then the
 * pages' missions are loaded by id with their organisers.
 */
async function pagesOfParents(
  ctx: DomainContext,
  parents: Parents,
  parentIds: readonly string[],
  filter: MissionFilter | null | undefined,
  order: MissionOrder | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<CapacityBuildingMission>>> {
  const { first, after } = checkPageArgs(page);
  const ids = [...new Set(parentIds)];
  const pages = new Map<string, Page<CapacityBuildingMission>>(parentIds.map((id) => [id, emptyPage<CapacityBuildingMission>()]));
  if (!ctx.actor || ids.length === 0) return pages;
  const em = ctx.em;
  const knex = em.getKnex();
  const meta = em.getMetadata().get<CapacityBuildingMission>(CapacityBuildingMission.meta.className);
  const orderBy = missionOrderBy(order);
  const definition = Cursor.getDefinition(meta, orderBy) as [string, 'asc' | 'desc'][];
  const columnOf = meta.properties as Record<string, { fieldNames: string[] }>;
  const orderSql = definition.map(([prop, direction]) => `m.${columnOf[prop]!.fieldNames[0]} ${direction}`).join(', ');
  const window = 'partition by par.parent_id';

  let skippedSql = knex.raw('0');
  if (after) {
    const values = Cursor.decode(after) as unknown[];
    if (values.length !== definition.length) throw new InvalidArgumentError('after', 'is not a cursor of this list in this order');
    const pastCursor = em.createQueryBuilder(CapacityBuildingMission, 'c').select('c.id').where(afterCursorWhere(definition, values)).getKnexQuery();
    skippedSql = knex.raw(`sum(case when m.id in ? then 0 else 1 end) over (${window})`, [pastCursor]);
  }

  const where = { $and: [visibleMissionsWhere(em, ctx.actor), missionFilterWhere(em, { ...filter, [parents.ownFilterKey]: null })] };
  const ranked = em.createQueryBuilder(CapacityBuildingMission, 'm').select('m.id').where(where).getKnexQuery();
  ranked.join(parents.pairs(em, ids).as('par'), 'par.mission_id', 'm.id');
  ranked
    .clearSelect()
    .select(
      knex.raw(
        `m.id as id, par.parent_id as parent_id, row_number() over (${window} order by ${orderSql}) as place, count(*) over (${window}) as total, ? as skipped`,
        [skippedSql],
      ),
    );
  // The page's rows, plus each parent's first row so its totals come back even when the page is empty.
  const rows = await em.execute<Row[]>(
    knex
      .select('r.id', 'r.parent_id', 'r.place', 'r.total', 'r.skipped')
      .from(ranked.as('r'))
      .whereRaw('(r.place > r.skipped and r.place <= r.skipped + ?) or r.place = 1', [first])
      .orderBy([{ column: 'r.parent_id' }, { column: 'r.place' }]),
  );

  const inPage = (row: Row) => Number(row.place) > Number(row.skipped) && Number(row.place) <= Number(row.skipped) + first;
  const pageRows = rows.filter(inPage);
  const pageIds = [...new Set(pageRows.map((row) => String(row.id)))];
  const found = pageIds.length ? await em.find(CapacityBuildingMission, { id: { $in: pageIds } }, { populate: ['organiserSynergy'] }) : [];
  const byId = new Map(found.map((mission) => [mission.id, mission]));

  for (const parentId of ids) {
    const carrier = rows.find((row) => row.parent_id === parentId);
    const total = carrier ? Number(carrier.total) : 0;
    const skipped = carrier ? Number(carrier.skipped) : 0;
    const items = pageRows.filter((row) => row.parent_id === parentId).map((row) => byId.get(String(row.id))!);
    pages.set(parentId, {
      items,
      cursors: items.map((mission) => Cursor.for(meta, mission, orderBy)),
      totalCount: total,
      hasNextPage: total - skipped > first,
      hasPreviousPage: Boolean(after),
    });
  }
  return pages;
}

/**
 * Pages of the missions each synergy organises or is targeted by (directly
 * or through its current partners) that the actor may see, filtered and
 * ordered as `listMissions`, whose cursors they share (`Synergy.missions`).
 */
export function listMissionsOfSynergies(
  ctx: DomainContext,
  synergyIds: readonly string[],
  filter: MissionFilter | null | undefined,
  order: MissionOrder | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<CapacityBuildingMission>>> {
  return pagesOfParents(ctx, ofSynergies, synergyIds, filter, order, page);
}

/** The same per partner: the missions targeting each partner (`Partner.missions`). */
export function listMissionsOfPartners(
  ctx: DomainContext,
  partnerIds: readonly string[],
  filter: MissionFilter | null | undefined,
  order: MissionOrder | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<CapacityBuildingMission>>> {
  return pagesOfParents(ctx, ofPartners, partnerIds, filter, order, page);
}
