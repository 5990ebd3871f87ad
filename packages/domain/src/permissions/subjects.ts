import type { EntityManager } from '@mikro-orm/knex';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';
import type { Partner } from '../partners/partner.entity.ts';
import type { Synergy } from '../synergies/synergy.entity.ts';
import type { Subject } from './permissions.rules.ts';
import { readOnce } from '../shared/request-memo.ts';

/** The permission subject of a stored partner: its network and current synergies. */
export function partnerSubject(em: EntityManager, partner: Partner): Promise<Subject> {
  return readOnce(em, `subject:Partner:${partner.id}`, async () => {
    const memberships = await em.find(SynergyMembership, { partner: partner.id, ...currentMembershipWhere() });
    return { kind: 'Partner', networkId: partner.network.id, partnerId: partner.id, synergyIds: memberships.map((m) => m.synergy.id) };
  });
}

/** The permission subject of a stored synergy: its network and current member partners. */
export function synergySubject(em: EntityManager, synergy: Synergy): Promise<Subject> {
  return readOnce(em, `subject:Synergy:${synergy.id}`, async () => {
    const memberships = await em.find(SynergyMembership, { synergy: synergy.id, ...currentMembershipWhere() });
    return { kind: 'Synergy', networkId: synergy.network.id, synergyId: synergy.id, partnerIds: memberships.map((m) => m.partner.id) };
  });
}
