import type { AgeBand } from '../networks/age-bands.rules.ts';
import type { ParticipantCell } from '../activities/participant-counts.rules.ts';
import { criterionFields, genderCriteria, type GenderMarker } from '../activities/gender-marker.rules.ts';
import type { GenderMarkerInput } from '../activities/activity.schemas.ts';
import type { WorkStatus } from '../activities/activity-status.rules.ts';
import type { SocialProtectionBranch } from '../activities/activity.vocabulary.ts';
import type { PartnerType } from '../partners/partner.entity.ts';
import type { DomainContext } from '../shared/context.ts';
import type { Result } from '../shared/errors.ts';
import {
  policyStages,
  type ContributionLevel,
  type JointActionKind,
  type JointActionRole,
  type PolicyStage,
  type PoliticalAskKind,
  type TargetLevel,
} from '../joint-actions/joint-action.vocabulary.ts';
import { addPolicyTarget, changeJointActionStatus, createJointAction, recordPolicyOutcome, updateJointAction } from '../joint-actions/joint-actions.service.ts';
import { addDays, genderMarker, isoDay, participants, random, seedOf, type DemoActivityPartner, type Random } from './demo-activities.ts';

/** What the generator needs to know about a synergy and its partners (demo-dataset's synergies fit). */
export type DemoJointActionSynergy = {
  country: string;
  partners: readonly { acronym: string; type: PartnerType; women: number; men: number; since: string }[];
};

export type DemoJointActionPartner = {
  acronym: string;
  role: JointActionRole;
  contributionPeople: number | null;
  contributionAmount: number | null;
  contributionCurrency: string | null;
  contributionInKind: string | null;
};

export type DemoMilestone = { title: string; dueDate: string; doneDate: string | null; responsible: string | null };
export type DemoTarget = { name: string; level: TargetLevel; askKind: PoliticalAskKind; ask: string };
export type DemoOutcome = {
  observedOn: string;
  description: string;
  stage: PolicyStage | null;
  evidence: string;
  evidenceLinks: string[];
  contribution: ContributionLevel;
};

/** One joint action as it stands today, with the history that led there. */
export type DemoJointAction = {
  kind: JointActionKind;
  title: string;
  objective: string;
  branches: SocialProtectionBranch[];
  plannedStartDate: string;
  plannedEndDate: string;
  /** Set only on completed actions; the service fills in the start of ongoing ones. */
  actualStartDate: string | null;
  actualEndDate: string | null;
  status: WorkStatus;
  partners: DemoJointActionPartner[];
  milestones: DemoMilestone[];
  targets: DemoTarget[];
  outcomes: DemoOutcome[];
  noOutcomeReason: string | null;
  cells: ParticipantCell[];
  genderMarker: GenderMarker;
};

/** The decision makers of each demo country, so targets and outcomes read like the real thing. */
type CountryFacts = {
  currency: string;
  /** A typical contribution is a few of these. */
  amountUnit: number;
  legislature: string;
  healthCommittee: string;
  socialSecurity: string;
  healthInsurer: string;
  labourMinistry: string;
  cityCouncil: string;
  regionalBody: string;
};

const countryFacts: Record<string, CountryFacts> = {
  PH: {
    currency: 'PHP',
    amountUnit: 5000,
    legislature: 'Senate Committee on Labor, Employment and Human Resources Development',
    healthCommittee: 'Senate Committee on Health and Demography',
    socialSecurity: 'Social Security System (SSS)',
    healthInsurer: 'Philippine Health Insurance Corporation (PhilHealth)',
    labourMinistry: 'Department of Labor and Employment (DOLE)',
    cityCouncil: 'Quezon City Council',
    regionalBody: 'ASEAN Senior Labour Officials Meeting',
  },
  ID: {
    currency: 'IDR',
    amountUnit: 1_000_000,
    legislature: 'Commission IX of the House of Representatives (DPR)',
    healthCommittee: 'Commission IX of the House of Representatives (DPR)',
    socialSecurity: 'BPJS Ketenagakerjaan',
    healthInsurer: 'BPJS Kesehatan',
    labourMinistry: 'Ministry of Manpower',
    cityCouncil: 'Surabaya City Council (DPRD)',
    regionalBody: 'ASEAN Senior Labour Officials Meeting',
  },
  KH: {
    currency: 'KHR',
    amountUnit: 400_000,
    legislature: 'National Assembly Commission on Health, Social Affairs and Labour',
    healthCommittee: 'National Assembly Commission on Health, Social Affairs and Labour',
    socialSecurity: 'National Social Security Fund (NSSF)',
    healthInsurer: 'NSSF health care scheme',
    labourMinistry: 'Ministry of Labour and Vocational Training',
    cityCouncil: 'Phnom Penh Capital Hall',
    regionalBody: 'ASEAN Senior Labour Officials Meeting',
  },
  IN: {
    currency: 'INR',
    amountUnit: 5000,
    legislature: 'Parliamentary Standing Committee on Labour, Textiles and Skill Development',
    healthCommittee: 'Parliamentary Standing Committee on Health and Family Welfare',
    socialSecurity: "Employees' State Insurance Corporation (ESIC)",
    healthInsurer: 'National Health Authority',
    labourMinistry: 'Ministry of Labour and Employment',
    cityCouncil: 'Pune Municipal Corporation',
    regionalBody: 'SAARC Secretariat',
  },
  NP: {
    currency: 'NPR',
    amountUnit: 5000,
    legislature: 'Industry, Commerce, Labour and Consumer Welfare Committee of the House of Representatives',
    healthCommittee: 'Education, Health and Information Technology Committee of the House of Representatives',
    socialSecurity: 'Social Security Fund (SSF)',
    healthInsurer: 'Health Insurance Board',
    labourMinistry: 'Ministry of Labour, Employment and Social Security',
    cityCouncil: 'Kathmandu Metropolitan City',
    regionalBody: 'SAARC Secretariat',
  },
};

const anyCountry: CountryFacts = {
  currency: 'USD',
  amountUnit: 100,
  legislature: 'Parliamentary committee on labour',
  healthCommittee: 'Parliamentary committee on health',
  socialSecurity: 'National social security institution',
  healthInsurer: 'National health insurance',
  labourMinistry: 'Ministry of Labour',
  cityCouncil: 'City council of the capital',
  regionalBody: 'Regional labour ministers’ meeting',
};

type PoliticalTheme = {
  title: string;
  objective: string;
  branches: SocialProtectionBranch[];
  targets: DemoTarget[];
  milestones: string[];
  /** What changed at each stage, and the evidence of it. */
  steps: Record<PolicyStage, [description: string, evidence: string]>;
};

const politicalThemes: ((facts: CountryFacts) => PoliticalTheme)[] = [
  (c) => ({
    title: 'Campaign for maternity cover of domestic workers',
    objective: 'Domestic workers get paid maternity leave and maternity benefits through the social security scheme, with contributions shared by their employers.',
    branches: ['MATERNITY', 'FAMILY'],
    targets: [
      { name: c.legislature, level: 'NATIONAL', askKind: 'DRAFT_LAW', ask: 'Amend the social security law so that domestic workers are covered for maternity benefits.' },
      { name: c.socialSecurity, level: 'NATIONAL', askKind: 'MEETING', ask: 'Let employers register domestic workers online, in one step.' },
    ],
    milestones: ['Collect testimonies of domestic workers', 'Draft the amendment with the synergy’s lawyers', 'Hearing with the committee', 'Follow-up meeting with the social security agency'],
    steps: {
      AGENDA_SETTING: [`The ${c.legislature} agreed to hold a hearing on maternity cover for domestic workers.`, 'Letter of the committee chair inviting the synergy.'],
      FORMULATION: ['A technical working group with two of the synergy’s lawyers drafted the amendment extending maternity benefits to domestic workers.', 'Draft amendment circulated by the committee secretariat.'],
      ADOPTION: ['The amendment covering domestic workers for maternity benefits was adopted.', 'Text of the amendment as published in the official gazette.'],
      IMPLEMENTATION: [`The ${c.socialSecurity} opened registration of domestic workers by their employers; the first maternity claims were paid.`, 'Agency circular and the first claim receipts collected by members.'],
      EVALUATION: [`A joint review with the ${c.socialSecurity} counted the domestic workers registered in the first year and proposed a simpler employer form.`, 'Joint review report.'],
    },
  }),
  (c) => ({
    title: `Position paper on universal health coverage to the ${c.healthCommittee}`,
    objective: 'Informal workers below the poverty line are enrolled in the national health insurance with fully subsidised premiums.',
    branches: ['MEDICAL_CARE', 'SICKNESS'],
    targets: [
      { name: c.healthCommittee, level: 'NATIONAL', askKind: 'POSITION_PAPER', ask: 'Fully subsidise the health insurance premiums of informal workers below the poverty line.' },
      { name: c.healthInsurer, level: 'NATIONAL', askKind: 'MEETING', ask: 'Open enrolment points in markets and at health mutuals.' },
    ],
    milestones: ['Survey members on out-of-pocket health costs', 'Validate the position paper with the partners', 'Submit the position paper', 'Present the findings at the committee hearing'],
    steps: {
      AGENDA_SETTING: [`The ${c.healthCommittee} put subsidised health insurance for informal workers on its agenda.`, 'Committee agenda citing the position paper.'],
      FORMULATION: [`The ${c.healthInsurer} drafted enrolment rules for informal workers using the synergy’s survey.`, 'Draft enrolment rules shared for consultation.'],
      ADOPTION: ['Fully subsidised premiums for informal workers below the poverty line were adopted in the budget.', 'Budget law, health chapter.'],
      IMPLEMENTATION: [`The ${c.healthInsurer} opened enrolment points in markets and at health mutuals.`, 'List of enrolment points and monthly enrolment figures.'],
      EVALUATION: ['An independent review of the subsidy, with the synergy in its reference group, recommended widening eligibility.', 'Review report and the reference group’s minutes.'],
    },
  }),
  (c) => ({
    title: 'Draft law on a social pension for older informal workers',
    objective: 'Every older person without a contributory pension receives a universal social pension from age 60.',
    branches: ['OLD_AGE'],
    targets: [
      { name: c.labourMinistry, level: 'NATIONAL', askKind: 'DRAFT_LAW', ask: 'Table a universal, non-contributory pension from age 60.' },
      { name: c.regionalBody, level: 'REGIONAL', askKind: 'POSITION_PAPER', ask: 'Name informal workers in the regional declaration on social protection.' },
    ],
    milestones: ['Cost the pension with the research partner', 'Draft the bill', 'Round table with members of parliament', 'Regional side event'],
    steps: {
      AGENDA_SETTING: [`The ${c.labourMinistry} included a universal social pension in its consultation on the social protection strategy.`, 'Consultation paper of the ministry.'],
      FORMULATION: ['The pension bill was drafted with the age threshold and benefit level the synergy proposed.', 'Draft bill, sections 3 and 7.'],
      ADOPTION: ['Parliament adopted the universal social pension from age 60.', 'Act as published in the official gazette.'],
      IMPLEMENTATION: ['The first social pension payments reached older informal workers in three provinces.', 'Payment lists checked by members in three provinces.'],
      EVALUATION: ['A mid-term evaluation of the social pension used the synergy’s survey of older informal workers.', 'Evaluation report, chapter 4.'],
    },
  }),
  (c) => ({
    title: `Safety nets for street vendors: dialogue with the ${c.cityCouncil}`,
    objective: 'Street vendors are registered by the city, covered against accidents and compensated for income lost during evictions.',
    branches: ['EMPLOYMENT_INJURY', 'UNEMPLOYMENT'],
    targets: [{ name: c.cityCouncil, level: 'LOCAL', askKind: 'MEETING', ask: 'Register vendors, enrol them in accident insurance and compensate income lost during evictions.' }],
    milestones: ['Map vending sites and vendors', 'Meeting with the city council', 'Joint inspection of the vending sites'],
    steps: {
      AGENDA_SETTING: [`The ${c.cityCouncil} agreed to discuss safety nets for street vendors.`, 'Council agenda.'],
      FORMULATION: ['The city drafted an ordinance on vendor registration and accident insurance with vendor representatives.', 'Draft ordinance.'],
      ADOPTION: [`The ${c.cityCouncil} adopted the ordinance on vendor registration and accident insurance.`, 'Ordinance as adopted.'],
      IMPLEMENTATION: ['Registered vendors were enrolled in accident insurance paid by the city.', 'City registration figures.'],
      EVALUATION: ['A joint review with the city counted the vendors covered and the claims paid.', 'Joint review minutes.'],
    },
  }),
];

type WorkTheme = { title: string; objective: string; branches: SocialProtectionBranch[]; milestones: string[]; outcome: (facts: CountryFacts, count: number) => string };

const serviceThemes: WorkTheme[] = [
  {
    title: 'Joint help desk for social security registration',
    objective: 'Informal workers register with the social security scheme with the help of partners’ trained staff.',
    branches: ['GENERAL'],
    milestones: ['Train help desk staff of each partner', 'Open the help desks', 'Quarterly review of registrations'],
    outcome: (c, count) => `${count} informal workers registered with the ${c.socialSecurity} through the joint help desk.`,
  },
  {
    title: 'Shared paralegal network for domestic workers',
    objective: 'Domestic workers in dispute with employers over injuries or maternity leave get legal advice from a shared pool of paralegals.',
    branches: ['EMPLOYMENT_INJURY', 'MATERNITY'],
    milestones: ['Recruit paralegals from the partners', 'Agree referral rules', 'Case review with the lawyers'],
    outcome: (_, count) => `${count} domestic workers received legal advice; most injury and maternity claims were settled.`,
  },
  {
    title: 'Mobile health-mutual enrolment caravan',
    objective: 'Workers in remote districts join a health mutual without travelling to town.',
    branches: ['MEDICAL_CARE'],
    milestones: ['Plan the caravan route', 'First district tour', 'Report enrolments to the mutuals'],
    outcome: (_, count) => `${count} workers and family members joined a health mutual during the caravan.`,
  },
];

const campaignThemes: WorkTheme[] = [
  {
    title: 'Enrolment drive for health insurance among informal workers',
    objective: 'Informal workers know their right to health insurance and how to enrol.',
    branches: ['MEDICAL_CARE'],
    milestones: ['Print leaflets in local languages', 'Market-day launch', 'Count enrolments'],
    outcome: (c, count) => `${count} informal workers enrolled with the ${c.healthInsurer} during the drive.`,
  },
  {
    title: '16 days of activism: social protection for women workers',
    objective: 'Women informal workers claim maternity, child-care and health protection in public.',
    branches: ['MATERNITY', 'FAMILY'],
    milestones: ['Agree the common message', 'Rallies in three cities', 'Press conference'],
    outcome: (_, count) => `${count} women signed the charter of demands handed to the labour ministry.`,
  },
  {
    title: 'Workers’ Day mobilisation for a social protection floor',
    objective: 'Unions and informal workers’ organisations march together for a national social protection floor.',
    branches: ['GENERAL'],
    milestones: ['Joint call to march', 'Permits and stewards', 'March and rally'],
    outcome: (_, count) => `${count} workers marched; the joint demands were read in parliament.`,
  },
];

type Slot = {
  kind: JointActionKind;
  /** Which theme, before rotating by synergy so neighbours differ. */
  theme: number;
  /** Planned start, in days from today, and length in days. */
  start: number;
  days: number;
  cancelled?: boolean;
  /** For political actions: the furthest stage reached, one per synergy in turn. */
  stages?: (PolicyStage | null)[];
  /** For completed kinds other than political: an outcome, or a reason why there is none. */
  result?: 'outcome' | 'reason';
};

/**
 * A synergy's two years of joint work and the months ahead: political actions
 * finished and under way with outcomes at different stages, a joint service
 * and campaigns, one cancelled campaign, and plans.
 */
const slots: Slot[] = [
  { kind: 'POLITICAL_ACTION', theme: 0, start: -700, days: 250, stages: ['FORMULATION', 'ADOPTION', 'IMPLEMENTATION', 'EVALUATION', 'ADOPTION'] },
  { kind: 'JOINT_SERVICE', theme: 0, start: -650, days: 200, result: 'outcome' },
  { kind: 'JOINT_CAMPAIGN', theme: 0, start: -540, days: 45, result: 'reason' },
  { kind: 'POLITICAL_ACTION', theme: 1, start: -470, days: 330, stages: ['IMPLEMENTATION', 'FORMULATION', 'ADOPTION', 'AGENDA_SETTING', 'IMPLEMENTATION'] },
  { kind: 'JOINT_CAMPAIGN', theme: 1, start: -320, days: 30, cancelled: true },
  { kind: 'POLITICAL_ACTION', theme: 2, start: -260, days: 420, stages: ['ADOPTION', 'AGENDA_SETTING', 'FORMULATION', 'FORMULATION', 'AGENDA_SETTING'] },
  { kind: 'JOINT_SERVICE', theme: 1, start: -120, days: 300 },
  { kind: 'POLITICAL_ACTION', theme: 3, start: 25, days: 150 },
  { kind: 'JOINT_CAMPAIGN', theme: 2, start: 70, days: 20 },
];

const contributions: ContributionLevel[] = ['DECISIVE', 'SIGNIFICANT', 'SIGNIFICANT', 'PARTIAL', 'MINOR'];
const inKind = ['Meeting venue and sound system', 'Printing of leaflets and banners', 'Transport for members', 'Legal drafting by two lawyers', 'Interpretation'];
const reasonNoOutcome = 'The campaign built awareness among members; no change in policy or practice can be attributed to it yet.';
const peopleByKind: Record<JointActionKind, [number, number]> = { POLITICAL_ACTION: [30, 400], JOINT_CAMPAIGN: [200, 1500], JOINT_SERVICE: [80, 900] };

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The stages from agenda setting to `last`, at most three of them (the first and the last two). */
function stagesUpTo(last: PolicyStage): PolicyStage[] {
  const path = policyStages.slice(0, policyStages.indexOf(last) + 1);
  return path.length > 3 ? [path[0]!, ...path.slice(-2)] : [...path];
}

/** Milestones spread over the action; done on time when past, one overdue and one due soon while it runs. */
function milestonesFor(rng: Random, titles: string[], start: Date, end: Date, status: WorkStatus, today: Date, partners: DemoJointActionPartner[]): DemoMilestone[] {
  const span = Math.max(1, (end.getTime() - start.getTime()) / 86_400_000);
  const todayText = isoDay(today);
  return titles.map((title, index) => {
    let due = addDays(start, Math.round(((index + 1) * span) / (titles.length + 1)));
    let done: string | null = null;
    if (status === 'ONGOING' && index === titles.length - 2) due = addDays(today, -rng.int(5, 30)); // overdue
    else if (status === 'ONGOING' && index === titles.length - 1) due = addDays(today, rng.int(4, 25)); // due soon
    else if (status === 'ONGOING' && index < titles.length - 2) due = addDays(start, Math.round(((index + 1) * (span - 60)) / titles.length));
    else if (status === 'PLANNED' && index === 0) due = addDays(today, rng.int(5, 28)); // preparation due soon
    const dueText = isoDay(due);
    const finished = status === 'COMPLETED' || (status === 'ONGOING' && index < titles.length - 2);
    if (finished && dueText < todayText) done = earlier(isoDay(addDays(due, rng.int(-4, 6))), isoDay(addDays(today, -1)));
    return { title, dueDate: dueText, doneDate: done, responsible: partners[index % partners.length]!.acronym };
  });
}

/** The lead and two or three others, with what each puts in. */
function partnersFor(rng: Random, eligible: readonly DemoJointActionSynergy['partners'][number][], leadIndex: number, facts: CountryFacts): DemoJointActionPartner[] {
  const lead = eligible[leadIndex % eligible.length]!;
  const others = eligible.filter((partner) => partner !== lead);
  const count = Math.min(others.length, rng.int(2, 3));
  // Fisher–Yates with the seeded generator, so the choice is the same on every run.
  for (let index = others.length - 1; index > 0; index--) {
    const swap = rng.int(0, index);
    [others[index], others[swap]] = [others[swap]!, others[index]!];
  }
  const chosen = others.slice(0, count);
  return [lead, ...chosen].map((partner, index) => {
    const money = index === 0 || rng.chance(0.4);
    return {
      acronym: partner.acronym,
      role: index === 0 ? 'LEAD' : index === 1 ? 'CO_ORGANISER' : 'CONTRIBUTOR',
      contributionPeople: rng.int(index === 0 ? 4 : 1, index === 0 ? 15 : 6),
      contributionAmount: money ? rng.int(4, 60) * facts.amountUnit : null,
      contributionCurrency: money ? facts.currency : null,
      contributionInKind: rng.chance(0.5) ? rng.pick(inKind) : null,
    };
  });
}

const statusOn = (start: Date, end: Date, today: Date): WorkStatus =>
  isoDay(start) > isoDay(today) ? 'PLANNED' : isoDay(end) >= isoDay(today) ? 'ONGOING' : 'COMPLETED';

/**
 * When `count` successive changes were seen: from a month into the action until
 * a few months after it ended, the latest one to ten weeks ago; in order.
 */
function outcomeDates(rng: Random, start: Date, end: Date, today: Date, count: number): string[] {
  const last = earlier(isoDay(addDays(end, 90)), isoDay(addDays(today, -rng.int(7, 70))));
  const first = addDays(start, 30);
  const span = Math.max(0, (new Date(`${last}T00:00:00Z`).getTime() - first.getTime()) / 86_400_000);
  const step = span / count;
  // A few days' jitter, under half a step, so the order stays.
  return Array.from({ length: count }, (_, index) => isoDay(addDays(first, Math.round((index + 1) * step) - rng.int(0, Math.min(5, Math.floor(step / 2))))));
}

/**
 * A synergy's demo joint actions, deterministic for the synergy and the day:
 * a mix of kinds and statuses over the last two years and the coming months.
 */
export function demoJointActionsFor(synergy: DemoJointActionSynergy, synergyIndex: number, bands: readonly AgeBand[], today: Date): DemoJointAction[] {
  const rng = random(seedOf(`joint-actions:${synergy.country}`));
  const facts = countryFacts[synergy.country] ?? anyCountry;
  return slots.flatMap((slot, slotIndex) => {
    const start = addDays(today, slot.start + rng.int(-6, 6));
    const end = addDays(start, slot.days);
    const eligible = synergy.partners.filter((partner) => partner.since <= isoDay(end));
    if (eligible.length < 2) return [];
    const partners = partnersFor(rng, eligible, slotIndex + synergyIndex, facts);
    const lead = synergy.partners.find((partner) => partner.acronym === partners[0]!.acronym)!;
    const status: WorkStatus = slot.cancelled ? 'CANCELLED' : statusOn(start, end, today);
    const political = slot.kind === 'POLITICAL_ACTION' ? politicalThemes[(slot.theme + synergyIndex) % politicalThemes.length]!(facts) : null;
    const work = slot.kind === 'JOINT_SERVICE' ? serviceThemes : campaignThemes;
    const theme = political ?? work[(slot.theme + synergyIndex) % work.length]!;
    const reached = status === 'ONGOING' || status === 'COMPLETED';
    const cells = reached ? participants(rng, { ...lead, country: synergy.country }, rng.int(...peopleByKind[slot.kind]), bands) : [];
    const people = cells.reduce((sum, cell) => sum + cell.count, 0);
    const outcomes: DemoOutcome[] = [];
    const furthest = slot.stages?.[synergyIndex % slot.stages.length] ?? null;
    if (political && furthest && reached) {
      const stages = stagesUpTo(furthest);
      const seen = outcomeDates(rng, start, end, today, stages.length);
      stages.forEach((stage, index) => {
        const [description, evidence] = political.steps[stage];
        outcomes.push({
          observedOn: seen[index]!,
          description,
          stage,
          evidence,
          evidenceLinks: [`https://${lead.acronym.toLowerCase()}.example.org/evidence/${slug(political.title)}-${stage.toLowerCase().replaceAll('_', '-')}`],
          contribution: rng.pick(contributions),
        });
      });
    } else if (!political && status === 'COMPLETED' && slot.result === 'outcome') {
      outcomes.push({
        observedOn: outcomeDates(rng, start, end, today, 1)[0]!,
        description: (theme as WorkTheme).outcome(facts, Math.max(people, 1) * rng.int(2, 4)),
        stage: null,
        evidence: 'Registration lists kept by the partners.',
        evidenceLinks: [],
        contribution: 'DECISIVE',
      });
    }
    return [
      {
        kind: slot.kind,
        title: theme.title,
        objective: theme.objective,
        branches: theme.branches,
        plannedStartDate: isoDay(start),
        plannedEndDate: isoDay(end),
        actualStartDate: status === 'COMPLETED' ? isoDay(addDays(start, rng.int(0, 5))) : null,
        actualEndDate: status === 'COMPLETED' ? earlier(isoDay(addDays(end, rng.int(0, 20))), isoDay(addDays(today, -1))) : null,
        status,
        partners,
        // A cancelled action keeps no open steps, which would otherwise count as overdue.
        milestones: status === 'CANCELLED' ? [] : milestonesFor(rng, theme.milestones, start, end, status, today, partners),
        targets: political?.targets ?? [],
        outcomes,
        noOutcomeReason: status === 'COMPLETED' && outcomes.length === 0 ? reasonNoOutcome : null,
        cells,
        genderMarker: genderMarker(rng, { ...lead, country: synergy.country }, slot.kind === 'POLITICAL_ACTION' ? 'POLITICAL_ACTION' : 'ORGANISING_MOBILISING'),
      },
    ];
  });
}

/** Facts about a partner of any synergy, for the continental actions. */
type AnyPartner = DemoActivityPartner & { since: string };

/**
 * The network's two continental joint actions, with partners from several
 * synergies: a political action toward the ILO and ASEAN under way, and a
 * finished day of action of women workers.
 */
export function demoContinentalJointActions(synergies: readonly DemoJointActionSynergy[], bands: readonly AgeBand[], today: Date): DemoJointAction[] {
  const rng = random(seedOf('joint-actions:continental'));
  const partners = new Map<string, AnyPartner>(
    synergies.flatMap((synergy) => synergy.partners.map((partner) => [partner.acronym, { ...partner, country: synergy.country }] as const)),
  );
  const taking = (acronyms: string[], start: Date): DemoJointActionPartner[] =>
    acronyms
      .filter((acronym) => partners.get(acronym) && partners.get(acronym)!.since <= isoDay(start))
      .map((acronym, index) => {
        const facts = countryFacts[partners.get(acronym)!.country] ?? anyCountry;
        return {
          acronym,
          role: index === 0 ? 'LEAD' : index === 1 ? 'CO_ORGANISER' : 'CONTRIBUTOR',
          contributionPeople: rng.int(1, 6),
          contributionAmount: index < 2 ? rng.int(4, 30) * facts.amountUnit : null,
          contributionCurrency: index < 2 ? facts.currency : null,
          contributionInKind: index === 0 ? 'Coordination and the network secretariat’s time' : null,
        };
      });
  const plans: DemoJointAction[] = [];

  const ilo = { start: addDays(today, -420), end: addDays(today, 120) };
  const iloPartners = taking(['NFSEW', 'AFIW', 'CIWW', 'GEFNIW', 'CGWF'], ilo.start);
  const iloLead = partners.get(iloPartners[0]?.acronym ?? '');
  if (iloLead && iloPartners.length >= 2) {
    plans.push({
      kind: 'POLITICAL_ACTION',
      title: 'Joint submission to the ILO on social protection for informal and platform workers',
      objective: 'Regional and international standards name informal and platform workers and the ways to cover them, drawing on evidence from five synergies.',
      branches: ['GENERAL', 'EMPLOYMENT_INJURY'],
      plannedStartDate: isoDay(ilo.start),
      plannedEndDate: isoDay(ilo.end),
      actualStartDate: null,
      actualEndDate: null,
      status: 'ONGOING',
      partners: iloPartners,
      milestones: [
        { title: 'Compile country evidence from five synergies', dueDate: isoDay(addDays(today, -330)), doneDate: isoDay(addDays(today, -326)), responsible: iloPartners[0]!.acronym },
        { title: 'Validate the submission at the network assembly', dueDate: isoDay(addDays(today, -200)), doneDate: isoDay(addDays(today, -200)), responsible: iloPartners[1]!.acronym },
        { title: 'Side event at the ASEAN labour officials meeting', dueDate: isoDay(addDays(today, -12)), doneDate: null, responsible: iloPartners[1]!.acronym },
        { title: 'Submit the final position to the ILO Governing Body', dueDate: isoDay(addDays(today, 18)), doneDate: null, responsible: iloPartners[0]!.acronym },
      ],
      targets: [
        { name: 'ILO Regional Office for Asia and the Pacific', level: 'INTERNATIONAL', askKind: 'POSITION_PAPER', ask: 'Take up the network’s evidence in the regional guidance on extending social protection to informal and platform workers.' },
        { name: 'ASEAN Senior Labour Officials Meeting', level: 'REGIONAL', askKind: 'MEETING', ask: 'Name informal and platform workers in the ASEAN guidelines on social protection.' },
      ],
      outcomes: [
        {
          observedOn: isoDay(addDays(today, -300)),
          description: 'The ILO regional office invited the network to its tripartite consultation on extending social protection to informal workers.',
          stage: 'AGENDA_SETTING',
          evidence: 'Invitation letter and the consultation programme.',
          evidenceLinks: ['https://anrsp.example.org/evidence/ilo-consultation-invitation'],
          contribution: 'SIGNIFICANT',
        },
        {
          observedOn: isoDay(addDays(today, -90)),
          description: 'The draft ASEAN guidelines on social protection for informal workers took up two of the network’s recommendations.',
          stage: 'FORMULATION',
          evidence: 'Draft guidelines, paragraphs 12 and 18.',
          evidenceLinks: ['https://anrsp.example.org/evidence/asean-draft-guidelines'],
          contribution: 'PARTIAL',
        },
      ],
      noOutcomeReason: null,
      cells: participants(rng, iloLead, rng.int(60, 140), bands),
      genderMarker: genderMarker(rng, iloLead, 'POLITICAL_ACTION'),
    });
  }

  const day = { start: addDays(today, -210), end: addDays(today, -180) };
  const dayPartners = taking(['DWAM', 'KHBWA', 'JHBWN', 'PPSVU', 'DWRF'], day.start);
  const dayLead = partners.get(dayPartners[0]?.acronym ?? '');
  if (dayLead && dayPartners.length >= 2) {
    plans.push({
      kind: 'JOINT_CAMPAIGN',
      title: 'Asia-wide day of action for social protection of women informal workers',
      objective: 'Women domestic, home-based and street-vending workers in five countries hand the same charter of demands to their governments on one day.',
      branches: ['MATERNITY', 'FAMILY', 'MEDICAL_CARE'],
      plannedStartDate: isoDay(day.start),
      plannedEndDate: isoDay(day.end),
      actualStartDate: isoDay(day.start),
      actualEndDate: isoDay(addDays(day.end, 2)),
      status: 'COMPLETED',
      partners: dayPartners,
      milestones: [
        { title: 'Agree the charter of demands', dueDate: isoDay(addDays(day.start, 5)), doneDate: isoDay(addDays(day.start, 6)), responsible: dayPartners[0]!.acronym },
        { title: 'Day of action in five capitals', dueDate: isoDay(addDays(day.start, 20)), doneDate: isoDay(addDays(day.start, 20)), responsible: dayPartners[0]!.acronym },
      ],
      targets: [],
      outcomes: [
        {
          observedOn: isoDay(addDays(today, -150)),
          description: 'Labour ministers in three countries received the charter of demands and agreed to meet women workers’ organisations.',
          stage: 'AGENDA_SETTING',
          evidence: 'Press coverage and the ministers’ replies.',
          evidenceLinks: ['https://anrsp.example.org/evidence/women-workers-charter-replies'],
          contribution: 'SIGNIFICANT',
        },
      ],
      noOutcomeReason: null,
      cells: participants(rng, dayLead, rng.int(1500, 4000), bands),
      genderMarker: {
        score: 2,
        criteria: { GENDER_ANALYSIS: true, ANALYSIS_SHAPED_DESIGN: true, GENDER_OBJECTIVE_AND_INDICATOR: true, SEX_DISAGGREGATED_DATA: true, GENDER_MONITORING_COMMITMENT: true },
        principalObjective: true,
        justification: 'Women informal workers set the demands; the day exists to close the gender gap in social protection.',
      },
    });
  }
  return plans;
}

const markerInput = (marker: GenderMarker): GenderMarkerInput => ({
  score: marker.score,
  criteria: Object.fromEntries(genderCriteria.map((criterion) => [criterionFields[criterion], marker.criteria[criterion]])) as GenderMarkerInput['criteria'],
  principalObjective: marker.principalObjective,
  justification: marker.justification,
});

/** The demo must pass every rule: a refused step is a bug in the demo, so it stops the load with the reasons. */
function must<T>(result: Result<T>, step: string, title: string): T {
  if (result.ok) return result.value;
  throw new Error(`Demo joint action "${title}", ${step}: ${result.errors.map((error) => error.message).join('; ')}`);
}

/** Records one planned action through the domain service, the way a coordinator would: plan, start, report, finish. */
async function recordDemoJointAction(
  ctx: DomainContext,
  owner: { synergyId: string } | { networkId: string },
  plan: DemoJointAction,
  partnerIdByAcronym: ReadonlyMap<string, string>,
): Promise<void> {
  const id = (acronym: string) => partnerIdByAcronym.get(acronym)!;
  let action = must(
    await createJointAction(ctx, {
      ...owner,
      kind: plan.kind,
      title: plan.title,
      objective: plan.objective,
      branches: plan.branches,
      plannedStartDate: plan.plannedStartDate,
      plannedEndDate: plan.plannedEndDate,
      partners: plan.partners.map(({ acronym, ...partner }) => ({ partnerId: id(acronym), ...partner })),
      milestones: plan.milestones.map(({ responsible, ...milestone }) => ({ ...milestone, responsiblePartnerId: responsible ? id(responsible) : null })),
      participants: plan.cells,
      genderMarker: markerInput(plan.genderMarker),
    }),
    'create',
    plan.title,
  );
  for (const target of plan.targets) {
    action = must(await addPolicyTarget(ctx, { jointActionId: action.id, version: action.version, ...target }), 'target', plan.title);
  }
  if (plan.status === 'CANCELLED') {
    must(await changeJointActionStatus(ctx, { id: action.id, version: action.version, status: 'CANCELLED' }), 'cancel', plan.title);
    return;
  }
  if (plan.status === 'PLANNED') return;
  if (plan.actualStartDate) {
    action = must(
      await updateJointAction(ctx, { id: action.id, version: action.version, actualStartDate: plan.actualStartDate, actualEndDate: plan.actualEndDate }),
      'actual dates',
      plan.title,
    );
  }
  action = must(await changeJointActionStatus(ctx, { id: action.id, version: action.version, status: 'ONGOING' }), 'start', plan.title);
  for (const outcome of plan.outcomes) {
    action = must(await recordPolicyOutcome(ctx, { jointActionId: action.id, version: action.version, ...outcome }), 'outcome', plan.title);
  }
  if (plan.status === 'COMPLETED') {
    must(
      await changeJointActionStatus(ctx, { id: action.id, version: action.version, status: 'COMPLETED', noOutcomeReason: plan.noOutcomeReason }),
      'complete',
      plan.title,
    );
  }
}

/**
 * Records the demo joint actions of every synergy and the network's
 * continental ones through the domain service, as `ctx.actor` (the demo
 * network admin), so each passes the same rules as one typed in.
 */
export async function recordDemoJointActions(
  ctx: DomainContext,
  ids: { networkId: string; synergyIdByCountry: ReadonlyMap<string, string>; partnerIdByAcronym: ReadonlyMap<string, string> },
  synergies: readonly DemoJointActionSynergy[],
  bands: readonly AgeBand[],
  today: Date,
): Promise<void> {
  for (const [index, synergy] of synergies.entries()) {
    const synergyId = ids.synergyIdByCountry.get(synergy.country)!;
    for (const plan of demoJointActionsFor(synergy, index, bands, today)) {
      await recordDemoJointAction(ctx, { synergyId }, plan, ids.partnerIdByAcronym);
      ctx.em.clear(); // keeps each flush small: only this action's rows are compared
    }
  }
  for (const plan of demoContinentalJointActions(synergies, bands, today)) {
    await recordDemoJointAction(ctx, { networkId: ids.networkId }, plan, ids.partnerIdByAcronym);
    ctx.em.clear();
  }
}
