import {
  NO_CRITERIA,
  splitCellErrors,
  fieldErrors,
  gridFromCells,
  gridToCellInputs,
  type AgeBandLike,
  type GenderMarkerFormValues,
  type GridCellKey,
  type ParticipantCellLike,
  type ParticipantGrid,
  type UserErrorLike,
} from '@synergia/ui';
import type {
  CapacityTheme,
  ContinentalMissionDetailFragment,
  CreateMissionInput,
  FacilitatorKind,
  FacilitatorOrigin,
  MissionFormat,
  UpdateMissionInput,
} from '../gql/graphql.ts';

// The mission form's values, what it sends (createMission / updateMission),
// the checks made before sending, and the API's errors put back beside the
// fields their path names (`input.facilitators.1.name` → that row's name).

/** The organiser select's value for a mission the network itself organises. */
export const NETWORK_ORGANISER = 'network';

export type FacilitatorRow = { key: string; name: string; kind: FacilitatorKind; origin: FacilitatorOrigin; partnerId: string };

export type MissionFormValues = {
  /** NETWORK_ORGANISER or a synergy's id. */
  organiser: string;
  format: MissionFormat | '';
  themes: CapacityTheme[];
  title: string;
  objectives: string;
  plannedStartDate: string;
  plannedEndDate: string;
  actualStartDate: string;
  actualEndDate: string;
  country: string;
  city: string;
  online: boolean;
  targetSynergyIds: string[];
  targetPartnerIds: string[];
  facilitators: FacilitatorRow[];
  /** Amounts as typed; checked before sending. */
  budgetPlanned: string;
  budgetSpent: string;
  budgetCurrency: string;
  participants: ParticipantGrid;
  genderMarker: GenderMarkerFormValues;
};

/** The fields the form shows an error beside (dotted paths below `input`). */
export const MISSION_FORM_FIELDS = [
  'organiser',
  'format',
  'themes',
  'title',
  'objectives',
  'plannedStartDate',
  'plannedEndDate',
  'actualStartDate',
  'actualEndDate',
  'country',
  'city',
  'online',
  'targetSynergyIds',
  'targetPartnerIds',
  'facilitators',
  'budgetPlanned',
  'budgetSpent',
  'budgetCurrency',
  'participants',
  'genderMarker.score',
  'genderMarker.criteria',
  'genderMarker.principalObjective',
  'genderMarker.justification',
] as const;
export type MissionFormField = (typeof MISSION_FORM_FIELDS)[number];
const FACILITATOR_FIELDS = ['name', 'kind', 'origin', 'partnerId'] as const;

let rowCounter = 0;
/** A fresh key for a facilitator row (React keys; never sent). */
export const newRowKey = (): string => `row-${(rowCounter += 1)}`;

export const emptyFacilitator = (): FacilitatorRow => ({ key: newRowKey(), name: '', kind: 'PERSON', origin: 'EXTERNAL', partnerId: '' });

export function emptyMissionForm(organiser: string): MissionFormValues {
  return {
    organiser,
    format: '',
    themes: [],
    title: '',
    objectives: '',
    plannedStartDate: '',
    plannedEndDate: '',
    actualStartDate: '',
    actualEndDate: '',
    country: '',
    city: '',
    online: false,
    targetSynergyIds: [],
    targetPartnerIds: [],
    facilitators: [],
    budgetPlanned: '',
    budgetSpent: '',
    budgetCurrency: '',
    participants: {},
    genderMarker: { score: 0, criteria: { ...NO_CRITERIA }, principalObjective: false, justification: '' },
  };
}

const amountText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The form's values from a mission read from the API (the edit form). */
export function missionFormFrom(mission: ContinentalMissionDetailFragment): MissionFormValues {
  const marker = mission.genderMarker;
  return {
    organiser: mission.organiserSynergy?.id ?? NETWORK_ORGANISER,
    format: mission.format,
    themes: [...mission.themes],
    title: mission.title,
    objectives: mission.objectives ?? '',
    plannedStartDate: mission.plannedStartDate,
    plannedEndDate: mission.plannedEndDate,
    actualStartDate: mission.actualStartDate ?? '',
    actualEndDate: mission.actualEndDate ?? '',
    country: mission.place.country ?? '',
    city: mission.place.city ?? '',
    online: mission.place.online,
    targetSynergyIds: mission.targetSynergies.map((s) => s.id),
    targetPartnerIds: mission.targetPartners.map((p) => p.id),
    facilitators: mission.facilitators.map((f) => ({ key: newRowKey(), name: f.name, kind: f.kind, origin: f.origin, partnerId: f.partner?.id ?? '' })),
    budgetPlanned: amountText(mission.budget.planned),
    budgetSpent: amountText(mission.budget.spent),
    budgetCurrency: mission.budget.currency ?? '',
    participants: gridFromCells(mission.participants.cells as readonly ParticipantCellLike[]),
    genderMarker: {
      score: marker.score === 1 || marker.score === 2 ? marker.score : 0,
      // Field by field: the API's object carries a __typename the input type refuses.
      criteria: {
        genderAnalysis: marker.criteria.genderAnalysis,
        analysisShapedDesign: marker.criteria.analysisShapedDesign,
        genderObjectiveAndIndicator: marker.criteria.genderObjectiveAndIndicator,
        sexDisaggregatedData: marker.criteria.sexDisaggregatedData,
        genderMonitoringCommitment: marker.criteria.genderMonitoringCommitment,
      },
      principalObjective: marker.principalObjective,
      justification: marker.justification ?? '',
    },
  };
}

/** A problem found before sending: an i18n key under continental.missions.form.problems. */
export type MissionFormProblems = Partial<Record<string, string>>;

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

/** What is plainly missing or malformed; the API checks the rest (and is the authority). Keys are the field paths. */
export function missionFormProblems(values: MissionFormValues): MissionFormProblems {
  const problems: MissionFormProblems = {};
  if (!values.format) problems.format = 'required';
  if (values.themes.length === 0) problems.themes = 'themes';
  if (!values.title.trim()) problems.title = 'required';
  if (!values.plannedStartDate) problems.plannedStartDate = 'required';
  if (!values.plannedEndDate) problems.plannedEndDate = 'required';
  else if (values.plannedStartDate && values.plannedEndDate < values.plannedStartDate) problems.plannedEndDate = 'endBeforeStart';
  if (values.actualStartDate && values.actualEndDate && values.actualEndDate < values.actualStartDate) problems.actualEndDate = 'endBeforeStart';
  if (!values.online && !values.country) problems.country = 'countryOrOnline';
  for (const key of ['budgetPlanned', 'budgetSpent'] as const) {
    if (values[key].trim() && !AMOUNT.test(values[key].trim())) problems[key] = 'amount';
  }
  if ((values.budgetPlanned.trim() || values.budgetSpent.trim()) && !/^[A-Za-z]{3}$/.test(values.budgetCurrency.trim())) problems.budgetCurrency = 'currency';
  values.facilitators.forEach((row, index) => {
    if (!row.name.trim()) problems[`facilitators.${index}.name`] = 'required';
  });
  return problems;
}

const optional = (value: string): string | null => value.trim() || null;
const amount = (value: string): number | null => (value.trim() ? Number(value.trim()) : null);

/** The fields createMission and updateMission share, and the grid key of each participant cell sent. */
function commonInput(values: MissionFormValues, bands: readonly AgeBandLike[]) {
  const { cells, keys } = gridToCellInputs(values.participants, bands);
  const input = {
    format: values.format as MissionFormat,
    themes: values.themes,
    title: values.title.trim(),
    objectives: optional(values.objectives),
    plannedStartDate: values.plannedStartDate,
    plannedEndDate: values.plannedEndDate,
    country: values.country || null,
    city: optional(values.city),
    online: values.online,
    targetSynergyIds: values.targetSynergyIds,
    targetPartnerIds: values.targetPartnerIds,
    facilitators: values.facilitators.map((f) => ({ name: f.name.trim(), kind: f.kind, origin: f.origin, partnerId: f.origin === 'INTERNAL' && f.partnerId ? f.partnerId : null })),
    budgetPlanned: amount(values.budgetPlanned),
    budgetSpent: amount(values.budgetSpent),
    budgetCurrency: optional(values.budgetCurrency)?.toUpperCase() ?? null,
    participants: cells,
    genderMarker: {
      score: values.genderMarker.score,
      criteria: { ...values.genderMarker.criteria },
      principalObjective: values.genderMarker.principalObjective,
      justification: optional(values.genderMarker.justification),
    },
  };
  return { input, sentCells: keys };
}

/** createMission's input: the organiser is the network (networkId) or a synergy (organiserSynergyId). */
export function createMissionInput(values: MissionFormValues, networkId: string, bands: readonly AgeBandLike[]): { input: CreateMissionInput; sentCells: GridCellKey[] } {
  const { input, sentCells } = commonInput(values, bands);
  const organiser = values.organiser === NETWORK_ORGANISER ? { networkId } : { organiserSynergyId: values.organiser };
  return { input: { ...input, ...organiser }, sentCells };
}

/** updateMission's input: every field (the form shows them all), with the version read. */
export function updateMissionInput(values: MissionFormValues, id: string, version: number, bands: readonly AgeBandLike[]): { input: UpdateMissionInput; sentCells: GridCellKey[] } {
  const { input, sentCells } = commonInput(values, bands);
  return {
    input: { ...input, id, version, actualStartDate: values.actualStartDate || null, actualEndDate: values.actualEndDate || null },
    sentCells,
  };
}

/** The API's refusals put where the user sees them: per field path, per participant cell, and the rest. */
export type MissionServerErrors = { fields: Record<string, string>; cells: Record<GridCellKey, string>; general: UserErrorLike[] };

/** Paths the API may name for the organiser. */
const ORGANISER_PATHS = ['networkId', 'organiserSynergyId'];

/**
 * Maps a payload's errors: `participants.cells.N…` onto the cell sent N-th,
 * `facilitators.N.field` onto that row, the organiser's ids onto the
 * organiser select, every other known field beside itself; a LockedError or
 * ConflictError naming a field also shows beside it, and in the alert.
 */
export function mapMissionErrors(errors: readonly UserErrorLike[], sentCells: readonly GridCellKey[], facilitatorRows: number): MissionServerErrors {
  const split = splitCellErrors(errors, sentCells);
  const rest: UserErrorLike[] = [];
  for (const error of split.rest) {
    const path = error.path ?? [];
    const below = path[0] === 'input' ? path.slice(1) : path;
    if (below[0] && ORGANISER_PATHS.includes(below[0])) {
      rest.push({ ...error, path: ['input', 'organiser'], field: 'organiser' });
    } else if (below[0] === 'participants' && below.length > 1) {
      rest.push({ ...error, path: ['input', 'participants'], field: 'participants' });
    } else {
      rest.push(error);
    }
  }
  const rows = Array.from({ length: facilitatorRows }, (_, index) => FACILITATOR_FIELDS.map((f) => `facilitators.${index}.${f}`)).flat();
  const mapped = fieldErrors(rest, [...MISSION_FORM_FIELDS, ...rows]);
  // A locked field or a stale version is shown above the form too: the user must act on it (reload, or ask to reopen).
  const general = [...mapped.general, ...rest.filter((e) => (e.__typename === 'LockedError' || e.__typename === 'ConflictError') && !mapped.general.includes(e))];
  return { fields: mapped.fields, cells: split.cells, general };
}
