import { capacityThemes, missionFormats, reviewStatuses } from '@synergia/domain/rules';
import { ACTIVITY_ORDER_PARAMS, WORK_STATUSES, countryParam, dayParam, oneOfParam, orderParamValues, readOrderParams, textParam, withParams } from '@synergia/ui';
import type { CapacityTheme, MissionFilter, MissionFormat, MissionOrder, ReviewStatus, WorkStatus } from '../gql/graphql.ts';

// The mission list's filters and order, kept in the URL with the same names as
// the other lists where they mean the same (the order too):
//   ?q=text&format=WORKSHOP&theme=GENDER&country=PH&synergy=<id>&status=COMPLETED
//    &review=APPROVED|none&from=2026-01-01&to=2026-12-31&sort=title&order=asc&view=timeline
// Unknown or malformed values are ignored, never sent to the API.

/** "none": missions nobody reviews yet (MissionFilter.unreviewed). */
export type MissionReviewParam = ReviewStatus | 'NONE' | '';
export const MISSION_REVIEW_CHOICES = [...reviewStatuses, 'NONE'] as const;

export type MissionListView = 'list' | 'timeline';

export type MissionListParams = {
  search: string;
  format: MissionFormat | '';
  theme: CapacityTheme | '';
  country: string;
  synergyId: string;
  status: WorkStatus | '';
  review: MissionReviewParam;
  /** The planned period ends on or after this day. */
  from: string;
  /** The planned period starts on or before this day. */
  to: string;
  order: MissionOrder;
  view: MissionListView;
};

/** The API's default: planned start, latest first. */
export const DEFAULT_MISSION_ORDER: MissionOrder = { field: 'START_DATE', direction: 'DESC' };
export const MISSION_ORDER_FIELDS = ['START_DATE', 'TITLE', 'PARTICIPANTS', 'UPDATED_AT'] as const;

export const EMPTY_MISSION_LIST_PARAMS: MissionListParams = {
  search: '',
  format: '',
  theme: '',
  country: '',
  synergyId: '',
  status: '',
  review: '',
  from: '',
  to: '',
  order: DEFAULT_MISSION_ORDER,
  view: 'list',
};

/** Reads the list's filters, order and view from a query string. */
export function parseMissionListParams(params: URLSearchParams): MissionListParams {
  return {
    search: textParam(params, 'q'),
    format: oneOfParam(missionFormats, params.get('format')),
    theme: oneOfParam(capacityThemes, params.get('theme')),
    country: countryParam(params),
    synergyId: textParam(params, 'synergy'),
    status: oneOfParam(WORK_STATUSES, params.get('status')),
    review: oneOfParam(MISSION_REVIEW_CHOICES, params.get('review')),
    from: dayParam(params, 'from'),
    to: dayParam(params, 'to'),
    order: readOrderParams(params, ACTIVITY_ORDER_PARAMS),
    view: textParam(params, 'view').toLowerCase() === 'timeline' ? 'timeline' : 'list',
  };
}

/** Writes them into a query string, leaving other keys alone and leaving out what is empty or the default. */
export function writeMissionListParams(list: MissionListParams, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  return withParams(base, {
    q: list.search.trim(),
    format: list.format,
    theme: list.theme,
    country: list.country,
    synergy: list.synergyId,
    status: list.status,
    review: list.review.toLowerCase(),
    from: list.from,
    to: list.to,
    ...orderParamValues(list.order, ACTIVITY_ORDER_PARAMS),
    view: list.view === 'timeline' ? 'timeline' : '',
  });
}

/** The MissionFilter for the API (and the export): the URL's filters in the page's network; empty fields left out. */
export function missionFilterFrom(list: MissionListParams, fixed: { networkId?: string }): MissionFilter {
  const filter: MissionFilter = {};
  if (fixed.networkId) filter.networkId = fixed.networkId;
  if (list.synergyId) filter.synergyId = list.synergyId;
  if (list.format) filter.formats = [list.format];
  if (list.theme) filter.themes = [list.theme];
  if (list.country) filter.countries = [list.country];
  if (list.status) filter.statuses = [list.status];
  if (list.review === 'NONE') filter.unreviewed = true;
  else if (list.review) filter.reviewStatuses = [list.review];
  if (list.from) filter.from = list.from;
  if (list.to) filter.to = list.to;
  if (list.search) filter.search = list.search;
  return filter;
}

const FILTER_KEYS = ['search', 'format', 'theme', 'country', 'synergyId', 'status', 'review', 'from', 'to'] as const;

/** Whether the user narrowed the list (not the order, not the view). */
export function hasMissionFilters(list: MissionListParams, ignore: readonly string[] = []): boolean {
  return FILTER_KEYS.some((key) => !ignore.includes(key) && list[key] !== '');
}

/** The same list with every filter cleared (the order and view stay). */
export function clearMissionFilters(list: MissionListParams): MissionListParams {
  return { ...EMPTY_MISSION_LIST_PARAMS, order: list.order, view: list.view };
}
