import { useTranslation } from 'react-i18next';
import { ChoiceSelect, DateRangeFields, FilterBar, filterBarFields } from '../forms/FilterBar.tsx';
import type { SelectOption } from '../forms/SelectField.tsx';
import { JointActionVocabularySelect } from '../joint-actions/JointActionFilterBar.tsx';
import { JOINT_ACTION_KINDS, POLICY_STAGES, TARGET_LEVELS } from '../joint-actions/joint-action-vocabulary.ts';
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
  const { id, set } = filterBarFields(params, onChange, idPrefix);

  return (
    <FilterBar label={t(`${messages}.filters.label`)} filtered={hasPolicyOutcomeFilters(params)} onClear={() => onChange(EMPTY_POLICY_OUTCOME_LIST_PARAMS)}>
      <JointActionVocabularySelect id={id} params={params} set={set} field="stage" values={POLICY_STAGES} name="PolicyStage" />
      <ChoiceSelect id={id('country')} label={t('activities.filters.country')} value={params.country} options={countries} currentLabel={params.country} onChange={(country) => set({ country })} />
      <JointActionVocabularySelect id={id} params={params} set={set} field="targetLevel" values={TARGET_LEVELS} name="TargetLevel" />
      <JointActionVocabularySelect id={id} params={params} set={set} field="kind" values={JOINT_ACTION_KINDS} name="JointActionKind" />
      <DateRangeFields idOf={id} fromLabel={t(`${messages}.filters.from`)} toLabel={t(`${messages}.filters.to`)} range={params} onChange={set} />
    </FilterBar>
  );
}
