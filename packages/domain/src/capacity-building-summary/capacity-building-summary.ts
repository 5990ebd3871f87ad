import type { Knex } from '@mikro-orm/knex';
import type { DomainContext } from '../shared/context.ts';
import { todayIso } from '../shared/dates.ts';
import { isPostgres } from '../shared/search.ts';
import { workStatuses, type WorkStatus } from '../activities/activity-status.rules.ts';
import { currentMemberIds } from '../activities/activity.queries.ts';
import { ScopedSummary, num, peopleColumns, readableSummaryScope, share } from '../activities/summary-scope.ts';
import { genderMarkerScores } from '../activities/gender-marker.rules.ts';
import { capacityChangeOfMissions, type CapacityChange } from '../capacity-assessments/capacity-change.ts';
import { roundTo2 } from '../capacity-assessments/capacity-assessment.rules.ts';
import { capacityThemes, missionFormats, reviewStatuses, type CapacityTheme, type MissionFormat, type ReviewStatus } from '../missions/capacity-building.vocabulary.ts';

export type CapacityBuildingScope = { networkId?: string | null; synergyId?: string | null; partnerId?: string | null };

/** Missions and the people they reached; shares are null when nobody was counted. */
export type MissionGroup = {
  missions: number;
  participants: number;
  women: number;
  youth: number;
  womenShare: number | null;
  youthShare: number | null;
};

export type CapacityBuildingTotals = MissionGroup;
export type CapacityThemeGroup = MissionGroup & { theme: CapacityTheme };
export type MissionFormatGroup = MissionGroup & { format: MissionFormat };
/** country null: online-only missions. */
export type MissionCountryGroup = MissionGroup & { country: string | null };
export type MissionMonthGroup = MissionGroup & { month: string };
export type Money = { amount: number; currency: string };
export type MissionGenderMarkerGroup = MissionGroup & { score: number; spent: Money[] };

export type EvaluationAverages = {
  missions: number;
  formsReturned: number;
  relevance: number | null;
  quality: number | null;
  usefulness: number | null;
};

export type FollowUpCompletion = { total: number; done: number; dropped: number; open: number; overdue: number; completionRate: number | null };
export type BudgetByCurrency = { currency: string; planned: number; spent: number };

type Row = Record<string, unknown>;

/** The breakdowns that group missions the same way, which one statement can load together. */
const groupedBreakdowns = ['byStatus', 'byTheme', 'byFormat', 'byCountry', 'byMonth'] as const;
type GroupedBreakdown = (typeof groupedBreakdowns)[number];
/** Decimal sums come back as strings on PostgreSQL and may carry float noise on SQLite: cents are what count. */
const money = (value: unknown) => roundTo2(num(value));
/** Missions, and people summed over the missions that reached people only. */
const groupColumns = `count(*) as missions, ${peopleColumns('m')}`;

function group(row: Row): MissionGroup {
  const participants = num(row.participants);
  return {
    missions: num(row.missions),
    participants,
    women: num(row.women),
    youth: num(row.youth),
    womenShare: share(num(row.women), participants),
    youthShare: share(num(row.youth), participants),
  };
}

/** Most missions first, then most people; `key` breaks ties so the order is stable. */
const largestFirst = <T extends MissionGroup>(rows: T[], key: (row: T) => string) =>
  rows.sort((a, b) => b.missions - a.missions || b.participants - a.participants || key(a).localeCompare(key(b)));

/**
 * Capacity building of a network, synergy or partner whose missions' planned
 * period overlaps [from, to]. Each breakdown is one aggregate SQL statement,
 * run once and only when asked, so the statement count never depends on how
 * many missions there are. Counts include every status; people count only
 * ongoing and completed missions, as in `ParticipationSummary`.
 */
export class CapacityBuildingSummary extends ScopedSummary {
  /**
   * Checks the scope (exactly one id, whose missions the actor may all read)
   * and the dates; bad arguments are InvalidArgumentErrors naming the
   * argument. `today` (default the current UTC day) dates overdue follow-ups.
   */
  static async open(
    ctx: DomainContext,
    scope: CapacityBuildingScope,
    from: string | null | undefined,
    to: string | null | undefined,
    today: string = todayIso(),
  ): Promise<CapacityBuildingSummary> {
    // The subject is a mission of the scope with no other facts: whoever may read it may read every
    // mission the figures sum (network-wide grants only for a network, the synergy's own for a synergy).
    const checked = await readableSummaryScope(ctx, scope, { from, to, today }, (owners) => ({
      kind: 'Mission',
      networkId: owners.networkId,
      organiserSynergyId: null,
      synergyIds: owners.synergyIds,
      partnerIds: owners.partnerIds,
    }));
    return new CapacityBuildingSummary(ctx.em, checked, from ?? null, to ?? null, today);
  }

  /**
   * The missions summed, as alias `m` (plus `extraFrom`, a FROM-clause fragment):
   * the scope and the planned period overlapping [from, to].
   */
  private missions(extraFrom?: string): Knex.QueryBuilder {
    const query = this.knex.from(this.knex.raw(`capacity_building_mission as m${extraFrom ? `, ${extraFrom}` : ''}`));
    const { key, id } = this.scope;
    if (key === 'networkId') query.where('m.network_id', id);
    if (key === 'synergyId') {
      const targeted = this.knex
        .select('t.mission_id')
        .from('mission_target as t')
        .where('t.synergy_id', id)
        .orWhereIn('t.partner_id', currentMemberIds(this.em, [id]));
      query.where((where) => where.where('m.organiser_synergy_id', id).orWhereIn('m.id', targeted));
    }
    if (key === 'partnerId') query.whereIn('m.id', this.knex.select('t.mission_id').from('mission_target as t').where('t.partner_id', id));
    if (this.from) query.where('m.planned_end_date', '>=', this.from);
    if (this.to) query.where('m.planned_start_date', '<=', this.to);
    return query;
  }

  /** The ids of the missions summed, as a subquery (for the capacity change). */
  missionIds(): Knex.QueryBuilder {
    return this.missions().select('m.id');
  }

  /** Missions and people, with the evaluation averages, in one statement. */
  private totalsRow(): Promise<Row> {
    return this.once('totals', async () => {
      // Ratings are weighted by the forms returned; a rating without forms has no weight.
      const weighted = (column: string) =>
        `sum(case when m.${column} is not null and m.evaluation_forms_returned > 0 then m.${column} * m.evaluation_forms_returned else 0 end) as ${column}_sum, ` +
        `sum(case when m.${column} is not null and m.evaluation_forms_returned > 0 then m.evaluation_forms_returned else 0 end) as ${column}_forms`;
      const [row = {}] = await this.rows(
        this.missions().select(
          this.knex.raw(
            `${groupColumns}, ` +
              `sum(case when m.evaluation_forms_returned is not null then 1 else 0 end) as evaluated, ` +
              `sum(coalesce(m.evaluation_forms_returned, 0)) as forms_returned, ` +
              `${weighted('evaluation_relevance')}, ${weighted('evaluation_quality')}, ${weighted('evaluation_usefulness')}`,
          ),
        ),
      );
      return row;
    });
  }

  async totals(): Promise<CapacityBuildingTotals> {
    return group(await this.totalsRow());
  }

  async evaluation(): Promise<EvaluationAverages> {
    const row = await this.totalsRow();
    const average = (column: string) => share(num(row[`${column}_sum`]), num(row[`${column}_forms`]));
    return {
      missions: num(row.evaluated),
      formsReturned: num(row.forms_returned),
      relevance: average('evaluation_relevance'),
      quality: average('evaluation_quality'),
      usefulness: average('evaluation_usefulness'),
    };
  }

  /** What each grouped breakdown groups the missions by (with a FROM fragment when it unnests a list). */
  private grouping(name: GroupedBreakdown): { expression: string; extraFrom?: string } {
    const postgres = isPostgres(this.em);
    switch (name) {
      case 'byStatus':
        return { expression: 'm.status' };
      case 'byTheme':
        return { expression: 't.value', extraFrom: postgres ? 'jsonb_array_elements_text(m.themes) as t(value)' : 'json_each(m.themes) as t' };
      case 'byFormat':
        return { expression: 'm.format' };
      case 'byCountry':
        return { expression: 'm.country' };
      case 'byMonth':
        return { expression: postgres ? `to_char(m.planned_start_date, 'YYYY-MM')` : 'substr(m.planned_start_date, 1, 7)' };
    }
  }

  private groupQuery(name: GroupedBreakdown): Knex.QueryBuilder {
    const { expression, extraFrom } = this.grouping(name);
    return this.missions(extraFrom)
      .select(this.knex.raw(`'${name}' as lane, ${expression} as group_key, ${groupColumns}`))
      .groupByRaw(expression);
  }

  private static groups = (rows: Row[]) =>
    rows.map((row) => ({ key: row.group_key === null || row.group_key === undefined ? null : String(row.group_key), ...group(row) }));

  private groupedBy(name: GroupedBreakdown): Promise<(MissionGroup & { key: string | null })[]> {
    return this.once(`grouped:${name}`, async () => CapacityBuildingSummary.groups(await this.rows(this.groupQuery(name))));
  }

  /**
   * Loads these grouped breakdowns together, in one SQL statement (a `union
   * all`, each row labelled with its breakdown), ahead of the fields that read
   * them; the gateway passes what the query selects.
   */
  prefetch(names: Iterable<string>): void {
    const lanes = [...new Set(names)].filter((name): name is GroupedBreakdown => (groupedBreakdowns as readonly string[]).includes(name));
    if (lanes.length < 2) return;
    // Joined by hand: knex would move the first branch's GROUP BY after the union.
    const branches = lanes.map((lane) => this.groupQuery(lane).toSQL());
    const answer = this.em.execute<Row[]>(
      branches.map((branch) => branch.sql).join(' union all '),
      branches.flatMap((branch) => branch.bindings),
    );
    for (const lane of lanes) {
      this.once(`grouped:${lane}`, async () => CapacityBuildingSummary.groups((await answer).filter((row) => row.lane === lane)));
    }
  }

  /** By status, in the order of the status table. */
  async byStatus(): Promise<{ status: WorkStatus; count: number }[]> {
    const rows = await this.groupedBy('byStatus');
    return rows
      .map((row) => ({ status: row.key as WorkStatus, count: row.missions }))
      .sort((a, b) => workStatuses.indexOf(a.status) - workStatuses.indexOf(b.status));
  }

  /** A mission counts under each of its themes (the JSON list is unnested in SQL); most missions first. */
  async byTheme(): Promise<CapacityThemeGroup[]> {
    const rows = (await this.groupedBy('byTheme')).map(({ key, ...rest }) => ({ theme: key as CapacityTheme, ...rest }));
    return largestFirst(rows, (row) => String(capacityThemes.indexOf(row.theme)).padStart(2, '0'));
  }

  async byFormat(): Promise<MissionFormatGroup[]> {
    const rows = (await this.groupedBy('byFormat')).map(({ key, ...rest }) => ({ format: key as MissionFormat, ...rest }));
    return largestFirst(rows, (row) => String(missionFormats.indexOf(row.format)).padStart(2, '0'));
  }

  /** Most missions first; online-only missions (no country) last. */
  async byCountry(): Promise<MissionCountryGroup[]> {
    const rows = (await this.groupedBy('byCountry')).map(({ key, ...rest }) => ({ country: key, ...rest }));
    const placed = largestFirst(
      rows.filter((row) => row.country !== null),
      (row) => row.country!,
    );
    return [...placed, ...rows.filter((row) => row.country === null)];
  }

  /** By month of planned start, YYYY-MM, oldest first. */
  async byMonth(): Promise<MissionMonthGroup[]> {
    const rows = (await this.groupedBy('byMonth')).map(({ key, ...rest }) => ({ month: key!, ...rest }));
    return rows.sort((a, b) => a.month.localeCompare(b.month));
  }

  /**
   * Every score 0 to 2 (zeros included, so a chart always has three bars),
   * with the budget spent per currency: one statement grouped by score and currency.
   */
  byGenderMarker(): Promise<MissionGenderMarkerGroup[]> {
    return this.once('byGenderMarker', async () => {
      const rows = await this.rows(
        this.missions()
          .select(this.knex.raw(`m.gender_score as score, m.budget_currency as currency, sum(m.budget_spent) as spent, ${groupColumns}`))
          .groupBy(['m.gender_score', 'm.budget_currency']),
      );
      return genderMarkerScores.map((score) => {
        const parts = rows.filter((row) => num(row.score) === score);
        const sum = (name: keyof MissionGroup) => parts.reduce((total, row) => total + num(row[name]), 0);
        const participants = sum('participants');
        const spent = parts
          .filter((row) => row.currency !== null && row.spent !== null)
          .map((row) => ({ currency: String(row.currency), amount: money(row.spent) }))
          .sort((a, b) => a.currency.localeCompare(b.currency));
        return {
          score,
          missions: sum('missions'),
          participants,
          women: sum('women'),
          youth: sum('youth'),
          womenShare: share(sum('women'), participants),
          youthShare: share(sum('youth'), participants),
          spent,
        };
      });
    });
  }

  /** Follow-up actions of the missions summed; overdue ones are open with a due date before today. */
  followUps(): Promise<FollowUpCompletion> {
    return this.once('followUps', async () => {
      const [row = {}] = await this.rows(
        this.knex
          .from('follow_up_action as f')
          .whereIn('f.mission_id', this.missionIds())
          .select(
            this.knex.raw(
              `count(*) as total, sum(case when f.status = 'DONE' then 1 else 0 end) as done, sum(case when f.status = 'DROPPED' then 1 else 0 end) as dropped, ` +
                `sum(case when f.status = 'OPEN' then 1 else 0 end) as open, sum(case when f.status = 'OPEN' and f.due_date < ? then 1 else 0 end) as overdue`,
              [this.today],
            ),
          ),
      );
      const total = num(row.total);
      const done = num(row.done);
      const dropped = num(row.dropped);
      // Dropped actions were decided against, so they neither count as done nor as left to do.
      return { total, done, dropped, open: num(row.open), overdue: num(row.overdue), completionRate: share(done, total - dropped) };
    });
  }

  /** Planned against spent, per currency (amounts in different currencies are never added up). */
  budget(): Promise<BudgetByCurrency[]> {
    return this.once('budget', async () => {
      const rows = await this.rows(
        this.missions()
          .whereNotNull('m.budget_currency')
          .select(this.knex.raw('m.budget_currency as currency, sum(m.budget_planned) as planned, sum(m.budget_spent) as spent'))
          .groupBy('m.budget_currency'),
      );
      return rows.map((row) => ({ currency: String(row.currency), planned: money(row.planned), spent: money(row.spent) })).sort((a, b) => a.currency.localeCompare(b.currency));
    });
  }

  /** Reviews by status, in workflow order; missions nobody reviews are left out. */
  reviewsByStatus(): Promise<{ status: ReviewStatus; count: number }[]> {
    return this.once('reviewsByStatus', async () => {
      const rows = await this.rows(
        this.missions().whereNotNull('m.review_status').select(this.knex.raw('m.review_status as status, count(*) as count')).groupBy('m.review_status'),
      );
      return rows
        .map((row) => ({ status: row.status as ReviewStatus, count: num(row.count) }))
        .sort((a, b) => reviewStatuses.indexOf(a.status) - reviewStatuses.indexOf(b.status));
    });
  }

  /** How the target partners of the completed missions summed changed, domain by domain (the rule is `capacityChangeOfMissions`'s). */
  capacityChange(): Promise<CapacityChange[]> {
    return this.once('capacityChange', () => capacityChangeOfMissions(this.em, this.missionIds()));
  }
}
