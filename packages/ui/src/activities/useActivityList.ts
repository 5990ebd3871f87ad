import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { usePagination, type PaginationControls } from '../data/usePagination.ts';
import {
  activityFilterFrom,
  hasActivityFilters,
  parseActivityListParams,
  writeActivityListParams,
  type ActivityFilterValue,
  type ActivityListParams,
  type FixedActivityFilter,
} from './activity-list-params.ts';
import type { ActivityOrder } from './activity-vocabulary.ts';

/** Activities per page of a list. */
export const ACTIVITY_PAGE_SIZE = 20;

/** An activity list's state, kept in the URL (filters, order) and in the page (the page of results). */
export type ActivityListControls = {
  /** The filters and order the URL says. */
  list: ActivityListParams;
  /** The API's filter: the URL's with the page's fixed ones on top. */
  filter: ActivityFilterValue;
  orderBy: ActivityOrder;
  /** Back to the first page whenever the filter or order changes. */
  pagination: PaginationControls;
  /** The variables of an `activities(filter, orderBy, first, after)` query. */
  variables: { filter: ActivityFilterValue; orderBy: ActivityOrder; first: number; after: string | null };
  /** Whether the user narrowed the list (the page's fixed filters do not count). */
  filtered: boolean;
  /** Writes a changed list back to the URL, replacing the history entry. */
  change(next: ActivityListParams): void;
};

/**
 * The state of an activity list page: `?q=…&type=…&sort=…` parsed into the
 * API's filter and order, with pagination that restarts when they change.
 * `fixed` is what the page decides regardless of the URL (its network, its synergy).
 */
export function useActivityList(fixed: FixedActivityFilter = {}, pageSize = ACTIVITY_PAGE_SIZE): ActivityListControls {
  const { networkId, synergyId, partnerId } = fixed;
  const [searchParams, setSearchParams] = useSearchParams();
  const list = useMemo(() => parseActivityListParams(searchParams), [searchParams]);
  const filter = useMemo(() => activityFilterFrom(list, { networkId, synergyId, partnerId }), [list, networkId, synergyId, partnerId]);
  const orderBy = list.order;
  const pagination = usePagination(pageSize, JSON.stringify([filter, orderBy]));
  const ignored: (keyof ActivityListParams)[] = [];
  if (synergyId) ignored.push('synergyId');
  if (partnerId) ignored.push('partnerId');
  return {
    list,
    filter,
    orderBy,
    pagination,
    variables: { filter, orderBy, first: pagination.first, after: pagination.after },
    filtered: hasActivityFilters(list, ignored),
    change: (next) => setSearchParams(writeActivityListParams(next, searchParams), { replace: true }),
  };
}
