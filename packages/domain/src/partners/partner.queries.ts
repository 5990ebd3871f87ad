import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Partner, type PartnerType } from './partner.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import { visibility, type Actor } from '../permissions/permissions.rules.ts';
import { containsText } from '../shared/search.ts';
import { idIn } from '../shared/subquery.ts';

export type PartnerFilter = {
  networkId?: string | null;
  synergyId?: string | null;
  types?: PartnerType[] | null;
  countries?: string[] | null;
  search?: string | null;
  unaffiliated?: boolean | null;
};

/** Partner ids with a current membership, optionally only in some synergies, as an SQL subquery. */
function currentMemberIds(em: EntityManager, synergyIds?: string[]) {
  const where = synergyIds ? { synergy: { $in: synergyIds }, ...currentMembershipWhere() } : currentMembershipWhere();
  return em.createQueryBuilder(SynergyMembership, 'm').select('m.partner_id').where(where).getKnexQuery();
}

/** The partners an actor may see, as a where clause (see `visibility` for the rules). */
export function visiblePartnersWhere(em: EntityManager, actor: Actor): FilterQuery<Partner> {
  const seen = visibility(actor);
  const clauses: FilterQuery<Partner>[] = [{ network: { $in: seen.networkIds } }, { id: { $in: seen.partnerIds } }];
  if (seen.synergyIds.length) clauses.push(idIn<Partner>(currentMemberIds(em, seen.synergyIds)));
  if (seen.unaffiliatedPartnerNetworkIds.length) {
    clauses.push({ $and: [{ network: { $in: seen.unaffiliatedPartnerNetworkIds } }, idIn<Partner>(currentMemberIds(em), true)] });
  }
  return { $or: clauses };
}

/** The list filter as a where clause; every field narrows. */
export function partnerFilterWhere(em: EntityManager, filter: PartnerFilter = {}): FilterQuery<Partner> {
  const and: FilterQuery<Partner>[] = [];
  if (filter.networkId) and.push({ network: filter.networkId });
  if (filter.synergyId) and.push(idIn<Partner>(currentMemberIds(em, [filter.synergyId])));
  if (filter.types?.length) and.push({ type: { $in: filter.types } });
  if (filter.countries?.length) and.push({ country: { $in: filter.countries.map((code) => code.toUpperCase()) } });
  if (filter.unaffiliated === true) and.push(idIn<Partner>(currentMemberIds(em), true));
  if (filter.unaffiliated === false) and.push(idIn<Partner>(currentMemberIds(em)));
  const text = containsText(em, filter.search);
  if (text) and.push({ $or: [{ name: text }, { acronym: text }] });
  return and.length ? { $and: and } : {};
}
