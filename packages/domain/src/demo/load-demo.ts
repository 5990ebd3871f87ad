import type { EntityManager } from '@mikro-orm/knex';
import { Network } from '../networks/network.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { User } from '../users/user.entity.ts';
import { RoleGrant } from '../users/role-grant.entity.ts';
import { hashPassword } from '../users/password.ts';
import { runAsActor } from '../audit/audit-context.ts';
import { newId } from '../shared/ids.ts';
import { Activity } from '../activities/activity.entity.ts';
import { assignGenderMarker, assignParticipants } from '../activities/activity.values.ts';
import { defaultAgeBands } from '../networks/age-bands.rules.ts';
import { demoActivitiesFor, type DemoActivityPartner } from './demo-activities.ts';
import { recordDemoJointActions } from './demo-joint-actions.ts';
import { recordDemoMissions } from './demo-missions.ts';
import { loadActor } from '../users/actor.ts';
import { demoNetwork, demoPassword, demoSynergies, demoUnaffiliatedPartners, demoUsers } from './demo-dataset.ts';

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('The demo dataset loads only into an empty database; this one already has networks or users.');
  }
}

/** Whether the database holds no network and no user yet. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Network, {})) === 0 && (await em.count(User, {})) === 0;
}

/** Records a partner's demo activities, each under the synergy the partner belonged to on its start date. */
function createDemoActivities(em: EntityManager, partner: Partner, facts: DemoActivityPartner, membership: { synergy: Synergy; since: string } | null, today: Date) {
  const bands = defaultAgeBands();
  for (const item of demoActivitiesFor(facts, bands, today)) {
    const activity = em.create(Activity, {
      network: partner.network,
      partner,
      synergy: membership && membership.since <= item.startDate ? membership.synergy : null,
      type: item.type,
      subType: item.subType,
      title: item.title,
      description: item.description,
      startDate: item.startDate,
      endDate: item.endDate,
      country: facts.country,
      place: item.place,
      branches: item.branches,
      workerCategories: item.workerCategories,
      informalSectors: item.informalSectors,
      status: item.status,
      participantCells: [],
      genderCriteria: [],
    });
    assignParticipants(activity, item.cells, bands);
    assignGenderMarker(activity, item.genderMarker);
  }
}

/** Loads the demo network, synergies, partners, two years of their activities and joint actions, and users; refuses a database that has data. */
export async function loadDemoData(em: EntityManager, today: Date = new Date()): Promise<{ networkId: string }> {
  if (!(await isDatabaseEmpty(em))) throw new DatabaseNotEmptyError();
  // Ids are given here (not at flush) because role grants refer to them by value.
  const network = em.create(Network, { id: newId(), ...demoNetwork });
  const synergyByCountry = new Map<string, Synergy>();
  const partnerByAcronym = new Map<string, Partner>();
  for (const entry of demoSynergies) {
    const synergy = em.create(Synergy, { id: newId(), network, name: entry.name, country: entry.country, status: 'ACTIVE' });
    synergyByCountry.set(entry.country, synergy);
    for (const item of entry.partners) {
      const partner = em.create(Partner, {
        id: newId(),
        network,
        name: item.name,
        acronym: item.acronym,
        type: item.type,
        country: entry.country,
        membersWomen: item.women || null,
        membersMen: item.men || null,
        contactEmail: `contact@${item.acronym.toLowerCase()}.example.org`,
        website: `https://${item.acronym.toLowerCase()}.example.org`,
      });
      partnerByAcronym.set(item.acronym, partner);
      em.create(SynergyMembership, { synergy, partner, role: item.role, since: item.since });
      createDemoActivities(em, partner, { ...item, country: entry.country }, { synergy, since: item.since }, today);
    }
  }
  for (const item of demoUnaffiliatedPartners) {
    const partner = em.create(Partner, {
      id: newId(),
      network,
      name: item.name,
      acronym: item.acronym,
      type: item.type,
      country: item.country,
      membersWomen: item.women || null,
      membersMen: item.men || null,
    });
    createDemoActivities(em, partner, item, null, today);
  }
  const passwordHash = await hashPassword(demoPassword);
  let admin: User | null = null;
  for (const demoUser of demoUsers) {
    const user = em.create(User, { email: demoUser.email, name: demoUser.name, passwordHash, homeNetwork: network, locale: 'en' });
    const scope =
      demoUser.scope === 'network'
        ? { scopeType: 'NETWORK' as const, scopeId: network.id }
        : 'synergy' in demoUser.scope
          ? { scopeType: 'SYNERGY' as const, scopeId: synergyByCountry.get(demoUser.scope.synergy)!.id }
          : { scopeType: 'PARTNER' as const, scopeId: partnerByAcronym.get(demoUser.scope.partner)!.id };
    em.create(RoleGrant, { user, role: demoUser.role, network, ...scope });
    if (demoUser.role === 'NETWORK_ADMIN' && demoUser.scope === 'network') admin ??= user;
  }
  await runAsActor({ userId: null }, () => em.flush());
  // Joint actions go through the domain service as the network admin, so each passes every rule and is in the audit log.
  // One transaction on a fresh fork: all of them or none, and no flush compares the activities created above.
  const actor = await loadActor(em, admin!.id);
  await em.fork().transactional((tx) =>
    recordDemoJointActions(
      { em: tx, actor },
      {
        networkId: network.id,
        synergyIdByCountry: new Map([...synergyByCountry].map(([country, synergy]) => [country, synergy.id])),
        partnerIdByAcronym: new Map([...partnerByAcronym].map(([acronym, partner]) => [acronym, partner.id])),
      },
      demoSynergies,
      defaultAgeBands(),
      today,
    ),
  );
  // Capacity building goes straight to its tables, one flush per kind, so the load stays fast (see recordDemoMissions).
  await recordDemoMissions(em.fork(), { networkId: network.id, synergyByCountry, partnerByAcronym }, demoSynergies, defaultAgeBands(), today);
  return { networkId: network.id };
}
