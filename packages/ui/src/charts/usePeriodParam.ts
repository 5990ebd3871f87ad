import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { todayIso } from '../format/format.ts';
import { parsePeriod, periodRange, withPeriod, type DashboardPeriod, type PeriodRange } from './period.ts';

export type PeriodParam = {
  period: DashboardPeriod;
  /** The start dates the period covers. */
  range: PeriodRange;
  /** Today in the user's zone (YYYY-MM-DD), what "last 12 months" counts back from. */
  today: string;
  /** Puts another period in the URL (a new history entry, so Back returns to the previous one). */
  setPeriod(period: DashboardPeriod): void;
};

/** The dashboard period kept in the URL (`?period=year&year=2025`, `?period=custom&from=…&to=…`). */
export function usePeriodParam(): PeriodParam {
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayIso();
  const key = searchParams.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string says whether the parameters changed
  const period = useMemo(() => parsePeriod(searchParams, today), [key, today]);
  const range = useMemo(() => periodRange(period, today), [period, today]);
  const setPeriod = useCallback(
    (next: DashboardPeriod) => setSearchParams((current) => withPeriod(current, next)),
    [setSearchParams],
  );
  return { period, range, today, setPeriod };
}
