import {
  EmptyState,
  ErrorMessage,
  Loading,
  ParticipationDashboard,
  PeriodPicker,
  describeRange,
  regionalLocale,
  useDocumentTitle,
  usePeriodParam,
} from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { useQuery, type CombinedError } from 'urql';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { NetworkParticipationQuery } from './participation.documents.ts';

// The summary holds no Activity, so say which changes make it stale (a recorded or edited activity).
const SUMMARY_CONTEXT = { additionalTypenames: ['Activity'] };

/** The API refuses a network-wide summary to people whose roles cover only part of the network. */
function refused(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT' || e.extensions?.['code'] === 'FORBIDDEN');
}

/**
 * Participation across the whole network: the period (kept in the URL),
 * headline figures, the charts of the national dashboards and participation
 * by country. Loaded lazily with the chart library.
 */
export function ParticipationPage() {
  const { t, i18n } = useTranslation();
  const locale = regionalLocale(i18n.resolvedLanguage ?? i18n.language);
  const { network } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const { period, range, today, setPeriod } = usePeriodParam();
  useDocumentTitle(t('continental.dashboard.title'), t('continental.appName'));

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NetworkParticipationQuery,
    variables: { networkId, from: range.from, to: range.to },
    pause: !networkId,
    context: SUMMARY_CONTEXT,
  });

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <p className="page-header__eyebrow">{data?.network?.name ?? network?.name}</p>
          <h1>{t('continental.dashboard.title')}</h1>
        </div>
      </div>
      <div className="dashboard-toolbar">
        <PeriodPicker period={period} range={range} today={today} onChange={setPeriod} />
      </div>
      <p className="dashboard-range">
        <strong>{describeRange(range, locale, t)}</strong>. {t('dashboard.period.note')}
      </p>
      {error && !data ? (
        refused(error) ? (
          <EmptyState title={t('continental.dashboard.notAllowed')} />
        ) : (
          <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        )
      ) : null}
      {fetching ? <Loading /> : null}
      {data ? (
        <ParticipationDashboard
          summary={data.participationSummary}
          range={range}
          ageBands={data.network?.ageBands}
          locale={locale}
          byCountry
        />
      ) : null}
    </div>
  );
}
