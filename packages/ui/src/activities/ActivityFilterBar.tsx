import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../forms/DateField.tsx';
import { SelectField, type SelectOption } from '../forms/SelectField.tsx';
import { TextField } from '../forms/TextField.tsx';
import {
  ACTIVITY_ORDER_FIELDS,
  ACTIVITY_TYPES,
  GENDER_MARKER_SCORES,
  SOCIAL_PROTECTION_BRANCHES,
  WORK_STATUSES,
  isOneOf,
  type ActivityOrder,
  type GenderMarkerScore,
} from './activity-vocabulary.ts';
import {
  clearActivityFilters,
  hasActivityFilters,
  isBackwardsRange,
  isIsoDate,
  type ActivityListParams,
} from './activity-list-params.ts';
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

const ORDER_CHOICES: ActivityOrder[] = ACTIVITY_ORDER_FIELDS.flatMap((field) => [
  { field, direction: field === 'TITLE' ? 'ASC' : 'DESC' },
  { field, direction: field === 'TITLE' ? 'DESC' : 'ASC' },
]);

const orderValue = (order: ActivityOrder) => `${order.field}:${order.direction}`;

/** A value for an option list that may not contain the current choice (e.g. a partner not in the first page). */
function withCurrent(options: readonly SelectOption[], value: string, label: string): readonly SelectOption[] {
  return !value || options.some((o) => o.value === value) ? options : [{ value, label }, ...options];
}

/**
 * The filters and order above an activity list: free text, synergy, partner,
 * country, type, status, branch, gender marker score, start-date range and
 * sort. Selects apply at once; the text applies on Enter or "Search".
 */
export function ActivityFilterBar({ params, onChange, synergies, partners, countries, idPrefix = 'activities' }: ActivityFilterBarProps) {
  const { t } = useTranslation();
  const [searchInput, setSearchInput] = useState(params.search);
  useEffect(() => setSearchInput(params.search), [params.search]);

  const id = (name: string) => `${idPrefix}-filter-${name}`;
  const set = (changes: Partial<ActivityListParams>) => onChange({ ...params, ...changes });
  const any = t('activities.filters.any');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    set({ search: searchInput.trim() });
  }

  /** A select of the page's choices, hidden without them; a chosen value not among them stays, named `currentLabel`. */
  const listSelect = (name: string, key: 'synergyId' | 'partnerId' | 'country', options: readonly SelectOption[] | null | undefined, currentLabel: string) =>
    options ? (
      <SelectField
        id={id(name)}
        label={t(`activities.filters.${name}`)}
        value={params[key]}
        onChange={(value) => set({ [key]: value })}
        options={withCurrent(options, params[key], currentLabel)}
        placeholder={any}
      />
    ) : null;

  /** A select of one of the activity vocabularies; a value outside it clears the filter. */
  const enumSelect = <K extends 'type' | 'status' | 'branch'>(key: K, values: readonly Exclude<ActivityListParams[K], ''>[], name: ActivityEnumName) => (
    <SelectField
      id={id(key)}
      label={t(`activities.filters.${key}`)}
      value={params[key]}
      onChange={(value) => set({ [key]: isOneOf(values, value) ? value : '' })}
      options={values.map((value) => ({ value, label: t(activityEnumKey(name, value)) }))}
      placeholder={any}
    />
  );

  const filtered = hasActivityFilters(params);
  const backwards = isBackwardsRange(params);

  return (
    <form role="search" className="activity-filters" aria-label={t('activities.filters.label')} onSubmit={onSubmit}>
      <div className="activity-filters__search">
        <TextField
          id={id('search')}
          type="search"
          label={t('activities.filters.search')}
          hint={t('activities.filters.searchHint')}
          value={searchInput}
          onChange={setSearchInput}
          autoComplete="off"
        />
        <button type="submit" className="button">
          {t('common.search')}
        </button>
      </div>
      <div className="activity-filters__grid">
        {listSelect('synergy', 'synergyId', synergies, t('activities.filters.chosenSynergy'))}
        {listSelect('partner', 'partnerId', partners, t('activities.filters.chosenPartner'))}
        {listSelect('country', 'country', countries, params.country)}
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
          placeholder={any}
        />
        <DateField
          id={id('from')}
          label={t('activities.filters.from')}
          value={params.from}
          onChange={(value) => {
            if (value === '' || isIsoDate(value)) set({ from: value });
          }}
        />
        <DateField
          id={id('to')}
          label={t('activities.filters.to')}
          value={params.to}
          error={backwards ? t('activities.filters.backwards') : undefined}
          onChange={(value) => {
            if (value === '' || isIsoDate(value)) set({ to: value });
          }}
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
      {filtered ? (
        <div className="activity-filters__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setSearchInput('');
              onChange(clearActivityFilters(params));
            }}
          >
            {t('activities.filters.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
