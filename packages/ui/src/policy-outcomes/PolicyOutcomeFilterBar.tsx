import { useTranslation } from 'react-i18next';
import { DateField } from '../forms/DateField.tsx';
import { SelectField, type SelectOption } from '../forms/SelectField.tsx';
import { isOneOf } from '../activities/activity-vocabulary.ts';
import { isBackwardsRange, isIsoDate } from '../activities/activity-list-params.ts';
import { JOINT_ACTION_KINDS, POLICY_STAGES, TARGET_LEVELS, jointActionEnumKey, type JointActionEnumName } from '../joint-actions/joint-action-vocabulary.ts';
import { EMPTY_POLICY_OUTCOME_LIST_PARAMS, hasPolicyOutcomeFilters, type PolicyOutcomeListParams } from './policy-outcome-params.ts';

export type PolicyOutcomeFilterBarProps = {
  params: PolicyOutcomeListParams;
  onChange: (next: PolicyOutcomeListParams) => void;
  /** Countries to choose from; hidden when not given. */
  countries?: readonly SelectOption[] | null;
  /** Prefix of the page's messages: `<prefix>.filters.label`, `.filters.from`, `.filters.to`. */
  messages: string;
  idPrefix?: string;
};

/** The filters above the outcome log: stage, country, target level, kind of joint action and the period observed. Each applies at once. */
export function PolicyOutcomeFilterBar({ params, onChange, countries, messages, idPrefix = 'policy-outcomes' }: PolicyOutcomeFilterBarProps) {
  const { t } = useTranslation();
  const id = (name: string) => `${idPrefix}-filter-${name}`;
  const set = (changes: Partial<PolicyOutcomeListParams>) => onChange({ ...params, ...changes });
  const any = t('activities.filters.any');

  const enumSelect = <K extends 'stage' | 'targetLevel' | 'kind'>(key: K, values: readonly Exclude<PolicyOutcomeListParams[K], ''>[], name: JointActionEnumName) => (
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
    <form role="search" className="activity-filters" aria-label={t(`${messages}.filters.label`)} onSubmit={(event) => event.preventDefault()}>
      <div className="activity-filters__grid">
        {enumSelect('stage', POLICY_STAGES, 'PolicyStage')}
        {countries ? (
          <SelectField
            id={id('country')}
            label={t('activities.filters.country')}
            value={params.country}
            onChange={(value) => set({ country: value })}
            options={!params.country || countries.some((o) => o.value === params.country) ? countries : [{ value: params.country, label: params.country }, ...countries]}
            placeholder={any}
          />
        ) : null}
        {enumSelect('targetLevel', TARGET_LEVELS, 'TargetLevel')}
        {enumSelect('kind', JOINT_ACTION_KINDS, 'JointActionKind')}
        <DateField id={id('from')} label={t(`${messages}.filters.from`)} value={params.from} onChange={(value) => (value === '' || isIsoDate(value) ? set({ from: value }) : undefined)} />
        <DateField
          id={id('to')}
          label={t(`${messages}.filters.to`)}
          value={params.to}
          error={isBackwardsRange(params) ? t('activities.filters.backwards') : undefined}
          onChange={(value) => (value === '' || isIsoDate(value) ? set({ to: value }) : undefined)}
        />
      </div>
      {hasPolicyOutcomeFilters(params) ? (
        <div className="activity-filters__actions">
          <button type="button" className="button button--quiet" onClick={() => onChange(EMPTY_POLICY_OUTCOME_LIST_PARAMS)}>
            {t('activities.filters.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
