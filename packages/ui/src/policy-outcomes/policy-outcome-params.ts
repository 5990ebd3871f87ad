import { countryParam, dayParam, oneOfParam, withParams } from '../data/list-params.ts';
import {
  JOINT_ACTION_KINDS,
  POLICY_STAGES,
  TARGET_LEVELS,
  type JointActionKind,
  type PolicyStage,
  type TargetLevel,
} from '../joint-actions/joint-action-vocabulary.ts';

// The outcome log's filters, kept in the URL like the joint action list's
// (the same names where they mean the same):
//   ?stage=ADOPTION&country=PH&level=NATIONAL&kind=POLITICAL_ACTION&from=2026-01-01&to=2026-06-30
// `from` and `to` bound the day the change was observed. Unknown or malformed
// values are ignored, never sent to the API.

export type PolicyOutcomeListParams = {
  stage: PolicyStage | '';
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  targetLevel: TargetLevel | '';
  kind: JointActionKind | '';
  /** Observed on or after this day. */
  from: string;
  /** Observed on or before this day. */
  to: string;
};

/** PolicyOutcomeFilter as the API takes it (global ids). */
export type PolicyOutcomeFilterValue = {
  networkId?: string | null;
  synergyId?: string | null;
  continental?: boolean | null;
  countries?: string[] | null;
  stages?: PolicyStage[] | null;
  targetLevels?: TargetLevel[] | null;
  kinds?: JointActionKind[] | null;
  from?: string | null;
  to?: string | null;
};

export const EMPTY_POLICY_OUTCOME_LIST_PARAMS: PolicyOutcomeListParams = { stage: '', country: '', targetLevel: '', kind: '', from: '', to: '' };

/** Reads the log's filters from a query string. */
export function parsePolicyOutcomeListParams(params: URLSearchParams): PolicyOutcomeListParams {
  return {
    stage: oneOfParam(POLICY_STAGES, params.get('stage')),
    country: countryParam(params),
    targetLevel: oneOfParam(TARGET_LEVELS, params.get('level')),
    kind: oneOfParam(JOINT_ACTION_KINDS, params.get('kind')),
    from: dayParam(params, 'from'),
    to: dayParam(params, 'to'),
  };
}

/** Writes the log's filters into a query string, leaving other keys alone and leaving out what is empty. */
export function writePolicyOutcomeListParams(list: PolicyOutcomeListParams, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  return withParams(base, { stage: list.stage, country: list.country, level: list.targetLevel, kind: list.kind, from: list.from, to: list.to });
}

/** The PolicyOutcomeFilter for the API: the URL's filters with the page's fixed ones (its network); empty fields left out. */
export function policyOutcomeFilterFrom(list: PolicyOutcomeListParams, fixed: { networkId?: string; synergyId?: string } = {}): PolicyOutcomeFilterValue {
  const filter: PolicyOutcomeFilterValue = {};
  if (fixed.networkId) filter.networkId = fixed.networkId;
  if (fixed.synergyId) filter.synergyId = fixed.synergyId;
  if (list.stage) filter.stages = [list.stage];
  if (list.country) filter.countries = [list.country];
  if (list.targetLevel) filter.targetLevels = [list.targetLevel];
  if (list.kind) filter.kinds = [list.kind];
  if (list.from) filter.from = list.from;
  if (list.to) filter.to = list.to;
  return filter;
}

/** Whether the user narrowed the log. */
export const hasPolicyOutcomeFilters = (list: PolicyOutcomeListParams): boolean => Object.values(list).some((value) => value !== '');
