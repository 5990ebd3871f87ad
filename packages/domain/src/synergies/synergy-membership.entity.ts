import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../shared/ids.ts';
import { Synergy } from './synergy.entity.ts';
import { Partner } from '../partners/partner.entity.ts';

export const membershipRoles = ['LEAD', 'MEMBER', 'OBSERVER'] as const;
export type MembershipRole = (typeof membershipRoles)[number];

/** A partner's membership of a synergy; ending it sets `until` and keeps the history. */
export const SynergyMembership = defineEntity({
  name: 'SynergyMembership',
  tableName: 'synergy_membership',
  indexes: [{ properties: ['synergy', 'until'] }, { properties: ['partner', 'until'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    synergy: () => p.manyToOne(Synergy).ref(),
    partner: () => p.manyToOne(Partner).ref(),
    role: p.enum([...membershipRoles]).default('MEMBER'),
    /** First day, ISO 8601 date. */
    since: p.date(),
    /** Last day, ISO 8601 date; null while the membership lasts. */
    until: p.date().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type SynergyMembership = InferEntity<typeof SynergyMembership>;
