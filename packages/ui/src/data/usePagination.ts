import { useCallback, useMemo, useState } from 'react';
import { FIRST_PAGE, nextPage, previousPage, type PaginationState } from './pagination.ts';

export type PaginationControls = {
  /** Page size, for the query's `first`. */
  readonly first: number;
  /** Cursor for the query's `after`. */
  readonly after: string | null;
  readonly state: PaginationState;
  readonly hasPrevious: boolean;
  next(endCursor: string): void;
  previous(): void;
  reset(): void;
};

/**
 * Pagination state for one list. It returns to the first page whenever
 * `resetKey` changes (a new search or another synergy), so a filter never
 * opens on an empty page 4.
 */
export function usePagination(pageSize: number, resetKey: unknown = null): PaginationControls {
  const [stored, setStored] = useState<{ key: unknown; page: PaginationState }>({ key: resetKey, page: FIRST_PAGE });
  // Adjusting state while rendering is React's documented way to reset on a changed input.
  const current = Object.is(stored.key, resetKey) ? stored.page : FIRST_PAGE;
  if (!Object.is(stored.key, resetKey)) setStored({ key: resetKey, page: FIRST_PAGE });

  const next = useCallback((endCursor: string) => setStored((s) => ({ key: s.key, page: nextPage(s.page, endCursor) })), []);
  const previous = useCallback(() => setStored((s) => ({ key: s.key, page: previousPage(s.page) })), []);
  const reset = useCallback(() => setStored((s) => ({ key: s.key, page: FIRST_PAGE })), []);

  return useMemo(
    () => ({ first: pageSize, after: current.after, state: current, hasPrevious: current.history.length > 0, next, previous, reset }),
    [pageSize, current, next, previous, reset],
  );
}
