import type { EntityManager } from '@mikro-orm/knex';
import { Network } from '../networks/network.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { User } from '../users/user.entity.ts';
import { RoleGrant, type Role, type ScopeType } from '../users/role-grant.entity.ts';
import { runAsActor } from '../audit/audit-context.ts';
import { Activity } from '../activities/activity.entity.ts';
import { assignParticipants } from '../activities/activity.values.ts';
import { defaultAgeBands } from '../networks/age-bands.rules.ts';
import type { ParticipantCell } from '../activities/participant-counts.rules.ts';
import { newId } from '../shared/ids.ts';
import { CapacityBuildingMission, MissionTarget } from '../missions/mission.entity.ts';
import { FollowUpAction } from '../follow-ups/follow-up-action.entity.ts';
import { CapacityAssessment, CapacityScore } from '../capacity-assessments/capacity-assessment.entity.ts';
import type { CapacityDomain } from '../missions/capacity-building.vocabulary.ts';

let sequence = 0;
const next = () => ++sequence;

/** Builders for test data: sensible defaults, overrides for what a test cares about. Persisted on flush. */
export const buildNetwork = (em: EntityManager, overrides: Partial<Network> = {}) =>
  em.create(Network, { id: newId(), name: `Network ${next()}`, ...overrides });

export const buildSynergy = (em: EntityManager, network: Network, overrides: Partial<Synergy> = {}) =>
  em.create(Synergy, { id: newId(), network, name: `Synergy ${next()}`, country: 'PH', status: 'ACTIVE', ...overrides });

export const buildPartner = (em: EntityManager, network: Network, overrides: Partial<Partner> = {}) =>
  em.create(Partner, { id: newId(), network, name: `Partner ${next()}`, type: 'TRADE_UNION', country: 'PH', ...overrides });

export const buildMembership = (em: EntityManager, synergy: Synergy, partner: Partner, overrides: Partial<SynergyMembership> = {}) =>
  em.create(SynergyMembership, { synergy, partner, role: 'MEMBER', since: '2024-01-01', ...overrides });

export const buildUser = (em: EntityManager, overrides: Partial<User> = {}) => {
  const n = next();
  return em.create(User, { id: newId(), email: `user${n}@test.example`, name: `User ${n}`, passwordHash: 'not-a-hash', ...overrides });
};

export const buildGrant = (em: EntityManager, user: User, role: Role, scopeType: ScopeType, scopeId: string, network: Network) =>
  em.create(RoleGrant, { user, role, scopeType, scopeId, network });

/** A completed activity with a small grid; the totals are derived as the service derives them (default age bands). */
export const buildActivity = (
  em: EntityManager,
  partner: Partner,
  overrides: Partial<Activity> = {},
  cells: ParticipantCell[] = [
    { sex: 'WOMEN', ageBandId: '18-35', count: 3 },
    { sex: 'MEN', ageBandId: '36-59', count: 2 },
  ],
) => {
  const activity = em.create(Activity, {
    id: newId(),
    network: partner.network,
    partner,
    type: 'BASIC_TRAINING',
    title: `Activity ${next()}`,
    startDate: '2025-01-15',
    endDate: '2025-01-15',
    country: partner.country,
    branches: ['GENERAL'],
    workerCategories: [],
    informalSectors: [],
    status: 'COMPLETED',
    participantCells: [],
    genderCriteria: [],
    ...overrides,
  });
  assignParticipants(activity, cells, defaultAgeBands());
  return activity;
};

/**
 * A completed mission organised by `organiser` (a synergy, or null for the network) with a small grid,
 * targeting the given partners; the totals are derived as the service derives them (default age bands).
 */
export const buildMission = (
  em: EntityManager,
  network: Network,
  organiser: Synergy | null,
  overrides: Partial<CapacityBuildingMission> = {},
  targetPartners: Partner[] = [],
  cells: ParticipantCell[] = [
    { sex: 'WOMEN', ageBandId: '18-35', count: 3 },
    { sex: 'MEN', ageBandId: '36-59', count: 2 },
  ],
) => {
  const mission = em.create(CapacityBuildingMission, {
    id: newId(),
    network,
    organiserSynergy: organiser,
    format: 'WORKSHOP',
    themes: ['POLITICAL_ACTION_METHODS'],
    title: `Mission ${next()}`,
    plannedStartDate: '2025-03-10',
    plannedEndDate: '2025-03-12',
    actualStartDate: '2025-03-10',
    actualEndDate: '2025-03-12',
    country: organiser?.country ?? 'PH',
    online: false,
    status: 'COMPLETED',
    participantCells: [],
    genderCriteria: [],
    ...overrides,
  });
  assignParticipants(mission, cells, defaultAgeBands());
  for (const partner of targetPartners) em.create(MissionTarget, { mission, partner });
  return mission;
};

export const buildFollowUp = (em: EntityManager, mission: CapacityBuildingMission, owner: Partner, overrides: Partial<FollowUpAction> = {}) =>
  em.create(FollowUpAction, { id: newId(), mission, ownerPartner: owner, description: `Follow-up ${next()}`, dueDate: '2025-06-30', ...overrides });

/** An assessment of `partner` on `assessedOn` with one score per domain given. */
export const buildAssessment = (
  em: EntityManager,
  partner: Partner,
  assessedOn: string,
  scores: Partial<Record<CapacityDomain, number>>,
  overrides: Partial<CapacityAssessment> = {},
) => {
  const assessment = em.create(CapacityAssessment, {
    id: newId(),
    network: partner.network,
    partner,
    assessedOn,
    assessor: 'Test assessor',
    ...overrides,
  });
  for (const [domain, score] of Object.entries(scores)) em.create(CapacityScore, { assessment, domain: domain as CapacityDomain, score: score! });
  return assessment;
};

/** Flushes builder output outside any user's name (as seed data). */
export const persistSeed = (em: EntityManager) => runAsActor({ userId: null }, () => em.flush());
