import type { Knex } from '@mikro-orm/knex';
import type { DomainContext } from '../shared/context.ts';
import { todayIso } from '../shared/dates.ts';
import { workStatuses, type WorkStatus } from '../activities/activity-status.rules.ts';
import { ScopedSummary, num, peopleColumns, readableSummaryScope, share } from '../activities/summary-scope.ts';
import { jointActionKinds, policyStages, type JointActionKind, type PolicyStage } from './joint-action.vocabulary.ts';

export type JointActionScope = { networkId?: string | null; synergyId?: string | null; partnerId?: string | null };

export type JointActionTotals = {
  count: number;
  participants: number;
  women: number;
  youth: number;
  womenShare: number | null;
  youthShare: number | null;
};

export type JointActionCountryGroup = {
  /** null for continental joint actions. */
  country: string | null;
  count: number;
  /** Political actions whose outcomes reached at least one stage. */
  withOutcomes: number;
  participants: number;
  womenShare: number | null;
  youthShare: number | null;
};

/** How far ahead "upcoming" milestones look, in days from today. */
export const upcomingMilestoneDays = 30;

/** The statuses whose milestones still matter: work not finished or cancelled. */
const activeStatuses: readonly WorkStatus[] = ['PLANNED', 'ONGOING'];

/** People reached, summed over the actions that reached people only. */
const people = peopleColumns('a');

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Joint actions of a network, synergy or partner whose planned period
 * overlaps [from, to], each breakdown one aggregate SQL statement (run once,
 * and only when asked). Counts include every status; people reached count
 * only ongoing and completed actions, as in `ParticipationSummary`.
 */
export class JointActionSummary extends ScopedSummary {
  /**
   * Checks the scope (exactly one id, whose joint actions the actor may all
   * read) and the dates; bad arguments are InvalidArgumentErrors naming the
   * argument. `today` (default the current UTC day) dates overdue and upcoming milestones.
   */
  static async open(
    ctx: DomainContext,
    scope: JointActionScope,
    from: string | null | undefined,
    to: string | null | undefined,
    today: string = todayIso(),
  ): Promise<JointActionSummary> {
    // The subject is a joint action of the scope with no other facts: whoever may read it may read
    // every joint action the figures sum (a partner editor reads its synergy, not all its actions).
    const checked = await readableSummaryScope(ctx, scope, { from, to, today }, (owners, { key, id }) => ({
      kind: 'JointAction',
      networkId: owners.networkId,
      synergyId: key === 'synergyId' ? id : null,
      partnerIds: owners.partnerIds,
      synergyIds: owners.synergyIds,
    }));
    return new JointActionSummary(ctx.em, checked, from ?? null, to ?? null, today);
  }

  /** The joint actions summed, as alias `a`: the scope and the planned period overlapping [from, to]. */
  private actions(): Knex.QueryBuilder {
    const query = this.knex.from('joint_action as a');
    const { key, id } = this.scope;
    if (key === 'networkId') query.where('a.network_id', id);
    if (key === 'synergyId') query.where('a.synergy_id', id);
    if (key === 'partnerId') query.whereIn('a.id', this.knex.select('jp.joint_action_id').from('joint_action_partner as jp').where('jp.partner_id', id));
    if (this.from) query.where('a.planned_end_date', '>=', this.from);
    if (this.to) query.where('a.planned_start_date', '<=', this.to);
    return query;
  }

  totals(): Promise<JointActionTotals> {
    return this.once('totals', async () => {
      const [row = {}] = await this.rows(this.actions().select(this.knex.raw(`count(*) as count, ${people}`)));
      const participants = num(row.participants);
      return {
        count: num(row.count),
        participants,
        women: num(row.women),
        youth: num(row.youth),
        womenShare: share(num(row.women), participants),
        youthShare: share(num(row.youth), participants),
      };
    });
  }

  private countsBy(column: string): Promise<{ key: string; count: number }[]> {
    return this.once(column, async () => {
      const rows = await this.rows(
        this.actions()
          .whereNotNull(`a.${column}`)
          .select(this.knex.raw(`a.${column} as group_key, count(*) as count`))
          .groupBy(`a.${column}`),
      );
      return rows.map((row) => ({ key: String(row.group_key), count: num(row.count) }));
    });
  }

  /** By kind, largest first. */
  async byKind(): Promise<{ kind: JointActionKind; count: number }[]> {
    const rows = await this.countsBy('kind');
    return rows
      .map(({ key, count }) => ({ kind: key as JointActionKind, count }))
      .sort((a, b) => b.count - a.count || jointActionKinds.indexOf(a.kind) - jointActionKinds.indexOf(b.kind));
  }

  /** By status, in the order of the status table. */
  async byStatus(): Promise<{ status: WorkStatus; count: number }[]> {
    const rows = await this.countsBy('status');
    return rows.map(({ key, count }) => ({ status: key as WorkStatus, count })).sort((a, b) => workStatuses.indexOf(a.status) - workStatuses.indexOf(b.status));
  }

  /** By the furthest stage the outcomes reached, in policy-cycle order; stages nobody reached are left out. */
  async byStageReached(): Promise<{ stage: PolicyStage; count: number }[]> {
    const rows = await this.countsBy('stage_reached');
    return rows.map(({ key, count }) => ({ stage: key as PolicyStage, count })).sort((a, b) => policyStages.indexOf(a.stage) - policyStages.indexOf(b.stage));
  }

  /** By country, largest first; continental actions (country null) last. */
  byCountry(): Promise<JointActionCountryGroup[]> {
    return this.once('byCountry', async () => {
      const rows = await this.rows(
        this.actions()
          .select(
            this.knex.raw(
              `a.country as country, count(*) as count, ` +
                `sum(case when a.kind = 'POLITICAL_ACTION' and a.stage_reached is not null then 1 else 0 end) as with_outcomes, ${people}`,
            ),
          )
          .groupBy('a.country'),
      );
      const groups = rows.map((row) => {
        const participants = num(row.participants);
        return {
          country: (row.country as string | null) ?? null,
          count: num(row.count),
          withOutcomes: num(row.with_outcomes),
          participants,
          womenShare: share(num(row.women), participants),
          youthShare: share(num(row.youth), participants),
        };
      });
      return groups.sort(
        (a, b) =>
          Number(a.country === null) - Number(b.country === null) ||
          b.count - a.count ||
          b.participants - a.participants ||
          (a.country ?? '').localeCompare(b.country ?? ''),
      );
    });
  }

  /**
   * Open milestones of the planned and ongoing actions summed: overdue (due
   * before today) and upcoming (due from today to 30 days on), in one statement.
   */
  milestones(): Promise<{ overdue: number; upcoming: number }> {
    return this.once('milestones', async () => {
      const horizon = addDays(this.today, upcomingMilestoneDays);
      const [row = {}] = await this.rows(
        this.actions()
          .join('joint_action_milestone as m', 'm.joint_action_id', 'a.id')
          .whereIn('a.status', [...activeStatuses])
          .whereNull('m.done_date')
          .select(
            this.knex.raw(
              'sum(case when m.due_date < ? then 1 else 0 end) as overdue, sum(case when m.due_date >= ? and m.due_date <= ? then 1 else 0 end) as upcoming',
              [this.today, this.today, horizon],
            ),
          ),
      );
      return { overdue: num(row.overdue), upcoming: num(row.upcoming) };
    });
  }
}
