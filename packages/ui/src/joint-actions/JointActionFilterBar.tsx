import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../forms/DateField.tsx';
import { SelectField, type SelectOption } from '../forms/SelectField.tsx';
import { TextField } from '../forms/TextField.tsx';
import { SOCIAL_PROTECTION_BRANCHES, WORK_STATUSES, isOneOf, type ActivityOrder } from '../activities/activity-vocabulary.ts';
import { isBackwardsRange, isIsoDate } from '../activities/activity-list-params.ts';
import { activityEnumKey } from '../activities/labels.ts';
import { JOINT_ACTION_ORDER_FIELDS, clearJointActionFilters, hasJointActionFilters, type JointActionListParams } from './joint-action-list-params.ts';
import { JOINT_ACTION_KINDS, POLICY_STAGES, TARGET_LEVELS, jointActionEnumKey, type JointActionEnumName, type JointActionOrder } from './joint-action-vocabulary.ts';

export type JointActionFilterBarProps = {
  params: JointActionListParams;
  onChange: (next: JointActionListParams) => void;
  /** Synergies to choose from; hidden when not given (the page is a synergy's). */
  synergies?: readonly SelectOption[] | null;
  /** Partners to choose from; hidden when not given. */
  partners?: readonly SelectOption[] | null;
  idPrefix?: string;
};

const ORDER_CHOICES: JointActionOrder[] = JOINT_ACTION_ORDER_FIELDS.flatMap((field) => [
  { field, direction: field === 'TITLE' ? 'ASC' : 'DESC' },
  { field, direction: field === 'TITLE' ? 'DESC' : 'ASC' },
]);
const orderValue = (order: JointActionOrder | ActivityOrder) => `${order.field}:${order.direction}`;

const withCurrent = (options: readonly SelectOption[], value: string, label: string): readonly SelectOption[] =>
  !value || options.some((o) => o.value === value) ? options : [{ value, label }, ...options];

/**
 * The filters and order above a joint action list: free text, synergy,
 * partner, kind, status, branch, target level, stage reached, planned-period
 * range and sort. Selects apply at once; the text on Enter or "Search".
 */
export function JointActionFilterBar({ params, onChange, synergies, partners, idPrefix = 'joint-actions' }: JointActionFilterBarProps) {
  const { t } = useTranslation();
  const [searchInput, setSearchInput] = useState(params.search);
  useEffect(() => setSearchInput(params.search), [params.search]);
  const id = (name: string) => `${idPrefix}-filter-${name}`;
  const set = (changes: Partial<JointActionListParams>) => onChange({ ...params, ...changes });
  const any = t('activities.filters.any');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    set({ search: searchInput.trim() });
  }

  const listSelect = (name: 'synergy' | 'partner', key: 'synergyId' | 'partnerId', options: readonly SelectOption[] | null | undefined) =>
    options ? (
      <SelectField
        id={id(name)}
        label={t(`activities.filters.${name}`)}
        value={params[key]}
        onChange={(value) => set({ [key]: value })}
        options={withCurrent(options, params[key], t(name === 'synergy' ? 'activities.filters.chosenSynergy' : 'activities.filters.chosenPartner'))}
        placeholder={any}
      />
    ) : null;

  const enumSelect = <K extends 'kind' | 'targetLevel' | 'stage'>(key: K, values: readonly Exclude<JointActionListParams[K], ''>[], name: JointActionEnumName) => (
    <SelectField
      id={id(key)}
      label={t(`jointActions.filters.${key}`)}
      value={params[key]}
      onChange={(value) => set({ [key]: isOneOf(values, value) ? value : '' })}
      options={values.map((value) => ({ value, label: t(jointActionEnumKey(name, value)) }))}
      placeholder={any}
    />
  );

  return (
    <form role="search" className="activity-filters" aria-label={t('jointActions.filters.label')} onSubmit={onSubmit}>
      <div className="activity-filters__search">
        <TextField
          id={id('search')}
          type="search"
          label={t('jointActions.filters.search')}
          hint={t('jointActions.filters.searchHint')}
          value={searchInput}
          onChange={setSearchInput}
          autoComplete="off"
        />
        <button type="submit" className="button">
          {t('common.search')}
        </button>
      </div>
      <div className="activity-filters__grid">
        {listSelect('synergy', 'synergyId', synergies)}
        {listSelect('partner', 'partnerId', partners)}
        {enumSelect('kind', JOINT_ACTION_KINDS, 'JointActionKind')}
        <SelectField
          id={id('status')}
          label={t('activities.filters.status')}
          value={params.status}
          onChange={(value) => set({ status: isOneOf(WORK_STATUSES, value) ? value : '' })}
          options={WORK_STATUSES.map((value) => ({ value, label: t(activityEnumKey('WorkStatus', value)) }))}
          placeholder={any}
        />
        <SelectField
          id={id('branch')}
          label={t('activities.filters.branch')}
          value={params.branch}
          onChange={(value) => set({ branch: isOneOf(SOCIAL_PROTECTION_BRANCHES, value) ? value : '' })}
          options={SOCIAL_PROTECTION_BRANCHES.map((value) => ({ value, label: t(activityEnumKey('SocialProtectionBranch', value)) }))}
          placeholder={any}
        />
        {enumSelect('targetLevel', TARGET_LEVELS, 'TargetLevel')}
        {enumSelect('stage', POLICY_STAGES, 'PolicyStage')}
        <DateField id={id('from')} label={t('jointActions.filters.from')} value={params.from} onChange={(value) => (value === '' || isIsoDate(value) ? set({ from: value }) : undefined)} />
        <DateField
          id={id('to')}
          label={t('jointActions.filters.to')}
          value={params.to}
          error={isBackwardsRange(params) ? t('activities.filters.backwards') : undefined}
          onChange={(value) => (value === '' || isIsoDate(value) ? set({ to: value }) : undefined)}
        />
        <SelectField
          id={id('sort')}
          label={t('activities.filters.sort')}
          value={orderValue(params.order)}
          onChange={(value) => {
            const order = ORDER_CHOICES.find((o) => orderValue(o) === value);
            if (order) set({ order });
          }}
          options={ORDER_CHOICES.map((order) => ({ value: orderValue(order), label: t(`activities.sort.${order.field}_${order.direction}`) }))}
          placeholder={null}
        />
      </div>
      {hasJointActionFilters(params) ? (
        <div className="activity-filters__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setSearchInput('');
              onChange(clearJointActionFilters(params));
            }}
          >
            {t('activities.filters.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
