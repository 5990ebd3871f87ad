import type { EntityManager } from '@mikro-orm/knex';
import type { Network } from '../networks/network.entity.ts';
import type { Synergy } from '../synergies/synergy.entity.ts';
import type { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import type { Partner } from '../partners/partner.entity.ts';
import type { User } from '../users/user.entity.ts';
import type { Role, ScopeType } from '../users/role-grant.entity.ts';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser } from './builders.ts';

/*
 * Seeds the capacity-building tests share: a programme (a network with named
 * synergies, partners and their memberships) and the users who act in it,
 * each holding one grant. Built with the builders, persisted on flush.
 */

/** A programme to build: synergies and partners by key (each its builder's overrides), and memberships between them. */
export type ProgrammeSpec<S extends string, P extends string> = {
  network?: Partial<Network>;
  synergies: Record<S, Partial<Synergy>>;
  partners: Record<P, Partial<Partner>>;
  memberships?: readonly (readonly [synergy: NoInfer<S>, partner: NoInfer<P>, overrides?: Partial<SynergyMembership>])[];
};

/** The built programme: its network, and its synergies and partners by the spec's keys. */
export type Programme<S extends string, P extends string> = { network: Network; synergies: Record<S, Synergy>; partners: Record<P, Partner> };

/** Builds a network, then its synergies, its partners and their memberships, in the spec's order. */
export function buildProgramme<S extends string, P extends string>(em: EntityManager, spec: ProgrammeSpec<S, P>): Programme<S, P> {
  const network = buildNetwork(em, spec.network);
  const build = <K extends string, T>(specs: Record<K, unknown>, one: (overrides: never) => T) =>
    Object.fromEntries(Object.entries(specs).map(([key, overrides]) => [key, one(overrides as never)])) as Record<K, T>;
  const synergies = build(spec.synergies, (overrides: Partial<Synergy>) => buildSynergy(em, network, overrides));
  const partners = build(spec.partners, (overrides: Partial<Partner>) => buildPartner(em, network, overrides));
  for (const [synergy, partner, overrides] of spec.memberships ?? []) buildMembership(em, synergies[synergy], partners[partner], overrides);
  return { network, synergies, partners };
}

/** One role grant: role, scope type and scope id, in the given network unless a fourth element names another. */
export type GrantSpec = readonly [role: Role, scopeType: ScopeType, scopeId: string, network?: Network];

/**
 * One user per key, each holding its one grant: the user ids by key, as
 * tests name who acts. `userOf` gives a user's own overrides (an email and
 * password to sign in with).
 */
export function buildUsersWithGrants<K extends string>(
  em: EntityManager,
  network: Network,
  grants: Record<K, GrantSpec>,
  userOf: (key: K) => Partial<User> = () => ({}),
): Record<K, string> {
  const ids = {} as Record<K, string>;
  for (const [key, [role, scopeType, scopeId, own]] of Object.entries(grants) as [K, GrantSpec][]) {
    const user = buildUser(em, userOf(key));
    buildGrant(em, user, role, scopeType, scopeId, own ?? network);
    ids[key] = user.id;
  }
  return ids;
}
