import { isIsoDate } from '@synergia/domain/rules';
import { SOCIAL_PROTECTION_BRANCHES, WORK_STATUSES, isOneOf, type OrderDirection, type SocialProtectionBranch, type WorkStatus } from '../activities/activity-vocabulary.ts';
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
// activity list's (same names where they mean the same):
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

const SORT_NAMES: Record<JointActionOrderField, string> = { START_DATE: 'start', TITLE: 'title', PARTICIPANTS: 'participants', UPDATED_AT: 'updated' };

/** The direction each field sorts in unless the URL says otherwise: latest, most, A–Z first. */
const DEFAULT_DIRECTIONS: Record<JointActionOrderField, OrderDirection> = { START_DATE: 'DESC', TITLE: 'ASC', PARTICIPANTS: 'DESC', UPDATED_AT: 'DESC' };

/** The API's default: planned start, latest first. */
export const DEFAULT_JOINT_ACTION_ORDER: JointActionOrder = { field: 'START_DATE', direction: 'DESC' };

const KEYS = ['q', 'synergy', 'partner', 'kind', 'status', 'branch', 'level', 'stage', 'from', 'to', 'sort', 'order'] as const;

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

const text = (params: URLSearchParams, key: string) => (params.get(key) ?? '').trim().slice(0, 200);

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | '' {
  const value = (raw ?? '').trim().toUpperCase();
  return isOneOf(values, value) ? value : '';
}

/** Reads the list's filters and order from a query string. */
export function parseJointActionListParams(params: URLSearchParams): JointActionListParams {
  const from = text(params, 'from');
  const to = text(params, 'to');
  const sortName = text(params, 'sort').toLowerCase();
  const field = JOINT_ACTION_ORDER_FIELDS.find((f) => SORT_NAMES[f] === sortName) ?? DEFAULT_JOINT_ACTION_ORDER.field;
  const orderName = text(params, 'order').toLowerCase();
  const direction: OrderDirection = orderName === 'asc' ? 'ASC' : orderName === 'desc' ? 'DESC' : DEFAULT_DIRECTIONS[field];
  return {
    search: text(params, 'q'),
    synergyId: text(params, 'synergy'),
    partnerId: text(params, 'partner'),
    kind: oneOf(JOINT_ACTION_KINDS, params.get('kind')),
    status: oneOf(WORK_STATUSES, params.get('status')),
    branch: oneOf(SOCIAL_PROTECTION_BRANCHES, params.get('branch')),
    targetLevel: oneOf(TARGET_LEVELS, params.get('level')),
    stage: oneOf(POLICY_STAGES, params.get('stage')),
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
    order: { field, direction },
  };
}

/** Writes the list's filters and order into a query string, leaving other keys alone and leaving out what is empty or the default. */
export function writeJointActionListParams(list: JointActionListParams, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of KEYS) next.delete(key);
  const set = (key: string, value: string) => {
    if (value) next.set(key, value);
  };
  set('q', list.search.trim());
  set('synergy', list.synergyId);
  set('partner', list.partnerId);
  set('kind', list.kind);
  set('status', list.status);
  set('branch', list.branch);
  set('level', list.targetLevel);
  set('stage', list.stage);
  set('from', list.from);
  set('to', list.to);
  if (list.order.field !== DEFAULT_JOINT_ACTION_ORDER.field || list.order.direction !== DEFAULT_DIRECTIONS[list.order.field]) {
    set('sort', SORT_NAMES[list.order.field]);
    if (list.order.direction !== DEFAULT_DIRECTIONS[list.order.field]) set('order', list.order.direction.toLowerCase());
  }
  return next;
}

/** What the page decides regardless of the URL (the synergy of /synergies/:id/joint-actions). */
export type FixedJointActionFilter = { networkId?: string; synergyId?: string; partnerId?: string; continental?: boolean };

/** The JointActionFilter for the API: the URL's filters with the page's fixed ones on top; empty fields left out. */
export function jointActionFilterFrom(list: JointActionListParams, fixed: FixedJointActionFilter = {}): JointActionFilterValue {
  const filter: JointActionFilterValue = {};
  if (fixed.networkId) filter.networkId = fixed.networkId;
  if (fixed.continental !== undefined) filter.continental = fixed.continental;
  const synergyId = fixed.synergyId || list.synergyId;
  if (synergyId) filter.synergyId = synergyId;
  const partnerId = fixed.partnerId || list.partnerId;
  if (partnerId) filter.partnerId = partnerId;
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
