import {
  activityTypes,
  contributionLevels,
  defaultAgeBands,
  furthestStage,
  jointActionKinds,
  policyStages,
  politicalAskKinds,
  targetLevels,
  genderCriteria,
  informalSectors,
  membershipRoles,
  normaliseCells,
  participantColumns,
  partnerTypes,
  sexes,
  socialProtectionBranches,
  subTypesOf,
  workerCategories,
  type ActivitySubType,
  type ActivityType,
  type AgeBand,
  type GenderCriterion,
  type InformalSector,
  type ParticipantCell,
  type PartnerType,
  type Role,
  type ScopeType,
  type SocialProtectionBranch,
  type WorkStatus,
  type WorkerCategory,
  type MembershipRole,
  type JointActionKind,
  type JointActionRole,
  type PolicyStage,
  capacityDomains,
  capacityThemes,
  facilitatorKinds,
  missionFormats,
  reviewRecommendations,
  type CapacityDomain,
  type CapacityTheme,
  type FacilitatorKind,
  type FacilitatorOrigin,
  type FollowUpStatus,
  type MissionFormat,
  type ReviewRecommendation,
  type ReviewStatus,
} from '@synergia/domain';
import { seededRandom, type Random } from '../random.ts';
import type { Scale } from '../scales.ts';

/** Rows in the entities' shape (property names, relations as ids); `load.ts` maps them to columns. */
export type NetworkRow = { id: string; name: string; acronym: string; iatiOrganisationId: null; ageBands: AgeBand[]; version: 1; createdAt: Date; updatedAt: Date };
export type SynergyRow = { id: string; network: string; name: string; country: string; status: 'ACTIVE'; version: 1; createdAt: Date; updatedAt: Date };
export type PartnerRow = {
  id: string;
  network: string;
  name: string;
  acronym: string | null;
  type: PartnerType;
  country: string;
  membersWomen: number | null;
  membersMen: number | null;
  membersOther: number | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: null;
  website: null;
  version: 1;
  createdAt: Date;
  updatedAt: Date;
};
export type MembershipRow = { id: string; synergy: string; partner: string; role: MembershipRole; since: string; until: string | null; version: 1; createdAt: Date; updatedAt: Date };
export type UserRow = { id: string; email: string; name: string; passwordHash: string; locale: 'en'; homeNetwork: string; version: 1; createdAt: Date; updatedAt: Date };
export type GrantRow = { id: string; user: string; role: Role; scopeType: ScopeType; scopeId: string; network: string; grantedBy: null; grantedAt: Date };
export type ActivityRow = {
  id: string;
  network: string;
  partner: string;
  synergy: string;
  type: ActivityType;
  subType: ActivitySubType | null;
  title: string;
  description: string | null;
  startDate: string;
  endDate: string;
  country: string;
  place: string | null;
  branches: SocialProtectionBranch[];
  workerCategories: WorkerCategory[];
  informalSectors: InformalSector[];
  status: WorkStatus;
  participantCells: ParticipantCell[];
  participantsTotal: number;
  participantsWomen: number;
  participantsMen: number;
  participantsOther: number;
  participantsNotRecorded: number;
  participantsYouth: number;
  genderScore: number;
  genderCriteria: GenderCriterion[];
  genderPrincipalObjective: boolean;
  genderJustification: string | null;
  version: 1;
  createdBy: null;
  updatedBy: null;
  createdAt: Date;
  updatedAt: Date;
};

type ReachColumns = Pick<
  ActivityRow,
  | 'participantCells'
  | 'participantsTotal'
  | 'participantsWomen'
  | 'participantsMen'
  | 'participantsOther'
  | 'participantsNotRecorded'
  | 'participantsYouth'
  | 'genderScore'
  | 'genderCriteria'
  | 'genderPrincipalObjective'
  | 'genderJustification'
>;
export type JointActionRow = ReachColumns & {
  id: string;
  network: string;
  synergy: string;
  kind: JointActionKind;
  title: string;
  objective: string | null;
  branches: SocialProtectionBranch[];
  country: string;
  plannedStartDate: string;
  plannedEndDate: string;
  actualStartDate: string | null;
  actualEndDate: string | null;
  status: WorkStatus;
  stageReached: PolicyStage | null;
  noOutcomeReason: string | null;
  version: 1;
  createdBy: null;
  updatedBy: null;
  createdAt: Date;
  updatedAt: Date;
};
export type JointActionPartnerRow = {
  id: string;
  jointAction: string;
  partner: string;
  role: JointActionRole;
  contributionPeople: number | null;
  contributionAmount: null;
  contributionCurrency: null;
  contributionInKind: string | null;
  createdAt: Date;
  updatedAt: Date;
};
export type MilestoneRow = { id: string; jointAction: string; title: string; dueDate: string; doneDate: string | null; responsiblePartner: string | null; createdAt: Date; updatedAt: Date };
export type PolicyTargetRow = { id: string; jointAction: string; name: string; level: (typeof targetLevels)[number]; askKind: (typeof politicalAskKinds)[number]; ask: string | null; createdAt: Date };
export type PolicyOutcomeRow = {
  id: string;
  jointAction: string;
  observedOn: string;
  description: string;
  stage: PolicyStage | null;
  evidence: string | null;
  evidenceLinks: string[];
  contribution: (typeof contributionLevels)[number];
  recordedBy: null;
  version: 1;
  createdAt: Date;
  updatedAt: Date;
};
/** A joint action with its parts, generated together. */
export type JointActionBundle = {
  action: JointActionRow;
  partners: JointActionPartnerRow[];
  milestones: MilestoneRow[];
  targets: PolicyTargetRow[];
  outcomes: PolicyOutcomeRow[];
};

export type MissionRow = ReachColumns & {
  id: string;
  network: string;
  organiserSynergy: string | null;
  format: MissionFormat;
  themes: CapacityTheme[];
  title: string;
  objectives: string | null;
  plannedStartDate: string;
  plannedEndDate: string;
  actualStartDate: string | null;
  actualEndDate: string | null;
  country: string | null;
  city: string | null;
  online: boolean;
  status: WorkStatus;
  budgetPlanned: string | null;
  budgetSpent: string | null;
  budgetCurrency: string | null;
  evaluationFormsReturned: number | null;
  evaluationRelevance: number | null;
  evaluationQuality: number | null;
  evaluationUsefulness: number | null;
  evaluationLearnings: string | null;
  reviewStatus: ReviewStatus | null;
  version: 1;
  createdBy: null;
  updatedBy: null;
  createdAt: Date;
  updatedAt: Date;
};
/** Exactly one of `synergy` and `partner` is set. */
export type MissionTargetRow = { id: string; mission: string; synergy: string | null; partner: string | null; createdAt: Date };
export type MissionFacilitatorRow = { id: string; mission: string; name: string; kind: FacilitatorKind; origin: FacilitatorOrigin; partner: string | null; createdAt: Date };
export type FollowUpRow = {
  id: string;
  mission: string;
  ownerPartner: string;
  description: string;
  dueDate: string;
  status: FollowUpStatus;
  doneOn: string | null;
  droppedReason: string | null;
  evidence: string | null;
  version: 1;
  createdBy: null;
  createdAt: Date;
  updatedAt: Date;
};
export type AssessmentRow = {
  id: string;
  network: string;
  partner: string;
  assessedOn: string;
  assessor: string;
  mission: string | null;
  notes: string | null;
  version: 1;
  recordedBy: null;
  createdAt: Date;
  updatedAt: Date;
};
export type ScoreRow = { id: string; assessment: string; domain: CapacityDomain; score: number; evidence: string | null };
export type ReviewRow = {
  id: string;
  network: string;
  mission: string;
  synergy: null;
  year: null;
  reviewer: string;
  status: ReviewStatus;
  ratingRelevance: number | null;
  ratingEffectiveness: number | null;
  ratingFollowUp: number | null;
  ratingGender: number | null;
  comments: string | null;
  recommendation: ReviewRecommendation | null;
  changeRequest: string | null;
  organiserResponse: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  reopenReason: null;
  version: 1;
  createdAt: Date;
  updatedAt: Date;
};
/** A mission with its parts, generated together: targets, facilitators, follow-ups, its target partners' assessments, its review. */
export type MissionBundle = {
  mission: MissionRow;
  targets: MissionTargetRow[];
  facilitators: MissionFacilitatorRow[];
  followUps: FollowUpRow[];
  assessments: AssessmentRow[];
  scores: ScoreRow[];
  review: ReviewRow | null;
};

/** One capacity-building mission per this many activities (the issue: "in proportion"). */
export const activitiesPerMission = 100;

/** One joint action per this many activities (the issue: "in proportion"). */
export const activitiesPerJointAction = 50;

/** What the generator fixes so that scenarios can name things without looking them up. */
export type Dataset = {
  scale: Scale;
  seed: number;
  networks: NetworkRow[];
  synergies: SynergyRow[];
  partners: PartnerRow[];
  memberships: MembershipRow[];
  users: UserRow[];
  grants: GrantRow[];
  /** Generated lazily in batches: the large scale does not fit in memory as one array. */
  activityBatches: (batchSize: number) => Generator<ActivityRow[]>;
  /** Joint actions of synergies with their partners, milestones, targets and outcomes, one per `activitiesPerJointAction` activities. */
  jointActions: () => JointActionBundle[];
  /** Capacity-building missions, one per `activitiesPerMission` activities, with their parts. */
  missions: () => MissionBundle[];
  /** The network administrator the scenarios run as. */
  adminUserId: string;
};

/** No one can sign in with this: the harness opens sessions directly. */
export const unusablePasswordHash = '$argon2id$v=19$m=65536,t=3,p=4$YmVuY2gtb25seQ$disabled-for-benchmarks';

/** The dataset's clock: activities fall in the two years 2024–2025; every row was created at this instant. */
export const activityWindow = { from: '2024-01-01', to: '2025-12-31' } as const;
const createdAt = new Date('2026-01-01T00:00:00.000Z');
/** Memberships begin before any activity, so every activity's synergy is one its partner belonged to on its start date. */
const membershipSince = '2020-01-01';
const endedMembershipUntil = '2022-12-31';

const countries = ['PH', 'ID', 'KH', 'IN', 'NP', 'TH', 'VN', 'MY', 'LK', 'BD', 'PK', 'MM', 'LA', 'MN', 'TL', 'JP', 'KR', 'BT', 'MV', 'KZ', 'KG', 'UZ', 'TJ', 'SG', 'BN'];
const nameWords = ['Workers', 'Vendors', 'Women', 'Farmers', 'Fishers', 'Drivers', 'Home Workers', 'Domestic Workers', 'Waste Pickers', 'Builders', 'Weavers', 'Health', 'Solidarity', 'Youth'];
const nameKinds = ['Union', 'Association', 'Mutual', 'Cooperative', 'Network', 'Alliance', 'Federation', 'Centre'];
const places = ['Town hall', 'Union office', 'Market', 'Community centre', 'District office', null];

const dayMs = 24 * 60 * 60 * 1000;
const windowStart = Date.parse(`${activityWindow.from}T00:00:00Z`);
const windowDays = Math.round((Date.parse(`${activityWindow.to}T00:00:00Z`) - windowStart) / dayMs) + 1;
const isoDay = (offset: number) => new Date(windowStart + offset * dayMs).toISOString().slice(0, 10);

const statusWeights: [WorkStatus, number][] = [
  ['COMPLETED', 0.7],
  ['ONGOING', 0.1],
  ['PLANNED', 0.1],
  ['CANCELLED', 0.1],
];

function weighted<T>(random: Random, weights: [T, number][]): T {
  let roll = random.next();
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weights.at(-1)![0];
}

/** A grid of people reached: a few cells by sex × band, now and then people of unknown sex and age. */
function cellsFor(random: Random, bands: readonly AgeBand[], mustCount: boolean): ParticipantCell[] {
  const cells: ParticipantCell[] = [];
  for (const sex of sexes.filter((s) => s !== 'NOT_RECORDED')) {
    for (const band of bands) if (random.chance(0.3)) cells.push({ sex, ageBandId: band.id, count: random.int(1, 60) });
  }
  if (random.chance(0.1)) cells.push({ sex: 'NOT_RECORDED', ageBandId: null, count: random.int(1, 30) });
  if (mustCount && cells.length === 0) cells.push({ sex: 'WOMEN', ageBandId: bands.find((band) => band.youth)!.id, count: random.int(1, 40) });
  return normaliseCells(cells, bands);
}

function genderMarkerFor(random: Random): Pick<ActivityRow, 'genderScore' | 'genderCriteria' | 'genderPrincipalObjective' | 'genderJustification'> {
  const score = weighted(random, [
    [0, 0.6],
    [1, 0.3],
    [2, 0.1],
  ] as [number, number][]);
  if (score === 0) {
    // Score 0 may meet some criteria, never all need be met.
    return { genderScore: 0, genderCriteria: random.some(genderCriteria, random.int(0, 3)), genderPrincipalObjective: false, genderJustification: null };
  }
  return {
    genderScore: score,
    genderCriteria: [...genderCriteria],
    genderPrincipalObjective: score === 2,
    genderJustification: score === 2 ? 'Women workers asked for it and shaped every session of the work.' : null,
  };
}

/**
 * The dataset of a scale, deterministic from the seed. Partners belong to one
 * synergy of their network (a tenth to a second one too, a twentieth also had
 * an earlier membership that ended); activities are spread over partners and
 * the two years of `activityWindow`, reported under their partner's first synergy.
 */
export function generateDataset(scale: Scale, seed = 1): Dataset {
  const random = seededRandom(seed);
  const bands = defaultAgeBands();
  const stamp = { version: 1 as const, createdAt, updatedAt: createdAt };

  const networks: NetworkRow[] = Array.from({ length: scale.networks }, (_, index) => ({
    id: random.uuid(),
    name: `Bench Network ${index + 1}`,
    acronym: `BN${index + 1}`,
    iatiOrganisationId: null,
    ageBands: bands,
    ...stamp,
  }));
  const synergies: SynergyRow[] = Array.from({ length: scale.synergies }, (_, index) => {
    const network = networks[index % networks.length]!;
    const country = countries[Math.floor(index / networks.length) % countries.length]!;
    return { id: random.uuid(), network: network.id, name: `Synergy ${country} ${index + 1}`, country, status: 'ACTIVE' as const, ...stamp };
  });
  const synergiesOf = (networkId: string) => synergies.filter((synergy) => synergy.network === networkId);

  const partners: PartnerRow[] = [];
  const memberships: MembershipRow[] = [];
  /** Each partner's first synergy: its activities are reported under it. */
  const homeSynergy = new Map<string, SynergyRow>();
  for (let index = 0; index < scale.partners; index += 1) {
    const network = networks[index % networks.length]!;
    const own = synergiesOf(network.id);
    const home = own[Math.floor(index / networks.length) % own.length]!;
    const women = random.chance(0.8) ? random.int(0, 5000) : null;
    const partner: PartnerRow = {
      id: random.uuid(),
      network: network.id,
      name: `${random.pick(nameWords)} ${random.pick(nameKinds)} ${home.country} ${index + 1}`,
      acronym: random.chance(0.7) ? `P${index + 1}` : null,
      type: random.pick(partnerTypes),
      country: home.country,
      membersWomen: women,
      membersMen: women === null ? null : random.int(0, 5000),
      membersOther: women !== null && random.chance(0.2) ? random.int(0, 50) : null,
      contactName: random.chance(0.5) ? `Contact ${index + 1}` : null,
      contactEmail: random.chance(0.5) ? `contact${index + 1}@partner.example` : null,
      contactPhone: null,
      website: null,
      ...stamp,
    };
    partners.push(partner);
    homeSynergy.set(partner.id, home);
    const membership = (synergy: SynergyRow, until: string | null): MembershipRow => ({
      id: random.uuid(),
      synergy: synergy.id,
      partner: partner.id,
      role: index % own.length === 0 ? 'LEAD' : random.pick(membershipRoles.filter((role) => role !== 'LEAD')),
      since: membershipSince,
      until,
      ...stamp,
    });
    memberships.push(membership(home, null));
    const others = own.filter((synergy) => synergy.id !== home.id);
    if (others.length && random.chance(0.1)) memberships.push(membership(random.pick(others), null));
    if (others.length && random.chance(0.05)) memberships.push(membership(random.pick(others), endedMembershipUntil));
  }

  const users: UserRow[] = [];
  const grants: GrantRow[] = [];
  const user = (email: string, name: string, network: string) => {
    const row: UserRow = { id: random.uuid(), email, name, passwordHash: unusablePasswordHash, locale: 'en', homeNetwork: network, ...stamp };
    users.push(row);
    return row;
  };
  const grant = (userRow: UserRow, role: Role, scopeType: ScopeType, scopeId: string, network: string) =>
    grants.push({ id: random.uuid(), user: userRow.id, role, scopeType, scopeId, network, grantedBy: null, grantedAt: createdAt });
  networks.forEach((network, index) => {
    const admin = user(`admin${index + 1}@bench.example`, `Bench admin ${index + 1}`, network.id);
    grant(admin, 'NETWORK_ADMIN', 'NETWORK', network.id, network.id);
    const viewer = user(`viewer${index + 1}@bench.example`, `Bench viewer ${index + 1}`, network.id);
    grant(viewer, 'VIEWER', 'NETWORK', network.id, network.id);
  });
  synergies.forEach((synergy, index) => {
    const coordinator = user(`coordinator${index + 1}@bench.example`, `Bench coordinator ${index + 1}`, synergy.network);
    grant(coordinator, 'SYNERGY_COORDINATOR', 'SYNERGY', synergy.id, synergy.network);
  });

  // Activities come from their own stream, so the other rows do not depend on how they are batched.
  const activitySeed = Math.floor(random.next() * 2 ** 32);
  function* activityBatches(batchSize: number): Generator<ActivityRow[]> {
    const stream = seededRandom(activitySeed);
    let batch: ActivityRow[] = [];
    for (let index = 0; index < scale.activities; index += 1) {
      batch.push(activityAt(stream, index));
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }

  function activityAt(stream: Random, index: number): ActivityRow {
    const partner = partners[stream.int(0, partners.length - 1)]!;
    const type = stream.pick(activityTypes);
    const subTypes = subTypesOf[type];
    const status = weighted(stream, statusWeights);
    const start = stream.int(0, windowDays - 1);
    const cells = status === 'PLANNED' || status === 'CANCELLED' ? (stream.chance(0.5) ? [] : cellsFor(stream, bands, false)) : cellsFor(stream, bands, status === 'COMPLETED');
    const columns = participantColumns(cells, bands);
    return {
      id: stream.uuid(),
      network: partner.network,
      partner: partner.id,
      synergy: homeSynergy.get(partner.id)!.id,
      type,
      subType: subTypes ? stream.pick(subTypes) : null,
      title: `${type.charAt(0)}${type.slice(1).toLowerCase().replace(/_/g, ' ')} ${index + 1}`,
      description: stream.chance(0.3) ? 'Generated for the benchmark: a session with members on their rights to social protection.' : null,
      startDate: isoDay(start),
      endDate: isoDay(Math.min(windowDays - 1, start + stream.int(0, 3))),
      country: partner.country,
      place: stream.pick(places),
      branches: stream.some(socialProtectionBranches, stream.int(1, 3)),
      workerCategories: stream.some(workerCategories, stream.int(0, 2)),
      informalSectors: stream.some(informalSectors, stream.int(0, 2)),
      status,
      ...columns,
      ...genderMarkerFor(stream),
      version: 1,
      createdBy: null,
      updatedBy: null,
      createdAt,
      updatedAt: createdAt,
    };
  }

  const jointActionSeed = Math.floor(random.next() * 2 ** 32);
  const currentMembersOf = new Map<string, string[]>();
  for (const membership of memberships) {
    if (membership.until !== null) continue;
    currentMembersOf.set(membership.synergy, [...(currentMembersOf.get(membership.synergy) ?? []), membership.partner]);
  }
  function jointActions(): JointActionBundle[] {
    const stream = seededRandom(jointActionSeed);
    const count = Math.floor(scale.activities / activitiesPerJointAction);
    const bundles: JointActionBundle[] = [];
    for (let index = 0; index < count; index += 1) {
      const synergy = synergies[index % synergies.length]!;
      const members = currentMembersOf.get(synergy.id) ?? [];
      if (members.length === 0) continue;
      const kind = stream.pick(jointActionKinds);
      const start = stream.int(0, windowDays - 60);
      const end = Math.min(windowDays - 1, start + stream.int(7, 180));
      const status = weighted(stream, statusWeights);
      const id = stream.uuid();
      // Exactly one LEAD, no partner twice, all members of the synergy over the planned period (since 2020, no end).
      const chosen = stream.some(members, stream.int(1, Math.min(4, members.length)));
      const partnersOf: JointActionPartnerRow[] = chosen.map((partner, position) => ({
        id: stream.uuid(),
        jointAction: id,
        partner,
        role: position === 0 ? 'LEAD' : stream.pick(['CO_ORGANISER', 'CONTRIBUTOR'] as const),
        contributionPeople: stream.chance(0.5) ? stream.int(1, 40) : null,
        contributionAmount: null,
        contributionCurrency: null,
        contributionInKind: stream.chance(0.3) ? 'Meeting room and trainers' : null,
        createdAt,
        updatedAt: createdAt,
      }));
      const milestones: MilestoneRow[] = Array.from({ length: stream.int(0, 3) }, (_, position) => {
        const due = Math.min(windowDays - 1, start + stream.int(0, end - start));
        return {
          id: stream.uuid(),
          jointAction: id,
          title: `Milestone ${position + 1}`,
          dueDate: isoDay(due),
          doneDate: stream.chance(0.5) ? isoDay(due) : null,
          responsiblePartner: stream.chance(0.5) ? stream.pick(chosen) : null,
          createdAt,
          updatedAt: createdAt,
        };
      });
      const targets: PolicyTargetRow[] =
        kind === 'POLITICAL_ACTION'
          ? Array.from({ length: stream.int(1, 2) }, (_, position) => ({
              id: stream.uuid(),
              jointAction: id,
              name: `Ministry of Labour ${position + 1}`,
              level: stream.pick(targetLevels),
              askKind: stream.pick(politicalAskKinds),
              ask: stream.chance(0.5) ? 'Extend health insurance to informal workers.' : null,
              createdAt,
            }))
          : [];
      const outcomes: PolicyOutcomeRow[] =
        status === 'COMPLETED' || status === 'ONGOING'
          ? Array.from({ length: stream.int(0, 2) }, () => ({
              id: stream.uuid(),
              jointAction: id,
              observedOn: isoDay(Math.min(windowDays - 1, end + stream.int(0, 30))),
              description: 'The ministry took the proposal into its consultation.',
              // Political actions' outcomes always say which stage they reached.
              stage: kind === 'POLITICAL_ACTION' ? stream.pick(policyStages) : stream.chance(0.3) ? stream.pick(policyStages) : null,
              evidence: null,
              evidenceLinks: [],
              contribution: stream.pick(contributionLevels),
              recordedBy: null,
              version: 1 as const,
              createdAt,
              updatedAt: createdAt,
            }))
          : [];
      const cells = status === 'PLANNED' || status === 'CANCELLED' ? [] : cellsFor(stream, bands, status === 'COMPLETED');
      const columns = participantColumns(cells, bands);
      bundles.push({
        action: {
          id,
          network: synergy.network,
          synergy: synergy.id,
          kind,
          title: `${kind.charAt(0)}${kind.slice(1).toLowerCase().replace(/_/g, ' ')} ${index + 1}`,
          objective: stream.chance(0.5) ? 'Social protection for informal workers in the province.' : null,
          branches: stream.some(socialProtectionBranches, stream.int(1, 3)),
          country: synergy.country,
          plannedStartDate: isoDay(start),
          plannedEndDate: isoDay(end),
          actualStartDate: status === 'ONGOING' || status === 'COMPLETED' ? isoDay(start) : null,
          actualEndDate: status === 'COMPLETED' ? isoDay(end) : null,
          status,
          stageReached: furthestStage(outcomes.map((outcome) => outcome.stage)),
          // Completing needs an outcome or a reason why there is none.
          noOutcomeReason: status === 'COMPLETED' && outcomes.length === 0 ? 'The ministry postponed its decision to next year.' : null,
          ...columns,
          ...genderMarkerFor(stream),
          version: 1,
          createdBy: null,
          updatedBy: null,
          createdAt,
          updatedAt: createdAt,
        },
        partners: partnersOf,
        milestones,
        targets,
        outcomes,
      });
    }
    return bundles;
  }

  const missionSeed = Math.floor(random.next() * 2 ** 32);
  const adminOf = new Map(networks.map((network, index) => [network.id, users.find((row) => row.email === `admin${index + 1}@bench.example`)!.id]));
  const currencies = ['USD', 'EUR', 'PHP'];
  const cities: Record<string, string> = { PH: 'Manila', ID: 'Jakarta', KH: 'Phnom Penh', IN: 'Delhi', NP: 'Kathmandu', TH: 'Bangkok', VN: 'Hanoi' };
  const reviewWeights: [ReviewStatus | null, number][] = [
    [null, 0.6],
    ['DRAFT', 0.1],
    ['SUBMITTED', 0.1],
    ['CHANGES_REQUESTED', 0.05],
    ['APPROVED', 0.15],
  ];
  /** Ratings in quarter steps: exact in binary, so weighted sums do not depend on the order the database adds them in. */
  const quarter = (stream: Random, min: number, max: number) => stream.int(min * 4, max * 4) / 4;
  const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

  /**
   * Missions organised by synergies (three in four) and by the network, for
   * the organiser's partners (target partners, current members of the
   * organising or target synergy) and now and then a target synergy. Completed
   * ones have actual dates, people, mostly an evaluation, follow-ups owned by
   * target partners, and for each target partner an assessment before the
   * mission and mostly one within a year after it (the capacity change);
   * about four in ten completed or ongoing ones have a review, its status
   * mirrored on the mission.
   */
  function missions(): MissionBundle[] {
    const stream = seededRandom(missionSeed);
    const count = Math.floor(scale.activities / activitiesPerMission);
    const bundles: MissionBundle[] = [];
    const partnerById = new Map(partners.map((row) => [row.id, row]));
    for (let index = 0; index < count; index += 1) {
      const byNetwork = index % 4 === 3;
      const organiser = byNetwork ? null : synergies[index % synergies.length]!;
      const network = organiser ? organiser.network : networks[index % networks.length]!.id;
      const own = synergiesOf(network);
      // The network's own missions target its synergies in turn, so every synergy's list holds some at every scale
      // (their organiser name is the network's: a page with one loads the network, and statement counts are compared across scales).
      const targetSynergy = organiser ? (stream.chance(0.3) ? organiser : null) : own[Math.floor(index / 4) % own.length]!;
      const pool = currentMembersOf.get((organiser ?? targetSynergy)!.id) ?? [];
      const targetPartners = pool.length ? stream.some(pool, stream.int(1, Math.min(3, pool.length))) : [];
      const id = stream.uuid();
      const format = stream.pick(missionFormats);
      const start = stream.int(0, windowDays - 30);
      const end = Math.min(windowDays - 1, start + stream.int(0, 10));
      const status = weighted(stream, statusWeights);
      const reached = status === 'COMPLETED' || status === 'ONGOING';
      const cells = reached ? cellsFor(stream, bands, status === 'COMPLETED') : [];
      const columns = participantColumns(cells, bands);
      const onlineOnly = stream.chance(0.1);
      const place = onlineOnly
        ? { country: null, city: null, online: true }
        : { country: (organiser ?? targetSynergy)!.country, city: stream.chance(0.8) ? (cities[(organiser ?? targetSynergy)!.country] ?? null) : null, online: stream.chance(0.2) };
      const hasBudget = stream.chance(0.7);
      const planned = hasBudget ? stream.int(500, 50_000) : null;
      const evaluated = reached && stream.chance(status === 'COMPLETED' ? 0.8 : 0.2) && columns.participantsTotal > 0;
      const reviewStatus = reached ? weighted(stream, reviewWeights) : null;
      const actualStart = reached ? isoDay(start) : null;
      const actualEnd = status === 'COMPLETED' ? isoDay(end) : null;
      const mission: MissionRow = {
        id,
        network,
        organiserSynergy: organiser?.id ?? null,
        format,
        themes: stream.some(capacityThemes, stream.int(1, 3)),
        title: `${format.charAt(0)}${format.slice(1).toLowerCase().replace(/_/g, ' ')} ${index + 1}`,
        objectives: stream.chance(0.5) ? 'Stronger organisations able to negotiate social protection for their members.' : null,
        plannedStartDate: isoDay(start),
        plannedEndDate: isoDay(end),
        actualStartDate: actualStart,
        actualEndDate: actualEnd,
        ...place,
        status,
        budgetPlanned: planned === null ? null : `${planned}.00`,
        budgetSpent: planned !== null && reached ? `${stream.int(0, planned)}.50` : null,
        budgetCurrency: hasBudget ? stream.pick(currencies) : null,
        ...columns,
        ...genderMarkerFor(stream),
        evaluationFormsReturned: evaluated ? stream.int(1, columns.participantsTotal) : null,
        evaluationRelevance: evaluated ? quarter(stream, 1, 5) : null,
        evaluationQuality: evaluated ? quarter(stream, 1, 5) : null,
        evaluationUsefulness: evaluated && stream.chance(0.9) ? quarter(stream, 1, 5) : null,
        evaluationLearnings: evaluated && stream.chance(0.5) ? 'How to present members’ needs to the social security office.' : null,
        reviewStatus,
        version: 1,
        createdBy: null,
        updatedBy: null,
        createdAt,
        updatedAt: createdAt,
      };
      const targets: MissionTargetRow[] = [
        ...(targetSynergy ? [{ id: stream.uuid(), mission: id, synergy: targetSynergy.id, partner: null, createdAt }] : []),
        ...targetPartners.map((partner) => ({ id: stream.uuid(), mission: id, synergy: null, partner, createdAt })),
      ];
      const facilitators: MissionFacilitatorRow[] = Array.from({ length: stream.int(1, 2) }, (_, position) => {
        const fromPartner = targetPartners.length > 0 && stream.chance(0.3) ? stream.pick(targetPartners) : null;
        return {
          id: stream.uuid(),
          mission: id,
          name: fromPartner ? `Trainer of ${partnerById.get(fromPartner)!.name}` : `Facilitator ${index + 1}.${position + 1}`,
          kind: stream.pick(facilitatorKinds),
          // Only an internal facilitator comes from a partner.
          origin: fromPartner || stream.chance(0.4) ? 'INTERNAL' : 'EXTERNAL',
          partner: fromPartner,
          createdAt,
        };
      });
      const followUps: FollowUpRow[] =
        reached && targetPartners.length
          ? Array.from({ length: stream.int(0, 3) }, () => {
              const due = addDays(isoDay(end), stream.int(30, 180));
              const followUpStatus = weighted<FollowUpStatus>(stream, [
                ['OPEN', 0.4],
                ['DONE', 0.45],
                ['DROPPED', 0.15],
              ]);
              return {
                id: stream.uuid(),
                mission: id,
                ownerPartner: stream.pick(targetPartners),
                description: 'Train the board on the new contribution scheme.',
                dueDate: due,
                status: followUpStatus,
                doneOn: followUpStatus === 'DONE' ? addDays(due, -stream.int(0, 20)) : null,
                droppedReason: followUpStatus === 'DROPPED' ? 'The partner merged into another union.' : null,
                evidence: followUpStatus === 'DONE' && stream.chance(0.5) ? 'Minutes of the board meeting.' : null,
                version: 1 as const,
                createdBy: null,
                createdAt,
                updatedAt: createdAt,
              };
            })
          : [];
      const assessments: AssessmentRow[] = [];
      const scores: ScoreRow[] = [];
      const assess = (partner: string, assessedOn: string, domains: CapacityDomain[], base: Map<CapacityDomain, number> | null) => {
        const assessment: AssessmentRow = {
          id: stream.uuid(),
          network,
          partner,
          assessedOn,
          assessor: `Assessor ${index + 1}`,
          mission: id,
          notes: stream.chance(0.3) ? 'Assessed with the partner’s board.' : null,
          version: 1,
          recordedBy: null,
          createdAt,
          updatedAt: createdAt,
        };
        assessments.push(assessment);
        const given = new Map<CapacityDomain, number>();
        for (const domain of domains) {
          const before = base?.get(domain);
          const score = before === undefined ? stream.int(1, 3) : Math.min(4, before + stream.int(0, 1));
          given.set(domain, score);
          scores.push({ id: stream.uuid(), assessment: assessment.id, domain, score, evidence: stream.chance(0.2) ? 'Statutes and minutes.' : null });
        }
        return given;
      };
      // Target partners of missions that took place get a baseline; completed ones mostly an assessment after it too.
      if (status !== 'CANCELLED') {
        for (const partner of targetPartners) {
          const domains = stream.some(capacityDomains, stream.int(2, 5));
          const before = assess(partner, addDays(isoDay(start), -stream.int(7, 60)), domains, null);
          if (status === 'COMPLETED' && stream.chance(0.8)) {
            assess(partner, addDays(isoDay(end), stream.int(30, 300)), stream.some(domains, stream.int(1, domains.length)), before);
          }
        }
      }
      const reviewed = reviewStatus !== null && reviewStatus !== 'DRAFT';
      const ratings = () => (reviewed || stream.chance(0.5) ? stream.int(1, 5) : null);
      const reviewer = adminOf.get(network)!;
      const review: ReviewRow | null = reviewStatus && {
        id: stream.uuid(),
        network,
        mission: id,
        synergy: null,
        year: null,
        reviewer,
        status: reviewStatus,
        ratingRelevance: ratings(),
        ratingEffectiveness: ratings(),
        ratingFollowUp: ratings(),
        ratingGender: ratings(),
        comments: stream.chance(0.6) ? 'Well prepared; follow-ups need owners on every target partner.' : null,
        recommendation: reviewed ? stream.pick(reviewRecommendations) : null,
        changeRequest: reviewStatus === 'CHANGES_REQUESTED' ? 'Add the evaluation forms of the second day.' : null,
        organiserResponse: null,
        submittedAt: reviewed ? createdAt : null,
        approvedAt: reviewStatus === 'APPROVED' ? createdAt : null,
        approvedBy: reviewStatus === 'APPROVED' ? reviewer : null,
        reopenReason: null,
        version: 1,
        createdAt,
        updatedAt: createdAt,
      };
      bundles.push({ mission, targets, facilitators, followUps, assessments, scores, review });
    }
    return bundles;
  }

  return { scale, seed, networks, synergies, partners, memberships, users, grants, activityBatches, jointActions, missions, adminUserId: users[0]!.id };
}
