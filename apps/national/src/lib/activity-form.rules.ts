import {
  ACTIVITY_TYPES,
  gridFromCells,
  gridProblems,
  gridTotals,
  isIsoDate,
  subTypesOf,
  type AgeBandLike,
  type GenderMarkerCriteriaValues,
  type ParticipantCellLike,
  type ParticipantGrid,
  type UserErrorLike,
} from '@synergia/ui';
import type {
  ActivitySubType,
  ActivityType,
  CreateActivityInput,
  InformalSector,
  SocialProtectionBranch,
  UpdateActivityInput,
  WorkStatus,
  WorkerCategory,
} from '../gql/graphql';
import {
  emptyGenderMarker,
  genderMarkerFormFrom,
  JUSTIFICATION_MAX,
  mapFormErrors,
  optional,
  type FormProblems,
  type GenderMarkerFormValues,
  type SentCells,
  type ServerErrors,
  withReach,
} from './record-form.rules.ts';

export { hasProblems } from './record-form.rules.ts';

// The activity form's values, the obvious checks made before sending (the
// limits of the domain's activity schema), the mapping to the API's inputs,
// and the mapping of the API's errors back onto the fields and grid cells.
// The gender marker is not checked here: the form explains the rule live, and
// the API refuses a score the checklist does not support.

export const LIMITS = { titleMin: 3, titleMax: 200, descriptionMax: 5000, placeMax: 200, justificationMax: JUSTIFICATION_MAX } as const;

/** The statuses an activity may be recorded with (cancelled work is cancelled later, from its page). */
export const CREATE_STATUSES = ['PLANNED', 'ONGOING', 'COMPLETED'] as const satisfies readonly WorkStatus[];

export type ActivityFormValues = {
  partnerId: string;
  /** "" for none. */
  synergyId: string;
  type: ActivityType | '';
  subType: ActivitySubType | '';
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  country: string;
  place: string;
  branches: SocialProtectionBranch[];
  workerCategories: WorkerCategory[];
  informalSectors: InformalSector[];
  /** Only on create; later changes go through the status buttons. */
  status: WorkStatus;
  participants: ParticipantGrid;
  genderMarker: GenderMarkerFormValues;
};

/** The form's fields; the API's error paths after "input" use the same names. */
export const ACTIVITY_FORM_FIELDS = [
  'partnerId',
  'synergyId',
  'type',
  'subType',
  'title',
  'description',
  'startDate',
  'endDate',
  'country',
  'place',
  'branches',
  'workerCategories',
  'informalSectors',
  'status',
  'participants',
  'genderMarker.score',
  'genderMarker.criteria',
  'genderMarker.principalObjective',
  'genderMarker.justification',
] as const;
export type ActivityFormField = (typeof ACTIVITY_FORM_FIELDS)[number];

export type ActivityFormProblems = FormProblems<ActivityFormField>;

export function emptyActivityForm(defaults: Partial<Pick<ActivityFormValues, 'partnerId' | 'synergyId' | 'country' | 'startDate'>> = {}): ActivityFormValues {
  return {
    partnerId: defaults.partnerId ?? '',
    synergyId: defaults.synergyId ?? '',
    type: '',
    subType: '',
    title: '',
    description: '',
    startDate: defaults.startDate ?? '',
    endDate: '',
    country: defaults.country ?? '',
    place: '',
    branches: [],
    workerCategories: [],
    informalSectors: [],
    status: 'PLANNED',
    participants: {},
    genderMarker: emptyGenderMarker(),
  };
}

/** An activity as the edit page loads it. */
export type ActivityLike = {
  partner: { id: string };
  synergy?: { id: string } | null;
  type: ActivityType;
  subType?: ActivitySubType | null;
  title: string;
  description?: string | null;
  startDate: string;
  endDate: string;
  country: string;
  place?: string | null;
  branches: SocialProtectionBranch[];
  workerCategories: WorkerCategory[];
  informalSectors: InformalSector[];
  status: WorkStatus;
  participants: { cells: readonly ParticipantCellLike[] };
  genderMarker: { score: number; criteria: GenderMarkerCriteriaValues; principalObjective: boolean; justification?: string | null };
};

/** The form filled with an activity as the API returned it. */
export function activityFormFrom(activity: ActivityLike): ActivityFormValues {
  return {
    partnerId: activity.partner.id,
    synergyId: activity.synergy?.id ?? '',
    type: activity.type,
    subType: activity.subType ?? '',
    title: activity.title,
    description: activity.description ?? '',
    startDate: activity.startDate,
    endDate: activity.endDate,
    country: activity.country,
    place: activity.place ?? '',
    branches: [...activity.branches],
    workerCategories: [...activity.workerCategories],
    informalSectors: [...activity.informalSectors],
    status: activity.status,
    participants: gridFromCells(activity.participants.cells),
    genderMarker: genderMarkerFormFrom(activity.genderMarker),
  };
}

/** Whether a type takes a sub-type (INDIVIDUAL_SUPPORT, POLITICAL_ACTION). */
export const needsSubType = (type: ActivityType | ''): boolean => subTypesOf(type).length > 0;

/** The values after choosing a type: a sub-type that does not fit the new type is dropped. */
export function withType(values: ActivityFormValues, type: ActivityType | ''): ActivityFormValues {
  const subType = values.subType && subTypesOf(type).includes(values.subType) ? values.subType : '';
  return { ...values, type, subType };
}

function checkLength(problems: ActivityFormProblems['fields'], field: ActivityFormField, value: string, max: number) {
  if (value.trim().length > max) problems[field] = { key: 'form.tooLong', values: { max } };
}

/** The obvious problems per field and per grid cell; both empty when the form may be sent. */
export function validateActivityForm(values: ActivityFormValues, bands: readonly AgeBandLike[], mode: 'create' | 'update'): ActivityFormProblems {
  const fields: ActivityFormProblems['fields'] = {};
  if (mode === 'create' && !values.partnerId) fields.partnerId = { key: 'form.required' };
  if (!values.type || !(ACTIVITY_TYPES as readonly string[]).includes(values.type)) fields.type = { key: 'form.required' };
  else if (needsSubType(values.type) && !values.subType) fields.subType = { key: 'form.required' };
  const title = values.title.trim();
  if (!title) fields.title = { key: 'form.required' };
  else if (title.length < LIMITS.titleMin) fields.title = { key: 'form.tooShort', values: { min: LIMITS.titleMin } };
  else checkLength(fields, 'title', title, LIMITS.titleMax);
  checkLength(fields, 'description', values.description, LIMITS.descriptionMax);
  if (!values.startDate) fields.startDate = { key: 'form.required' };
  else if (!isIsoDate(values.startDate)) fields.startDate = { key: 'form.invalidDate' };
  if (values.endDate && !isIsoDate(values.endDate)) fields.endDate = { key: 'form.invalidDate' };
  else if (values.endDate && values.startDate && values.endDate < values.startDate) fields.endDate = { key: 'activities.form.endBeforeStart' };
  if (!/^[A-Za-z]{2}$/.test(values.country.trim())) fields.country = { key: 'form.required' };
  checkLength(fields, 'place', values.place, LIMITS.placeMax);
  if (values.branches.length === 0) fields.branches = { key: 'activities.form.branchRequired' };
  checkLength(fields, 'genderMarker.justification', values.genderMarker.justification, LIMITS.justificationMax);
  const cells = gridProblems(values.participants, bands);
  if (mode === 'create' && values.status === 'COMPLETED' && Object.keys(cells).length === 0 && gridTotals(values.participants, bands).total === 0) {
    fields.participants = { key: 'activities.form.participantsRequired' };
  }
  return { fields, cells };
}

/** The createActivity input and the grid key of each participant cell sent. */
export function toCreateActivityInput(values: ActivityFormValues, bands: readonly AgeBandLike[]): { input: CreateActivityInput; sentCells: SentCells } {
  if (!values.type) throw new Error('type is required');
  return withReach(
    {
      partnerId: values.partnerId,
      synergyId: values.synergyId || null,
      type: values.type,
      subType: values.subType || null,
      title: values.title.trim(),
      description: optional(values.description),
      startDate: values.startDate,
      endDate: values.endDate || values.startDate,
      country: values.country.trim().toUpperCase(),
      place: optional(values.place),
      branches: values.branches,
      workerCategories: values.workerCategories,
      informalSectors: values.informalSectors,
      status: values.status,
    } satisfies Omit<CreateActivityInput, 'participants' | 'genderMarker'>,
    values,
    bands,
  );
}

/**
 * The updateActivity input: every field sent (an empty optional text as "",
 * which clears it; no synergy as null, which removes it) with the version read.
 */
export function toUpdateActivityInput(
  values: ActivityFormValues,
  id: string,
  version: number,
  bands: readonly AgeBandLike[],
): { input: UpdateActivityInput; sentCells: SentCells } {
  return withReach(
    {
      id,
      version,
      synergyId: values.synergyId || null,
      ...(values.type ? { type: values.type } : {}),
      subType: values.subType || null,
      title: values.title.trim(),
      description: values.description.trim(),
      startDate: values.startDate,
      endDate: values.endDate || values.startDate,
      country: values.country.trim().toUpperCase(),
      place: values.place.trim(),
      branches: values.branches,
      workerCategories: values.workerCategories,
      informalSectors: values.informalSectors,
    } satisfies Omit<UpdateActivityInput, 'participants' | 'genderMarker'>,
    values,
    bands,
  );
}

export type ActivityServerErrors = ServerErrors<ActivityFormField>;

/**
 * The API's errors put where the user sees them: beside the field their path
 * names, on the grid cell of `participants.cells.N.count`, on the checklist for
 * `genderMarker.criteria`; the rest for an alert above the form.
 */
export const mapActivityErrors = (errors: readonly UserErrorLike[], sentCells: SentCells): ActivityServerErrors => mapFormErrors(errors, sentCells, ACTIVITY_FORM_FIELDS);
