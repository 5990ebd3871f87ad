import {
  NO_CRITERIA,
  fieldErrors,
  gridToCellInputs,
  splitCellErrors,
  type AgeBandLike,
  type CellProblem,
  type GenderMarkerCriteriaValues,
  type GenderMarkerFormValues,
  type GridCellKey,
  type ParticipantGrid,
  type UserErrorLike,
} from '@synergia/ui';

// What the activity and joint action forms share: the gender marker's values
// and input, the problems found before sending, and the API's errors put back
// onto the fields and the participants grid's cells.

// The gender marker's form values and limit live in @synergia/ui with the panel both apps use.
export { GENDER_MARKER_JUSTIFICATION_MAX as JUSTIFICATION_MAX, type GenderMarkerFormValues } from '@synergia/ui';

/** What every record form holds besides its own fields: the people reached and the gender marker. */
export type RecordFormValues = { participants: ParticipantGrid; genderMarker: GenderMarkerFormValues };

/** The grid keys of the participant cells sent, to find the cell of an error on `participants.cells.N`. */
export type SentCells = readonly GridCellKey[];

/** Problems found before sending (i18n keys with their values), per field and per grid cell. */
export type FormProblems<F extends string = string> = {
  fields: Partial<Record<F, CellProblem>>;
  cells: Record<GridCellKey, CellProblem>;
};

/** The API's refusals: a message per field and per grid cell, and what no field shows (forbidden, a stale version…). */
export type ServerErrors<F extends string = string> = {
  fields: Partial<Record<F, string>>;
  cells: Record<GridCellKey, string>;
  general: UserErrorLike[];
};

export function hasProblems(problems: FormProblems<string>): boolean {
  return Object.keys(problems.fields).length > 0 || Object.keys(problems.cells).length > 0;
}

/** An optional text as the API takes it: trimmed, or null when blank. */
export const optional = (value: string): string | null => value.trim() || null;

export const emptyGenderMarker = (): GenderMarkerFormValues => ({ score: 0, criteria: { ...NO_CRITERIA }, principalObjective: false, justification: '' });

/** The form's gender marker from the API's. */
export function genderMarkerFormFrom(marker: { score: number; criteria: GenderMarkerCriteriaValues; principalObjective: boolean; justification?: string | null }): GenderMarkerFormValues {
  const { criteria, score } = marker;
  return {
    score: score === 1 || score === 2 ? score : 0,
    criteria: {
      genderAnalysis: criteria.genderAnalysis,
      analysisShapedDesign: criteria.analysisShapedDesign,
      genderObjectiveAndIndicator: criteria.genderObjectiveAndIndicator,
      sexDisaggregatedData: criteria.sexDisaggregatedData,
      genderMonitoringCommitment: criteria.genderMonitoringCommitment,
    },
    principalObjective: marker.principalObjective,
    justification: marker.justification ?? '',
  };
}

/** The gender marker as the API's inputs take it. */
export const genderMarkerInput = (marker: GenderMarkerFormValues) => ({
  score: marker.score,
  criteria: { ...marker.criteria },
  principalObjective: marker.principalObjective,
  justification: optional(marker.justification),
});

/** A record's input completed with the participants grid and the gender marker, and the grid key of each cell sent. */
export function withReach<I extends object>(input: I, values: RecordFormValues, bands: readonly AgeBandLike[]) {
  const { cells, keys } = gridToCellInputs(values.participants, bands);
  return { input: { ...input, participants: cells, genderMarker: genderMarkerInput(values.genderMarker) }, sentCells: keys as SentCells };
}

/**
 * The API's errors put where the user sees them: on the grid cell of
 * `participants.cells.N.count`, beside the field their path names (one of
 * `known`), the rest for an alert above the form.
 */
export function mapFormErrors<F extends string>(errors: readonly UserErrorLike[], sentCells: SentCells, known: readonly F[]): ServerErrors<F> {
  const { cells, rest } = splitCellErrors(errors, sentCells);
  // Errors on a cell that was not sent (or on the grid itself) show beside the grid.
  const mapped = fieldErrors(
    rest.map((e) => (e.path?.[0] === 'input' && e.path[1] === 'participants' && e.path.length > 2 ? { ...e, path: ['input', 'participants'], field: 'participants' } : e)),
    known,
  );
  const fields: Partial<Record<F, string>> = {};
  for (const field of known) {
    const message = mapped.fields[field];
    if (message) fields[field] = message;
  }
  return { fields, cells, general: mapped.general };
}
