import { isIsoDate } from '@synergia/domain/rules';

// The period a dashboard shows, as kept in the URL, and the start dates it covers.

/** The periods a person can choose; `last12` is the default. */
export const PERIOD_KINDS = ['last12', 'last24', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * A dashboard period: the last 12 or 24 months (the current month included),
 * a calendar year, or custom dates (either end may be open).
 */
export type DashboardPeriod =
  | { kind: 'last12' }
  | { kind: 'last24' }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; from: string | null; to: string | null };

/** First and last start dates included (YYYY-MM-DD); null is open-ended. */
export type PeriodRange = { from: string | null; to: string | null };

export const DEFAULT_PERIOD: DashboardPeriod = { kind: 'last12' };

function isPeriodKind(value: string | null): value is PeriodKind {
  return (PERIOD_KINDS as readonly string[]).includes(value ?? '');
}

/**
 * Reads the period from URL parameters (`period`, `year`, `from`, `to`).
 * Anything missing or malformed falls back: no or an unknown `period` is the
 * last 12 months, a year without a valid `year` is the current one, and a
 * custom date that is not a date is left open.
 */
export function parsePeriod(params: URLSearchParams, today: string): DashboardPeriod {
  const kind = params.get('period');
  if (!isPeriodKind(kind)) return DEFAULT_PERIOD;
  if (kind === 'year') {
    const year = Number(params.get('year'));
    return { kind, year: Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : Number(today.slice(0, 4)) };
  }
  if (kind === 'custom') {
    const from = params.get('from');
    const to = params.get('to');
    return { kind, from: isIsoDate(from) ? from : null, to: isIsoDate(to) ? to : null };
  }
  return { kind };
}

const PERIOD_PARAMS = ['period', 'year', 'from', 'to'] as const;

/**
 * Writes a period into URL parameters, keeping the other parameters; the
 * default period leaves no trace so the plain address means "last 12 months".
 */
export function withPeriod(params: URLSearchParams, period: DashboardPeriod): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of PERIOD_PARAMS) next.delete(name);
  if (period.kind === 'last12') return next;
  next.set('period', period.kind);
  if (period.kind === 'year') next.set('year', String(period.year));
  if (period.kind === 'custom') {
    if (period.from) next.set('from', period.from);
    if (period.to) next.set('to', period.to);
  }
  return next;
}

/** The first day of the month `monthsBack` months before the month of `date` (YYYY-MM-DD). */
export function startOfMonthBefore(date: string, monthsBack: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 - monthsBack;
  const shifted = new Date(Date.UTC(year, month, 1));
  return shifted.toISOString().slice(0, 10);
}

/**
 * The start dates a period covers, both ends included. The last N months
 * are whole months: from the first day of the month N − 1 months ago to today.
 */
export function periodRange(period: DashboardPeriod, today: string): PeriodRange {
  switch (period.kind) {
    case 'last12':
      return { from: startOfMonthBefore(today, 11), to: today };
    case 'last24':
      return { from: startOfMonthBefore(today, 23), to: today };
    case 'year':
      return { from: `${period.year}-01-01`, to: `${period.year}-12-31` };
    case 'custom':
      return { from: period.from, to: period.to };
  }
}

/** Why a custom range cannot be asked for, or null when it can. */
export function rangeProblem(range: PeriodRange): 'toBeforeFrom' | null {
  return range.from && range.to && range.to < range.from ? 'toBeforeFrom' : null;
}

/**
 * Every month (YYYY-MM) from the month of `from` to the month of `to`, both
 * included; empty when `to` comes first. At most `limit` months, the latest kept.
 */
export function monthsBetween(from: string, to: string, limit = 600): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months.length > limit ? months.slice(months.length - limit) : months;
}

/** The years a person may pick, newest first: from this year back `count` years. */
export function recentYears(today: string, count = 10): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, index) => year - index);
}
