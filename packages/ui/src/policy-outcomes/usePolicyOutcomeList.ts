import { useUrlList, type UrlListControls, type UrlListSpec } from '../data/useUrlList.ts';
import {
  hasPolicyOutcomeFilters,
  parsePolicyOutcomeListParams,
  policyOutcomeFilterFrom,
  writePolicyOutcomeListParams,
  type PolicyOutcomeFilterValue,
  type PolicyOutcomeListParams,
} from './policy-outcome-params.ts';

/** Outcomes per page of the log. */
export const POLICY_OUTCOME_PAGE_SIZE = 25;

/** The outcome log's state, kept in the URL (filters) and in the page (the page of results). */
export type PolicyOutcomeListControls = UrlListControls<PolicyOutcomeListParams, PolicyOutcomeFilterValue>;

type FixedPolicyOutcomeFilter = { networkId?: string; synergyId?: string };

const POLICY_OUTCOME_LIST: UrlListSpec<PolicyOutcomeListParams, PolicyOutcomeFilterValue, FixedPolicyOutcomeFilter> = {
  parse: parsePolicyOutcomeListParams,
  write: writePolicyOutcomeListParams,
  filterFrom: policyOutcomeFilterFrom,
  isFiltered: hasPolicyOutcomeFilters,
};

/** The state of an outcome log page, as useJointActionList is for joint actions. */
export function usePolicyOutcomeList(fixed: FixedPolicyOutcomeFilter = {}, pageSize = POLICY_OUTCOME_PAGE_SIZE): PolicyOutcomeListControls {
  return useUrlList(POLICY_OUTCOME_LIST, fixed, pageSize);
}
