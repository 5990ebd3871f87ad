import type { EntityManager, Knex } from '@mikro-orm/knex';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { can, type Subject } from '../permissions/permissions.rules.ts';
import { partnerSubject, synergySubject } from '../permissions/subjects.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import { isIsoDate } from '../shared/dates.ts';
import type { AgeBand } from '../networks/age-bands.rules.ts';
import { normaliseCells } from './activity.values.ts';
import { isPostgres } from '../shared/search.ts';
import { findOnce } from '../shared/request-memo.ts';
import type { ParticipantCell, Sex } from './participant-counts.rules.ts';
import type { RollupDimension } from '../participation-rollup/participation-rollup.entity.ts';
import { rollupStatuses, splitPeriod, type PeriodSplit } from '../participation-rollup/participation-rollup.rules.ts';
import { rollupExpressions } from '../participation-rollup/participation-rollup.store.ts';

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


/** What a summary's breakdowns share: each is one SQL statement, run once per summary however many fields ask for it. */
export abstract class SummaryBreakdowns {
  protected constructor(protected readonly em: EntityManager) {}

  private readonly answers = new Map<string, Promise<unknown>>();

  protected once<T>(key: string, query: () => Promise<T>): Promise<T> {
    if (!this.answers.has(key)) this.answers.set(key, query());
    return this.answers.get(key) as Promise<T>;
  }

  protected hasAnswer(key: string): boolean {
    return this.answers.has(key);
  }

  protected get knex(): Knex {
    return this.em.getKnex();
  }
}

/** One breakdown: the rollup's dimension and group column, and the same grouping over activity rows. */
type Breakdown = { dimension: RollupDimension; rollupGroup: string; activityGroup: string; extraFrom?: string; cells?: boolean };

/** The breakdowns a participation summary answers, by the name of the method that answers each. */
export const participationBreakdowns = ['totals', 'bySexAndAgeBand', 'byType', 'byBranch', 'byGenderMarkerScore', 'byCountry', 'byMonth'] as const;
export type BreakdownName = (typeof participationBreakdowns)[number];

/**
 * People reached in a scope, each breakdown one SQL statement. A network's or
 * a synergy's whole months come from the participation rollup (kept in step
 * with every write), only the part-months at either end of the period from
 * the activities themselves; a partner's few activities are summed directly.
 * The gateway asks only for the breakdowns a query selects.
 */
export class ParticipationSummary extends SummaryBreakdowns {
  private readonly period: PeriodSplit;

  private constructor(
    em: EntityManager,
    private readonly scope: { column: 'network_id' | 'synergy_id' | 'partner_id'; id: string; networkId: string },
    private readonly from: string | null,
    private readonly to: string | null,
    readonly ageBands: AgeBand[],
  ) {
    super(em);
    // A partner's activities are few and indexed by partner: the rollup (per network and synergy) would not help.
    this.period = scope.column === 'partner_id' ? { months: null, days: [{ from, to }] } : splitPeriod(from, to);
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
    // Read once per request: the query's other root fields (the synergy, the network) read the same rows.
    const networkOf = (networkId: string) => findOnce(ctx.em, Network, networkId);
    if (key === 'networkId') {
      network = await networkOf(id);
      // The whole network's numbers are for those who read every activity in it: an activity
      // of no partner and no synergy is a subject only network-wide grants cover.
      subject = network && { kind: 'Activity', networkId: network.id, partnerId: '', synergyIds: [] };
    } else if (key === 'synergyId') {
      const synergy = await findOnce(ctx.em, Synergy, id);
      [network, subject] = synergy ? await Promise.all([networkOf(synergy.network.id), synergySubject(ctx.em, synergy)]) : [null, null];
    } else {
      const partner = await findOnce(ctx.em, Partner, id);
      [network, subject] = partner ? await Promise.all([networkOf(partner.network.id), partnerSubject(ctx.em, partner)]) : [null, null];
    }
    if (!network || !subject || !can(ctx.actor, 'read', subject)) throw invisible();
    const column = key === 'networkId' ? 'network_id' : key === 'synergyId' ? 'synergy_id' : 'partner_id';
    return new ParticipationSummary(ctx.em, { column, id, networkId: network.id }, from ?? null, to ?? null, network.ageBands);
  }

  /** What each breakdown groups by, in the rollup and over activity rows. */
  private breakdown(name: BreakdownName): Breakdown {
    const x = rollupExpressions(isPostgres(this.em));
    const byKey = (dimension: RollupDimension, activityGroup: string, extraFrom?: string): Breakdown => ({ dimension, rollupGroup: 'r.group_key', activityGroup, extraFrom });
    switch (name) {
      case 'totals':
        return { dimension: 'TOTAL', rollupGroup: `''`, activityGroup: `''` };
      case 'byMonth':
        return { dimension: 'TOTAL', rollupGroup: 'r.month', activityGroup: x.month };
      case 'bySexAndAgeBand':
        return { ...byKey('CELL', x.cellKey, x.unnestCells), cells: true };
      case 'byType':
        return byKey('TYPE', 'a.type');
      case 'byBranch':
        return byKey('BRANCH', 'b.value', x.unnestBranches);
      case 'byGenderMarkerScore':
        return byKey('SCORE', x.score);
      case 'byCountry':
        return byKey('COUNTRY', 'a.country');
    }
  }

  /**
   * The SQL of one breakdown, labelled `lane`: the rollup rows of the whole
   * months and the activities of the part-months, as `union all` branches.
   */
  private branches(lane: BreakdownName, bindings: unknown[]): string[] {
    const breakdown = this.breakdown(lane);
    const parts: string[] = [];
    const { months, days } = this.period;
    if (months) {
      const conditions: [string, unknown][] = [
        ['r.network_id = ?', this.scope.networkId],
        ['r.dimension = ?', breakdown.dimension],
        ...(this.scope.column === 'synergy_id' ? [['r.synergy_key = ?', this.scope.id] as [string, unknown]] : []),
        ...(months.from ? [['r.month >= ?', months.from] as [string, unknown]] : []),
        ...(months.until ? [['r.month < ?', months.until] as [string, unknown]] : []),
      ];
      bindings.push(...conditions.map(([, value]) => value));
      parts.push(
        `select '${lane}' as lane, ${breakdown.rollupGroup} as group_key, r.activity_count, r.total, r.women, r.youth, r.men, r.other, r.not_recorded ` +
          `from participation_rollup r where ${conditions.map(([condition]) => condition).join(' and ')}`,
      );
    }
    if (days.length) {
      const where = [`a.${this.scope.column} = ?`, `a.status in (${rollupStatuses.map(() => '?').join(', ')})`];
      bindings.push(this.scope.id, ...rollupStatuses);
      const ranges = days.map((range) => {
        const bounds = [range.from && 'a.start_date >= ?', range.to && 'a.start_date <= ?'].filter(Boolean);
        bindings.push(...[range.from, range.to].filter(Boolean));
        return bounds.length ? `(${bounds.join(' and ')})` : '1 = 1';
      });
      where.push(`(${ranges.join(' or ')})`);
      const measures = breakdown.cells
        ? `count(*) as activity_count, sum(${rollupExpressions(isPostgres(this.em)).cellCount}) as total, 0 as women, 0 as youth, 0 as men, 0 as other, 0 as not_recorded`
        : 'count(*) as activity_count, sum(a.participants_total) as total, sum(a.participants_women) as women, sum(a.participants_youth) as youth, ' +
          'sum(a.participants_men) as men, sum(a.participants_other) as other, sum(a.participants_not_recorded) as not_recorded';
      parts.push(
        `select '${lane}' as lane, ${breakdown.activityGroup} as group_key, ${measures} from activity a${breakdown.extraFrom ? `, ${breakdown.extraFrom}` : ''} ` +
          `where ${where.join(' and ')} group by 2`,
      );
    }
    return parts;
  }

  /** Sums several breakdowns in one SQL statement, each row labelled with its breakdown. */
  private async query(lanes: BreakdownName[]): Promise<Map<BreakdownName, Row[]>> {
    const bindings: unknown[] = [];
    const parts = lanes.flatMap((lane) => this.branches(lane, bindings));
    const answer = new Map<BreakdownName, Row[]>(lanes.map((lane) => [lane, []]));
    if (!parts.length) return answer;
    const sql =
      'select lane, group_key, sum(activity_count) as activity_count, sum(total) as total, sum(women) as women, sum(youth) as youth, ' +
      `sum(men) as men, sum(other) as other, sum(not_recorded) as not_recorded from (${parts.join(' union all ')}) parts group by lane, group_key`;
    for (const row of (await this.em.execute(sql, bindings)) as Row[]) answer.get(row.lane as BreakdownName)?.push(row);
    return answer;
  }

  /**
   * Loads these breakdowns together, in one SQL statement, ahead of the fields
   * that read them (the gateway passes what the query selects); a breakdown
   * not prefetched is loaded on its own when asked for.
   */
  prefetch(names: Iterable<BreakdownName>): void {
    const lanes = [...new Set(names)].filter((name) => !this.hasAnswer(`rows:${name}`));
    if (lanes.length < 2) return;
    const answer = this.query(lanes);
    for (const lane of lanes) this.once(`rows:${lane}`, async () => (await answer).get(lane)!);
  }

  private rowsOf(name: BreakdownName): Promise<Row[]> {
    return this.once(`rows:${name}`, async () => (await this.query([name])).get(name)!);
  }

  totals(): Promise<ParticipationTotals> {
    return this.once('totals', async () => {
      const [row] = await this.rowsOf('totals');
      return { ...group(row ?? {}), men: num(row?.men), other: num(row?.other), notRecorded: num(row?.not_recorded) };
    });
  }

  /** People by sex × age band, from the grids unnested in SQL; non-zero cells in sex then band order. */
  bySexAndAgeBand(): Promise<ParticipantCell[]> {
    return this.once('bySexAndAgeBand', async () => {
      const cells = (await this.rowsOf('bySexAndAgeBand')).map((row) => {
        const key = String(row.group_key);
        const split = key.indexOf(':');
        return { sex: key.slice(0, split) as Sex, ageBandId: key.slice(split + 1) || null, count: num(row.total) };
      });
      return normaliseCells(cells, this.ageBands);
    });
  }

  private async groupedBy(name: BreakdownName): Promise<(ParticipationGroup & { key: string })[]> {
    return (await this.rowsOf(name)).map((row) => ({ key: String(row.group_key), ...group(row) }));
  }

  private static largestFirst = <T extends ParticipationGroup & { key: string }>(rows: T[]) =>
    rows.sort((a, b) => b.total - a.total || b.activityCount - a.activityCount || a.key.localeCompare(b.key));

  async byType() {
    return ParticipationSummary.largestFirst(await this.groupedBy('byType'));
  }

  /** An activity addressing several branches counts in each. */
  async byBranch() {
    return ParticipationSummary.largestFirst(await this.groupedBy('byBranch'));
  }

  async byGenderMarkerScore() {
    return (await this.groupedBy('byGenderMarkerScore')).sort((a, b) => Number(a.key) - Number(b.key));
  }

  async byCountry() {
    return ParticipationSummary.largestFirst(await this.groupedBy('byCountry'));
  }

  /** By month of the start date, YYYY-MM, oldest first. */
  async byMonth() {
    return (await this.groupedBy('byMonth')).sort((a, b) => a.key.localeCompare(b.key));
  }
}
