import {
  gridFromCells,
  gridProblems,
  isIsoDate,
  type AgeBandLike,
  type GenderMarkerCriteriaValues,
  type ParticipantCellLike,
  type ParticipantGrid,
  type UserErrorLike,
} from '@synergia/ui';
import type {
  CreateJointActionInput,
  JointActionKind,
  JointActionPartnerInput,
  JointActionRole,
  SocialProtectionBranch,
  UpdateJointActionInput,
  UpdateJointActionPartnerInput,
} from '../../gql/graphql';
import {
  emptyGenderMarker,
  genderMarkerFormFrom,
  mapFormErrors,
  optional,
  type FormProblems,
  type GenderMarkerFormValues,
  type SentCells,
  type ServerErrors,
  withReach,
} from '../../lib/record-form.rules.ts';

// The joint action form's values, the obvious checks made before sending (the
// limits of the domain's joint action schema, exactly one lead), the mapping
// to the API's inputs and of the API's errors back onto the fields, partner
// and milestone rows and grid cells. The API stays the authority.

export const JOINT_ACTION_LIMITS = { titleMin: 3, titleMax: 200, objectiveMax: 5000, inKindMax: 2000, milestoneTitleMin: 3, milestoneTitleMax: 200, peopleMax: 100_000 } as const;

export type PartnerRowValues = {
  /** The participation's id when editing an existing one; "" for a new row. */
  participationId: string;
  partnerId: string;
  role: JointActionRole;
  people: string;
  amount: string;
  currency: string;
  inKind: string;
};

export type MilestoneRowValues = { title: string; dueDate: string; responsiblePartnerId: string };

export type JointActionFormValues = {
  kind: JointActionKind | '';
  title: string;
  objective: string;
  branches: SocialProtectionBranch[];
  plannedStartDate: string;
  plannedEndDate: string;
  actualStartDate: string;
  actualEndDate: string;
  partners: PartnerRowValues[];
  /** Only on create; later ones are added on the joint action's page. */
  milestones: MilestoneRowValues[];
  participants: ParticipantGrid;
  genderMarker: GenderMarkerFormValues;
};

/** A field of the form, named as the API's error paths after "input" name it (`partners.1.role`). */
export type JointActionFormField = string;

export type JointActionFormProblems = FormProblems<JointActionFormField>;

export const emptyPartnerRow = (role: JointActionRole = 'CONTRIBUTOR'): PartnerRowValues => ({
  participationId: '',
  partnerId: '',
  role,
  people: '',
  amount: '',
  currency: '',
  inKind: '',
});

export const emptyMilestoneRow = (): MilestoneRowValues => ({ title: '', dueDate: '', responsiblePartnerId: '' });

export function emptyJointActionForm(defaults: { plannedStartDate?: string; kind?: JointActionKind } = {}): JointActionFormValues {
  return {
    kind: defaults.kind ?? '',
    title: '',
    objective: '',
    branches: [],
    plannedStartDate: defaults.plannedStartDate ?? '',
    plannedEndDate: '',
    actualStartDate: '',
    actualEndDate: '',
    partners: [emptyPartnerRow('LEAD')],
    milestones: [],
    participants: {},
    genderMarker: emptyGenderMarker(),
  };
}

/** A joint action as the edit page loads it. */
export type JointActionLike = {
  kind: JointActionKind;
  title: string;
  objective?: string | null;
  branches: readonly SocialProtectionBranch[];
  plannedStartDate: string;
  plannedEndDate: string;
  actualStartDate?: string | null;
  actualEndDate?: string | null;
  partners: readonly {
    id: string;
    partner: { id: string };
    role: JointActionRole;
    contribution: { people?: number | null; money?: { amount: number; currency: string } | null; inKind?: string | null };
  }[];
  participants: { cells: readonly ParticipantCellLike[] };
  genderMarker: { score: number; criteria: GenderMarkerCriteriaValues; principalObjective: boolean; justification?: string | null };
};

/** The form filled with a joint action as the API returned it. */
export function jointActionFormFrom(action: JointActionLike): JointActionFormValues {
  return {
    kind: action.kind,
    title: action.title,
    objective: action.objective ?? '',
    branches: [...action.branches],
    plannedStartDate: action.plannedStartDate,
    plannedEndDate: action.plannedEndDate,
    actualStartDate: action.actualStartDate ?? '',
    actualEndDate: action.actualEndDate ?? '',
    partners: action.partners.map((p) => ({
      participationId: p.id,
      partnerId: p.partner.id,
      role: p.role,
      people: p.contribution.people == null ? '' : String(p.contribution.people),
      amount: p.contribution.money ? String(p.contribution.money.amount) : '',
      currency: p.contribution.money?.currency ?? '',
      inKind: p.contribution.inKind ?? '',
    })),
    milestones: [],
    participants: gridFromCells(action.participants.cells),
    genderMarker: genderMarkerFormFrom(action.genderMarker),
  };
}

/** The rows after making one partner the lead: the previous lead becomes a co-organiser, as the API does. */
export function withLead(partners: readonly PartnerRowValues[], index: number): PartnerRowValues[] {
  return partners.map((p, i) => (i === index ? { ...p, role: 'LEAD' } : p.role === 'LEAD' ? { ...p, role: 'CO_ORGANISER' } : p));
}

const number = (value: string): number | null => (value.trim() === '' ? null : Number(value.trim().replace(',', '.')));

/** The obvious problems per field, partner and milestone row, and grid cell; both empty when the form may be sent. */
export function validateJointActionForm(values: JointActionFormValues, bands: readonly AgeBandLike[]): JointActionFormProblems {
  const fields: JointActionFormProblems['fields'] = {};
  if (!values.kind) fields.kind = { key: 'form.required' };
  const title = values.title.trim();
  if (!title) fields.title = { key: 'form.required' };
  else if (title.length < JOINT_ACTION_LIMITS.titleMin) fields.title = { key: 'form.tooShort', values: { min: JOINT_ACTION_LIMITS.titleMin } };
  else if (title.length > JOINT_ACTION_LIMITS.titleMax) fields.title = { key: 'form.tooLong', values: { max: JOINT_ACTION_LIMITS.titleMax } };
  if (values.objective.trim().length > JOINT_ACTION_LIMITS.objectiveMax) fields.objective = { key: 'form.tooLong', values: { max: JOINT_ACTION_LIMITS.objectiveMax } };
  if (values.branches.length === 0) fields.branches = { key: 'activities.form.branchRequired' };
  if (!values.plannedStartDate) fields.plannedStartDate = { key: 'form.required' };
  else if (!isIsoDate(values.plannedStartDate)) fields.plannedStartDate = { key: 'form.invalidDate' };
  if (values.plannedEndDate && !isIsoDate(values.plannedEndDate)) fields.plannedEndDate = { key: 'form.invalidDate' };
  else if (values.plannedEndDate && values.plannedStartDate && values.plannedEndDate < values.plannedStartDate) {
    fields.plannedEndDate = { key: 'activities.form.endBeforeStart' };
  }
  if (values.actualEndDate && values.actualStartDate && values.actualEndDate < values.actualStartDate) fields.actualEndDate = { key: 'activities.form.endBeforeStart' };

  const leads = values.partners.filter((p) => p.role === 'LEAD').length;
  if (leads !== 1) fields.partners = { key: 'jointActions.form.oneLead' };
  const seen = new Set<string>();
  values.partners.forEach((p, i) => {
    const at = (name: string) => `partners.${i}.${name}`;
    if (!p.partnerId) fields[at('partnerId')] = { key: 'form.required' };
    else if (seen.has(p.partnerId)) fields[at('partnerId')] = { key: 'jointActions.form.partnerTwice' };
    seen.add(p.partnerId);
    const people = number(p.people);
    if (people !== null && (!Number.isInteger(people) || people < 0 || people > JOINT_ACTION_LIMITS.peopleMax)) {
      fields[at('contributionPeople')] = { key: 'jointActions.form.peopleInvalid', values: { max: JOINT_ACTION_LIMITS.peopleMax } };
    }
    const amount = number(p.amount);
    if (amount !== null && (Number.isNaN(amount) || amount < 0)) fields[at('contributionAmount')] = { key: 'jointActions.form.amountInvalid' };
    else if (amount !== null && !p.currency.trim()) fields[at('contributionCurrency')] = { key: 'jointActions.form.currencyNeeded' };
    else if (p.currency.trim() && !/^[A-Za-z]{3}$/.test(p.currency.trim())) fields[at('contributionCurrency')] = { key: 'jointActions.form.currencyInvalid' };
    if (p.inKind.trim().length > JOINT_ACTION_LIMITS.inKindMax) fields[at('contributionInKind')] = { key: 'form.tooLong', values: { max: JOINT_ACTION_LIMITS.inKindMax } };
  });
  values.milestones.forEach((m, i) => {
    const title = m.title.trim();
    if (title.length < JOINT_ACTION_LIMITS.milestoneTitleMin) fields[`milestones.${i}.title`] = { key: 'form.tooShort', values: { min: JOINT_ACTION_LIMITS.milestoneTitleMin } };
    if (!m.dueDate) fields[`milestones.${i}.dueDate`] = { key: 'form.required' };
    else if (!isIsoDate(m.dueDate)) fields[`milestones.${i}.dueDate`] = { key: 'form.invalidDate' };
  });
  return { fields, cells: gridProblems(values.participants, bands) };
}

function partnerInput(p: PartnerRowValues): JointActionPartnerInput {
  return {
    partnerId: p.partnerId,
    role: p.role,
    contributionPeople: number(p.people),
    contributionAmount: number(p.amount),
    contributionCurrency: optional(p.currency)?.toUpperCase() ?? null,
    contributionInKind: optional(p.inKind),
  };
}

/** The createJointAction input and the grid key of each participant cell sent. */
export function toCreateJointActionInput(values: JointActionFormValues, synergyId: string, bands: readonly AgeBandLike[]): { input: CreateJointActionInput; sentCells: SentCells } {
  if (!values.kind) throw new Error('kind is required');
  return withReach(
    {
      synergyId,
      kind: values.kind,
      title: values.title.trim(),
      objective: optional(values.objective),
      branches: values.branches,
      plannedStartDate: values.plannedStartDate,
      plannedEndDate: values.plannedEndDate || values.plannedStartDate,
      partners: values.partners.map(partnerInput),
      milestones: values.milestones.map((m) => ({ title: m.title.trim(), dueDate: m.dueDate, responsiblePartnerId: m.responsiblePartnerId || null })),
    } satisfies Omit<CreateJointActionInput, 'participants' | 'genderMarker'>,
    values,
    bands,
  );
}

/** The updateJointAction input: every field sent (an empty objective as "", which clears it) with the version read. */
export function toUpdateJointActionInput(
  values: JointActionFormValues,
  id: string,
  version: number,
  bands: readonly AgeBandLike[],
): { input: UpdateJointActionInput; sentCells: SentCells } {
  return withReach(
    {
      id,
      version,
      ...(values.kind ? { kind: values.kind } : {}),
      title: values.title.trim(),
      objective: values.objective.trim(),
      branches: values.branches,
      plannedStartDate: values.plannedStartDate,
      plannedEndDate: values.plannedEndDate || values.plannedStartDate,
      actualStartDate: values.actualStartDate || null,
      actualEndDate: values.actualEndDate || null,
    } satisfies Omit<UpdateJointActionInput, 'participants' | 'genderMarker'>,
    values,
    bands,
  );
}

/** One change to the partners of an existing joint action, with the form row it comes from. */
export type PartnerChange =
  | { kind: 'add'; row: number; partner: JointActionPartnerInput }
  /** `newPartnerId`: the participation is the one just added for this partner (its id is known only then). */
  | { kind: 'update'; row: number; input: Omit<UpdateJointActionPartnerInput, 'version'>; newPartnerId?: string }
  | { kind: 'remove'; id: string };

/**
 * The partner mutations that turn the joint action's partners into the form's
 * rows, in an order the one-lead rule accepts at every step: additions (a new
 * lead joins as co-organiser), changes, the hand-over to the new lead (which
 * makes the former lead a co-organiser), the former lead's own changes, then
 * removals.
 */
export function partnerChanges(before: JointActionLike['partners'], rows: readonly PartnerRowValues[]): PartnerChange[] {
  const adds: PartnerChange[] = [];
  const updates: PartnerChange[] = [];
  const handOver: PartnerChange[] = [];
  const formerLead: PartnerChange[] = [];
  const kept = new Set<string>();
  rows.forEach((row, index) => {
    const existing = before.find((p) => p.id === row.participationId);
    if (!existing) {
      adds.push({ kind: 'add', row: index, partner: { ...partnerInput(row), role: row.role === 'LEAD' ? 'CO_ORGANISER' : row.role } });
      if (row.role === 'LEAD') handOver.push({ kind: 'update', row: index, input: { id: '', role: 'LEAD' }, newPartnerId: row.partnerId });
      return;
    }
    kept.add(existing.id);
    const next = partnerInput(row);
    const money = existing.contribution.money;
    const contributionChanged =
      (existing.contribution.people ?? null) !== next.contributionPeople ||
      (money?.amount ?? null) !== next.contributionAmount ||
      (money?.currency ?? null) !== next.contributionCurrency ||
      (existing.contribution.inKind ?? null) !== next.contributionInKind;
    const wasLead = existing.role === 'LEAD' && row.role !== 'LEAD';
    // The hand-over already makes the former lead a co-organiser.
    const roleChange = existing.role !== row.role && !(wasLead && row.role === 'CO_ORGANISER') ? { role: row.role } : {};
    if (!contributionChanged && !('role' in roleChange)) return;
    const change: PartnerChange = {
      kind: 'update',
      row: index,
      input: {
        id: existing.id,
        ...roleChange,
        contributionPeople: next.contributionPeople,
        contributionAmount: next.contributionAmount,
        contributionCurrency: next.contributionCurrency,
        contributionInKind: next.contributionInKind,
      },
    };
    if (row.role === 'LEAD' && existing.role !== 'LEAD') handOver.push(change);
    else if (wasLead) formerLead.push(change);
    else updates.push(change);
  });
  const removals: PartnerChange[] = before.filter((p) => !kept.has(p.id)).map((p) => ({ kind: 'remove', id: p.id }));
  return [...adds, ...updates, ...handOver, ...formerLead, ...removals];
}

export type JointActionServerErrors = ServerErrors<JointActionFormField>;

/** The fields an error may name on a form with these rows. */
export function jointActionFormFields(values: Pick<JointActionFormValues, 'partners' | 'milestones'>): string[] {
  const fields = [
    'kind',
    'title',
    'objective',
    'branches',
    'plannedStartDate',
    'plannedEndDate',
    'actualStartDate',
    'actualEndDate',
    'partners',
    'milestones',
    'participants',
    'genderMarker.score',
    'genderMarker.criteria',
    'genderMarker.principalObjective',
    'genderMarker.justification',
  ];
  values.partners.forEach((_, i) => {
    for (const name of ['partnerId', 'role', 'contributionPeople', 'contributionAmount', 'contributionCurrency', 'contributionInKind']) fields.push(`partners.${i}.${name}`);
  });
  values.milestones.forEach((_, i) => {
    for (const name of ['title', 'dueDate', 'doneDate', 'responsiblePartnerId']) fields.push(`milestones.${i}.${name}`);
  });
  return fields;
}

/**
 * The API's errors put where the user sees them: beside the field, partner or
 * milestone row their path names, on the grid cell of `participants.cells.N`;
 * the rest for an alert above the form.
 */
export const mapJointActionErrors = (errors: readonly UserErrorLike[], sentCells: SentCells, known: readonly string[]): JointActionServerErrors =>
  mapFormErrors(errors, sentCells, known);
