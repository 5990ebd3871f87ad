import type { EntityManager } from '@mikro-orm/knex';
import type { AgeBand } from '../networks/age-bands.rules.ts';
import { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { User } from '../users/user.entity.ts';
import type { ParticipantCell } from '../activities/participant-counts.rules.ts';
import type { GenderMarker } from '../activities/gender-marker.rules.ts';
import type { WorkStatus } from '../activities/activity-status.rules.ts';
import type { PartnerType } from '../partners/partner.entity.ts';
import { assignGenderMarker, assignParticipants } from '../activities/activity.values.ts';
import { runAsActor } from '../audit/audit-context.ts';
import { newId } from '../shared/ids.ts';
import { CapacityBuildingMission, MissionFacilitator, MissionTarget } from '../missions/mission.entity.ts';
import { FollowUpAction } from '../follow-ups/follow-up-action.entity.ts';
import { CapacityAssessment, CapacityScore } from '../capacity-assessments/capacity-assessment.entity.ts';
import { CapacityBuildingReview } from '../capacity-building-reviews/capacity-building-review.entity.ts';
import {
  capacityDomains,
  capacityThemes,
  missionFormats,
  type CapacityDomain,
  type CapacityTheme,
  type FacilitatorKind,
  type FacilitatorOrigin,
  type FollowUpStatus,
  type MissionFormat,
  type ReviewRecommendation,
  type ReviewStatus,
} from '../missions/capacity-building.vocabulary.ts';
import { addDays, genderMarker, isoDay, participants, random, seedOf, type Random } from './demo-activities.ts';
import { demoUsers } from './demo-dataset.ts';

/** What the generator needs to know about a synergy and its partners (demo-dataset's synergies fit). */
export type DemoMissionSynergy = {
  country: string;
  name: string;
  partners: readonly { acronym: string; name: string; type: PartnerType; since: string }[];
};

export type DemoFollowUp = {
  owner: string;
  description: string;
  dueDate: string;
  status: FollowUpStatus;
  doneOn: string | null;
  droppedReason: string | null;
  evidence: string | null;
};

export type DemoAssessment = { partner: string; assessedOn: string; assessor: string; notes: string; scores: Partial<Record<CapacityDomain, number>> };

export type DemoReview = {
  status: ReviewStatus;
  ratings: { ratingRelevance: number | null; ratingEffectiveness: number | null; ratingFollowUp: number | null; ratingGender: number | null };
  comments: string | null;
  recommendation: ReviewRecommendation | null;
  changeRequest: string | null;
  organiserResponse: string | null;
  submittedOn: string | null;
  approvedOn: string | null;
  reopenReason: string | null;
};

/** One mission as it stands today, with what followed it. */
export type DemoMission = {
  /** The organising synergy's country; null when the network organises it. */
  organiser: string | null;
  format: MissionFormat;
  themes: CapacityTheme[];
  title: string;
  objectives: string;
  plannedStartDate: string;
  plannedEndDate: string;
  actualStartDate: string | null;
  actualEndDate: string | null;
  country: string | null;
  city: string | null;
  online: boolean;
  status: WorkStatus;
  budget: { planned: string | null; spent: string | null; currency: string | null };
  cells: ParticipantCell[];
  genderMarker: GenderMarker;
  evaluation: { formsReturned: number; relevance: number; quality: number; usefulness: number; learnings: string } | null;
  /** Partner acronyms and synergy countries. */
  targetPartners: string[];
  targetSynergies: string[];
  facilitators: { name: string; kind: FacilitatorKind; origin: FacilitatorOrigin; partner: string | null }[];
  followUps: DemoFollowUp[];
  /** Assessments of the target partners before and after it, linked to it. */
  assessments: DemoAssessment[];
  review: DemoReview | null;
};

const formatFacts: Record<MissionFormat, { label: string; days: [number, number]; people: [number, number] }> = {
  MISSION: { label: 'Support mission', days: [3, 6], people: [6, 14] },
  WORKSHOP: { label: 'Workshop', days: [2, 3], people: [18, 40] },
  SEMINAR: { label: 'Seminar', days: [1, 2], people: [30, 80] },
  EXCHANGE_SOUTH_SOUTH: { label: 'South–South exchange', days: [4, 7], people: [8, 20] },
  EXCHANGE_NORTH_SOUTH: { label: 'North–South exchange', days: [4, 7], people: [8, 16] },
  TRAINING_OF_TRAINERS: { label: 'Training of trainers', days: [4, 6], people: [12, 25] },
  COACHING: { label: 'Coaching', days: [20, 60], people: [4, 10] },
};

/** What each theme is about, the learning participants report, a follow-up it leads to, and the domains it strengthens. */
const themeFacts: Record<CapacityTheme, { topic: string; learning: string; followUp: string; domains: CapacityDomain[] }> = {
  NETWORKING_SYNERGIES: {
    topic: 'building a national synergy',
    learning: 'Partners learned to share one work plan and to split roles between trade unions, mutuals and informal workers’ organisations.',
    followUp: 'Hold a joint planning meeting with the other partners of the synergy',
    domains: ['NETWORKING', 'GOVERNANCE'],
  },
  RIGHT_TO_SOCIAL_PROTECTION: {
    topic: 'the right to social protection',
    learning: 'Participants can explain the social protection floor and check whether their members are covered.',
    followUp: 'Run a coverage check among members and report the gaps',
    domains: ['PROGRAMME_MANAGEMENT', 'POLITICAL_ACTION'],
  },
  GENDER: {
    topic: 'gender-responsive social protection',
    learning: 'Women leaders designed maternity and child-care demands and a plan to bring more women into decision making.',
    followUp: 'Adopt a gender policy with targets for women in leadership',
    domains: ['GENDER_MAINSTREAMING', 'GOVERNANCE'],
  },
  POLITICAL_ACTION_METHODS: {
    topic: 'political action and advocacy',
    learning: 'Participants mapped decision makers and drafted a first position paper with clear asks.',
    followUp: 'Submit a position paper to the labour committee',
    domains: ['POLITICAL_ACTION', 'COMMUNICATION'],
  },
  ORGANISATIONAL_CAPACITY: {
    topic: 'governance and financial management',
    learning: 'Treasurers set up monthly bookkeeping and boards agreed on rules for internal elections.',
    followUp: 'Produce audited accounts and share them with the members',
    domains: ['FINANCIAL_MANAGEMENT', 'HUMAN_RESOURCES', 'GOVERNANCE'],
  },
  ENVIRONMENT: {
    topic: 'climate shocks and social protection',
    learning: 'Participants linked heat waves and floods to income loss and listed the cover informal workers need.',
    followUp: 'Document the climate losses of members for the next advocacy meeting',
    domains: ['PROGRAMME_MANAGEMENT', 'POLITICAL_ACTION'],
  },
  COMMUNICATION: {
    topic: 'communication and campaigning',
    learning: 'Partners built a shared message grid and trained spokespeople, most of them young women.',
    followUp: 'Publish the campaign page and a monthly newsletter',
    domains: ['COMMUNICATION', 'NETWORKING'],
  },
};

const cities: Record<string, string[]> = {
  PH: ['Quezon City', 'Cebu City', 'Davao City', 'Iloilo'],
  ID: ['Jakarta', 'Surabaya', 'Yogyakarta', 'Medan'],
  KH: ['Phnom Penh', 'Siem Reap', 'Battambang'],
  IN: ['Ahmedabad', 'Delhi', 'Pune', 'Kochi'],
  NP: ['Kathmandu', 'Pokhara', 'Lalitpur'],
};

/** Local currency and units per US dollar, so local budgets look like local budgets. */
const currencies: Record<string, [string, number]> = { PH: ['PHP', 56], ID: ['IDR', 15800], KH: ['KHR', 4100], IN: ['INR', 83], NP: ['NPR', 133] };

const externalFacilitators = ['Social Protection Learning Institute', 'Dr. Asha Raman', 'Regional Labour Education Centre', 'Ms. Lin Chua', 'Mutual Health Academy'];
const droppedReasons = [
  'The ministry postponed the consultation indefinitely, so the partners agreed to put their effort elsewhere.',
  'The partner lost the staff member in charge and the synergy took over the work in another plan.',
  'Funding for the follow-up did not come through; the action moved to next year’s plan.',
];
const recommendations: ReviewRecommendation[] = ['CONTINUE', 'ADAPT', 'SCALE_UP', 'CONTINUE', 'SCALE_UP', 'DISCONTINUE'];

/** Women-led facts for `participants` and `genderMarker`: women and youth are the priority of capacity building. */
const womenLed = (acronym: string) => ({ acronym, type: 'INFORMAL_WORKERS_ORGANISATION' as const, country: '', women: 68, men: 32 });

const rating = (rng: Random, low = 3.2) => Math.round((low + rng.next() * (4.9 - low)) * 10) / 10;
const dayAt = (day: string, days: number) => isoDay(addDays(new Date(`${day}T00:00:00Z`), days));
const pickSome = <T>(rng: Random, items: readonly T[], count: number): T[] => {
  const left = [...items];
  const picked: T[] = [];
  while (picked.length < count && left.length) picked.push(left.splice(rng.int(0, left.length - 1), 1)[0]!);
  return picked;
};

type Plan = { organiser: DemoMissionSynergy | null; start: Date; index: number };

/** The missions of two years up to `today` (and a few planned ahead): the network every ~2.5 months, each synergy every ~4. */
function schedule(rng: Random, synergies: readonly DemoMissionSynergy[], today: Date): Plan[] {
  const first = addDays(today, -700);
  const plans: Plan[] = [];
  for (const organiser of [null, ...synergies]) {
    const gap: [number, number] = organiser ? [95, 135] : [60, 90];
    for (let day = rng.int(5, 40); day < 700 + 45; day += rng.int(gap[0], gap[1])) plans.push({ organiser, start: addDays(first, day), index: plans.length });
  }
  return plans.sort((a, b) => a.start.getTime() - b.start.getTime() || a.index - b.index);
}

function followUpsOf(rng: Random, mission: Pick<DemoMission, 'themes' | 'targetPartners'>, end: string, today: string): DemoFollowUp[] {
  const count = rng.int(1, 3);
  return Array.from({ length: count }, (_, index) => {
    const owner = mission.targetPartners[index % mission.targetPartners.length]!;
    const theme = themeFacts[mission.themes[index % mission.themes.length]!];
    const dueDate = dayAt(end, rng.int(25, 210));
    const roll = rng.next();
    const base = { owner, description: `${theme.followUp} (${owner}).`, dueDate, doneOn: null, droppedReason: null, evidence: null };
    if (dueDate < today) {
      if (roll < 0.55) {
        const doneOn = dayAt(dueDate, -rng.int(0, 20));
        return { ...base, status: 'DONE', doneOn: doneOn > end ? doneOn : dueDate, evidence: 'Minutes and photos shared with the synergy coordinator.' };
      }
      if (roll < 0.72) return { ...base, status: 'DROPPED', droppedReason: rng.pick(droppedReasons) };
      return { ...base, status: 'OPEN' }; // overdue
    }
    if (roll < 0.2) {
      const doneOn = dayAt(end, rng.int(5, 20));
      return doneOn <= today ? { ...base, status: 'DONE', doneOn, evidence: 'Report sent to the network secretariat.' } : { ...base, status: 'OPEN' };
    }
    return { ...base, status: 'OPEN' };
  });
}

/** Each target partner assessed shortly before the mission and, for most, within a year after it: mostly better. */
function assessmentsOf(rng: Random, mission: Pick<DemoMission, 'themes' | 'targetPartners'>, start: string, end: string, today: string, assessor: string): DemoAssessment[] {
  const focus = [...new Set(mission.themes.flatMap((theme) => themeFacts[theme].domains))];
  return mission.targetPartners.flatMap((partner) => {
    if (rng.chance(0.15)) return [];
    const domains = capacityDomains.filter((domain) => focus.includes(domain) || rng.chance(0.35));
    const before = Object.fromEntries(domains.map((domain) => [domain, rng.int(1, 3)])) as Partial<Record<CapacityDomain, number>>;
    const assessments: DemoAssessment[] = [
      { partner, assessedOn: dayAt(start, -rng.int(7, 45)), assessor, notes: `Baseline before the mission, with ${partner}’s board.`, scores: before },
    ];
    const afterOn = dayAt(end, rng.int(90, 300));
    if (afterOn <= today) {
      const after = Object.fromEntries(
        Object.entries(before).map(([domain, score]) => {
          const roll = rng.next();
          const delta = roll < 0.5 ? 1 : roll < 0.62 ? 2 : roll < 0.92 ? 0 : -1;
          return [domain, Math.min(4, Math.max(1, score + delta))];
        }),
      ) as Partial<Record<CapacityDomain, number>>;
      assessments.push({ partner, assessedOn: afterOn, assessor, notes: `Follow-up assessment after the mission, with ${partner}’s board.`, scores: after });
    }
    return assessments;
  });
}

/**
 * Two years of capacity-building missions up to `today`: every format and
 * theme, organised by the network and by each synergy, targeting their
 * partners (and other synergies for network missions and exchanges).
 * Completed missions have people, an evaluation, follow-ups and assessments;
 * most older ones are reviewed, in every state of the workflow.
 */
export function demoMissionPlans(synergies: readonly DemoMissionSynergy[], bands: readonly AgeBand[], today: Date): DemoMission[] {
  const rng = random(seedOf('capacity-building'));
  const todayIso = isoDay(today);
  const missions = schedule(rng, synergies, today).map((plan, order): DemoMission => {
    const { organiser } = plan;
    const format = missionFormats[order % missionFormats.length]!;
    // Shifted once per round of formats, so each format meets every theme over the two years.
    const primary = capacityThemes[(order * 3 + Math.floor(order / missionFormats.length)) % capacityThemes.length]!;
    const themes = [primary, ...pickSome(rng, capacityThemes.filter((theme) => theme !== primary), rng.int(0, 2))];
    const facts = formatFacts[format];
    const start = isoDay(plan.start);
    const end = dayAt(start, rng.int(facts.days[0], facts.days[1]) - 1);
    let status: WorkStatus = start > todayIso ? 'PLANNED' : end >= todayIso ? 'ONGOING' : 'COMPLETED';
    if (status !== 'PLANNED' && rng.chance(0.06)) status = 'CANCELLED';
    const members = (synergy: DemoMissionSynergy) => synergy.partners.filter((partner) => partner.since <= start).map((partner) => partner.acronym);
    const others = synergies.filter((synergy) => synergy !== organiser);
    let targetPartners: string[];
    let targetSynergies: string[] = [];
    if (organiser) {
      targetPartners = pickSome(rng, members(organiser), rng.int(1, 3));
      if (format === 'EXCHANGE_SOUTH_SOUTH') targetPartners.push(...pickSome(rng, members(rng.pick(others)), 1));
    } else {
      const reached = pickSome(rng, synergies, rng.int(1, 2));
      targetSynergies = reached.filter(() => rng.chance(0.5)).map((synergy) => synergy.country);
      targetPartners = reached.flatMap((synergy) => pickSome(rng, members(synergy), rng.int(1, 2)));
    }
    const home = organiser?.country ?? synergies.find((synergy) => synergy.partners.some((partner) => partner.acronym === targetPartners[0]))!.country;
    const online = format !== 'COACHING' && rng.chance(0.12);
    const city = online ? null : rng.pick(cities[home] ?? ['Capital city']);
    const reached = status === 'COMPLETED' || status === 'ONGOING';
    const cells = reached ? participants(rng, womenLed(targetPartners[0]!), rng.int(facts.people[0], facts.people[1]), bands) : [];
    const total = cells.reduce((sum, cell) => sum + cell.count, 0);
    const marker: GenderMarker = themes.includes('GENDER')
      ? { ...genderMarker(rng, womenLed(home), 'ADVANCED_TRAINING'), score: 2, principalObjective: true, justification: 'Women workers asked for this mission and it exists to close the gender gap in their organisations.' }
      : genderMarker(rng, womenLed(home), 'ADVANCED_TRAINING');
    if (marker.score === 2) marker.criteria = Object.fromEntries(Object.keys(marker.criteria).map((criterion) => [criterion, true])) as GenderMarker['criteria'];
    const [local, rate] = currencies[home] ?? ['USD', 1];
    const currency = organiser && rng.chance(0.5) ? local : 'USD';
    const planned = rng.int(20, 240) * 100 * (currency === 'USD' ? 1 : rate);
    const spentShare = status === 'COMPLETED' ? 0.8 + rng.next() * 0.25 : status === 'ONGOING' ? 0.3 + rng.next() * 0.4 : status === 'CANCELLED' ? rng.next() * 0.1 : null;
    const topic = themeFacts[primary].topic;
    const year = plan.start.getUTCFullYear();
    const mission: DemoMission = {
      organiser: organiser?.country ?? null,
      format,
      themes,
      title: `${facts.label} on ${topic}${online ? ' (online)' : `, ${city}`} ${year}`,
      objectives: `Strengthen ${targetPartners.join(', ')} on ${topic}: ${themeFacts[primary].learning.charAt(0).toLowerCase()}${themeFacts[primary].learning.slice(1)}`,
      plannedStartDate: start,
      plannedEndDate: end,
      actualStartDate: status === 'COMPLETED' || status === 'ONGOING' ? start : null,
      actualEndDate: status === 'COMPLETED' ? end : null,
      country: online ? null : home,
      city,
      online,
      status,
      budget: { planned: planned.toFixed(2), spent: spentShare === null ? null : (planned * spentShare).toFixed(2), currency },
      cells,
      genderMarker: marker,
      evaluation:
        status === 'COMPLETED' && total > 0
          ? {
              formsReturned: Math.max(1, Math.round(total * (0.55 + rng.next() * 0.4))),
              relevance: rating(rng),
              quality: rating(rng),
              usefulness: rating(rng, 3),
              learnings: themeFacts[primary].learning,
            }
          : null,
      targetPartners,
      targetSynergies,
      facilitators: [
        ...(organiser ? [{ name: `${organiser.name} coordination team`, kind: 'ORGANISATION' as const, origin: 'INTERNAL' as const, partner: organiser.partners[0]!.acronym }] : []),
        ...(rng.chance(0.6) || !organiser ? [{ name: rng.pick(externalFacilitators), kind: 'PERSON' as const, origin: 'EXTERNAL' as const, partner: null }] : []),
      ],
      followUps: [],
      assessments: [],
      review: null,
    };
    if (status === 'COMPLETED') {
      mission.followUps = followUpsOf(rng, mission, end, todayIso);
      mission.assessments = assessmentsOf(rng, mission, start, end, todayIso, organiser ? `${organiser.name} with the network’s capacity officer` : 'Network capacity officer');
    }
    return mission;
  });
  assignReviews(rng, missions, todayIso);
  return missions;
}

const changeRequests = [
  'Please add the evaluation forms’ breakdown by sex and explain why fewer young people took part than planned.',
  'The budget spent is above the plan: please explain the difference and attach the financial report.',
  'Say which follow-up actions each partner committed to, with due dates.',
];

/**
 * Reviews of completed missions by the network reviewer, oldest first: most
 * approved, then every other state; the most recent completed missions (and
 * the latest of each synergy) still await a review. One approved review was
 * reopened by the admin. Each review holds what its workflow path set.
 */
function assignReviews(rng: Random, missions: DemoMission[], today: string) {
  const completed = missions.filter((mission) => mission.status === 'COMPLETED' && mission.evaluation);
  const awaiting = new Set<DemoMission>(completed.slice(-4));
  for (const country of new Set(completed.map((mission) => mission.organiser))) {
    const own = completed.filter((mission) => mission.organiser === country);
    awaiting.add(own.at(-1)!);
    // The synergy's second latest waits on its answer to a change request (the organiser's screen shows it).
    if (country !== null && own.length > 1) own.at(-2)!.review = review(rng, own.at(-2)!, 'CHANGES_REQUESTED', today);
  }
  const cycle: ReviewStatus[] = ['APPROVED', 'APPROVED', 'SUBMITTED', 'APPROVED', 'DRAFT', 'APPROVED', 'CHANGES_REQUESTED'];
  let next = 0;
  let reopened = false;
  for (const mission of completed) {
    if (awaiting.has(mission) || mission.review) continue;
    const status = cycle[next++ % cycle.length]!;
    mission.review = review(rng, mission, status, today);
    if (status === 'APPROVED' && !reopened && next > 3) {
      reopened = true;
      mission.review = {
        ...mission.review,
        status: 'CHANGES_REQUESTED',
        approvedOn: null,
        reopenReason: 'The synergy’s audit found costs recorded twice; the budget spent must be corrected before the review stands.',
      };
    }
  }
}

function review(rng: Random, mission: DemoMission, status: ReviewStatus, today: string): DemoReview {
  const end = mission.actualEndDate!;
  const at = (days: number) => {
    const day = dayAt(end, days);
    return day < today ? day : today;
  };
  const full = { ratingRelevance: rng.int(3, 5), ratingEffectiveness: rng.int(2, 5), ratingFollowUp: rng.int(2, 5), ratingGender: rng.int(2, 5) };
  const answered = status !== 'DRAFT' && rng.chance(0.4);
  const base: DemoReview = {
    status,
    ratings: full,
    comments: 'Relevant to the partners’ needs; the evaluation forms show clear learning. Follow-up reporting should be more regular.',
    recommendation: rng.pick(recommendations),
    changeRequest: answered ? rng.pick(changeRequests) : null,
    organiserResponse: answered ? 'Done: the figures and the report are now attached to the mission.' : null,
    submittedOn: at(30),
    approvedOn: null,
    reopenReason: null,
  };
  switch (status) {
    case 'DRAFT':
      return { ...base, ratings: { ...full, ratingFollowUp: null, ratingGender: null }, recommendation: null, submittedOn: null };
    case 'SUBMITTED':
      return base;
    case 'CHANGES_REQUESTED':
      return { ...base, changeRequest: rng.pick(changeRequests), organiserResponse: null };
    case 'APPROVED':
      return { ...base, approvedOn: at(45) };
  }
}

/** The ids the demo load gave the network, its synergies (by country) and partners (by acronym). */
export type DemoMissionRefs = {
  networkId: string;
  synergyByCountry: ReadonlyMap<string, { id: string }>;
  partnerByAcronym: ReadonlyMap<string, { id: string }>;
};

/**
 * Writes the demo missions straight to the tables, one flush per kind in one
 * transaction, so the demo load stays fast: the generator keeps the rules the
 * services enforce (participant totals and gender marker derived as they
 * derive them, the review workflow's fields, the mirrored review status).
 */
export async function recordDemoMissions(em: EntityManager, refs: DemoMissionRefs, synergies: readonly DemoMissionSynergy[], bands: readonly AgeBand[], today: Date) {
  const plans = demoMissionPlans(synergies, bands, today);
  const reviewerEmail = demoUsers.find((user) => user.role === 'NETWORK_REVIEWER')!.email;
  await em.transactional(async (tx) => {
    const reviewer = await tx.findOneOrFail(User, { email: reviewerEmail });
    const network = tx.getReference(Network, refs.networkId);
    const synergy = (country: string) => tx.getReference(Synergy, refs.synergyByCountry.get(country)!.id);
    const partner = (acronym: string) => tx.getReference(Partner, refs.partnerByAcronym.get(acronym)!.id);
    const flush = () => runAsActor({ userId: null }, () => tx.flush());

    const missions = plans.map((plan) => {
      const mission = tx.create(CapacityBuildingMission, {
        id: newId(),
        network,
        organiserSynergy: plan.organiser ? synergy(plan.organiser) : null,
        format: plan.format,
        themes: plan.themes,
        title: plan.title,
        objectives: plan.objectives,
        plannedStartDate: plan.plannedStartDate,
        plannedEndDate: plan.plannedEndDate,
        actualStartDate: plan.actualStartDate,
        actualEndDate: plan.actualEndDate,
        country: plan.country,
        city: plan.city,
        online: plan.online,
        status: plan.status,
        budgetPlanned: plan.budget.planned,
        budgetSpent: plan.budget.spent,
        budgetCurrency: plan.budget.currency,
        evaluationFormsReturned: plan.evaluation?.formsReturned ?? null,
        evaluationRelevance: plan.evaluation?.relevance ?? null,
        evaluationQuality: plan.evaluation?.quality ?? null,
        evaluationUsefulness: plan.evaluation?.usefulness ?? null,
        evaluationLearnings: plan.evaluation?.learnings ?? null,
        reviewStatus: plan.review?.status ?? null,
        participantCells: [],
        genderCriteria: [],
      });
      assignParticipants(mission, plan.cells, bands);
      assignGenderMarker(mission, plan.genderMarker);
      for (const acronym of plan.targetPartners) tx.create(MissionTarget, { mission, partner: partner(acronym) });
      for (const country of plan.targetSynergies) tx.create(MissionTarget, { mission, synergy: synergy(country) });
      for (const facilitator of plan.facilitators) {
        tx.create(MissionFacilitator, { mission, name: facilitator.name, kind: facilitator.kind, origin: facilitator.origin, partner: facilitator.partner ? partner(facilitator.partner) : null });
      }
      return mission;
    });
    await flush();

    plans.forEach((plan, index) => {
      for (const item of plan.followUps) {
        tx.create(FollowUpAction, {
          mission: missions[index]!,
          ownerPartner: partner(item.owner),
          description: item.description,
          dueDate: item.dueDate,
          status: item.status,
          doneOn: item.doneOn,
          droppedReason: item.droppedReason,
          evidence: item.evidence,
        });
      }
    });
    await flush();

    plans.forEach((plan, index) => {
      for (const item of plan.assessments) {
        const assessment = tx.create(CapacityAssessment, {
          network,
          partner: partner(item.partner),
          assessedOn: item.assessedOn,
          assessor: item.assessor,
          mission: missions[index]!,
          notes: item.notes,
        });
        for (const [domain, score] of Object.entries(item.scores)) tx.create(CapacityScore, { assessment, domain: domain as CapacityDomain, score: score! });
      }
    });
    await flush();

    const moment = (day: string | null) => (day ? new Date(`${day}T09:30:00Z`) : null);
    plans.forEach((plan, index) => {
      const item = plan.review;
      if (!item) return;
      tx.create(CapacityBuildingReview, {
        network,
        mission: missions[index]!,
        reviewer,
        status: item.status,
        ...item.ratings,
        comments: item.comments,
        recommendation: item.recommendation,
        changeRequest: item.changeRequest,
        organiserResponse: item.organiserResponse,
        submittedAt: moment(item.submittedOn),
        approvedAt: moment(item.approvedOn),
        approvedBy: item.approvedOn ? reviewer : null,
        reopenReason: item.reopenReason,
      });
    });
    await flush();
  });
}
