import { raw } from '@mikro-orm/core';
import { Synergy } from './synergy.entity.ts';
import { SynergyMembership } from './synergy-membership.entity.ts';
import {
  addSynergyMemberSchema,
  createSynergySchema,
  endSynergyMembershipSchema,
  updateSynergySchema,
  type AddSynergyMemberInput,
  type CreateSynergyInput,
  type EndSynergyMembershipInput,
  type UpdateSynergyInput,
} from './synergy.schemas.ts';
import { synergyFilterWhere, visibleSynergiesWhere, type SynergyFilter } from './synergy.queries.ts';
import { canEndOn, currentMembershipWhere } from './membership.rules.ts';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { can, type Subject } from '../permissions/permissions.rules.ts';
import { partnerSubject, synergySubject } from '../permissions/subjects.ts';
import { commit, type DomainContext } from '../shared/context.ts';
import { conflict, fail, forbidden, notFound, staleVersion, validationError, type Result } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { checkPageArgs, pageFromCursor, type Page, type PageArgs } from '../shared/pagination.ts';
import { todayIso } from '../shared/dates.ts';
import { findOnce } from '../shared/request-memo.ts';

/** One synergy, or null when it does not exist or the actor may not see it. */
export async function findSynergy(ctx: DomainContext, id: string): Promise<Synergy | null> {
  if (!ctx.actor) return null;
  const synergy = await findOnce(ctx.em, Synergy, id);
  if (!synergy) return null;
  return can(ctx.actor, 'read', await synergySubject(ctx.em, synergy)) ? synergy : null;
}

/** Synergies the actor may see, ordered by country then name, a page at a time. */
export async function listSynergies(ctx: DomainContext, filter: SynergyFilter | null | undefined, page: PageArgs): Promise<Page<Synergy>> {
  const { first, after } = checkPageArgs(page);
  if (!ctx.actor) return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const where = { $and: [visibleSynergiesWhere(ctx.em, ctx.actor), synergyFilterWhere(ctx.em, filter ?? {})] };
  const cursor = await ctx.em.findByCursor(Synergy, where, {
    first,
    after,
    orderBy: { country: 'asc', name: 'asc', id: 'asc' },
    includeCount: true,
  });
  return pageFromCursor(cursor, Boolean(after));
}

/** Creates a national synergy (network admins). Names are unique within a network. */
export async function createSynergy(ctx: DomainContext, input: CreateSynergyInput): Promise<Result<Synergy>> {
  const parsed = parseInput(createSynergySchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const network = await ctx.em.findOne(Network, { id: data.networkId });
  if (!network) return fail(notFound('The network', ['networkId']));
  if (!can(ctx.actor, 'create', { kind: 'Synergy', networkId: network.id, synergyId: null, partnerIds: [] })) {
    return fail(forbidden('Only network admins create synergies.', ['networkId']));
  }
  const duplicate = `A synergy named "${data.name}" already exists in this network.`;
  if (await ctx.em.count(Synergy, { network: network.id, name: data.name })) return fail(conflict(duplicate, ['name']));
  const synergy = ctx.em.create(Synergy, { network, name: data.name, country: data.country, status: data.status });
  return commit(ctx, synergy, duplicate);
}

/** Renames a synergy or changes its status (admins and its coordinators). */
export async function updateSynergy(ctx: DomainContext, input: UpdateSynergyInput): Promise<Result<Synergy>> {
  const parsed = parseInput(updateSynergySchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, ...changes } = parsed.value;
  const synergy = await ctx.em.findOne(Synergy, { id });
  if (!synergy) return fail(notFound('The synergy', ['id']));
  const subject = await synergySubject(ctx.em, synergy);
  if (!can(ctx.actor, 'update', subject)) {
    return fail(can(ctx.actor, 'read', subject) ? forbidden('You may not change this synergy.', ['id']) : notFound('The synergy', ['id']));
  }
  const stale = staleVersion(synergy.version, version, 'This synergy');
  if (stale) return fail(stale);
  if (changes.name && changes.name !== synergy.name && (await ctx.em.count(Synergy, { network: synergy.network.id, name: changes.name }))) {
    return fail(conflict(`A synergy named "${changes.name}" already exists in this network.`, ['name']));
  }
  if (changes.name !== undefined) synergy.name = changes.name;
  if (changes.status !== undefined) synergy.status = changes.status;
  return commit(ctx, synergy);
}

const membershipSubject = (synergy: Synergy, partnerId: string): Subject => ({
  kind: 'SynergyMembership',
  networkId: synergy.network.id,
  synergyId: synergy.id,
  partnerId,
});

/** Adds a partner of the same network to a synergy; a partner holds one current membership per synergy. */
export async function addSynergyMember(ctx: DomainContext, input: AddSynergyMemberInput): Promise<Result<SynergyMembership>> {
  const parsed = parseInput(addSynergyMemberSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const synergy = await findSynergy(ctx, data.synergyId);
  if (!synergy) return fail(notFound('The synergy', ['synergyId']));
  if (!can(ctx.actor, 'create', membershipSubject(synergy, data.partnerId))) {
    return fail(forbidden('Only network admins and the synergy’s coordinators add members.', ['synergyId']));
  }
  const partner = await ctx.em.findOne(Partner, { id: data.partnerId, network: synergy.network.id });
  if (!partner || !can(ctx.actor, 'read', await partnerSubject(ctx.em, partner))) return fail(notFound('The partner', ['partnerId']));
  const since = data.since ?? todayIso();
  const current = await ctx.em.findOne(SynergyMembership, { synergy: synergy.id, partner: partner.id, ...currentMembershipWhere() });
  if (current) return fail(conflict(`${partner.name} is already a member of ${synergy.name}.`, ['partnerId']));
  const overlapping = await ctx.em.count(SynergyMembership, { synergy: synergy.id, partner: partner.id, until: { $gte: since } });
  if (overlapping) return fail(validationError(['since'], 'since: must be after the end of the partner’s previous membership'));
  const membership = ctx.em.create(SynergyMembership, { synergy, partner, role: data.role, since });
  return commit(ctx, membership);
}

/** Ends a current membership on `until` (default today); the record stays as history. */
export async function endSynergyMembership(ctx: DomainContext, input: EndSynergyMembershipInput): Promise<Result<SynergyMembership>> {
  const parsed = parseInput(endSynergyMembershipSchema, input);
  if (!parsed.ok) return parsed;
  const membership = await ctx.em.findOne(SynergyMembership, { id: parsed.value.membershipId }, { populate: ['synergy', 'partner'] });
  if (!membership) return fail(notFound('The membership', ['membershipId']));
  const synergy = membership.synergy.getEntity();
  const subject = membershipSubject(synergy, membership.partner.id);
  if (!can(ctx.actor, 'update', subject)) {
    return fail(
      can(ctx.actor, 'read', subject)
        ? forbidden('Only network admins and the synergy’s coordinators end memberships.', ['membershipId'])
        : notFound('The membership', ['membershipId']),
    );
  }
  // Once an end date is set it is history: changing it would rewrite the record silently.
  if (membership.until != null) return fail(conflict(`This membership has already ended (on ${membership.until}).`, ['membershipId']));
  const until = parsed.value.until ?? todayIso();
  if (!canEndOn(membership.since, until)) {
    return fail(validationError(['until'], `until: must not be before the membership began (${membership.since})`));
  }
  membership.until = until;
  return commit(ctx, membership);
}

/** One membership, or null when not found or the actor may not see it. */
export async function findMembership(ctx: DomainContext, id: string): Promise<SynergyMembership | null> {
  const membership = await ctx.em.findOne(SynergyMembership, { id }, { populate: ['synergy'] });
  if (!membership) return null;
  return can(ctx.actor, 'read', membershipSubject(membership.synergy.getEntity(), membership.partner.id)) ? membership : null;
}

/** Whether the actor may see a membership (used to filter nested lists). */
export const canSeeMembership = (ctx: DomainContext, membership: SynergyMembership, networkId: string): boolean =>
  can(ctx.actor, 'read', { kind: 'SynergyMembership', networkId, synergyId: membership.synergy.id, partnerId: membership.partner.id });

/** How many current members each synergy has, in one grouped query. */
export async function countCurrentMembers(ctx: Pick<DomainContext, 'em'>, synergyIds: readonly string[]): Promise<Map<string, number>> {
  const rows: { synergy_id: string; count: number | string }[] = await ctx.em
    .createQueryBuilder(SynergyMembership, 'm')
    .select(['m.synergy_id', raw('count(*) as count')])
    .where({ synergy: { $in: [...synergyIds] }, ...currentMembershipWhere() })
    .groupBy('m.synergy_id')
    .execute('all', false);
  return new Map(rows.map((row) => [row.synergy_id, Number(row.count)]));
}
