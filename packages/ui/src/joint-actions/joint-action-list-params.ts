import { SOCIAL_PROTECTION_BRANCHES, WORK_STATUSES, type SocialProtectionBranch, type WorkStatus } from '../activities/activity-vocabulary.ts';
import { ACTIVITY_ORDER_PARAMS } from '../activities/activity-list-params.ts';
import { dayParam, oneOfParam, orderParamValues, readOrderParams, scopeFilter, textParam, withParams } from '../data/list-params.ts';
import {
  JOINT_ACTION_KINDS,
  POLICY_STAGES,
  TARGET_LEVELS,
  type JointActionFilterValue,
  type JointActionKind,
  type JointActionOrder,
  type JointActionOrderField,
  type PolicyStage,
  type TargetLevel,
} from './joint-action-vocabulary.ts';

// The joint action list's filters and order, kept in the URL like the
// activity list's (same names where they mean the same; the order too):
//   ?q=text&synergy=<id>&partner=<id>&kind=POLITICAL_ACTION&status=ONGOING
//    &branch=HEALTH&level=NATIONAL&stage=FORMULATION&from=2026-01-01&to=2026-12-31
//    &sort=title&order=asc
// Unknown or malformed values are ignored, never sent to the API.

export type JointActionListParams = {
  search: string;
  synergyId: string;
  partnerId: string;
  kind: JointActionKind | '';
  status: WorkStatus | '';
  branch: SocialProtectionBranch | '';
  targetLevel: TargetLevel | '';
  stage: PolicyStage | '';
  /** The planned period ends on or after this day. */
  from: string;
  /** The planned period starts on or before this day. */
  to: string;
  order: JointActionOrder;
};

export const JOINT_ACTION_ORDER_FIELDS = ['START_DATE', 'TITLE', 'PARTICIPANTS', 'UPDATED_AT'] as const satisfies readonly JointActionOrderField[];

/** The API's default: planned start, latest first. */
export const DEFAULT_JOINT_ACTION_ORDER: JointActionOrder = { field: 'START_DATE', direction: 'DESC' };

export const EMPTY_JOINT_ACTION_LIST_PARAMS: JointActionListParams = {
  search: '',
  synergyId: '',
  partnerId: '',
  kind: '',
  status: '',
  branch: '',
  targetLevel: '',
  stage: '',
  from: '',
  to: '',
  order: DEFAULT_JOINT_ACTION_ORDER,
};

/** Reads the list's filters and order from a query string. */
export function parseJointActionListParams(params: URLSearchParams): JointActionListParams {
  return {
    search: textParam(params, 'q'),
    synergyId: textParam(params, 'synergy'),
    partnerId: textParam(params, 'partner'),
    kind: oneOfParam(JOINT_ACTION_KINDS, params.get('kind')),
    status: oneOfParam(WORK_STATUSES, params.get('status')),
    branch: oneOfParam(SOCIAL_PROTECTION_BRANCHES, params.get('branch')),
    targetLevel: oneOfParam(TARGET_LEVELS, params.get('level')),
    stage: oneOfParam(POLICY_STAGES, params.get('stage')),
    from: dayParam(params, 'from'),
    to: dayParam(params, 'to'),
    order: readOrderParams(params, ACTIVITY_ORDER_PARAMS),
  };
}

/** Writes the list's filters and order into a query string, leaving other keys alone and leaving out what is empty or the default. */
export function writeJointActionListParams(list: JointActionListParams, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  return withParams(base, {
    q: list.search.trim(),
    synergy: list.synergyId,
    partner: list.partnerId,
    kind: list.kind,
    status: list.status,
    branch: list.branch,
    level: list.targetLevel,
    stage: list.stage,
    from: list.from,
    to: list.to,
    ...orderParamValues(list.order, ACTIVITY_ORDER_PARAMS),
  });
}

/** What the page decides regardless of the URL (the synergy of /synergies/:id/joint-actions). */
export type FixedJointActionFilter = { networkId?: string; synergyId?: string; partnerId?: string; continental?: boolean };

/** The JointActionFilter for the API: the URL's filters with the page's fixed ones on top; empty fields left out. */
export function jointActionFilterFrom(list: JointActionListParams, fixed: FixedJointActionFilter = {}): JointActionFilterValue {
  const filter: JointActionFilterValue = scopeFilter(list, fixed);
  if (fixed.continental !== undefined) filter.continental = fixed.continental;
  if (list.kind) filter.kinds = [list.kind];
  if (list.status) filter.statuses = [list.status];
  if (list.branch) filter.branches = [list.branch];
  if (list.targetLevel) filter.targetLevels = [list.targetLevel];
  if (list.stage) filter.stagesReached = [list.stage];
  if (list.from) filter.from = list.from;
  if (list.to) filter.to = list.to;
  if (list.search) filter.search = list.search;
  return filter;
}

const FILTER_KEYS = ['search', 'synergyId', 'partnerId', 'kind', 'status', 'branch', 'targetLevel', 'stage', 'from', 'to'] as const;

/** Whether the user narrowed the list (not the order, not the ignored fixed filters). */
export function hasJointActionFilters(list: JointActionListParams, ignore: readonly (keyof JointActionListParams)[] = []): boolean {
  return FILTER_KEYS.some((key) => !ignore.includes(key) && list[key] !== '');
}

/** The same list with every filter cleared (the order stays). */
export function clearJointActionFilters(list: JointActionListParams): JointActionListParams {
  return { ...EMPTY_JOINT_ACTION_LIST_PARAMS, order: list.order };
}
