import type { AgeBand } from '../networks/age-bands.rules.ts';
import type { ParticipantCell } from '../activities/participant-counts.rules.ts';
import type { GenderMarker } from '../activities/gender-marker.rules.ts';
import type { WorkStatus } from '../activities/activity-status.rules.ts';
import type { ActivitySubType, ActivityType, InformalSector, SocialProtectionBranch, WorkerCategory } from '../activities/activity.vocabulary.ts';
import type { PartnerType } from '../partners/partner.entity.ts';

/** What the demo generator needs to know about a partner. */
export type DemoActivityPartner = { acronym: string; type: PartnerType; country: string; women: number; men: number };

export type DemoActivity = {
  type: ActivityType;
  subType: ActivitySubType | null;
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  place: string;
  branches: SocialProtectionBranch[];
  workerCategories: WorkerCategory[];
  informalSectors: InformalSector[];
  status: WorkStatus;
  cells: ParticipantCell[];
  genderMarker: GenderMarker;
};

/** Mulberry32: a tiny seeded generator, so the demo is the same on every machine (dates aside). */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof random>;

export const seedOf = (text: string) => [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);

type Template = {
  type: ActivityType;
  subTypes?: ActivitySubType[];
  titles: string[];
  branches: SocialProtectionBranch[][];
  people: [number, number];
  days: [number, number];
};

/** Realistic work per activity type; titles take the place and the year. */
const templates: Template[] = [
  {
    type: 'AWARENESS_RAISING',
    titles: ['Community forum on health insurance enrolment', 'Radio campaign on maternity protection', 'Market-day information stall on pensions', 'Know-your-rights caravan'],
    branches: [['MEDICAL_CARE'], ['MATERNITY', 'FAMILY'], ['OLD_AGE'], ['GENERAL']],
    people: [40, 260],
    days: [1, 2],
  },
  {
    type: 'BASIC_TRAINING',
    titles: ['Basic training on social security rights', 'Paralegal basics for union delegates', 'Training on occupational safety for vendors', 'Financial literacy and micro-insurance'],
    branches: [['GENERAL'], ['EMPLOYMENT_INJURY'], ['SICKNESS', 'MEDICAL_CARE'], ['OLD_AGE', 'INVALIDITY']],
    people: [15, 45],
    days: [1, 3],
  },
  {
    type: 'ADVANCED_TRAINING',
    titles: ['Training of trainers on social protection advocacy', 'Advanced course on health-mutual management', 'Negotiation skills for women leaders'],
    branches: [['GENERAL'], ['MEDICAL_CARE', 'SICKNESS'], ['MATERNITY', 'FAMILY']],
    people: [10, 28],
    days: [2, 5],
  },
  {
    type: 'ORGANISING_MOBILISING',
    titles: ['Membership drive among home-based workers', 'Organising meeting of waste pickers', 'Street vendors assembly', 'Domestic workers Sunday meetings'],
    branches: [['GENERAL'], ['EMPLOYMENT_INJURY', 'MEDICAL_CARE'], ['UNEMPLOYMENT'], ['MATERNITY', 'OLD_AGE']],
    people: [25, 180],
    days: [1, 1],
  },
  {
    type: 'INDIVIDUAL_SUPPORT',
    subTypes: ['LEGAL_AID', 'HEALTH_CONSULTATION', 'ACCESS_TO_SOCIAL_PROTECTION', 'SOLIDARITY_ECONOMY'],
    titles: ['Help desk for social security registration', 'Free legal clinic', 'Mobile health consultations', 'Savings group coaching'],
    branches: [['GENERAL'], ['EMPLOYMENT_INJURY', 'INVALIDITY'], ['MEDICAL_CARE'], ['OLD_AGE', 'SURVIVORS']],
    people: [20, 140],
    days: [1, 20],
  },
  {
    type: 'RESEARCH_STUDY',
    titles: ['Survey on coverage gaps among informal workers', 'Study on the cost of a child-care benefit', 'Mapping of health mutuals'],
    branches: [['GENERAL'], ['FAMILY', 'MATERNITY'], ['MEDICAL_CARE']],
    people: [8, 30],
    days: [10, 40],
  },
  {
    type: 'POLITICAL_ACTION',
    subTypes: ['MOBILISATION', 'MEETING_DECISION_MAKERS', 'POSITION_PAPER', 'DRAFT_LAW'],
    titles: ['March for universal health coverage', 'Meeting with the Ministry of Labour', 'Position paper on the pension reform', 'Draft bill on domestic workers’ social security'],
    branches: [['MEDICAL_CARE'], ['GENERAL'], ['OLD_AGE'], ['MATERNITY', 'SICKNESS', 'OLD_AGE']],
    people: [6, 400],
    days: [1, 2],
  },
];

const places: Record<string, string[]> = {
  PH: ['Quezon City', 'Cebu City', 'Davao City', 'Iloilo', 'Manila'],
  ID: ['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Denpasar'],
  KH: ['Phnom Penh', 'Siem Reap', 'Battambang', 'Kampong Cham'],
  IN: ['Ahmedabad', 'Delhi', 'Chennai', 'Kolkata', 'Pune'],
  NP: ['Kathmandu', 'Pokhara', 'Biratnagar', 'Lalitpur'],
};

const sectorsByPartner: Partial<Record<PartnerType, InformalSector[]>> = {
  INFORMAL_WORKERS_ORGANISATION: ['DOMESTIC_WORK', 'HOME_BASED_WORK', 'STREET_VENDING', 'WASTE_PICKING'],
  COOPERATIVE: ['AGRICULTURE', 'STREET_VENDING', 'GARMENT'],
  TRADE_UNION: ['CONSTRUCTION', 'TRANSPORT', 'GARMENT'],
};

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** People split by sex and age band, leaning to the partner's membership (women-led partners reach mostly women). */
export function participants(rng: Random, partner: DemoActivityPartner, people: number, bands: readonly AgeBand[]): ParticipantCell[] {
  if (rng.chance(0.06)) return [{ sex: 'NOT_RECORDED', ageBandId: null, count: people }];
  const members = partner.women + partner.men;
  const womenShare = Math.min(0.95, Math.max(0.2, (members ? partner.women / members : 0.55) + (rng.next() - 0.5) * 0.2));
  const other = rng.chance(0.25) ? rng.int(1, 3) : 0;
  const women = Math.round((people - other) * womenShare);
  const men = people - other - women;
  // Youth are a priority: about 40 % in the youth band, the rest mostly of working age.
  const weights = bands.map((band) => (band.youth ? 0.4 : band.minAge === null ? 0.03 : band.maxAge === null ? 0.12 : 0.45));
  const spread = (sex: ParticipantCell['sex'], count: number): ParticipantCell[] => {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let left = count;
    return bands.map((band, index) => {
      const share = index === bands.length - 1 ? left : Math.min(left, Math.round((count * weights[index]!) / total));
      left -= share;
      return { sex, ageBandId: band.id, count: share };
    });
  };
  return [...spread('WOMEN', women), ...spread('MEN', men), ...(other ? [{ sex: 'OTHER' as const, ageBandId: bands.find((b) => b.youth)!.id, count: other }] : [])].filter(
    (cell) => cell.count > 0,
  );
}

export function genderMarker(rng: Random, partner: DemoActivityPartner, type: ActivityType): GenderMarker {
  const all = { GENDER_ANALYSIS: true, ANALYSIS_SHAPED_DESIGN: true, GENDER_OBJECTIVE_AND_INDICATOR: true, SEX_DISAGGREGATED_DATA: true, GENDER_MONITORING_COMMITMENT: true };
  const womenLed = partner.women > partner.men * 2;
  const roll = rng.next();
  if (womenLed && roll < 0.3) {
    return {
      score: 2,
      criteria: all,
      principalObjective: true,
      justification: `Women ${type === 'POLITICAL_ACTION' ? 'members set this demand' : 'workers asked for this activity'} and it exists to close the gender gap in social protection.`,
    };
  }
  if (roll < 0.65) return { score: 1, criteria: all, principalObjective: false, justification: 'Gender analysis shaped the design; results are reported by sex.' };
  return {
    score: 0,
    criteria: { ...all, GENDER_ANALYSIS: rng.chance(0.3), ANALYSIS_SHAPED_DESIGN: false, GENDER_OBJECTIVE_AND_INDICATOR: false, GENDER_MONITORING_COMMITMENT: rng.chance(0.5) },
    principalObjective: false,
    justification: null,
  };
}

/**
 * About two years of a partner's own activities up to `today`, a little more
 * than one a month, plus a few planned ahead. Completed work has participants;
 * work under way is ongoing; a few activities were cancelled.
 */
export function demoActivitiesFor(partner: DemoActivityPartner, bands: readonly AgeBand[], today: Date): DemoActivity[] {
  const rng = random(seedOf(partner.acronym));
  const activities: DemoActivity[] = [];
  const first = addDays(today, -730);
  for (let day = rng.int(3, 20); day < 730 + 60; day += rng.int(12, 34)) {
    const start = addDays(first, day);
    const template = rng.pick(templates);
    const variant = rng.int(0, template.titles.length - 1);
    const end = addDays(start, rng.int(template.days[0], template.days[1]) - 1);
    const place = rng.pick(places[partner.country] ?? ['Capital city']);
    const todayIso = isoDay(today);
    let status: WorkStatus = isoDay(start) > todayIso ? 'PLANNED' : isoDay(end) >= todayIso ? 'ONGOING' : 'COMPLETED';
    if (status !== 'PLANNED' && rng.chance(0.04)) status = 'CANCELLED';
    const reached = status === 'COMPLETED' || status === 'ONGOING';
    const sectors = sectorsByPartner[partner.type] ?? [];
    activities.push({
      type: template.type,
      subType: template.subTypes ? template.subTypes[variant % template.subTypes.length]! : null,
      title: `${template.titles[variant]}, ${place} ${start.getUTCFullYear()}`,
      description: `${partner.acronym} ran this ${template.type.toLowerCase().replaceAll('_', ' ')} activity in ${place}.`,
      startDate: isoDay(start),
      endDate: isoDay(end),
      place,
      branches: template.branches[variant % template.branches.length]!,
      workerCategories: sectors.length ? ['INFORMAL_ECONOMY'] : rng.chance(0.5) ? ['FORMAL_ECONOMY', 'INFORMAL_ECONOMY'] : ['INFORMAL_ECONOMY'],
      informalSectors: sectors.length ? [rng.pick(sectors)] : [],
      status,
      cells: reached ? participants(rng, partner, rng.int(template.people[0], template.people[1]), bands) : [],
      genderMarker: genderMarker(rng, partner, template.type),
    });
  }
  return activities;
}
