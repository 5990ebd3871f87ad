import { useTranslation } from 'react-i18next';
import { ChoiceSelect, DateRangeFields, FilterBar, OrderSelect, VocabularySelect, filterBarFields } from '../forms/FilterBar.tsx';
import type { SelectOption } from '../forms/SelectField.tsx';
import { SOCIAL_PROTECTION_BRANCHES, WORK_STATUSES } from '../activities/activity-vocabulary.ts';
import { activityEnumKey } from '../activities/labels.ts';
import { JOINT_ACTION_ORDER_FIELDS, clearJointActionFilters, hasJointActionFilters, type JointActionListParams } from './joint-action-list-params.ts';
import { JOINT_ACTION_KINDS, POLICY_STAGES, TARGET_LEVELS, jointActionEnumKey, type JointActionEnumName } from './joint-action-vocabulary.ts';

export type JointActionFilterBarProps = {
  params: JointActionListParams;
  onChange: (next: JointActionListParams) => void;
  /** Synergies to choose from; hidden when not given (the page is a synergy's). */
  synergies?: readonly SelectOption[] | null;
  /** Partners to choose from; hidden when not given. */
  partners?: readonly SelectOption[] | null;
  idPrefix?: string;
};

/**
 * The filters and order above a joint action list: free text, synergy,
 * partner, kind, status, branch, target level, stage reached, planned-period
 * range and sort. Selects apply at once; the text on Enter or "Search".
 */
export function JointActionFilterBar({ params, onChange, synergies, partners, idPrefix = 'joint-actions' }: JointActionFilterBarProps) {
  const { t } = useTranslation();
  const { id, set } = filterBarFields(params, onChange, idPrefix);

  return (
    <FilterBar
      label={t('jointActions.filters.label')}
      search={{ id: id('search'), label: t('jointActions.filters.search'), hint: t('jointActions.filters.searchHint'), value: params.search, onSearch: (search) => set({ search }) }}
      filtered={hasJointActionFilters(params)}
      onClear={() => onChange(clearJointActionFilters(params))}
    >
      <ChoiceSelect id={id('synergy')} label={t('activities.filters.synergy')} value={params.synergyId} options={synergies} currentLabel={t('activities.filters.chosenSynergy')} onChange={(synergyId) => set({ synergyId })} />
      <ChoiceSelect id={id('partner')} label={t('activities.filters.partner')} value={params.partnerId} options={partners} currentLabel={t('activities.filters.chosenPartner')} onChange={(partnerId) => set({ partnerId })} />
      <JointActionVocabularySelect id={id} params={params} set={set} field="kind" values={JOINT_ACTION_KINDS} name="JointActionKind" />
      <VocabularySelect id={id('status')} label={t('activities.filters.status')} value={params.status} values={WORK_STATUSES} optionLabel={(value) => t(activityEnumKey('WorkStatus', value))} onChange={(status) => set({ status })} />
      <VocabularySelect
        id={id('branch')}
        label={t('activities.filters.branch')}
        value={params.branch}
        values={SOCIAL_PROTECTION_BRANCHES}
        optionLabel={(value) => t(activityEnumKey('SocialProtectionBranch', value))}
        onChange={(branch) => set({ branch })}
      />
      <JointActionVocabularySelect id={id} params={params} set={set} field="targetLevel" values={TARGET_LEVELS} name="TargetLevel" />
      <JointActionVocabularySelect id={id} params={params} set={set} field="stage" values={POLICY_STAGES} name="PolicyStage" />
      <DateRangeFields idOf={id} fromLabel={t('jointActions.filters.from')} toLabel={t('jointActions.filters.to')} range={params} onChange={set} />
      <OrderSelect id={id('sort')} fields={JOINT_ACTION_ORDER_FIELDS} value={params.order} onChange={(order) => set({ order })} />
    </FilterBar>
  );
}

type VocabularyField = 'kind' | 'targetLevel' | 'stage';

export type JointActionVocabularySelectProps<P extends { [F in VocabularyField]?: string }, F extends VocabularyField & keyof P> = {
  id: (name: string) => string;
  params: P;
  set: (changes: Partial<P>) => void;
  field: F;
  values: readonly Exclude<P[F], '' | undefined>[];
  name: JointActionEnumName;
};

/** A filter of one joint action vocabulary, labelled `jointActions.filters.<field>` (the joint action list's and the outcome log's). */
export function JointActionVocabularySelect<P extends { [F in VocabularyField]?: string }, F extends VocabularyField & keyof P>({ id, params, set, field, values, name }: JointActionVocabularySelectProps<P, F>) {
  const { t } = useTranslation();
  return (
    <VocabularySelect
      id={id(field)}
      label={t(`jointActions.filters.${field}`)}
      value={params[field] as Exclude<P[F], undefined>}
      values={values as readonly string[]}
      optionLabel={(value) => t(jointActionEnumKey(name, value))}
      onChange={(value) => set({ [field]: value } as Partial<P>)}
    />
  );
}
