import { Cursor } from '@mikro-orm/core';
import { Partner } from './partner.entity.ts';
import { currentMembershipWhere, currentMembershipRows, membershipListFields, membershipsOrder } from '../synergies/membership.rules.ts';
import { rowsAsJson } from '../shared/read-only-entities.ts';
import type { EntityManager } from '@mikro-orm/knex';
import { createPartnerSchema, updatePartnerSchema, type CreatePartnerInput, type UpdatePartnerInput } from './partner.schemas.ts';
import { partnerFilterWhere, visiblePartnersWhere, type PartnerFilter } from './partner.queries.ts';
import { Network } from '../networks/network.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { can } from '../permissions/permissions.rules.ts';
import { partnerSubject } from '../permissions/subjects.ts';
import { commit, type DomainContext } from '../shared/context.ts';
import { conflict, fail, forbidden, notFound, staleVersion, type Result } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { checkPageArgs, correlatedRowsByItem, findPage, type Page, type PageArgs } from '../shared/pagination.ts';
import { todayIso } from '../shared/dates.ts';

/** One partner, or null when it does not exist or the actor may not see it. */
export async function findPartner(ctx: DomainContext, id: string): Promise<Partner | null> {
  if (!ctx.actor) return null;
  const partner = await ctx.em.findOne(Partner, { id });
  if (!partner) return null;
  return can(ctx.actor, 'read', await partnerSubject(ctx.em, partner)) ? partner : null;
}

/** Partners the actor may see, filtered, ordered by name, a page at a time. */
export async function listPartners(
  ctx: DomainContext,
  filter: PartnerFilter | null | undefined,
  page: PageArgs,
  /** The properties the caller reads (`FindPageOptions.fields`); every one when absent. */
  fields?: readonly (keyof Partner & string)[],
  /** Whether the caller reads the partners' current memberships: a first page then carries them (`currentMembershipsOfPage`). */
  withMemberships = false,
): Promise<Page<Partner>> {
  const { first, after } = checkPageArgs(page);
  if (!ctx.actor) return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const where = { $and: [visiblePartnersWhere(ctx.em, ctx.actor), partnerFilterWhere(ctx.em, filter ?? {})] };
  // Today's date is in the text of the memberships' subquery: the statement changes once a day.
  const correlated = withMemberships
    ? { memberships: rowsAsJson(ctx.em, SynergyMembership, 'partner', { orderBy: membershipsOrder, where: currentMembershipRows(), fields: membershipListFields }) }
    : undefined;
  return findPage(ctx.em, Partner, where, { first, after, orderBy: { name: 'asc', id: 'asc' }, fields, correlated });
}

/**
 * The current memberships of each partner of a page asked `withMemberships`,
 * as read-only entities in `membershipsOrder` carrying `membershipListFields`
 * (as the memberships loaders do, so they may be primed with them); null when the page did not
 * bring them (a page after a cursor).
 */
export const currentMembershipsOfPage = (em: EntityManager, page: Page<Partner>): Map<string, SynergyMembership[]> | null =>
  correlatedRowsByItem(em, page, 'memberships', SynergyMembership, (membership) => membership.partner.id);

async function nameTaken(ctx: DomainContext, networkId: string, name: string, exceptId?: string): Promise<boolean> {
  const existing = await ctx.em.findOne(Partner, { network: networkId, name }, { fields: ['id'] });
  return Boolean(existing && existing.id !== exceptId);
}

/**
 * Creates a partner in a network. With `synergyId` it joins that synergy at
 * once; coordinators must give their own synergy (they only create partners
 * for it).
 */
export async function createPartner(ctx: DomainContext, input: CreatePartnerInput): Promise<Result<Partner>> {
  const parsed = parseInput(createPartnerSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const network = await ctx.em.findOne(Network, { id: data.networkId });
  if (!network) return fail(notFound('The network', ['networkId']));
  let synergy: Synergy | null = null;
  if (data.synergyId) {
    synergy = await ctx.em.findOne(Synergy, { id: data.synergyId, network: network.id });
    if (!synergy) return fail(notFound('The synergy', ['synergyId']));
  }
  const subject = { kind: 'Partner' as const, networkId: network.id, partnerId: null, synergyIds: synergy ? [synergy.id] : [] };
  if (!can(ctx.actor, 'create', subject)) {
    return fail(forbidden('You may not create partners here; coordinators create partners in their own synergy.', ['synergyId']));
  }
  if (await nameTaken(ctx, network.id, data.name)) {
    return fail(conflict(`A partner named "${data.name}" already exists in this network.`, ['name']));
  }
  const partner = ctx.em.create(Partner, {
    network,
    name: data.name,
    acronym: data.acronym,
    type: data.type,
    country: data.country,
    membersWomen: data.members?.women ?? null,
    membersMen: data.members?.men ?? null,
    membersOther: data.members?.other ?? null,
    contactName: data.contactName,
    contactEmail: data.contactEmail,
    contactPhone: data.contactPhone,
    website: data.website,
  });
  if (synergy) {
    ctx.em.create(SynergyMembership, { synergy, partner, role: data.membershipRole ?? 'MEMBER', since: todayIso() });
  }
  return commit(ctx, partner, `A partner named "${data.name}" already exists in this network.`);
}

/** Changes the fields given; a stale `version` is a ConflictError and changes nothing. */
export async function updatePartner(ctx: DomainContext, input: UpdatePartnerInput): Promise<Result<Partner>> {
  const parsed = parseInput(updatePartnerSchema, input);
  if (!parsed.ok) return parsed;
  const { id, version, members, ...fields } = parsed.value;
  const partner = await ctx.em.findOne(Partner, { id });
  if (!partner) return fail(notFound('The partner', ['id']));
  const subject = await partnerSubject(ctx.em, partner);
  if (!can(ctx.actor, 'update', subject)) {
    return fail(can(ctx.actor, 'read', subject) ? forbidden('You may not change this partner.', ['id']) : notFound('The partner', ['id']));
  }
  const stale = staleVersion(partner.version, version, 'This partner');
  if (stale) return fail(stale);
  if (fields.name !== undefined && (await nameTaken(ctx, partner.network.id, fields.name, partner.id))) {
    return fail(conflict(`A partner named "${fields.name}" already exists in this network.`, ['name']));
  }
  const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  ctx.em.assign(partner, changes);
  if (members) {
    partner.membersWomen = members.women;
    partner.membersMen = members.men;
    partner.membersOther = members.other;
  }
  return commit(ctx, partner, 'A partner with this name already exists in this network.');
}

const emptyPage = <T>(): Page<T> => ({ items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false });

/**
 * The current member partners of several synergies, a page each, in two SQL
 * statements however many synergies are asked for (the gateway batches
 * nested `synergy.partners` through this). Cursors match `listPartners`.
 */
export async function listPartnersOfSynergies(
  ctx: DomainContext,
  synergyIds: readonly string[],
  filter: PartnerFilter | null | undefined,
  page: PageArgs,
): Promise<Map<string, Page<Partner>>> {
  const { first, after } = checkPageArgs(page);
  const pages = new Map<string, Page<Partner>>(synergyIds.map((id) => [id, emptyPage<Partner>()]));
  if (!ctx.actor || synergyIds.length === 0) return pages;
  const memberships = await ctx.em.find(
    SynergyMembership,
    { synergy: { $in: [...synergyIds] }, ...currentMembershipWhere() },
    { fields: ['synergy', 'partner'] },
  );
  if (memberships.length === 0) return pages;
  const where = {
    $and: [
      { id: { $in: [...new Set(memberships.map((m) => m.partner.id))] } },
      visiblePartnersWhere(ctx.em, ctx.actor),
      partnerFilterWhere(ctx.em, { ...filter, synergyId: null }),
    ],
  };
  const partners = await ctx.em.find(Partner, where, { orderBy: { name: 'asc', id: 'asc' } });
  // Which partners come after the cursor is decided by the database (its collation), as in listPartners.
  const afterIds = after ? await partnerIdsAfter(ctx, partners.map((partner) => partner.id), after) : null;
  for (const synergyId of synergyIds) {
    const memberIds = new Set(memberships.filter((m) => m.synergy.id === synergyId).map((m) => m.partner.id));
    const members = partners.filter((partner) => memberIds.has(partner.id));
    const rest = afterIds ? members.filter((partner) => afterIds.has(partner.id)) : members;
    const items = rest.slice(0, first);
    pages.set(synergyId, {
      items,
      cursors: items.map((partner) => Cursor.encode([partner.name, partner.id])),
      totalCount: members.length,
      hasNextPage: rest.length > first,
      hasPreviousPage: rest.length < members.length,
    });
  }
  return pages;
}

/** Of `ids`, those ordered after the (name, id) cursor, compared in SQL. */
async function partnerIdsAfter(ctx: DomainContext, ids: string[], after: string): Promise<Set<string>> {
  const [name, id] = Cursor.decode(after) as [string, string];
  const rows = await ctx.em.find(
    Partner,
    { id: { $in: ids }, $or: [{ name: { $gt: name } }, { name, id: { $gt: id } }] },
    { fields: ['id'] },
  );
  return new Set(rows.map((row) => row.id));
}
