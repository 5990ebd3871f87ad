import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isBackwardsRange, isIsoDate } from '../activities/activity-list-params.ts';
import { isOneOf, type OrderDirection } from '../activities/activity-vocabulary.ts';
import { DateField } from './DateField.tsx';
import { SelectField, type SelectOption } from './SelectField.tsx';
import { TextField } from './TextField.tsx';

// The pieces every list's filter bar is made of (activities, joint actions,
// the outcome log): the form with its free-text search and clear button, and
// the selects and date range that apply at once.

export type FilterBarProps = {
  /** Names the search landmark. */
  label: string;
  /** The free-text search, applied on Enter or "Search"; none when not given. */
  search?: { id: string; label: string; hint: string; value: string; onSearch(value: string): void };
  /** Whether the user narrowed the list: then a button clears the filters. */
  filtered: boolean;
  onClear(): void;
  /** The selects and fields, in a grid. */
  children: ReactNode;
};

/** A list's filters: the search box above a grid of selects, and "Clear filters" while any applies. */
export function FilterBar({ label, search, filtered, onClear, children }: FilterBarProps) {
  const { t } = useTranslation();
  const searchValue = search?.value ?? '';
  const [searchInput, setSearchInput] = useState(searchValue);
  useEffect(() => setSearchInput(searchValue), [searchValue]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    search?.onSearch(searchInput.trim());
  }

  return (
    <form role="search" className="activity-filters" aria-label={label} onSubmit={onSubmit}>
      {search ? (
        <div className="activity-filters__search">
          <TextField id={search.id} type="search" label={search.label} hint={search.hint} value={searchInput} onChange={setSearchInput} autoComplete="off" />
          <button type="submit" className="button">
            {t('common.search')}
          </button>
        </div>
      ) : null}
      <div className="activity-filters__grid">{children}</div>
      {filtered ? (
        <div className="activity-filters__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setSearchInput('');
              onClear();
            }}
          >
            {t('activities.filters.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

/** The filter bar's ids, `<prefix>-filter-<name>`, and its change of some fields. */
export function filterBarFields<P extends object>(params: P, onChange: (next: P) => void, idPrefix: string) {
  return {
    id: (name: string) => `${idPrefix}-filter-${name}`,
    set: (changes: Partial<P>) => onChange({ ...params, ...changes }),
  };
}

export type VocabularySelectProps<V extends string> = {
  id: string;
  label: string;
  value: V | '';
  values: readonly V[];
  optionLabel(value: V): string;
  onChange(value: V | ''): void;
};

/** A select of one vocabulary ("any" first); a value outside it clears the filter. */
export function VocabularySelect<V extends string>({ id, label, value, values, optionLabel, onChange }: VocabularySelectProps<V>) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={(next) => onChange(isOneOf(values, next) ? next : '')}
      options={values.map((v) => ({ value: v, label: optionLabel(v) }))}
      placeholder={t('activities.filters.any')}
    />
  );
}

export type ChoiceSelectProps = {
  id: string;
  label: string;
  value: string;
  /** The page's choices; the select is hidden without them. */
  options: readonly SelectOption[] | null | undefined;
  /** Names a chosen value that is not among the options (e.g. a partner not in the first page). */
  currentLabel: string;
  onChange(value: string): void;
};

/** A select of the page's choices ("any" first), hidden without them; a chosen value not among them stays. */
export function ChoiceSelect({ id, label, value, options, currentLabel, onChange }: ChoiceSelectProps) {
  const { t } = useTranslation();
  if (!options) return null;
  const withCurrent = !value || options.some((o) => o.value === value) ? options : [{ value, label: currentLabel }, ...options];
  return <SelectField id={id} label={label} value={value} onChange={onChange} options={withCurrent} placeholder={t('activities.filters.any')} />;
}

export type DateRangeFieldsProps = {
  /** The ids of the two fields, from `name` ("from", "to"). */
  idOf(name: 'from' | 'to'): string;
  fromLabel: string;
  toLabel: string;
  range: { from: string; to: string };
  /** Called with a changed end of the range: a real day, or "" when cleared. */
  onChange(changes: { from: string } | { to: string }): void;
};

/** Two days bounding a list; a backwards range is named on the second. */
export function DateRangeFields({ idOf, fromLabel, toLabel, range, onChange }: DateRangeFieldsProps) {
  const { t } = useTranslation();
  const isDay = (value: string) => value === '' || isIsoDate(value);
  return (
    <>
      <DateField id={idOf('from')} label={fromLabel} value={range.from} onChange={(value) => (isDay(value) ? onChange({ from: value }) : undefined)} />
      <DateField
        id={idOf('to')}
        label={toLabel}
        value={range.to}
        error={isBackwardsRange(range) ? t('activities.filters.backwards') : undefined}
        onChange={(value) => (isDay(value) ? onChange({ to: value }) : undefined)}
      />
    </>
  );
}

type Order<Field extends string> = { field: Field; direction: OrderDirection };

export type OrderSelectProps<Field extends string> = {
  id: string;
  /** The fields the list sorts by; each is offered both ways, titles A–Z first, the rest largest first. */
  fields: readonly Field[];
  value: Order<Field>;
  onChange(order: Order<Field>): void;
};

const orderValue = (order: Order<string>) => `${order.field}:${order.direction}`;

/** The list's sort order, labelled `activities.sort.<FIELD>_<DIRECTION>`. */
export function OrderSelect<Field extends string>({ id, fields, value, onChange }: OrderSelectProps<Field>) {
  const { t } = useTranslation();
  const choices: Order<Field>[] = fields.flatMap((field) => [
    { field, direction: field === 'TITLE' ? 'ASC' : 'DESC' },
    { field, direction: field === 'TITLE' ? 'DESC' : 'ASC' },
  ]);
  return (
    <SelectField
      id={id}
      label={t('activities.filters.sort')}
      value={orderValue(value)}
      onChange={(next) => {
        const order = choices.find((o) => orderValue(o) === next);
        if (order) onChange(order);
      }}
      options={choices.map((order) => ({ value: orderValue(order), label: t(`activities.sort.${order.field}_${order.direction}`) }))}
      placeholder={null}
    />
  );
}
