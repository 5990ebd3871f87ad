import { ParticipationDashboard, regionalLocale, useDocumentTitle } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { NetworkPageHeader } from '../../components/NetworkPageHeader.tsx';
import { PeriodSummaryState } from '../../components/PeriodSummaryState.tsx';
import { useNetworkPeriodQuery } from '../../hooks/useNetworkPeriodQuery.ts';
import { NetworkParticipationQuery } from './participation.documents.ts';

// The summary holds no Activity, so say which changes make it stale (a recorded or edited activity).
const SUMMARY_CONTEXT = { additionalTypenames: ['Activity'] };

/**
 * Participation across the whole network: the period (kept in the URL),
 * headline figures, the charts of the national dashboards and participation
 * by country. Loaded lazily with the chart library.
 */
export function ParticipationPage() {
  const { t, i18n } = useTranslation();
  const locale = regionalLocale(i18n.resolvedLanguage ?? i18n.language);
  const { network, period, data, status } = useNetworkPeriodQuery(NetworkParticipationQuery, SUMMARY_CONTEXT);
  useDocumentTitle(t('continental.dashboard.title'), t('continental.appName'));

  return (
    <div className="page">
      <NetworkPageHeader network={data?.network?.name ?? network?.name} title={t('continental.dashboard.title')} />
      <PeriodSummaryState {...status} locale={locale} note={t('dashboard.period.note')} notAllowed={t('continental.dashboard.notAllowed')} />
      {data ? (
        <ParticipationDashboard
          summary={data.participationSummary}
          range={period.range}
          ageBands={data.network?.ageBands}
          locale={locale}
          byCountry
        />
      ) : null}
    </div>
  );
}
