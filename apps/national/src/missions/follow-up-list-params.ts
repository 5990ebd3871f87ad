import { dayParam, FOLLOW_UP_STATUSES, oneOfParam, textParam, urlListSpec, withParams } from '@synergia/ui';
import type { FollowUpActionFilter, FollowUpStatus } from '../gql/graphql.ts';

/**
 * Whose follow-up actions to list: the partners of a synergy
 * (`synergy:<id>`), one partner (`partner:<id>`), or all the user may see
 * (`all`); "" is the user's default (their first synergy, else their partner).
 */
export type FollowUpOwner = string;

/** The follow-up list's filters as the URL holds them (`?owner=synergy:…&status=open&overdue=yes&from=2026-01-01`); from and to bound the due date. */
export type FollowUpListParams = { owner: FollowUpOwner; status: FollowUpStatus | ''; overdue: 'yes' | 'no' | ''; from: string; to: string };

export const EMPTY_FOLLOW_UP_LIST: FollowUpListParams = { owner: '', status: '', overdue: '', from: '', to: '' };

export function parseFollowUpListParams(params: URLSearchParams): FollowUpListParams {
  const owner = textParam(params, 'owner');
  const overdue = textParam(params, 'overdue').toLowerCase();
  return {
    owner: owner === 'all' || /^(synergy|partner):.+$/.test(owner) ? owner : '',
    status: oneOfParam(FOLLOW_UP_STATUSES, params.get('status')),
    overdue: overdue === 'yes' || overdue === 'no' ? overdue : '',
    from: dayParam(params, 'from'),
    to: dayParam(params, 'to'),
  };
}

export function writeFollowUpListParams(list: FollowUpListParams, base: URLSearchParams): URLSearchParams {
  return withParams(base, { owner: list.owner, status: list.status.toLowerCase(), overdue: list.overdue, from: list.from, to: list.to });
}

/** The page's fixed synergy (`/synergies/:id/follow-ups`) and the owner used when the URL names none. */
export type FollowUpListFixed = { synergyId?: string; defaultOwner: FollowUpOwner };

/** The API's filter: the page's synergy, else the URL's owner, else the user's default owner. */
export function followUpFilterFrom(list: FollowUpListParams, fixed: FollowUpListFixed): FollowUpActionFilter {
  const filter: FollowUpActionFilter = {};
  const owner = fixed.synergyId ? `synergy:${fixed.synergyId}` : list.owner || fixed.defaultOwner;
  if (owner.startsWith('synergy:')) filter.ownerSynergyId = owner.slice('synergy:'.length);
  else if (owner.startsWith('partner:')) filter.ownerPartnerId = owner.slice('partner:'.length);
  if (list.status) filter.statuses = [list.status];
  if (list.overdue) filter.overdue = list.overdue === 'yes';
  if (list.from) filter.dueFrom = list.from;
  if (list.to) filter.dueTo = list.to;
  return filter;
}

export const followUpListSpec = urlListSpec<FollowUpListParams, FollowUpActionFilter, FollowUpListFixed>(
  parseFollowUpListParams,
  writeFollowUpListParams,
  followUpFilterFrom,
  // Choosing whose actions to see is not narrowing the list.
  (list) => list.status !== '' || list.overdue !== '' || list.from !== '' || list.to !== '',
);
