import { EmptyState, ErrorMessage, Loading, PeriodPicker, describeRange, type PeriodParam } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/** The API refuses a network-wide summary to people whose roles cover only part of the network. */
function refused(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT' || e.extensions?.['code'] === 'FORBIDDEN');
}

export type PeriodSummaryStateProps = {
  /** The period in the URL (usePeriodParam). */
  period: PeriodParam;
  locale: string;
  /** Says what the period bounds, after the range. */
  note: string;
  /** The summary query's state. */
  loaded: boolean;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  /** Said to those the API refuses the network-wide summary. */
  notAllowed: string;
};

/** Above a network summary: the period picker, the range it covers, and the query's error or loading state. */
export function PeriodSummaryState({ period, locale, note, loaded, fetching, error, onRetry, notAllowed }: PeriodSummaryStateProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="dashboard-toolbar">
        <PeriodPicker period={period.period} range={period.range} today={period.today} onChange={period.setPeriod} />
      </div>
      <p className="dashboard-range">
        <strong>{describeRange(period.range, locale, t)}</strong>. {note}
      </p>
      {error && !loaded ? refused(error) ? <EmptyState title={notAllowed} /> : <ErrorMessage error={error} onRetry={onRetry} /> : null}
      {fetching ? <Loading /> : null}
    </>
  );
}
