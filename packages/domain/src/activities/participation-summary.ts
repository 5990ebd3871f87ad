import type { EntityManager, Knex } from '@mikro-orm/knex';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { can, type Subject } from '../permissions/permissions.rules.ts';
import { partnerSubject, synergySubject } from '../permissions/subjects.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import { isIsoDate } from '../shared/dates.ts';
import type { AgeBand } from '../networks/age-bands.rules.ts';
import { unnestBranches } from './activity.queries.ts';
import { normaliseCells } from './activity.values.ts';
import { isPostgres } from '../shared/search.ts';
import type { ParticipantCell, Sex } from './participant-counts.rules.ts';

export type ParticipationScope = { networkId?: string | null; synergyId?: string | null; partnerId?: string | null };

/**
 * The one id a summary's scope names, with its days checked (`from` not after
 * `to`); bad arguments are InvalidArgumentErrors naming the argument. The
 * participation and joint action summaries take the same arguments.
 */
export function checkSummaryArguments(
  scope: ParticipationScope,
  days: { from?: string | null | undefined; to?: string | null | undefined; [name: string]: string | null | undefined },
): { key: 'networkId' | 'synergyId' | 'partnerId'; id: string } {
  const given = (['networkId', 'synergyId', 'partnerId'] as const).filter((key) => scope[key]);
  if (given.length !== 1) throw new InvalidArgumentError('scope', `give exactly one of networkId, synergyId, partnerId (got ${given.length})`);
  for (const [name, value] of Object.entries(days)) {
    if (value && !isIsoDate(value)) throw new InvalidArgumentError(name, 'must be a date in the form YYYY-MM-DD');
  }
  const { from, to } = days;
  if (from && to && to < from) throw new InvalidArgumentError('to', `must not be before from (${from})`);
  const key = given[0]!;
  return { key, id: scope[key]! };
}

/** Sums over a group of activities; shares are null when nobody was counted. */
export type ParticipationGroup = {
  activityCount: number;
  total: number;
  women: number;
  youth: number;
  womenShare: number | null;
  youthShare: number | null;
};

export type ParticipationTotals = ParticipationGroup & { men: number; other: number; notRecorded: number };

/** The statuses whose people were reached: planned and cancelled work reached nobody yet. */
export const reachedStatuses = ['ONGOING', 'COMPLETED'] as const;

type Row = Record<string, unknown>;
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

function group(row: Row): ParticipationGroup {
  const total = num(row.total);
  const share = (part: number) => (total === 0 ? null : part / total);
  return {
    activityCount: num(row.activity_count),
    total,
    women: num(row.women),
    youth: num(row.youth),
    womenShare: share(num(row.women)),
    youthShare: share(num(row.youth)),
  };
}

const sums = (alias = 'a') =>
  `count(*) as activity_count, sum(${alias}.participants_total) as total, sum(${alias}.participants_women) as women, sum(${alias}.participants_youth) as youth`;

/** What a summary's breakdowns share: each is one SQL statement, run once per summary however many fields ask for it. */
export abstract class SummaryBreakdowns {
  protected constructor(protected readonly em: EntityManager) {}

  private readonly answers = new Map<string, Promise<unknown>>();

  protected once<T>(key: string, query: () => Promise<T>): Promise<T> {
    if (!this.answers.has(key)) this.answers.set(key, query());
    return this.answers.get(key) as Promise<T>;
  }

  protected get knex(): Knex {
    return this.em.getKnex();
  }
}

/**
 * People reached in a scope, each breakdown one aggregate SQL statement over
 * the activity rows (the participants grid is unnested in the database); the
 * gateway asks only for the breakdowns a query selects.
 */
export class ParticipationSummary extends SummaryBreakdowns {
  private constructor(
    em: EntityManager,
    private readonly scope: { column: 'network_id' | 'synergy_id' | 'partner_id'; id: string },
    private readonly from: string | null,
    private readonly to: string | null,
    readonly ageBands: AgeBand[],
  ) {
    super(em);
  }

  /**
   * Checks the scope (exactly one id, which the actor may read) and the dates;
   * bad arguments are InvalidArgumentErrors naming the argument.
   */
  static async open(ctx: DomainContext, scope: ParticipationScope, from?: string | null, to?: string | null): Promise<ParticipationSummary> {
    const { key, id } = checkSummaryArguments(scope, { from, to });
    const invisible = () => new InvalidArgumentError(`scope.${key}`, 'names nothing you may see');
    let subject: Subject | null = null;
    let network: Network | null = null;
    if (key === 'networkId') {
      network = await ctx.em.findOne(Network, { id });
      // The whole network's numbers are for those who read every activity in it: an activity
      // of no partner and no synergy is a subject only network-wide grants cover.
      subject = network && { kind: 'Activity', networkId: network.id, partnerId: '', synergyIds: [] };
    } else if (key === 'synergyId') {
      const synergy = await ctx.em.findOne(Synergy, { id }, { populate: ['network'] });
      network = synergy?.network.getEntity() ?? null;
      subject = synergy && (await synergySubject(ctx.em, synergy));
    } else {
      const partner = await ctx.em.findOne(Partner, { id }, { populate: ['network'] });
      network = partner?.network.getEntity() ?? null;
      subject = partner && (await partnerSubject(ctx.em, partner));
    }
    if (!network || !subject || !can(ctx.actor, 'read', subject)) throw invisible();
    const column = key === 'networkId' ? 'network_id' : key === 'synergyId' ? 'synergy_id' : 'partner_id';
    return new ParticipationSummary(ctx.em, { column, id }, from ?? null, to ?? null, network.ageBands);
  }

  /** The activities summed: the scope, the dates, and only work that reached people. */
  private where(query: Knex.QueryBuilder, alias = 'a'): Knex.QueryBuilder {
    query.where(`${alias}.${this.scope.column}`, this.scope.id).whereIn(`${alias}.status`, [...reachedStatuses]);
    if (this.from) query.where(`${alias}.start_date`, '>=', this.from);
    if (this.to) query.where(`${alias}.start_date`, '<=', this.to);
    return query;
  }

  private activities(extraFrom?: string): Knex.QueryBuilder {
    return this.where(this.knex.from(this.knex.raw(`activity as a${extraFrom ? `, ${extraFrom}` : ''}`)));
  }

  totals(): Promise<ParticipationTotals> {
    return this.once('totals', () => this.queryTotals());
  }

  private async queryTotals(): Promise<ParticipationTotals> {
    const [row] = (await this.activities().select(
      this.knex.raw(
        `${sums()}, sum(a.participants_men) as men, sum(a.participants_other) as other, sum(a.participants_not_recorded) as not_recorded`,
      ),
    )) as Row[];
    return { ...group(row ?? {}), men: num(row?.men), other: num(row?.other), notRecorded: num(row?.not_recorded) };
  }

  /** People by sex × age band, from the grids unnested in SQL; non-zero cells in sex then band order. */
  bySexAndAgeBand(): Promise<ParticipantCell[]> {
    return this.once('bySexAndAgeBand', () => this.queryBySexAndAgeBand());
  }

  private async queryBySexAndAgeBand(): Promise<ParticipantCell[]> {
    const postgres = isPostgres(this.em);
    const unnest = postgres ? 'jsonb_array_elements(a.participant_cells) as c(value)' : 'json_each(a.participant_cells) as c';
    const field = (name: string) => (postgres ? `c.value->>'${name}'` : `json_extract(c.value, '$.${name}')`);
    const rows = (await this.activities(unnest)
      .select(this.knex.raw(`${field('sex')} as sex, ${field('ageBandId')} as age_band_id, sum(cast(${field('count')} as integer)) as count`))
      .groupByRaw(`${field('sex')}, ${field('ageBandId')}`)) as Row[];
    const cells = rows.map((row) => ({ sex: row.sex as Sex, ageBandId: (row.age_band_id as string | null) ?? null, count: num(row.count) }));
    return normaliseCells(cells, this.ageBands);
  }

  private groupedBy(expression: string, extraFrom?: string): Promise<(ParticipationGroup & { key: string })[]> {
    return this.once(expression, () => this.queryGroupedBy(expression, extraFrom));
  }

  private async queryGroupedBy(expression: string, extraFrom?: string): Promise<(ParticipationGroup & { key: string })[]> {
    const rows = (await this.activities(extraFrom)
      .select(this.knex.raw(`${expression} as group_key, ${sums()}`))
      .groupByRaw(expression)) as Row[];
    return rows.map((row) => ({ key: String(row.group_key), ...group(row) }));
  }

  private static largestFirst = <T extends ParticipationGroup & { key: string }>(rows: T[]) =>
    rows.sort((a, b) => b.total - a.total || b.activityCount - a.activityCount || a.key.localeCompare(b.key));

  async byType() {
    return ParticipationSummary.largestFirst([...(await this.groupedBy('a.type'))]);
  }

  /** An activity addressing several branches counts in each. */
  async byBranch() {
    return ParticipationSummary.largestFirst([...(await this.groupedBy('b.value', unnestBranches(this.em, 'a')))]);
  }

  async byGenderMarkerScore() {
    return [...(await this.groupedBy('a.gender_score'))].sort((a, b) => Number(a.key) - Number(b.key));
  }

  async byCountry() {
    return ParticipationSummary.largestFirst([...(await this.groupedBy('a.country'))]);
  }

  /** By month of the start date, YYYY-MM, oldest first. */
  async byMonth() {
    const month = isPostgres(this.em) ? `to_char(a.start_date, 'YYYY-MM')` : 'substr(a.start_date, 1, 7)';
    return [...(await this.groupedBy(month))].sort((a, b) => a.key.localeCompare(b.key));
  }
}
