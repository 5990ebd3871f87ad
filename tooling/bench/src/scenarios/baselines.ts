import { randomUUID } from 'node:crypto';
import { Cursor } from '@mikro-orm/core';
import {
  capacityChangeWindowDays,
  capacityDomains,
  capacityThemes,
  countryName,
  genderMarkerScores,
  missionFormats,
  reviewStatuses,
  roundTo2,
  workStatuses,
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
  scope?: { networkId?: string };
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
  const matching = (p: string) => `${p}.network_id = (select s.network_id from synergy s where s.id = ?)
       and ${p}.id in (select m.partner_id from synergy_membership m where m.synergy_id = ? and ${current})`;
  const rows = await sql.rows(
    `select p.id, p.name, p.acronym, p.country, p.type, p.members_women, p.members_men, p.members_other,
       ${memberships} as memberships, (select count(*) from partner c where ${matching('c')}) as total_count
     from partner p
     where ${matching('p')}
     order by p.name asc, p.id asc
     limit ?`,
    [today, synergyId, synergyId, today, synergyId, synergyId, today, first + 1],
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
  // The total counted apart from the joins (a window over the joined page would join every matching row first).
  const matching = (a: string) => `${a}.network_id = (select x.network_id from synergy x where x.id = ?)
       and ${a}.synergy_id = ? and ${a}.start_date >= ? and ${a}.start_date <= ?`;
  const values = [synergyId, synergyId, filter.from, filter.to];
  const rows = await sql.rows(
    `select a.id, a.country, ${day(sql, 'a.start_date')} as start_date, ${day(sql, 'a.end_date')} as end_date, a.gender_score,
       a.participants_total, a.participants_women, a.participants_youth, a.status, a.sub_type, a.title, a.type,
       p.id as partner_id, p.acronym as partner_acronym, p.name as partner_name, s.id as synergy_id, s.name as synergy_name,
       (select count(*) from activity c where ${matching('c')}) as total_count
     from activity a
     join partner p on p.id = a.partner_id
     left join synergy s on s.id = a.synergy_id
     where ${matching('a')}
     order by a.start_date desc, a.id desc
     limit ?`,
    [...values, ...values, first + 1],
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
  const matching = (j: string) => `${j}.network_id = (select x.network_id from synergy x where x.id = ?) and ${j}.synergy_id = ?`;
  const rows = await sql.rows(
    `select j.id, j.country, j.kind, j.title, j.status, j.stage_reached, j.participants_total,
       ${day(sql, 'j.planned_start_date')} as planned_start_date, ${day(sql, 'j.planned_end_date')} as planned_end_date,
       s.id as synergy_id, s.name as synergy_name, ${takings} as takings,
       (select count(*) from joint_action c where ${matching('c')}) as total_count
     from joint_action j
     left join synergy s on s.id = j.synergy_id
     where ${matching('j')}
     order by j.planned_start_date desc, j.id desc
     limit ?`,
    [synergyId, synergyId, synergyId, synergyId, first + 1],
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

const jsonList = (value: unknown): string[] => (typeof value === 'string' ? JSON.parse(value) : (value as string[]));

/**
 * `NationalMissions`: the missions a synergy organises, targets, or whose
 * target partners are its current members, latest planned start first, with
 * the organiser's name (synergy, else network) joined in.
 */
async function missionList(sql: Sql, vars: Vars) {
  const filter = vars.filter ?? {};
  const synergyId = idFromGlobalId(filter.synergyId, 'Synergy');
  const first = vars.first ?? 20;
  const currentMembers = `select sm.partner_id from synergy_membership sm where sm.synergy_id = ? and (sm.until is null or sm.until >= ?)`;
  // On PostgreSQL the members as an array looked up in the targets' partner index, as the gateway asks (mission.queries.ts).
  const members = sql.dialect === 'postgresql' ? `= any(array(${currentMembers}))` : `in (${currentMembers})`;
  const matching = (m: string) => `${m}.network_id = (select x.network_id from synergy x where x.id = ?)
       and (${m}.organiser_synergy_id = ?
         or ${m}.id in (select t.mission_id from mission_target t where t.synergy_id = ?)
         or ${m}.id in (select t.mission_id from mission_target t where t.partner_id ${members}))`;
  const values = [synergyId, synergyId, synergyId, synergyId, todayIso()];
  const rows = await sql.rows(
    `select m.id, m.title, m.format, m.themes, m.status, m.review_status, m.country, m.city, m.online,
       ${day(sql, 'm.planned_start_date')} as planned_start_date, ${day(sql, 'm.planned_end_date')} as planned_end_date,
       ${day(sql, 'm.actual_start_date')} as actual_start_date, ${day(sql, 'm.actual_end_date')} as actual_end_date,
       coalesce(s.name, n.name) as organiser_name, (select count(*) from capacity_building_mission c where ${matching('c')}) as total_count
     from capacity_building_mission m
     join network n on n.id = m.network_id
     left join synergy s on s.id = m.organiser_synergy_id
     where ${matching('m')}
     order by m.planned_start_date desc, m.id desc
     limit ?`,
    [...values, ...values, first + 1],
  );
  const page = rows.slice(0, first);
  return {
    missions: {
      edges: page.map((row) => ({
        node: {
          actualEndDate: row.actual_end_date ?? null,
          actualStartDate: row.actual_start_date ?? null,
          format: row.format,
          id: globalId('CapacityBuildingMission', row.id as string),
          locked: row.review_status === 'APPROVED',
          organiserName: row.organiser_name,
          place: { city: row.city ?? null, countryName: row.country ? countryName(String(row.country)) : null, online: Boolean(row.online) },
          plannedEndDate: row.planned_end_date,
          plannedStartDate: row.planned_start_date,
          reviewStatus: row.review_status ?? null,
          status: row.status,
          themes: jsonList(row.themes),
          title: row.title,
        },
      })),
      pageInfo: { endCursor: page.length ? Cursor.encode([page.at(-1)!.planned_start_date, page.at(-1)!.id]) : null, hasNextPage: rows.length > first },
      totalCount: num(rows[0]?.total_count),
    },
  };
}

type MissionGroupRow = { key: string | null; missions: number; participants: number; women: number; youth: number };
const money = (value: unknown) => roundTo2(num(value));
/** Most missions first, then most people, then the key (vocabulary order or country code), as the summary orders them. */
const mostMissionsFirst = <T extends MissionGroupRow>(rows: T[], rank: (key: string) => string) =>
  rows.sort((a, b) => b.missions - a.missions || b.participants - a.participants || rank(a.key!).localeCompare(rank(b.key!)));
const vocabularyRank = (list: readonly string[]) => (key: string) => String(list.indexOf(key)).padStart(2, '0');

/**
 * `ContinentalCapacityBuildingSummary` for a network: every figure in one
 * statement, the scope's missions as a CTE and each breakdown a branch of a
 * UNION ALL — by status, theme (JSON unnested), format, country, month,
 * gender marker score × currency, follow-ups, budget by currency, reviews by
 * status, and the capacity change (the rule of issue 6, written out again:
 * each completed mission's target partners, latest score on or before the
 * start against the latest within 365 days after the end, per domain).
 * Columns: dim, k, k2, c (missions), p, w, y (reached people), v1–v8.
 */
async function capacityBuildingSummary(sql: Sql, vars: Vars) {
  const networkId = idFromGlobalId(vars.scope?.networkId, 'Network');
  const from = need(vars.from, 'from');
  const to = need(vars.to, 'to');
  const pg = sql.dialect === 'postgresql';
  const reached = (column: string) => `sum(case when m.status in (${reachedStatuses.map((status) => `'${status}'`).join(', ')}) then m.${column} else 0 end)`;
  const people = `count(*), ${reached('participants_total')}, ${reached('participants_women')}, ${reached('participants_youth')}`;
  const none = (count: number) => Array.from({ length: count }, () => 'null').join(', ');
  const grouped = (dim: string, key: string, fromClause = 'sel m') => `select '${dim}', ${key}, null, ${people}, ${none(8)} from ${fromClause} group by ${key}`;
  // Ratings weighted by the forms returned (a rating without forms has no weight): the sum as v<n>, the weight as v<n+1>.
  const weighted = (column: string, n: number) =>
    `sum(case when m.${column} is not null and m.evaluation_forms_returned > 0 then m.${column} * m.evaluation_forms_returned else 0 end) as v${n},
     sum(case when m.${column} is not null and m.evaluation_forms_returned > 0 then m.evaluation_forms_returned else 0 end) as v${n + 1}`;
  const unnest = pg ? 'jsonb_array_elements_text(m.themes) as t(value)' : 'json_each(m.themes) as t';
  const month = pg ? `to_char(m.planned_start_date, 'YYYY-MM')` : 'substr(m.planned_start_date, 1, 7)';
  const score = pg ? 'm.gender_score::text' : 'cast(m.gender_score as text)';
  const windowEnd = pg ? `(t.end_date + ${capacityChangeWindowDays})` : `date(t.end_date, '+${capacityChangeWindowDays} days')`;
  const scoreOf = (when: string) =>
    `(select sc.score from capacity_score sc join capacity_assessment ca on ca.id = sc.assessment_id
      where ca.partner_id = t.partner_id and sc.domain = d.domain and ${when} order by ca.assessed_on desc, ca.id desc limit 1)`;
  const today = todayIso();
  const rows = await sql.rows(
    `with sel as (
       select id, status, themes, format, country, planned_start_date, planned_end_date, actual_start_date, actual_end_date,
         participants_total, participants_women, participants_youth, gender_score, budget_planned, budget_spent, budget_currency,
         evaluation_forms_returned, evaluation_relevance, evaluation_quality, evaluation_usefulness, review_status
       from capacity_building_mission where network_id = ? and planned_end_date >= ? and planned_start_date <= ?)
     select 'totals' as dim, null as k, null as k2, count(*) as c, ${reached('participants_total')} as p, ${reached('participants_women')} as w,
       ${reached('participants_youth')} as y, sum(case when m.evaluation_forms_returned is not null then 1 else 0 end) as v1,
       sum(coalesce(m.evaluation_forms_returned, 0)) as v2, ${weighted('evaluation_relevance', 3)}, ${weighted('evaluation_quality', 5)},
       ${weighted('evaluation_usefulness', 7)}
     from sel m
     union all ${grouped('status', 'm.status')}
     union all ${grouped('theme', 't.value', `sel m, ${unnest}`)}
     union all ${grouped('format', 'm.format')}
     union all ${grouped('country', 'm.country')}
     union all ${grouped('month', month)}
     union all select 'gender', ${score}, m.budget_currency, ${people}, sum(m.budget_spent), ${none(7)} from sel m group by m.gender_score, m.budget_currency
     union all select 'budget', m.budget_currency, null, count(*), 0, 0, 0, sum(m.budget_planned), sum(m.budget_spent), ${none(6)}
       from sel m where m.budget_currency is not null group by m.budget_currency
     union all select 'review', m.review_status, null, count(*), 0, 0, 0, ${none(8)} from sel m where m.review_status is not null group by m.review_status
     union all select 'followUps', null, null, count(*), 0, 0, 0,
       sum(case when f.status = 'DONE' then 1 else 0 end), sum(case when f.status = 'DROPPED' then 1 else 0 end),
       sum(case when f.status = 'OPEN' then 1 else 0 end), sum(case when f.status = 'OPEN' and f.due_date < ? then 1 else 0 end), ${none(4)}
       from follow_up_action f where f.mission_id in (select id from sel)
     union all select 'change', x.domain, null, count(*), 0, 0, 0, avg(x.before_score), avg(x.after_score), ${none(6)}
       from (
         select d.domain, ${scoreOf('ca.assessed_on <= t.start_date')} as before_score,
           ${scoreOf(`ca.assessed_on > t.end_date and ca.assessed_on <= ${windowEnd}`)} as after_score
         from (select distinct m.id, mt.partner_id, coalesce(m.actual_start_date, m.planned_start_date) as start_date,
                 coalesce(m.actual_end_date, m.planned_end_date) as end_date
               from sel m join mission_target mt on mt.mission_id = m.id where m.status = 'COMPLETED' and mt.partner_id is not null) t
         join (select distinct a.partner_id, s.domain from capacity_score s join capacity_assessment a on a.id = s.assessment_id) d on d.partner_id = t.partner_id
       ) x
       where x.before_score is not null and x.after_score is not null group by x.domain`,
    [networkId, from, to, today],
  );
  const of = (dim: string) => rows.filter((row) => row.dim === dim);
  const group = (row: Record<string, unknown>): MissionGroupRow => ({
    key: row.k === null || row.k === undefined ? null : String(row.k),
    missions: num(row.c),
    participants: num(row.p),
    women: num(row.w),
    youth: num(row.y),
  });
  const v = (row: Record<string, unknown> | undefined, index: number) => (row ? row[`v${index}`] : null);
  const shares = (row: MissionGroupRow) => ({ womenShare: share(row.women, row.participants), youthShare: share(row.youth, row.participants) });
  const totalsRow = of('totals')[0];
  const totals = totalsRow ? group(totalsRow) : { key: null, missions: 0, participants: 0, women: 0, youth: 0 };
  const average = (index: number) => share(num(v(totalsRow, index)), num(v(totalsRow, index + 1)));
  const gender = of('gender');
  const follow = of('followUps')[0];
  const followTotal = num(follow?.c);
  const done = num(v(follow, 1));
  const dropped = num(v(follow, 2));
  const countries = of('country').map(group);
  return {
    capacityBuildingSummary: {
      budget: of('budget')
        .map((row) => ({ currency: String(row.k), planned: money(v(row, 1)), spent: money(v(row, 2)) }))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
      byCountry: [
        ...mostMissionsFirst(
          countries.filter((row) => row.key !== null),
          (key) => key,
        ),
        ...countries.filter((row) => row.key === null),
      ].map((row) => ({
        country: row.key,
        countryName: row.key ? countryName(row.key) : null,
        missions: row.missions,
        participants: row.participants,
        womenShare: shares(row).womenShare,
      })),
      byFormat: mostMissionsFirst(of('format').map(group), vocabularyRank(missionFormats)).map((row) => ({
        format: row.key,
        missions: row.missions,
        participants: row.participants,
        ...shares(row),
      })),
      byGenderMarker: genderMarkerScores.map((score) => {
        const parts = gender.filter((row) => Number(row.k) === score);
        return {
          missions: parts.reduce((sum, row) => sum + num(row.c), 0),
          participants: parts.reduce((sum, row) => sum + num(row.p), 0),
          score,
          spent: parts
            .filter((row) => row.k2 !== null && row.k2 !== undefined && v(row, 1) !== null)
            .map((row) => ({ amount: money(v(row, 1)), currency: String(row.k2) }))
            .sort((a, b) => a.currency.localeCompare(b.currency)),
        };
      }),
      byMonth: of('month')
        .map(group)
        .sort((a, b) => a.key!.localeCompare(b.key!))
        .map((row) => ({ missions: row.missions, month: row.key, participants: row.participants })),
      byStatus: of('status')
        .map(group)
        .map((row) => ({ count: row.missions, status: row.key! }))
        .sort((a, b) => workStatuses.indexOf(a.status as never) - workStatuses.indexOf(b.status as never)),
      byTheme: mostMissionsFirst(of('theme').map(group), vocabularyRank(capacityThemes)).map((row) => ({
        missions: row.missions,
        participants: row.participants,
        theme: row.key,
        ...shares(row),
      })),
      capacityChange: of('change')
        .map((row) => {
          const averageBefore = Number(v(row, 1));
          const averageAfter = Number(v(row, 2));
          return { averageAfter, averageBefore, averageChange: roundTo2(averageAfter - averageBefore), domain: String(row.k), partners: num(row.c) };
        })
        .sort((a, b) => capacityDomains.indexOf(a.domain as never) - capacityDomains.indexOf(b.domain as never)),
      evaluation: {
        formsReturned: num(v(totalsRow, 2)),
        missions: num(v(totalsRow, 1)),
        quality: average(5),
        relevance: average(3),
        usefulness: average(7),
      },
      followUps: {
        completionRate: share(done, followTotal - dropped),
        done,
        dropped,
        open: num(v(follow, 3)),
        overdue: num(v(follow, 4)),
        total: followTotal,
      },
      missions: totals.missions,
      participants: totals.participants,
      reviewsByStatus: of('review')
        .map((row) => ({ count: num(row.c), status: String(row.k) }))
        .sort((a, b) => reviewStatuses.indexOf(a.status as never) - reviewStatuses.indexOf(b.status as never)),
      women: totals.women,
      womenShare: share(totals.women, totals.participants),
      youth: totals.youth,
      youthShare: share(totals.youth, totals.participants),
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
  NationalMissions: missionList,
  ContinentalCapacityBuildingSummary: capacityBuildingSummary,
  National_CreateActivity: createActivity,
};
