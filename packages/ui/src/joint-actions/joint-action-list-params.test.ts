import { describe, expect, it } from 'vitest';
import {
  EMPTY_JOINT_ACTION_LIST_PARAMS,
  hasJointActionFilters,
  jointActionFilterFrom,
  parseJointActionListParams,
  writeJointActionListParams,
} from './joint-action-list-params.ts';

describe('joint action list params', () => {
  it('should read every filter and the order from the URL and write them back unchanged', () => {
    const query = 'q=pension&partner=UDox&kind=POLITICAL_ACTION&status=ONGOING&branch=MEDICAL_CARE&level=NATIONAL&stage=FORMULATION&from=2026-01-01&to=2026-12-31&sort=title&order=desc';
    const list = parseJointActionListParams(new URLSearchParams(query));
    expect(list).toMatchObject({ search: 'pension', kind: 'POLITICAL_ACTION', targetLevel: 'NATIONAL', stage: 'FORMULATION', order: { field: 'TITLE', direction: 'DESC' } });
    expect(writeJointActionListParams(list).toString()).toBe(query);
  });

  it('should ignore unknown values and keep other keys when writing', () => {
    const list = parseJointActionListParams(new URLSearchParams('kind=PARTY&stage=nope&from=2026-02-30&view=timeline'));
    expect(list).toEqual(EMPTY_JOINT_ACTION_LIST_PARAMS);
    expect(writeJointActionListParams(list, new URLSearchParams('view=timeline')).toString()).toBe('view=timeline');
  });

  it('should put the fixed synergy over the URL one and leave empty fields out of the API filter', () => {
    const list = { ...EMPTY_JOINT_ACTION_LIST_PARAMS, synergyId: 'other', stage: 'ADOPTION' as const };
    expect(jointActionFilterFrom(list, { synergyId: 'mine' })).toEqual({ synergyId: 'mine', stagesReached: ['ADOPTION'] });
    expect(hasJointActionFilters({ ...EMPTY_JOINT_ACTION_LIST_PARAMS, synergyId: 'mine' }, ['synergyId'])).toBe(false);
  });
});
