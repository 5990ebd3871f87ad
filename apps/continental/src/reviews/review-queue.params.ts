import { oneOfParam, textParam, withParams } from '@synergia/ui';
import type { CapacityBuildingReviewFilter, MissionFilter, ReviewStatus } from '../gql/graphql.ts';

// The review queue's state, kept in the URL so a link or a reload shows the same list:
//   /reviews?tab=changes&synergy=<id>&reviewer=me
// `tab` picks the statuses; `synergy` and `reviewer` narrow every tab.
// Unknown or malformed values read as the default, never as an error.

/** The queue's tabs, in the order they are offered. */
export const REVIEW_QUEUE_TABS = ['awaiting', 'changes', 'approved', 'all'] as const;
export type ReviewQueueTab = (typeof REVIEW_QUEUE_TABS)[number];

/** The review statuses each tab lists; null: every status. */
export const TAB_STATUSES: Readonly<Record<ReviewQueueTab, readonly ReviewStatus[] | null>> = {
  // Waiting for the reviewer: drafts, and submitted reviews (first submissions and the organiser's answers).
  awaiting: ['DRAFT', 'SUBMITTED'],
  // Waiting for the organiser.
  changes: ['CHANGES_REQUESTED'],
  approved: ['APPROVED'],
  all: null,
};

export type ReviewQueueParams = {
  tab: ReviewQueueTab;
  /** A synergy's global id, or "". */
  synergyId: string;
  /** "me": only the viewer's reviews. */
  reviewer: 'ME' | '';
};

export const EMPTY_REVIEW_QUEUE_PARAMS: ReviewQueueParams = { tab: 'awaiting', synergyId: '', reviewer: '' };

/** Reads the queue's tab and filters from a query string. */
export function parseReviewQueueParams(params: URLSearchParams): ReviewQueueParams {
  const tab = textParam(params, 'tab').toLowerCase();
  return {
    tab: (REVIEW_QUEUE_TABS as readonly string[]).includes(tab) ? (tab as ReviewQueueTab) : 'awaiting',
    synergyId: textParam(params, 'synergy'),
    reviewer: oneOfParam(['ME'] as const, params.get('reviewer')),
  };
}

/** Writes the queue's tab and filters over `base`, leaving other keys alone and defaults out. */
export function writeReviewQueueParams(list: ReviewQueueParams, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  return withParams(base, {
    tab: list.tab === 'awaiting' ? '' : list.tab,
    synergy: list.synergyId,
    reviewer: list.reviewer === 'ME' ? 'me' : '',
  });
}

/** What the page fixes: its network, and who "me" is. */
export type ReviewQueueFixed = { networkId: string; viewerId: string };

/** The reviews filter for the API. */
export function reviewFilterFrom(list: ReviewQueueParams, fixed: ReviewQueueFixed): CapacityBuildingReviewFilter {
  const filter: CapacityBuildingReviewFilter = { networkId: fixed.networkId };
  const statuses = TAB_STATUSES[list.tab];
  if (statuses) filter.statuses = [...statuses];
  if (list.synergyId) filter.synergyId = list.synergyId;
  if (list.reviewer === 'ME' && fixed.viewerId) filter.reviewerId = fixed.viewerId;
  return filter;
}

/** The completed missions nobody reviews yet (shown on the "awaiting" tab), narrowed by the same synergy. */
export function awaitingMissionFilterFrom(list: ReviewQueueParams, fixed: ReviewQueueFixed): MissionFilter {
  const filter: MissionFilter = { networkId: fixed.networkId, statuses: ['COMPLETED'], unreviewed: true };
  if (list.synergyId) filter.synergyId = list.synergyId;
  return filter;
}

/** Whether the user narrowed the queue (the tab is not a filter). */
export const hasReviewQueueFilters = (list: ReviewQueueParams): boolean => list.synergyId !== '' || list.reviewer !== '';
