import { urlListSpec, useOrderedUrlList, type OrderedUrlListControls } from '../data/useUrlList.ts';
import { activityFilterFrom, hasActivityFilters, parseActivityListParams, writeActivityListParams, type ActivityFilterValue, type ActivityListParams, type FixedActivityFilter } from './activity-list-params.ts';
import type { ActivityOrder } from './activity-vocabulary.ts';

/** Activities per page of a list. */
export const ACTIVITY_PAGE_SIZE = 20;

/** An activity list's state, kept in the URL (filters, order) and in the page (the page of results). */
export type ActivityListControls = OrderedUrlListControls<ActivityListParams, ActivityFilterValue, ActivityOrder>;

const ACTIVITY_LIST = urlListSpec(parseActivityListParams, writeActivityListParams, activityFilterFrom, hasActivityFilters);

/**
 * The state of an activity list page: `?q=…&type=…&sort=…` parsed into the
 * API's filter and order, with pagination that restarts when they change.
 * `fixed` is what the page decides regardless of the URL (its network, its synergy).
 */
export function useActivityList(fixed: FixedActivityFilter = {}, pageSize = ACTIVITY_PAGE_SIZE): ActivityListControls {
  return useOrderedUrlList(ACTIVITY_LIST, fixed, pageSize);
}
