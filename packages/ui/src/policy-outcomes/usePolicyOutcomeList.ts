import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { usePagination, type PaginationControls } from '../data/usePagination.ts';
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
export type PolicyOutcomeListControls = {
  list: PolicyOutcomeListParams;
  filter: PolicyOutcomeFilterValue;
  /** Back to the first page whenever the filter changes. */
  pagination: PaginationControls;
  /** The variables of a `policyOutcomes(filter, first, after)` query. */
  variables: { filter: PolicyOutcomeFilterValue; first: number; after: string | null };
  filtered: boolean;
  /** Writes changed filters back to the URL, replacing the history entry. */
  change(next: PolicyOutcomeListParams): void;
};

/** The state of an outcome log page, as useJointActionList is for joint actions. */
export function usePolicyOutcomeList(fixed: { networkId?: string; synergyId?: string } = {}, pageSize = POLICY_OUTCOME_PAGE_SIZE): PolicyOutcomeListControls {
  const { networkId, synergyId } = fixed;
  const [searchParams, setSearchParams] = useSearchParams();
  const list = useMemo(() => parsePolicyOutcomeListParams(searchParams), [searchParams]);
  const filter = useMemo(() => policyOutcomeFilterFrom(list, { networkId, synergyId }), [list, networkId, synergyId]);
  const pagination = usePagination(pageSize, JSON.stringify(filter));
  return {
    list,
    filter,
    pagination,
    variables: { filter, first: pagination.first, after: pagination.after },
    filtered: hasPolicyOutcomeFilters(list),
    change: (next) => setSearchParams(writePolicyOutcomeListParams(next, searchParams), { replace: true }),
  };
}
