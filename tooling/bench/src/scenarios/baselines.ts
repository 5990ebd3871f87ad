import { randomUUID } from 'node:crypto';
import { Cursor } from '@mikro-orm/core';
import {
  countryName,
  defaultAgeBands,
  isCurrentMembership,
  memberCounts,
  normaliseCells,
  participantTotals,
  reachedStatuses,
  todayIso,
  type AgeBand,
  type ParticipantCell,
  type Sex,
} from '@synergia/domain';
import { globalId, idFromGlobalId } from './global-id.ts';

/**
 * The hand-written baselines: for each scenario ONE SQL statement through the
 * same driver the gateway uses, and the least JavaScript that shapes its rows
 * into the same JSON answer. No authentication, permissions, GraphQL or ORM:
 * the floor the gateway's overhead is measured against. They answer as the
 * network administrator the scenarios run as (whose visibility is the network).
 */
export type Sql = {
  dialect: 'sqlite' | 'postgresql';
  rows: (sql: string, bindings: unknown[]) => Promise<Record<string, unknown>[]>;
};

/** The variables the scenarios send (see scenarios.ts). */
type Vars = {
  synergyId?: string;
  networkId?: string;
  first?: number;
  from?: string;
  to?: string;
  filter?: { synergyId?: string; from?: string; to?: string };
  input?: {
    partnerId: string;
    synergyId: string;
    type: string;
    subType?: string | null;
    title: string;
    startDate: string;
    endDate?: string | null;
    branches: string[];
    workerCategories?: string[];
    informalSectors?: string[];
    status?: string;
    participants?: ParticipantCell[];
  };
};
/** A variable the baseline needs; the scenarios always send it. */
function need<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`the baseline needs the variable ${name}`);
  return value;
}
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const share = (part: number, total: number) => (total === 0 ? null : part / total);
/** A date column as 'YYYY-MM-DD' text on both databases. */
const day = (sql: Sql, column: string) => (sql.dialect === 'postgresql' ? `to_char(${column}, 'YYYY-MM-DD')` : column);

async function partnerList(sql: Sql, vars: Vars) {
  const synergyId = idFromGlobalId(vars.synergyId, 'Synergy');
  const first = vars.first ?? 20;
  const today = todayIso();
  const pg = sql.dialect === 'postgresql';
  const membershipObject = pg
    ? `json_build_object('id', m.id, 'role', m.role, 'since', ${day(sql, 'm.since')}, 'until', ${day(sql, 'm.until')}, 'synergyId', m.synergy_id)`
    : `json_object('id', m.id, 'role', m.role, 'since', m.since, 'until', m.until, 'synergyId', m.synergy_id)`;
  const current = `(m.until is null or m.until >= ?)`;
  const memberships = pg
    ? `(select coalesce(json_agg(${membershipObject} order by m.until desc nulls first, m.since desc, m.id asc), '[]') from synergy_membership m where m.partner_id = p.id and ${current})`
    : `(select json_group_array(json(o)) from (select ${membershipObject} as o from synergy_membership m where m.partner_id = p.id and ${current} order by m.until desc nulls first, m.since desc, m.id asc))`;
  const rows = await sql.rows(
    `select p.id, p.name, p.acronym, p.country, p.type, p.members_women, p.members_men, p.members_other,
       ${memberships} as memberships, count(*) over () as total_count
     from partner p
     where p.network_id = (select s.network_id from synergy s where s.id = ?)
       and p.id in (select m.partner_id from synergy_membership m where m.synergy_id = ? and ${current})
     order by p.name asc, p.id asc
     limit ?`,
    [today, synergyId, synergyId, today, first + 1],
  );
  const page = rows.slice(0, first);
  return {
    partners: {
      edges: page.map((row) => {
        const list = (typeof row.memberships === 'string' ? JSON.parse(row.memberships) : row.memberships) as {
          id: string;
          role: string;
          since: string;
          until: string | null;
          synergyId: string;
        }[];
        const members = memberCounts({ membersWomen: row.members_women as number | null, membersMen: row.members_men as number | null, membersOther: row.members_other as number | null });
        return {
          node: {
            acronym: row.acronym,
            country: row.country,
            id: globalId('Partner', row.id as string),
            members: { total: members.total, womenShare: members.womenShare },
            memberships: list.map((m) => ({
              active: isCurrentMembership(m, today),
              id: globalId('SynergyMembership', m.id),
              role: m.role,
              since: m.since,
              synergy: { id: globalId('Synergy', m.synergyId) },
              until: m.until,
            })),
            name: row.name,
            type: row.type,
          },
        };
      }),
      pageInfo: { endCursor: page.length ? Cursor.encode([page.at(-1)!.name, page.at(-1)!.id]) : null, hasNextPage: rows.length > first },
      totalCount: num(rows[0]?.total_count),
    },
  };
}

async function activityList(sql: Sql, vars: Vars) {
  const filter = vars.filter ?? {};
  const synergyId = idFromGlobalId(filter.synergyId, 'Synergy');
  const first = vars.first ?? 20;
  const rows = await sql.rows(
    `select a.id, a.country, ${day(sql, 'a.start_date')} as start_date, ${day(sql, 'a.end_date')} as end_date, a.gender_score,
       a.participants_total, a.participants_women, a.participants_youth, a.status, a.sub_type, a.title, a.type,
       p.id as partner_id, p.acronym as partner_acronym, p.name as partner_name, s.id as synergy_id, s.name as synergy_name,
       count(*) over () as total_count
     from activity a
     join partner p on p.id = a.partner_id
     left join synergy s on s.id = a.synergy_id
     where a.network_id = (select x.network_id from synergy x where x.id = ?)
       and a.synergy_id = ? and a.start_date >= ? and a.start_date <= ?
     order by a.start_date desc, a.id desc
     limit ?`,
    [synergyId, synergyId, filter.from, filter.to, first + 1],
  );
  const page = rows.slice(0, first);
  return {
    activities: {
      edges: page.map((row) => {
        const total = num(row.participants_total);
        return {
          node: {
            country: row.country,
            endDate: row.end_date,
            genderMarker: { score: num(row.gender_score) },
            id: globalId('Activity', row.id as string),
            participants: { total, womenShare: share(num(row.participants_women), total), youthShare: share(num(row.participants_youth), total) },
            partner: { acronym: row.partner_acronym, id: globalId('Partner', row.partner_id as string), name: row.partner_name },
            startDate: row.start_date,
            status: row.status,
            subType: row.sub_type,
            synergy: row.synergy_id ? { id: globalId('Synergy', row.synergy_id as string), name: row.synergy_name } : null,
            title: row.title,
            type: row.type,
          },
        };
      }),
      pageInfo: { endCursor: page.length ? Cursor.encode([page.at(-1)!.start_date, page.at(-1)!.id]) : null, hasNextPage: rows.length > first },
      totalCount: num(rows[0]?.total_count),
    },
  };
}

type Group = { key: string; activityCount: number; total: number; women: number; youth: number };
type SummaryScope = { column: 'network_id' | 'synergy_id'; id: string };

/**
 * Every breakdown of a participation summary in one statement (UNION ALL of
 * the groupings), with the scope's network (and synergy) as extra rows.
 * Columns: dim, k, label, c, t, w, y, m, o, nr, extra.
 */
async function summaryRows(sql: Sql, scope: SummaryScope, from: string, to: string, withCountry: boolean) {
  const pg = sql.dialect === 'postgresql';
  const where = `a.${scope.column} = ? and a.status in (${reachedStatuses.map(() => '?').join(', ')}) and a.start_date >= ? and a.start_date <= ?`;
  const whereBindings = [scope.id, ...reachedStatuses, from, to];
  const sums = `count(*), sum(a.participants_total), sum(a.participants_women), sum(a.participants_youth)`;
  const text = (expression: string) => (pg ? `(${expression})::text` : `cast(${expression} as text)`);
  const branches = pg ? 'jsonb_array_elements_text(a.branches) as b(value)' : 'json_each(a.branches) as b';
  const cells = pg ? 'jsonb_array_elements(a.participant_cells) as c(value)' : 'json_each(a.participant_cells) as c';
  const field = (name: string) => (pg ? `c.value->>'${name}'` : `json_extract(c.value, '$.${name}')`);
  const month = pg ? `to_char(a.start_date, 'YYYY-MM')` : 'substr(a.start_date, 1, 7)';
  const grouped = (dim: string, key: string, from = 'activity a') => `select '${dim}', ${key}, null, ${sums}, 0, 0, 0, null from ${from} where ${where} group by ${key}`;
  const parts: [string, unknown[]][] = [
    [
      `select 'totals' as dim, null as k, null as label, count(*) as c, sum(a.participants_total) as t, sum(a.participants_women) as w, sum(a.participants_youth) as y,
         sum(a.participants_men) as m, sum(a.participants_other) as o, sum(a.participants_not_recorded) as nr, null as extra from activity a where ${where}`,
      whereBindings,
    ],
    [grouped('type', 'a.type'), whereBindings],
    [grouped('score', text('a.gender_score')), whereBindings],
    [grouped('month', month), whereBindings],
    [grouped('branch', 'b.value', `activity a, ${branches}`), whereBindings],
    [
      `select 'cell', ${field('sex')}, ${field('ageBandId')}, 0, sum(cast(${field('count')} as integer)), 0, 0, 0, 0, 0, null
       from activity a, ${cells} where ${where} group by ${field('sex')}, ${field('ageBandId')}`,
      whereBindings,
    ],
  ];
  if (withCountry) parts.push([grouped('country', 'a.country'), whereBindings]);
  if (scope.column === 'network_id') {
    parts.push([`select 'network', ${text('n.id')}, n.name, 0, 0, 0, 0, 0, 0, 0, ${text('n.age_bands')} from network n where n.id = ?`, [scope.id]]);
  } else {
    parts.push([`select 'synergy', ${text('s.id')}, s.name, 0, 0, 0, 0, 0, 0, 0, s.country from synergy s where s.id = ?`, [scope.id]]);
    parts.push([
      `select 'network', ${text('n.id')}, n.name, 0, 0, 0, 0, 0, 0, 0, ${text('n.age_bands')} from network n where n.id = (select s.network_id from synergy s where s.id = ?)`,
      [scope.id],
    ]);
  }
  const rows = await sql.rows(parts.map(([part]) => part).join('\nunion all\n'), parts.flatMap(([, bindings]) => bindings));
  const byDim = (dim: string): Group[] =>
    rows.filter((row) => row.dim === dim).map((row) => ({ key: String(row.k), activityCount: num(row.c), total: num(row.t), women: num(row.w), youth: num(row.y) }));
  const totals = rows.find((row) => row.dim === 'totals') ?? {};
  const networkRow = rows.find((row) => row.dim === 'network');
  const synergyRow = rows.find((row) => row.dim === 'synergy');
  const ageBands = networkRow ? (JSON.parse(String(networkRow.extra)) as AgeBand[]) : defaultAgeBands();
  const cellRows: ParticipantCell[] = rows
    .filter((row) => row.dim === 'cell')
    .map((row) => ({ sex: row.k as Sex, ageBandId: (row.label as string | null) ?? null, count: num(row.t) }));
  const network = networkRow && {
    ageBands: ageBands.map((band) => ({ id: band.id, label: band.label, youth: band.youth })),
    id: globalId('Network', String(networkRow.k)),
    name: networkRow.label,
  };
  const synergy = synergyRow && { country: synergyRow.extra, id: globalId('Synergy', String(synergyRow.k)), name: synergyRow.label };
  return { byDim, totals, ageBands, cellRows, network, synergy };
}

const largestFirst = (rows: Group[]) => rows.sort((a, b) => b.total - a.total || b.activityCount - a.activityCount || a.key.localeCompare(b.key));
const groupFields = (row: Group) => ({
  activityCount: row.activityCount,
  total: row.total,
  women: row.women,
  womenShare: share(row.women, row.total),
  youth: row.youth,
  youthShare: share(row.youth, row.total),
});

function summaryAnswer(parts: Awaited<ReturnType<typeof summaryRows>>, withCountry: boolean) {
  const { byDim, totals, ageBands, cellRows } = parts;
  const total = num(totals.t);
  const bandsById = new Map(ageBands.map((band) => [band.id, band]));
  return {
    activityCount: num(totals.c),
    byBranch: largestFirst(byDim('branch')).map((row) => ({ ...groupFields(row), branch: row.key })),
    ...(withCountry ? { byCountry: largestFirst(byDim('country')).map((row) => ({ ...groupFields(row), country: row.key, countryName: countryName(row.key) })) } : {}),
    byGenderMarkerScore: byDim('score')
      .sort((a, b) => Number(a.key) - Number(b.key))
      .map((row) => ({ ...groupFields(row), score: Number(row.key) })),
    byMonth: byDim('month')
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((row) => ({ ...groupFields(row), month: row.key })),
    bySexAndAgeBand: normaliseCells(cellRows, ageBands).map((cell) => {
      const band = cell.ageBandId === null ? null : bandsById.get(cell.ageBandId);
      return { ageBand: band ? { id: band.id, label: band.label, youth: band.youth } : null, count: cell.count, sex: cell.sex };
    }),
    byType: largestFirst(byDim('type')).map((row) => ({ ...groupFields(row), type: row.key })),
    men: num(totals.m),
    notRecorded: num(totals.nr),
    other: num(totals.o),
    total,
    women: num(totals.w),
    womenShare: share(num(totals.w), total),
    youth: num(totals.y),
    youthShare: share(num(totals.y), total),
  };
}

async function networkParticipation(sql: Sql, vars: Vars) {
  const parts = await summaryRows(sql, { column: 'network_id', id: idFromGlobalId(vars.networkId, 'Network') }, need(vars.from, 'from'), need(vars.to, 'to'), true);
  return { network: parts.network ?? null, participationSummary: summaryAnswer(parts, true) };
}

async function synergyDashboard(sql: Sql, vars: Vars) {
  const parts = await summaryRows(sql, { column: 'synergy_id', id: idFromGlobalId(vars.synergyId, 'Synergy') }, need(vars.from, 'from'), need(vars.to, 'to'), false);
  return { participationSummary: summaryAnswer(parts, false), synergy: parts.synergy ? { ...parts.synergy, network: parts.network } : null };
}

async function jointActionList(sql: Sql, vars: Vars) {
  const filter = vars.filter ?? {};
  const synergyId = idFromGlobalId(filter.synergyId, 'Synergy');
  const first = vars.first ?? 20;
  const pg = sql.dialect === 'postgresql';
  const takingObject = pg
    ? `json_build_object('id', t.id, 'role', t.role, 'partnerId', t.partner_id, 'partnerName', p.name)`
    : `json_object('id', t.id, 'role', t.role, 'partnerId', t.partner_id, 'partnerName', p.name)`;
  const takings = pg
    ? `(select coalesce(json_agg(${takingObject} order by t.created_at asc, t.id asc), '[]') from joint_action_partner t join partner p on p.id = t.partner_id where t.joint_action_id = j.id)`
    : `(select json_group_array(json(o)) from (select ${takingObject} as o from joint_action_partner t join partner p on p.id = t.partner_id where t.joint_action_id = j.id order by t.created_at asc, t.id asc))`;
  const rows = await sql.rows(
    `select j.id, j.country, j.kind, j.title, j.status, j.stage_reached, j.participants_total,
       ${day(sql, 'j.planned_start_date')} as planned_start_date, ${day(sql, 'j.planned_end_date')} as planned_end_date,
       s.id as synergy_id, s.name as synergy_name, ${takings} as takings, count(*) over () as total_count
     from joint_action j
     left join synergy s on s.id = j.synergy_id
     where j.network_id = (select x.network_id from synergy x where x.id = ?) and j.synergy_id = ?
     order by j.planned_start_date desc, j.id desc
     limit ?`,
    [synergyId, synergyId, first + 1],
  );
  const page = rows.slice(0, first);
  const roleRank = (role: string) => ['LEAD', 'CO_ORGANISER', 'CONTRIBUTOR'].indexOf(role);
  return {
    jointActions: {
      edges: page.map((row) => {
        const list = (typeof row.takings === 'string' ? JSON.parse(row.takings) : row.takings) as { id: string; role: string; partnerId: string; partnerName: string }[];
        const sorted = [...list].sort((a, b) => roleRank(a.role) - roleRank(b.role));
        const lead = sorted.find((taking) => taking.role === 'LEAD');
        return {
          node: {
            countryName: row.country ? countryName(String(row.country)) : null,
            id: globalId('JointAction', row.id as string),
            kind: row.kind,
            lead: lead ? { id: globalId('Partner', lead.partnerId), name: lead.partnerName } : null,
            participants: { total: num(row.participants_total) },
            partners: sorted.map((taking) => ({ id: globalId('JointActionPartner', taking.id) })),
            plannedEndDate: row.planned_end_date,
            plannedStartDate: row.planned_start_date,
            stageReached: row.stage_reached,
            status: row.status,
            synergy: row.synergy_id ? { id: globalId('Synergy', row.synergy_id as string), name: row.synergy_name } : null,
            title: row.title,
          },
        };
      }),
      pageInfo: { endCursor: page.length ? Cursor.encode([page.at(-1)!.planned_start_date, page.at(-1)!.id]) : null, hasNextPage: rows.length > first },
      totalCount: num(rows[0]?.total_count),
    },
  };
}

/** One INSERT … SELECT (the partner gives network and country) RETURNING the new row: no audit entry, no checks. */
async function createActivity(sql: Sql, vars: Vars) {
  const input = need(vars.input, 'input');
  const bands = defaultAgeBands();
  const cells = normaliseCells(input.participants ?? [], bands);
  const totals = participantTotals(cells, bands);
  const pg = sql.dialect === 'postgresql';
  const now = pg ? new Date() : Date.now();
  const id = randomUUID();
  const columns: [string, unknown][] = [
    ['id', id],
    ['synergy_id', idFromGlobalId(input.synergyId, 'Synergy')],
    ['type', input.type],
    ['sub_type', input.subType ?? null],
    ['title', input.title],
    ['start_date', input.startDate],
    ['end_date', input.endDate ?? input.startDate],
    ['branches', JSON.stringify(input.branches)],
    ['worker_categories', JSON.stringify(input.workerCategories ?? [])],
    ['informal_sectors', JSON.stringify(input.informalSectors ?? [])],
    ['status', input.status ?? 'PLANNED'],
    ['participant_cells', JSON.stringify(cells)],
    ['participants_total', totals.total],
    ['participants_women', totals.women],
    ['participants_men', totals.men],
    ['participants_other', totals.other],
    ['participants_not_recorded', totals.notRecorded],
    ['participants_youth', totals.youth],
    ['gender_score', 0],
    ['gender_criteria', '[]'],
    ['gender_principal_objective', pg ? false : 0],
    ['version', 1],
    ['created_at', now],
    ['updated_at', now],
  ];
  const rows = await sql.rows(
    `insert into activity (${columns.map(([name]) => name).join(', ')}, network_id, partner_id, country)
     select ${columns.map(() => '?').join(', ')}, p.network_id, p.id, p.country from partner p where p.id = ?
     returning id, title`,
    [...columns.map(([, value]) => value), idFromGlobalId(input.partnerId, 'Partner')],
  );
  const row = rows[0];
  return { createActivity: { activity: row ? { id: globalId('Activity', String(row.id)), title: row.title } : null, errors: [] } };
}

export type Baseline = (sql: Sql, variables: Vars) => Promise<unknown>;

/** Baselines by operation name; operations without one are measured against the gateway alone. */
export const baselines: Record<string, Baseline> = {
  NationalSynergyPartners: partnerList,
  NationalActivities: activityList,
  ContinentalParticipation: networkParticipation,
  NationalSynergyDashboard: synergyDashboard,
  NationalJointActions: jointActionList,
  National_CreateActivity: createActivity,
};
