import { followUpStatuses } from '@synergia/domain/rules';
import { dayParam, oneOfParam, textParam, withParams } from '@synergia/ui';
import type { FollowUpActionFilter, FollowUpStatus } from '../gql/graphql.ts';

// The follow-ups list's filters in the URL:
//   ?status=OPEN&overdue=yes|no&synergy=<id>&from=2026-01-01&to=2026-06-30
// (from/to bound the due date). Malformed values are ignored.

export type FollowUpListParams = { status: FollowUpStatus | ''; overdue: 'yes' | 'no' | ''; synergyId: string; dueFrom: string; dueTo: string };

export const EMPTY_FOLLOW_UP_LIST_PARAMS: FollowUpListParams = { status: '', overdue: '', synergyId: '', dueFrom: '', dueTo: '' };

export function parseFollowUpListParams(params: URLSearchParams): FollowUpListParams {
  const overdue = textParam(params, 'overdue').toLowerCase();
  return {
    status: oneOfParam(followUpStatuses, params.get('status')),
    overdue: overdue === 'yes' || overdue === 'no' ? overdue : '',
    synergyId: textParam(params, 'synergy'),
    dueFrom: dayParam(params, 'from'),
    dueTo: dayParam(params, 'to'),
  };
}

export function writeFollowUpListParams(list: FollowUpListParams, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  return withParams(base, { status: list.status, overdue: list.overdue, synergy: list.synergyId, from: list.dueFrom, to: list.dueTo });
}

/** The FollowUpActionFilter for the API and the export, in the page's network. */
export function followUpFilterFrom(list: FollowUpListParams, fixed: { networkId?: string }): FollowUpActionFilter {
  const filter: FollowUpActionFilter = {};
  if (fixed.networkId) filter.networkId = fixed.networkId;
  if (list.status) filter.statuses = [list.status];
  if (list.overdue) filter.overdue = list.overdue === 'yes';
  if (list.synergyId) filter.ownerSynergyId = list.synergyId;
  if (list.dueFrom) filter.dueFrom = list.dueFrom;
  if (list.dueTo) filter.dueTo = list.dueTo;
  return filter;
}

export const hasFollowUpFilters = (list: FollowUpListParams): boolean => Object.values(list).some((value) => value !== '');
