import { isIsoDate, type ActivityFilter } from '@synergia/domain/rules';
import { countryParam, dayParam, oneOfParam, orderParamValues, readOrderParams, scopeFilter, textParam, withParams, type OrderParams } from '../data/list-params.ts';
import {
  ACTIVITY_TYPES,
  GENDER_MARKER_SCORES,
  SOCIAL_PROTECTION_BRANCHES,
  WORK_STATUSES,
  isOneOf,
  type ActivityOrder,
  type ActivityOrderField,
  type ActivityType,
  type GenderMarkerScore,
  type OrderDirection,
  type SocialProtectionBranch,
  type WorkStatus,
} from './activity-vocabulary.ts';

// The activity list's filters and order, kept in the URL query string so a
// list survives a reload and can be shared:
//   ?q=text&synergy=<id>&partner=<id>&country=PH&type=BASIC_TRAINING
//    &status=COMPLETED&branch=MATERNITY&score=1&from=2025-01-01&to=2025-12-31
//    &sort=title&order=asc
// Unknown or malformed values are ignored, never sent to the API.

/** Whether a string is a real calendar date written YYYY-MM-DD (the domain's check). */
export { isIsoDate };

/** What the list shows, as read from the URL; "" or null means "any". */
export type ActivityListParams = {
  search: string;
  synergyId: string;
  partnerId: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  type: ActivityType | '';
  status: WorkStatus | '';
  branch: SocialProtectionBranch | '';
  score: GenderMarkerScore | null;
  /** First start date included, YYYY-MM-DD. */
  from: string;
  /** Last start date included, YYYY-MM-DD. */
  to: string;
  order: ActivityOrder;
};

/** ActivityFilter as the API takes it (with global ids): the domain's filter. */
export type ActivityFilterValue = ActivityFilter;

/** The URL names of the order fields. */
const SORT_NAMES: Record<ActivityOrderField, string> = {
  START_DATE: 'start',
  TITLE: 'title',
  PARTICIPANTS: 'participants',
  UPDATED_AT: 'updated',
};

/** The direction each field sorts in unless the URL says otherwise: newest, most, A–Z first. */
export const DEFAULT_DIRECTIONS: Record<ActivityOrderField, OrderDirection> = {
  START_DATE: 'DESC',
  TITLE: 'ASC',
  PARTICIPANTS: 'DESC',
  UPDATED_AT: 'DESC',
};

/** The API's default: start date, newest first. */
export const DEFAULT_ACTIVITY_ORDER: ActivityOrder = { field: 'START_DATE', direction: 'DESC' };

/** How `?sort=…&order=…` spells an activity order; joint actions sort by the same fields under the same names. */
export const ACTIVITY_ORDER_PARAMS: OrderParams<ActivityOrderField> = { names: SORT_NAMES, directions: DEFAULT_DIRECTIONS, fallback: DEFAULT_ACTIVITY_ORDER };

/** The query string keys this module reads and writes. */
export const ACTIVITY_LIST_KEYS = ['q', 'synergy', 'partner', 'country', 'type', 'status', 'branch', 'score', 'from', 'to', 'sort', 'order'] as const;

export const EMPTY_ACTIVITY_LIST_PARAMS: ActivityListParams = {
  search: '',
  synergyId: '',
  partnerId: '',
  country: '',
  type: '',
  status: '',
  branch: '',
  score: null,
  from: '',
  to: '',
  order: DEFAULT_ACTIVITY_ORDER,
};

/** Reads the list's filters and order from a query string. */
export function parseActivityListParams(params: URLSearchParams): ActivityListParams {
  const scoreNumber = Number(params.get('score'));
  const score = params.get('score') !== null && params.get('score') !== '' && isOneOf(GENDER_MARKER_SCORES, scoreNumber) ? scoreNumber : null;
  return {
    search: textParam(params, 'q'),
    synergyId: textParam(params, 'synergy'),
    partnerId: textParam(params, 'partner'),
    country: countryParam(params),
    type: oneOfParam(ACTIVITY_TYPES, params.get('type')),
    status: oneOfParam(WORK_STATUSES, params.get('status')),
    branch: oneOfParam(SOCIAL_PROTECTION_BRANCHES, params.get('branch')),
    score,
    from: dayParam(params, 'from'),
    to: dayParam(params, 'to'),
    order: readOrderParams(params, ACTIVITY_ORDER_PARAMS),
  };
}

/**
 * Writes the list's filters and order into a query string, leaving other keys
 * of `base` alone and leaving out what is empty or the default.
 */
export function writeActivityListParams(list: ActivityListParams, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const values: Record<(typeof ACTIVITY_LIST_KEYS)[number], string> = {
    q: list.search.trim(),
    synergy: list.synergyId,
    partner: list.partnerId,
    country: list.country,
    type: list.type,
    status: list.status,
    branch: list.branch,
    score: list.score === null ? '' : String(list.score),
    from: list.from,
    to: list.to,
    ...orderParamValues(list.order, ACTIVITY_ORDER_PARAMS),
  };
  return withParams(base, values);
}

/** What the page decides regardless of the URL (e.g. the synergy of /synergies/:id/activities, the current network). */
export type FixedActivityFilter = { networkId?: string; synergyId?: string; partnerId?: string };

/**
 * The ActivityFilter for the API: the URL's filters with the page's fixed
 * ones on top. Empty fields are left out, so equal lists give equal filters.
 */
export function activityFilterFrom(list: ActivityListParams, fixed: FixedActivityFilter = {}): ActivityFilterValue {
  const filter: ActivityFilterValue = scopeFilter(list, fixed);
  if (list.country) filter.countries = [list.country];
  if (list.type) filter.types = [list.type];
  if (list.status) filter.statuses = [list.status];
  if (list.branch) filter.branches = [list.branch];
  if (list.score !== null) filter.genderMarkerScores = [list.score];
  if (list.from) filter.from = list.from;
  if (list.to) filter.to = list.to;
  if (list.search) filter.search = list.search;
  return filter;
}

/** Whether the list is narrowed by anything the user chose (not the order, not the fixed filters). */
export function hasActivityFilters(list: ActivityListParams, ignore: readonly (keyof ActivityListParams)[] = []): boolean {
  const keys: (keyof ActivityListParams)[] = ['search', 'synergyId', 'partnerId', 'country', 'type', 'status', 'branch', 'score', 'from', 'to'];
  return keys.some((key) => !ignore.includes(key) && list[key] !== '' && list[key] !== null);
}

/** The same list with every filter cleared (the order stays). */
export function clearActivityFilters(list: ActivityListParams): ActivityListParams {
  return { ...EMPTY_ACTIVITY_LIST_PARAMS, order: list.order };
}

/** Whether the date range is backwards (then the list is empty; the filter bar says so). */
export function isBackwardsRange(list: Pick<ActivityListParams, 'from' | 'to'>): boolean {
  return Boolean(list.from && list.to && list.from > list.to);
}
