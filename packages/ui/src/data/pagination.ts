/**
 * Forward cursor pagination over a Relay connection, with the cursors of the
 * pages already seen kept so "previous" needs no backward query.
 */
export type PaginationState = {
  /** The `after` cursor of the page shown (null on the first page). */
  readonly after: string | null;
  /** The `after` cursors of the pages before this one, oldest first. */
  readonly history: readonly (string | null)[];
};

export const FIRST_PAGE: PaginationState = { after: null, history: [] };

/** The page after this one, starting after `endCursor` (the connection's `pageInfo.endCursor`). */
export function nextPage(state: PaginationState, endCursor: string): PaginationState {
  return { after: endCursor, history: [...state.history, state.after] };
}

/** The page before this one; the first page stays where it is. */
export function previousPage(state: PaginationState): PaginationState {
  if (state.history.length === 0) return state;
  return { after: state.history[state.history.length - 1] ?? null, history: state.history.slice(0, -1) };
}

/**
 * The 1-based positions of the rows shown: page 3 of 20 showing 20 rows is
 * 41–60. `from` is 0 when nothing is shown.
 */
export function pageRange(state: PaginationState, pageSize: number, shown: number): { from: number; to: number } {
  const offset = state.history.length * pageSize;
  return shown === 0 ? { from: 0, to: 0 } : { from: offset + 1, to: offset + shown };
}
