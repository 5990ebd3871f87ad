import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { fixedListKeys } from './list-params.ts';
import { usePagination, type PaginationControls } from './usePagination.ts';

/** A list whose filters live in the URL: how to read and write them, and what the API is asked. */
export type UrlListSpec<List, Filter, Fixed> = {
  parse(params: URLSearchParams): List;
  /** Writes the list over `base`, leaving its other keys alone. */
  write(list: List, base: URLSearchParams): URLSearchParams;
  /** The API's filter: the URL's with the page's fixed ones on top. */
  filterFrom(list: List, fixed: Fixed): Filter;
  /** Whether the user narrowed the list; what the page fixes does not count. */
  isFiltered(list: List, fixed: Fixed): boolean;
};

/**
 * The spec of a list a page may fix to a synergy or partner: those are then
 * not the user's filters. `hasFilters` tells whether the user narrowed the
 * list, leaving out the fields named in `ignore`.
 */
export function urlListSpec<List, Filter, Fixed extends { synergyId?: string; partnerId?: string }>(
  parse: (params: URLSearchParams) => List,
  write: (list: List, base: URLSearchParams) => URLSearchParams,
  filterFrom: (list: List, fixed: Fixed) => Filter,
  hasFilters: (list: List, ignore: readonly ('synergyId' | 'partnerId')[]) => boolean,
): UrlListSpec<List, Filter, Fixed> {
  return { parse, write, filterFrom, isFiltered: (list, fixed) => hasFilters(list, fixedListKeys(fixed)) };
}

/** A list's state, kept in the URL (filters, order) and in the page (the page of results). */
export type UrlListControls<List, Filter> = {
  /** The filters (and order) the URL says. */
  list: List;
  /** The API's filter: the URL's with the page's fixed ones on top. */
  filter: Filter;
  /** Back to the first page whenever the filter or order changes. */
  pagination: PaginationControls;
  /** The variables of a `(filter, first, after)` query. */
  variables: { filter: Filter; first: number; after: string | null };
  /** Whether the user narrowed the list (the page's fixed filters do not count). */
  filtered: boolean;
  /** Writes a changed list back to the URL, replacing the history entry. */
  change(next: List): void;
};

/** The same for a list the user sorts: its order goes to the query as `orderBy`. */
export type OrderedUrlListControls<List, Filter, Order> = Omit<UrlListControls<List, Filter>, 'variables'> & {
  orderBy: Order;
  /** The variables of a `(filter, orderBy, first, after)` query. */
  variables: { filter: Filter; orderBy: Order; first: number; after: string | null };
};

/**
 * The state of a list page: the query string parsed into the API's filter,
 * with pagination that restarts when the filter or the order changes.
 * `fixed` is what the page decides regardless of the URL (its network, its synergy).
 */
export function useUrlList<List extends object, Filter, Fixed>(spec: UrlListSpec<List, Filter, Fixed>, fixed: Fixed, pageSize: number): UrlListControls<List, Filter> {
  const [searchParams, setSearchParams] = useSearchParams();
  const list = useMemo(() => spec.parse(searchParams), [spec, searchParams]);
  // Pages pass `fixed` as a fresh object each render; its content is what matters.
  const fixedKey = JSON.stringify(fixed);
  const filter = useMemo(() => spec.filterFrom(list, JSON.parse(fixedKey) as Fixed), [spec, list, fixedKey]);
  const order = 'order' in list ? list.order : undefined;
  const pagination = usePagination(pageSize, JSON.stringify(order === undefined ? filter : [filter, order]));
  return {
    list,
    filter,
    pagination,
    variables: { filter, first: pagination.first, after: pagination.after },
    filtered: spec.isFiltered(list, fixed),
    change: (next) => setSearchParams(spec.write(next, searchParams), { replace: true }),
  };
}

/** useUrlList for a sorted list: `orderBy` is the URL's order. */
export function useOrderedUrlList<List extends { order: Order }, Filter, Fixed, Order>(
  spec: UrlListSpec<List, Filter, Fixed>,
  fixed: Fixed,
  pageSize: number,
): OrderedUrlListControls<List, Filter, Order> {
  const { variables, ...controls } = useUrlList(spec, fixed, pageSize);
  const orderBy = controls.list.order;
  return { ...controls, orderBy, variables: { filter: variables.filter, orderBy, first: variables.first, after: variables.after } };
}
