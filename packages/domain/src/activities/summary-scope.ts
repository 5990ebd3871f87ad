import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { can, type Subject } from '../permissions/permissions.rules.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import { SummaryBreakdowns, checkSummaryArguments, reachedStatuses, type ParticipationScope } from './participation-summary.ts';

/*
 * What the joint action and capacity-building summaries share: resolving
 * their scope to the facts of a permission subject, and the SQL pieces of
 * their aggregates.
 */

/**
 * The network of a summary's scope, with the synergies and partners a record
 * of that scope belongs to (a synergy: itself; a partner: itself and its
 * current synergies); null when the id names nothing. A summary checks a
 * record of the scope with no other facts: whoever may read it may read
 * every record the figures sum.
 */
export type ScopeOwners = { networkId: string; synergyIds: string[]; partnerIds: string[] };

/** The one id a summary's scope names, and which it is. */
export type SummaryScope = { key: 'networkId' | 'synergyId' | 'partnerId'; id: string };

export async function scopeOwners(ctx: DomainContext, scope: SummaryScope): Promise<ScopeOwners | null> {
  const { key, id } = scope;
  if (key === 'networkId') {
    const network = await ctx.em.findOne(Network, { id }, { fields: ['id'] });
    return network && { networkId: network.id, synergyIds: [], partnerIds: [] };
  }
  if (key === 'synergyId') {
    const synergy = await ctx.em.findOne(Synergy, { id }, { fields: ['network'] });
    return synergy && { networkId: synergy.network.id, synergyIds: [synergy.id], partnerIds: [] };
  }
  const partner = await ctx.em.findOne(Partner, { id }, { fields: ['network'] });
  if (!partner) return null;
  const memberships = await ctx.em.find(SynergyMembership, { partner: partner.id, ...currentMembershipWhere() }, { fields: ['synergy'] });
  return { networkId: partner.network.id, synergyIds: memberships.map((membership) => membership.synergy.id), partnerIds: [partner.id] };
}

/**
 * Checks a summary's arguments (see `checkSummaryArguments`) and that the
 * actor may read `subjectOf` the scope's owners, a record of the scope with
 * no other facts; a scope naming nothing the actor may see is an
 * InvalidArgumentError naming `scope.<key>`.
 */
export async function readableSummaryScope(
  ctx: DomainContext,
  scope: ParticipationScope,
  days: { from: string | null | undefined; to: string | null | undefined; today: string },
  subjectOf: (owners: ScopeOwners, scope: SummaryScope) => Subject,
): Promise<SummaryScope> {
  const { key, id } = checkSummaryArguments(scope, days);
  const owners = await scopeOwners(ctx, { key, id });
  const subject = owners && subjectOf(owners, { key, id });
  if (!subject || !can(ctx.actor, 'read', subject)) throw new InvalidArgumentError(`scope.${key}`, 'names nothing you may see');
  return { key, id };
}

/** A summary of the records of a scope whose period overlaps [from, to]; `today` dates what is overdue. */
export abstract class ScopedSummary extends SummaryBreakdowns {
  protected constructor(
    em: EntityManager,
    protected readonly scope: SummaryScope,
    protected readonly from: string | null,
    protected readonly to: string | null,
    protected readonly today: string,
  ) {
    super(em);
  }

  /** Runs a statement through the ORM's connection, so it is logged and counted like every other. */
  protected rows(query: Knex.QueryBuilder): Promise<Record<string, unknown>[]> {
    return this.em.execute<Record<string, unknown>[]>(query);
  }
}

/** An aggregate's value as a number: SQL gives null for no rows and strings for some sums. */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** `part` of `whole`, null when the whole is nothing. */
export const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Code constants written into SQL as literals (never user input). */
const literals = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** A participants column of `alias` summed over the records that reached people only. */
const reachedSum = (alias: string, column: string) => `sum(case when ${alias}.status in (${literals(reachedStatuses)}) then ${alias}.${column} else 0 end)`;

/** The people columns of a summary group: participants, women and youth reached. */
export const peopleColumns = (alias: string) =>
  `${reachedSum(alias, 'participants_total')} as participants, ${reachedSum(alias, 'participants_women')} as women, ${reachedSum(alias, 'participants_youth')} as youth`;

