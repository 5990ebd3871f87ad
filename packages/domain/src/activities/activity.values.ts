import type { AgeBand } from '../networks/age-bands.rules.ts';
import type { GenderMarkerColumns, ParticipantColumns } from './reach.properties.ts';
import { criterionFields, genderCriteria, type GenderCriterion, type GenderMarker } from './gender-marker.rules.ts';
import { participantTotals, sexes, type ParticipantCell, type ParticipantTotals } from './participant-counts.rules.ts';
import type { GenderMarkerInput } from './activity.schemas.ts';

export const notTargeted = (): GenderMarker => ({
  score: 0,
  criteria: Object.fromEntries(genderCriteria.map((criterion) => [criterion, false])) as Record<GenderCriterion, boolean>,
  principalObjective: false,
  justification: null,
});

export const genderMarkerFromInput = (input: {
  score: number;
  criteria: GenderMarkerInput['criteria'];
  principalObjective: boolean;
  justification: string | null;
}): GenderMarker => ({
  score: input.score,
  criteria: Object.fromEntries(genderCriteria.map((criterion) => [criterion, input.criteria[criterionFields[criterion]]])) as Record<
    GenderCriterion,
    boolean
  >,
  principalObjective: input.principalObjective,
  justification: input.justification,
});

/** The gender marker value object of a stored activity, joint action or mission. */
export const genderMarkerOf = (activity: GenderMarkerColumns): GenderMarker => ({
  score: activity.genderScore,
  criteria: Object.fromEntries(genderCriteria.map((criterion) => [criterion, activity.genderCriteria.includes(criterion)])) as Record<
    GenderCriterion,
    boolean
  >,
  principalObjective: activity.genderPrincipalObjective,
  justification: activity.genderJustification ?? null,
});

/** Non-zero cells in a stable order: by sex, then by the network's band order, unknown age last. */
export function normaliseCells(cells: readonly ParticipantCell[], bands: readonly AgeBand[]): ParticipantCell[] {
  const bandOrder = new Map(bands.map((band, index) => [band.id, index]));
  const rank = (cell: ParticipantCell) => sexes.indexOf(cell.sex) * 1000 + (cell.ageBandId === null ? 999 : (bandOrder.get(cell.ageBandId) ?? 998));
  return cells
    .filter((cell) => cell.count > 0)
    .map((cell) => ({ sex: cell.sex, ageBandId: cell.ageBandId, count: cell.count }))
    .sort((a, b) => rank(a) - rank(b));
}

/** The participants value object as its row columns: the cells and the totals derived from them. */
export function participantColumns(cells: ParticipantCell[], bands: readonly AgeBand[]): ParticipantColumns {
  const totals = participantTotals(cells, bands);
  return {
    participantCells: cells,
    participantsTotal: totals.total,
    participantsWomen: totals.women,
    participantsMen: totals.men,
    participantsOther: totals.other,
    participantsNotRecorded: totals.notRecorded,
    participantsYouth: totals.youth,
  };
}

/** Writes the participants value object onto the row: the cells and the totals derived from them. */
export function assignParticipants(activity: ParticipantColumns, cells: ParticipantCell[], bands: readonly AgeBand[]): void {
  Object.assign(activity, participantColumns(cells, bands));
}

/** The participants' totals of a stored activity, from its stored columns, without reading the cells. */
export const participantTotalsOf = (activity: Omit<ParticipantColumns, 'participantCells'>): ParticipantTotals => {
  const total = activity.participantsTotal;
  const share = (part: number) => (total === 0 ? null : part / total);
  return {
    total,
    women: activity.participantsWomen,
    men: activity.participantsMen,
    other: activity.participantsOther,
    notRecorded: activity.participantsNotRecorded,
    youth: activity.participantsYouth,
    womenShare: share(activity.participantsWomen),
    youthShare: share(activity.participantsYouth),
  };
};

/** The participants value object of a stored activity, from its stored columns (no age bands needed). */
export const participantsOf = (activity: ParticipantColumns): ParticipantTotals & { cells: ParticipantCell[] } => ({
  ...participantTotalsOf(activity),
  cells: activity.participantCells,
});

export const assignGenderMarker = (activity: Partial<GenderMarkerColumns>, marker: GenderMarker): void => {
  activity.genderScore = marker.score;
  activity.genderCriteria = genderCriteria.filter((criterion) => marker.criteria[criterion]);
  activity.genderPrincipalObjective = marker.principalObjective;
  activity.genderJustification = marker.justification;
};
