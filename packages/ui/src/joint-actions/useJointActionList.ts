import { urlListSpec, useOrderedUrlList, type OrderedUrlListControls } from '../data/useUrlList.ts';
import { hasJointActionFilters, jointActionFilterFrom, parseJointActionListParams, writeJointActionListParams, type FixedJointActionFilter, type JointActionListParams } from './joint-action-list-params.ts';
import type { JointActionFilterValue, JointActionOrder } from './joint-action-vocabulary.ts';

/** Joint actions per page of a list. */
export const JOINT_ACTION_PAGE_SIZE = 20;

/** A joint action list's state, kept in the URL (filters, order) and in the page (the page of results). */
export type JointActionListControls = OrderedUrlListControls<JointActionListParams, JointActionFilterValue, JointActionOrder>;

const JOINT_ACTION_LIST = urlListSpec(parseJointActionListParams, writeJointActionListParams, jointActionFilterFrom, hasJointActionFilters);

/** The state of a joint action list page, as useActivityList is for activities. */
export function useJointActionList(fixed: FixedJointActionFilter = {}, pageSize = JOINT_ACTION_PAGE_SIZE): JointActionListControls {
  return useOrderedUrlList(JOINT_ACTION_LIST, fixed, pageSize);
}
