import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import {
  ErrorMessage,
  Loading,
  ParticipationDashboard,
  PeriodPicker,
  countryName,
  describeRange,
  usePeriodParam,
} from '@synergia/ui';
import { PageHeader } from '../../components/PageHeader.tsx';
import { isInvalidId } from '../../lib/errors.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { SynergyDashboardQuery } from './synergy-dashboard.documents.ts';

// The summary holds no Activity, so say which changes make it stale (a recorded or edited activity).
const SUMMARY_CONTEXT = { additionalTypenames: ['Activity'] };

/**
 * The participation dashboard of one synergy: the period (kept in the URL),
 * headline figures and charts with their tables. Loaded lazily with the chart
 * library.
 */
export function SynergyDashboardPage() {
  const { synergyId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const { period, range, today, setPeriod } = usePeriodParam();
  const [result, reexecute] = useQuery({
    query: SynergyDashboardQuery,
    variables: { synergyId, from: range.from, to: range.to },
    context: SUMMARY_CONTEXT,
  });
  const { data, fetching, error } = result;
  const synergy = data?.synergy;

  if (error && !data && isInvalidId(error)) return <NotFoundPage />;
  if (data && !synergy) return <NotFoundPage />;
  if (error && !data) return <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!synergy || !data) return <Loading />;

  const synergyPath = `/synergies/${encodeURIComponent(synergy.id)}`;
  return (
    <>
      <PageHeader
        title={t('dashboard.pageTitle', { name: synergy.name })}
        crumbs={[
          { to: '/', label: t('nav.synergies') },
          { to: synergyPath, label: synergy.name },
        ]}
        subtitle={`${countryName(synergy.country, locale)} · ${synergy.network.name}`}
      />
      <div className="dashboard-toolbar">
        <PeriodPicker period={period} range={range} today={today} onChange={setPeriod} />
      </div>
      <p className="dashboard-range">
        <strong>{describeRange(range, locale, t)}</strong>. {t('dashboard.period.note')}
      </p>
      {fetching ? <Loading /> : null}
      <ParticipationDashboard summary={data.participationSummary} range={range} ageBands={synergy.network.ageBands} locale={locale} />
    </>
  );
}
