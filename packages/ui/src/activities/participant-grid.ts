import { allowsUnknownAge, countProblem, maxCellCount, participantTotals, sexes, type CountProblem, type ParticipantCell, type Sex } from '@synergia/domain/rules';

// The participants grid (DOMAIN.md "Participants and disaggregation"): people
// by sex × the network's age bands, plus "age unknown" for people whose sex
// is not recorded either (the only way to give a grand total without a
// breakdown). Totals and shares are derived, never typed in.

/** An age band as Network.ageBands gives it. */
export type AgeBandLike = { id: string; label: string; youth: boolean };

/** A cell as ParticipantCounts.cells gives it. */
export type ParticipantCellLike = { sex: Sex; ageBand?: { id: string } | null; count: number };

/** A cell as ParticipantCellInput takes it. */
export type ParticipantCellValue = { sex: Sex; ageBandId: string | null; count: number };

/** Identifies one cell: "WOMEN|18-35", or "NOT_RECORDED|" for age unknown. */
export type GridCellKey = string;

/** What the form holds: each cell's number, null while empty. */
export type ParticipantGrid = Readonly<Record<GridCellKey, number | null>>;

/** The largest count one cell may hold. */
export const MAX_CELL_COUNT = maxCellCount;

/** The column of people whose age is unknown (only for NOT_RECORDED). */
export const UNKNOWN_AGE = null;

export function cellKey(sex: Sex, ageBandId: string | null): GridCellKey {
  return `${sex}|${ageBandId ?? ''}`;
}

/** The age band ids a sex is counted in: the bands, plus unknown age for NOT_RECORDED. */
export function ageBandIdsFor(sex: Sex, bands: readonly AgeBandLike[]): (string | null)[] {
  const ids: (string | null)[] = bands.map((band) => band.id);
  if (allowsUnknownAge(sex)) ids.push(UNKNOWN_AGE);
  return ids;
}

/** Every cell of the grid in reading order (by sex, then age band). */
export function gridCells(bands: readonly AgeBandLike[]): { sex: Sex; ageBandId: string | null; key: GridCellKey }[] {
  return sexes.flatMap((sex) => ageBandIdsFor(sex, bands).map((ageBandId) => ({ sex, ageBandId, key: cellKey(sex, ageBandId) })));
}

/** The grid filled from an activity's cells (cells the network no longer has are kept under their key). */
export function gridFromCells(cells: readonly ParticipantCellLike[]): Record<GridCellKey, number | null> {
  const grid: Record<GridCellKey, number | null> = {};
  for (const cell of cells) grid[cellKey(cell.sex, cell.ageBand?.id ?? null)] = cell.count;
  return grid;
}

/** A count that is a whole number in range (what the API accepts). */
export function isValidCount(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && countProblem(value) === null;
}

export type GridTotals = {
  /** Per sex: the sum of its row. */
  bySex: Record<Sex, number>;
  /** Per age band id ("" for unknown age): the sum of its column. */
  byAgeBand: Record<string, number>;
  total: number;
  women: number;
  youth: number;
  /** Share 0–1, null when nobody is counted. */
  womenShare: number | null;
  youthShare: number | null;
};

/**
 * Row totals, column totals, grand total and the shares of women and young
 * people (the domain's participantTotals), live while typing. Empty and
 * invalid cells count as 0 (the form flags invalid ones itself).
 */
export function gridTotals(grid: ParticipantGrid, bands: readonly AgeBandLike[]): GridTotals {
  const cells: ParticipantCell[] = gridCells(bands).map(({ sex, ageBandId, key }) => {
    const value = grid[key];
    return { sex, ageBandId, count: isValidCount(value) ? value : 0 };
  });
  const byAgeBand: Record<string, number> = Object.fromEntries([...bands.map((band) => [band.id, 0]), ['', 0]]);
  for (const { ageBandId, count } of cells) byAgeBand[ageBandId ?? ''] = (byAgeBand[ageBandId ?? ''] ?? 0) + count;
  const totals = participantTotals(cells, bands);
  return {
    bySex: { WOMEN: totals.women, MEN: totals.men, OTHER: totals.other, NOT_RECORDED: totals.notRecorded },
    byAgeBand,
    total: totals.total,
    women: totals.women,
    youth: totals.youth,
    womenShare: totals.womenShare,
    youthShare: totals.youthShare,
  };
}

/** Why a cell cannot be sent: an i18n key of the shared `form.*` messages, with its values. */
export type CellProblem = { key: string; values?: Record<string, string | number> };

/** The message of each problem the domain finds in a count. */
const PROBLEM_MESSAGES: Record<CountProblem, CellProblem> = {
  notWholeNumber: { key: 'form.notANumber' },
  negative: { key: 'form.notNegative' },
  tooLarge: { key: 'form.tooLarge', values: { max: MAX_CELL_COUNT } },
};

/** The cells the API would refuse, by key (fractional, negative, too large). */
export function gridProblems(grid: ParticipantGrid, bands: readonly AgeBandLike[]): Record<GridCellKey, CellProblem> {
  const problems: Record<GridCellKey, CellProblem> = {};
  for (const { key } of gridCells(bands)) {
    const value = grid[key];
    if (value === null || value === undefined) continue;
    const problem = countProblem(value);
    if (problem) problems[key] = PROBLEM_MESSAGES[problem];
  }
  return problems;
}

/**
 * The cells to send (non-empty, non-zero, in reading order) and the grid key
 * of each position, so an API error on `participants.cells.3.count` finds its
 * cell again.
 */
export function gridToCellInputs(grid: ParticipantGrid, bands: readonly AgeBandLike[]): { cells: ParticipantCellValue[]; keys: GridCellKey[] } {
  const cells: ParticipantCellValue[] = [];
  const keys: GridCellKey[] = [];
  for (const { sex, ageBandId, key } of gridCells(bands)) {
    const value = grid[key];
    if (value === null || value === undefined || value === 0) continue;
    cells.push({ sex, ageBandId, count: value });
    keys.push(key);
  }
  return { cells, keys };
}

/**
 * The grid cell an API error path names, e.g. ["input", "participants",
 * "cells", "3", "count"] → the key of the fourth cell sent; null when the
 * path is not about one cell.
 */
export function cellKeyForErrorPath(path: readonly string[] | null | undefined, sentKeys: readonly GridCellKey[]): GridCellKey | null {
  if (!path) return null;
  const rest = path[0] === 'input' ? path.slice(1) : path;
  if (rest[0] !== 'participants') return null;
  // The domain names cells "participants.cells.N"; accept "participants.N" too.
  const indexPart = rest[1] === 'cells' ? rest[2] : rest[1];
  if (indexPart === undefined || !/^\d+$/.test(indexPart)) return null;
  return sentKeys[Number(indexPart)] ?? null;
}
