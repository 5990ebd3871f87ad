import { isIsoDate, type ActivityFilter } from '@synergia/domain/rules';
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

const MAX_TEXT = 200;

function text(params: URLSearchParams, key: string): string {
  return (params.get(key) ?? '').trim().slice(0, MAX_TEXT);
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | '' {
  const value = (raw ?? '').trim().toUpperCase();
  return isOneOf(values, value) ? value : '';
}

/** Reads the list's filters and order from a query string. */
export function parseActivityListParams(params: URLSearchParams): ActivityListParams {
  const country = text(params, 'country').toUpperCase();
  const scoreNumber = Number(params.get('score'));
  const score = params.get('score') !== null && params.get('score') !== '' && isOneOf(GENDER_MARKER_SCORES, scoreNumber) ? scoreNumber : null;
  const from = text(params, 'from');
  const to = text(params, 'to');
  const sortName = text(params, 'sort').toLowerCase();
  const field = (Object.keys(SORT_NAMES) as ActivityOrderField[]).find((f) => SORT_NAMES[f] === sortName) ?? DEFAULT_ACTIVITY_ORDER.field;
  const orderName = text(params, 'order').toLowerCase();
  const direction: OrderDirection = orderName === 'asc' ? 'ASC' : orderName === 'desc' ? 'DESC' : DEFAULT_DIRECTIONS[field];
  return {
    search: text(params, 'q'),
    synergyId: text(params, 'synergy'),
    partnerId: text(params, 'partner'),
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    type: oneOf(ACTIVITY_TYPES, params.get('type')),
    status: oneOf(WORK_STATUSES, params.get('status')),
    branch: oneOf(SOCIAL_PROTECTION_BRANCHES, params.get('branch')),
    score,
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
    order: { field, direction },
  };
}

/**
 * Writes the list's filters and order into a query string, leaving other keys
 * of `base` alone and leaving out what is empty or the default.
 */
export function writeActivityListParams(list: ActivityListParams, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of ACTIVITY_LIST_KEYS) next.delete(key);
  const set = (key: string, value: string) => {
    if (value) next.set(key, value);
  };
  set('q', list.search.trim());
  set('synergy', list.synergyId);
  set('partner', list.partnerId);
  set('country', list.country);
  set('type', list.type);
  set('status', list.status);
  set('branch', list.branch);
  set('score', list.score === null ? '' : String(list.score));
  set('from', list.from);
  set('to', list.to);
  if (list.order.field !== DEFAULT_ACTIVITY_ORDER.field || list.order.direction !== DEFAULT_DIRECTIONS[list.order.field]) {
    set('sort', SORT_NAMES[list.order.field]);
    if (list.order.direction !== DEFAULT_DIRECTIONS[list.order.field]) set('order', list.order.direction.toLowerCase());
  }
  return next;
}

/** What the page decides regardless of the URL (e.g. the synergy of /synergies/:id/activities, the current network). */
export type FixedActivityFilter = { networkId?: string; synergyId?: string; partnerId?: string };

/**
 * The ActivityFilter for the API: the URL's filters with the page's fixed
 * ones on top. Empty fields are left out, so equal lists give equal filters.
 */
export function activityFilterFrom(list: ActivityListParams, fixed: FixedActivityFilter = {}): ActivityFilterValue {
  const filter: ActivityFilterValue = {};
  if (fixed.networkId) filter.networkId = fixed.networkId;
  const synergyId = fixed.synergyId || list.synergyId;
  if (synergyId) filter.synergyId = synergyId;
  const partnerId = fixed.partnerId || list.partnerId;
  if (partnerId) filter.partnerId = partnerId;
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
