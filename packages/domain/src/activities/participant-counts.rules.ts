import type { AgeBand } from '../networks/age-bands.rules.ts';
import { validationError, type UserError } from '../shared/errors.ts';

/** DOMAIN.md "Participants and disaggregation": counts by sex × the network's age bands. */
export const sexes = ['WOMEN', 'MEN', 'OTHER', 'NOT_RECORDED'] as const;
export type Sex = (typeof sexes)[number];

/** Above this, a count in one cell is a typing mistake, not a meeting. */
export const maxCellCount = 1_000_000;

/** Only people whose sex is not recorded may be counted without an age band. */
export const allowsUnknownAge = (sex: Sex): boolean => sex === 'NOT_RECORDED';

/** Why a cell's count is refused. */
export type CountProblem = 'notWholeNumber' | 'negative' | 'tooLarge';

/** What is wrong with one cell's count, or null when it is a whole number from 0 to maxCellCount. */
export function countProblem(count: unknown): CountProblem | null {
  if (typeof count !== 'number' || !Number.isInteger(count)) return 'notWholeNumber';
  if (count < 0) return 'negative';
  if (count > maxCellCount) return 'tooLarge';
  return null;
}

/**
 * One cell of the grid. `ageBandId` is null only for people whose sex is not
 * recorded either: a grand total without a breakdown is allowed only as
 * NOT_RECORDED.
 */
export type ParticipantCell = { sex: Sex; ageBandId: string | null; count: number };

export type ParticipantTotals = {
  total: number;
  women: number;
  men: number;
  other: number;
  notRecorded: number;
  /** People in the network's youth band. */
  youth: number;
  /** women / total, null when nobody was counted. */
  womenShare: number | null;
  /** youth / total, null when nobody was counted. */
  youthShare: number | null;
};

const sexLabel: Record<Sex, string> = { WOMEN: 'women', MEN: 'men', OTHER: 'other', NOT_RECORDED: 'sex not recorded' };

/**
 * Checks every cell: a known sex and age band, each combination once, and a
 * whole number from 0 to 1,000,000. Each error names its cell, e.g.
 * `participants.cells.3.count: women aged 18–35 must be a whole number, not 2.5`.
 */
export function validateParticipantCells(cells: readonly ParticipantCell[], bands: readonly AgeBand[]): UserError[] {
  const errors: UserError[] = [];
  const bandLabel = new Map(bands.map((band) => [band.id, band.label]));
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    const path = (field: string) => ['participants', 'cells', String(index), field];
    const at = `participants.cells.${index}`;
    if (!sexes.includes(cell.sex)) {
      errors.push(validationError(path('sex'), `${at}.sex: must be one of ${sexes.join(', ')}`));
      return;
    }
    if (cell.ageBandId === null && !allowsUnknownAge(cell.sex)) {
      errors.push(validationError(path('ageBandId'), `${at}.ageBandId: ${sexLabel[cell.sex]} are counted in an age band; only people whose sex is not recorded may have no age band`));
      return;
    }
    if (cell.ageBandId !== null && !bandLabel.has(cell.ageBandId)) {
      errors.push(validationError(path('ageBandId'), `${at}.ageBandId: "${cell.ageBandId}" is not an age band of this network (${bands.map((b) => b.id).join(', ')})`));
      return;
    }
    const name = `${sexLabel[cell.sex]}${cell.ageBandId === null ? ' of unknown age' : ` aged ${bandLabel.get(cell.ageBandId)}`}`;
    const key = `${cell.sex}|${cell.ageBandId ?? ''}`;
    if (seen.has(key)) errors.push(validationError(path('sex'), `${at}: ${name} are counted twice`));
    seen.add(key);
    const problem = countProblem(cell.count);
    if (problem === 'notWholeNumber') {
      errors.push(validationError(path('count'), `${at}.count: ${name} must be a whole number, not ${String(cell.count)}`));
    } else if (problem === 'negative') {
      errors.push(validationError(path('count'), `${at}.count: ${name} must not be negative (${cell.count})`));
    } else if (problem === 'tooLarge') {
      errors.push(validationError(path('count'), `${at}.count: ${name} cannot be more than ${maxCellCount.toLocaleString('en')} (${cell.count})`));
    }
  });
  return errors;
}

/** The derived totals and shares of valid cells (only the bands' ids and youth flag count). */
export function participantTotals(cells: readonly ParticipantCell[], bands: readonly Pick<AgeBand, 'id' | 'youth'>[]): ParticipantTotals {
  const youthBands = new Set(bands.filter((band) => band.youth).map((band) => band.id));
  const bySex: Record<Sex, number> = { WOMEN: 0, MEN: 0, OTHER: 0, NOT_RECORDED: 0 };
  let youth = 0;
  for (const cell of cells) {
    bySex[cell.sex] += cell.count;
    if (cell.ageBandId !== null && youthBands.has(cell.ageBandId)) youth += cell.count;
  }
  const total = bySex.WOMEN + bySex.MEN + bySex.OTHER + bySex.NOT_RECORDED;
  const share = (part: number) => (total === 0 ? null : part / total);
  return {
    total,
    women: bySex.WOMEN,
    men: bySex.MEN,
    other: bySex.OTHER,
    notRecorded: bySex.NOT_RECORDED,
    youth,
    womenShare: share(bySex.WOMEN),
    youthShare: share(youth),
  };
}
