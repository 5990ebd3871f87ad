import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Synergy, type SynergyStatus } from './synergy.entity.ts';
import { SynergyMembership } from './synergy-membership.entity.ts';
import { currentMembershipWhere } from './membership.rules.ts';
import { visibility, type Actor } from '../permissions/permissions.rules.ts';
import { containsText } from '../shared/search.ts';
import { idIn } from '../shared/subquery.ts';
import { countryCodesMatching } from '../shared/countries.ts';

export type SynergyFilter = {
  networkId?: string | null;
  countries?: string[] | null;
  statuses?: SynergyStatus[] | null;
  search?: string | null;
};

/** The synergies an actor may see: network-wide readers see all, others their own and their partner's. */
export function visibleSynergiesWhere(em: EntityManager, actor: Actor): FilterQuery<Synergy> {
  const seen = visibility(actor);
  const clauses: FilterQuery<Synergy>[] = [{ network: { $in: seen.networkIds } }, { id: { $in: seen.synergyIds } }];
  if (seen.partnerIds.length) {
    const ofPartners = em
      .createQueryBuilder(SynergyMembership, 'm')
      .select('m.synergy_id')
      .where({ partner: { $in: seen.partnerIds }, ...currentMembershipWhere() })
      .getKnexQuery();
    clauses.push(idIn<Synergy>(ofPartners));
  }
  return { $or: clauses };
}

export function synergyFilterWhere(em: EntityManager, filter: SynergyFilter = {}): FilterQuery<Synergy> {
  const and: FilterQuery<Synergy>[] = [];
  if (filter.networkId) and.push({ network: filter.networkId });
  if (filter.countries?.length) and.push({ country: { $in: filter.countries.map((code) => code.toUpperCase()) } });
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  const text = containsText(em, filter.search);
  if (text) and.push({ $or: [{ name: text }, { country: { $in: countryCodesMatching(filter.search ?? '') } }] });
  return and.length ? { $and: and } : {};
}
