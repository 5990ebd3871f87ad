import { useTranslation } from 'react-i18next';
import { ChoiceSelect, DateRangeFields, FilterBar, OrderSelect, VocabularySelect, filterBarFields } from '../forms/FilterBar.tsx';
import { SelectField, type SelectOption } from '../forms/SelectField.tsx';
import {
  ACTIVITY_ORDER_FIELDS,
  ACTIVITY_TYPES,
  GENDER_MARKER_SCORES,
  SOCIAL_PROTECTION_BRANCHES,
  WORK_STATUSES,
  isOneOf,
  type GenderMarkerScore,
} from './activity-vocabulary.ts';
import { clearActivityFilters, hasActivityFilters, type ActivityListParams } from './activity-list-params.ts';
import { activityEnumKey, type ActivityEnumName } from './labels.ts';

export type ActivityFilterBarProps = {
  /** The list as the URL says (parseActivityListParams). */
  params: ActivityListParams;
  /** Called with the changed list; write it back to the URL (writeActivityListParams). */
  onChange: (next: ActivityListParams) => void;
  /** Synergies to choose from; the synergy select is hidden when not given (e.g. the page is a synergy's). */
  synergies?: readonly SelectOption[] | null;
  /** Partners to choose from; hidden when not given. */
  partners?: readonly SelectOption[] | null;
  /** Countries to choose from; hidden when not given. */
  countries?: readonly SelectOption[] | null;
  /** Prefix of the controls' ids, when a page shows two bars. */
  idPrefix?: string;
};

/**
 * The filters and order above an activity list: free text, synergy, partner,
 * country, type, status, branch, gender marker score, start-date range and
 * sort. Selects apply at once; the text applies on Enter or "Search".
 */
export function ActivityFilterBar({ params, onChange, synergies, partners, countries, idPrefix = 'activities' }: ActivityFilterBarProps) {
  const { t } = useTranslation();
  const { id, set } = filterBarFields(params, onChange, idPrefix);

  /** A select of one of the activity vocabularies. */
  const enumSelect = <K extends 'type' | 'status' | 'branch'>(key: K, values: readonly Exclude<ActivityListParams[K], ''>[], name: ActivityEnumName) => (
    <VocabularySelect
      id={id(key)}
      label={t(`activities.filters.${key}`)}
      value={params[key]}
      values={values}
      optionLabel={(value) => t(activityEnumKey(name, value))}
      onChange={(value) => set({ [key]: value })}
    />
  );

  return (
    <FilterBar
      label={t('activities.filters.label')}
      search={{ id: id('search'), label: t('activities.filters.search'), hint: t('activities.filters.searchHint'), value: params.search, onSearch: (search) => set({ search }) }}
      filtered={hasActivityFilters(params)}
      onClear={() => onChange(clearActivityFilters(params))}
    >
      <ChoiceSelect id={id('synergy')} label={t('activities.filters.synergy')} value={params.synergyId} options={synergies} currentLabel={t('activities.filters.chosenSynergy')} onChange={(synergyId) => set({ synergyId })} />
      <ChoiceSelect id={id('partner')} label={t('activities.filters.partner')} value={params.partnerId} options={partners} currentLabel={t('activities.filters.chosenPartner')} onChange={(partnerId) => set({ partnerId })} />
      <ChoiceSelect id={id('country')} label={t('activities.filters.country')} value={params.country} options={countries} currentLabel={params.country} onChange={(country) => set({ country })} />
      {enumSelect('type', ACTIVITY_TYPES, 'ActivityType')}
      {enumSelect('status', WORK_STATUSES, 'WorkStatus')}
      {enumSelect('branch', SOCIAL_PROTECTION_BRANCHES, 'SocialProtectionBranch')}
      <SelectField
        id={id('score')}
        label={t('activities.filters.score')}
        value={params.score === null ? '' : String(params.score)}
        onChange={(value) => {
          const score = value === '' ? null : Number(value);
          set({ score: isOneOf(GENDER_MARKER_SCORES, score) ? (score as GenderMarkerScore) : null });
        }}
        options={GENDER_MARKER_SCORES.map((value) => ({ value: String(value), label: t(activityEnumKey('GenderMarkerScore', value)) }))}
        placeholder={t('activities.filters.any')}
      />
      <DateRangeFields idOf={id} fromLabel={t('activities.filters.from')} toLabel={t('activities.filters.to')} range={params} onChange={set} />
      <OrderSelect id={id('sort')} fields={ACTIVITY_ORDER_FIELDS} value={params.order} onChange={(order) => set({ order })} />
    </FilterBar>
  );
}
