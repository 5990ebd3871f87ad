import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../forms/DateField.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { formatDate } from '../format/format.ts';
import {
  PERIOD_KINDS,
  rangeProblem,
  recentYears,
  type DashboardPeriod,
  type PeriodKind,
  type PeriodRange,
} from './period.ts';
import './charts.css';

export type PeriodPickerProps = {
  period: DashboardPeriod;
  /** The dates the current period covers (custom dates start from these). */
  range: PeriodRange;
  /** Today, YYYY-MM-DD. */
  today: string;
  onChange(period: DashboardPeriod): void;
};

/**
 * Chooses the dashboard period: last 12 or 24 months and a year apply at
 * once; custom dates apply with the button, after checking the end is not
 * before the start.
 */
export function PeriodPicker({ period, range, today, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [from, setFrom] = useState(range.from ?? '');
  const [to, setTo] = useState(range.to ?? '');
  const [error, setError] = useState<string | null>(null);

  // Follow the URL when it changes from elsewhere (Back, a link).
  useEffect(() => {
    setFrom(range.from ?? '');
    setTo(range.to ?? '');
    setError(null);
  }, [range.from, range.to]);

  const years = recentYears(today);
  if (period.kind === 'year' && !years.includes(period.year)) years.push(period.year);

  function chooseKind(value: string) {
    const kind = value as PeriodKind;
    if (kind === 'year') onChange({ kind, year: period.kind === 'year' ? period.year : Number(today.slice(0, 4)) });
    else if (kind === 'custom') onChange({ kind, from: range.from, to: range.to });
    else onChange({ kind });
  }

  function applyCustom(event: FormEvent) {
    event.preventDefault();
    const next = { from: from || null, to: to || null };
    if (rangeProblem(next) === 'toBeforeFrom') {
      setError(t('dashboard.period.toBeforeFrom'));
      return;
    }
    setError(null);
    onChange({ kind: 'custom', ...next });
  }

  return (
    <form className="period-picker" aria-labelledby={titleId} onSubmit={applyCustom} noValidate>
      <h2 id={titleId} className="visually-hidden">
        {t('dashboard.period.title')}
      </h2>
      <SelectField
        id="dashboard-period"
        label={t('dashboard.period.label')}
        value={period.kind}
        onChange={chooseKind}
        placeholder={null}
        options={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`dashboard.period.${kind}`) }))}
      />
      {period.kind === 'year' ? (
        <SelectField
          id="dashboard-year"
          label={t('dashboard.period.yearField')}
          value={String(period.year)}
          onChange={(value) => onChange({ kind: 'year', year: Number(value) })}
          placeholder={null}
          options={years.sort((a, b) => b - a).map((year) => ({ value: String(year), label: String(year) }))}
        />
      ) : null}
      {period.kind === 'custom' ? (
        <>
          <DateField id="dashboard-from" label={t('dashboard.period.from')} value={from} onChange={setFrom} max={to || undefined} />
          <DateField
            id="dashboard-to"
            label={t('dashboard.period.to')}
            value={to}
            onChange={setTo}
            min={from || undefined}
            error={error}
          />
          <button type="submit" className="button">
            {t('dashboard.period.apply')}
          </button>
        </>
      ) : null}
    </form>
  );
}

/** The dates a range covers in words: "1 Jun 2025 – 31 May 2026", "Since …", "Until …" or "All dates". */
export function describeRange(range: PeriodRange, locale: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const from = formatDate(range.from, locale);
  const to = formatDate(range.to, locale);
  if (from && to) return t('dashboard.period.range', { from, to });
  if (from) return t('dashboard.period.since', { from });
  if (to) return t('dashboard.period.until', { to });
  return t('dashboard.period.all');
}
