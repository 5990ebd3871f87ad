import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { usePagination, type PaginationControls } from '../data/usePagination.ts';
import {
  hasJointActionFilters,
  jointActionFilterFrom,
  parseJointActionListParams,
  writeJointActionListParams,
  type FixedJointActionFilter,
  type JointActionListParams,
} from './joint-action-list-params.ts';
import type { JointActionFilterValue, JointActionOrder } from './joint-action-vocabulary.ts';

/** Joint actions per page of a list. */
export const JOINT_ACTION_PAGE_SIZE = 20;

/** A joint action list's state, kept in the URL (filters, order) and in the page (the page of results). */
export type JointActionListControls = {
  list: JointActionListParams;
  /** The API's filter: the URL's with the page's fixed ones on top. */
  filter: JointActionFilterValue;
  orderBy: JointActionOrder;
  pagination: PaginationControls;
  /** The variables of a `jointActions(filter, orderBy, first, after)` query. */
  variables: { filter: JointActionFilterValue; orderBy: JointActionOrder; first: number; after: string | null };
  /** Whether the user narrowed the list (the page's fixed filters do not count). */
  filtered: boolean;
  /** Writes a changed list back to the URL, replacing the history entry. */
  change(next: JointActionListParams): void;
};

/** The state of a joint action list page, as useActivityList is for activities. */
export function useJointActionList(fixed: FixedJointActionFilter = {}, pageSize = JOINT_ACTION_PAGE_SIZE): JointActionListControls {
  const { networkId, synergyId, partnerId, continental } = fixed;
  const [searchParams, setSearchParams] = useSearchParams();
  const list = useMemo(() => parseJointActionListParams(searchParams), [searchParams]);
  const filter = useMemo(
    () => jointActionFilterFrom(list, { networkId, synergyId, partnerId, continental }),
    [list, networkId, synergyId, partnerId, continental],
  );
  const orderBy = list.order;
  const pagination = usePagination(pageSize, JSON.stringify([filter, orderBy]));
  const ignored: (keyof JointActionListParams)[] = [];
  if (synergyId) ignored.push('synergyId');
  if (partnerId) ignored.push('partnerId');
  return {
    list,
    filter,
    orderBy,
    pagination,
    variables: { filter, orderBy, first: pagination.first, after: pagination.after },
    filtered: hasJointActionFilters(list, ignored),
    change: (next) => setSearchParams(writeJointActionListParams(next, searchParams), { replace: true }),
  };
}
