import { CAPACITY_THEMES, MISSION_FORMATS, oneOfParam, REVIEW_STATUSES, textParam, urlListSpec, withParams, WORK_STATUSES, type WorkStatus } from '@synergia/ui';
import type { CapacityTheme, MissionFilter, MissionFormat, ReviewStatus } from '../gql/graphql.ts';

/** The mission list's filters as the URL holds them (`?synergyId=…&status=completed&review=changes_requested`). */
export type MissionListParams = {
  synergyId: string;
  status: WorkStatus | '';
  reviewStatus: ReviewStatus | '';
  format: MissionFormat | '';
  theme: CapacityTheme | '';
};

export const EMPTY_MISSION_LIST: MissionListParams = { synergyId: '', status: '', reviewStatus: '', format: '', theme: '' };

/** A malformed value reads as "any", never as an error. */
export function parseMissionListParams(params: URLSearchParams): MissionListParams {
  return {
    synergyId: textParam(params, 'synergyId'),
    status: oneOfParam(WORK_STATUSES, params.get('status')),
    reviewStatus: oneOfParam(REVIEW_STATUSES, params.get('review')),
    format: oneOfParam(MISSION_FORMATS, params.get('format')),
    theme: oneOfParam(CAPACITY_THEMES, params.get('theme')),
  };
}

export function writeMissionListParams(list: MissionListParams, base: URLSearchParams): URLSearchParams {
  return withParams(base, {
    synergyId: list.synergyId,
    status: list.status.toLowerCase(),
    review: list.reviewStatus.toLowerCase(),
    format: list.format.toLowerCase(),
    theme: list.theme.toLowerCase(),
  });
}

/** The API's filter: the page's synergy (from /synergies/:id/missions) over the URL's. */
export function missionFilterFrom(list: MissionListParams, fixed: { synergyId?: string }): MissionFilter {
  const filter: MissionFilter = {};
  const synergyId = fixed.synergyId || list.synergyId;
  if (synergyId) filter.synergyId = synergyId;
  if (list.status) filter.statuses = [list.status];
  if (list.reviewStatus) filter.reviewStatuses = [list.reviewStatus];
  if (list.format) filter.formats = [list.format];
  if (list.theme) filter.themes = [list.theme];
  return filter;
}

export const missionListSpec = urlListSpec<MissionListParams, MissionFilter, { synergyId?: string }>(
  parseMissionListParams,
  writeMissionListParams,
  missionFilterFrom,
  (list, ignore) => (Object.keys(list) as (keyof MissionListParams)[]).some((key) => !ignore.includes(key as 'synergyId') && list[key] !== ''),
);
