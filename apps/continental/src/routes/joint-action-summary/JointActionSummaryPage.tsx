import {
  ActivityStatusBadge,
  ChartFigure,
  DataTable,
  EmptyState,
  ErrorMessage,
  GroupBarChart,
  Loading,
  PeriodPicker,
  countryName,
  describeRange,
  formatNumber,
  formatPercent,
  jointActionEnumKey,
  regionalLocale,
  useDocumentTitle,
  usePeriodParam,
} from '@synergia/ui';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery, type CombinedError } from 'urql';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { countryChartRows, countryTable } from './by-country.ts';
import { ContinentalJointActionSummaryQuery } from './joint-action-summary.documents.ts';

// The summary holds no JointAction, so say which changes make it stale.
const SUMMARY_CONTEXT = { additionalTypenames: ['JointAction'] };

/** The API refuses a network-wide summary to people whose roles cover only part of the network. */
const refused = (error: CombinedError) =>
  error.graphQLErrors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT' || e.extensions?.['code'] === 'FORBIDDEN');

function Card({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="chart-card" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/**
 * The network's joint actions summed up for a period (kept in the URL): key
 * figures, the counts by kind, status and furthest stage reached, and by
 * country as a chart with its table. Loaded lazily with the chart library.
 */
export function JointActionSummaryPage() {
  const { t, i18n } = useTranslation();
  const locale = regionalLocale(i18n.resolvedLanguage ?? i18n.language);
  const { network } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const { period, range, today, setPeriod } = usePeriodParam();
  useDocumentTitle(t('continental.jointActionSummary.title'), t('continental.appName'));

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ContinentalJointActionSummaryQuery,
    variables: { networkId, from: range.from, to: range.to },
    pause: !networkId,
    context: SUMMARY_CONTEXT,
  });
  const summary = data?.jointActionSummary;
  const number = (value: number) => formatNumber(value, locale);
  const percent = (value: number | null | undefined) => (value == null ? '' : formatPercent(value, locale));
  const labelOf = (key: string) => (key === 'continental' ? t('jointActions.continental') : countryName(key, locale));
  const chartRows = useMemo(() => countryChartRows(summary?.byCountry ?? []), [summary]);
  // The countries running the most joint actions (ties named together).
  const national = summary?.byCountry.filter((group) => group.country !== null) ?? [];
  const most = Math.max(0, ...national.map((group) => group.count));
  const busiest = national.filter((group) => group.count === most).map((group) => labelOf(group.country ?? ''));

  const figures = summary
    ? [
        { key: 'count', label: t('continental.jointActionSummary.figures.count'), value: number(summary.count) },
        { key: 'overdue', label: t('continental.jointActionSummary.figures.overdue'), value: number(summary.milestonesOverdue) },
        { key: 'upcoming', label: t('continental.jointActionSummary.figures.upcoming'), value: number(summary.milestonesUpcoming) },
        { key: 'participants', label: t('dashboard.headline.people'), value: number(summary.participants) },
        { key: 'womenShare', label: t('dashboard.headline.womenShare'), value: percent(summary.womenShare) || '—' },
        { key: 'youthShare', label: t('dashboard.headline.youthShare'), value: percent(summary.youthShare) || '—' },
      ]
    : [];

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <p className="page-header__eyebrow">{network?.name}</p>
          <h1>{t('continental.jointActionSummary.title')}</h1>
          <p className="muted">{t('continental.jointActionSummary.intro')}</p>
        </div>
        <p>
          <Link to="/joint-actions">{t('continental.jointActions.back')}</Link>
        </p>
      </div>
      <div className="dashboard-toolbar">
        <PeriodPicker period={period} range={range} today={today} onChange={setPeriod} />
      </div>
      <p className="dashboard-range">
        <strong>{describeRange(range, locale, t)}</strong>. {t('continental.jointActionSummary.periodNote')}
      </p>
      {error && !data ? (
        refused(error) ? (
          <EmptyState title={t('continental.jointActionSummary.notAllowed')} />
        ) : (
          <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        )
      ) : null}
      {fetching ? <Loading /> : null}
      {summary ? (
        <div className="dashboard">
          <section className="headline-figures" aria-labelledby="joint-action-figures-heading">
            <h2 id="joint-action-figures-heading" className="visually-hidden">
              {t('dashboard.headline.title')}
            </h2>
            <dl className="headline-figures__list">
              {figures.map((item) => (
                <div key={item.key} className="headline-figures__item" data-figure={item.key}>
                  <dt>{item.label}</dt>
                  <dd>{item.value}</dd>
                </div>
              ))}
            </dl>
          </section>

          {summary.count === 0 ? (
            <EmptyState title={t('continental.jointActionSummary.empty')} />
          ) : (
            <>
              <section className="dashboard__section" aria-labelledby="joint-action-by-country-heading">
                <h2 id="joint-action-by-country-heading">{t('dashboard.sections.byCountry')}</h2>
                <div className="dashboard__grid">
                  <ChartFigure
                    title={t('continental.jointActionSummary.byCountry')}
                    summary={
                      busiest.length === 0
                        ? t('continental.jointActionSummary.onlyContinental')
                        : t(busiest.length === 1 ? 'continental.jointActionSummary.byCountrySummary' : 'continental.jointActionSummary.byCountrySummaryTied', {
                            countries: new Intl.ListFormat(locale, { type: 'conjunction' }).format(busiest),
                            count: most,
                            formatted: number(most),
                          })
                    }
                    table={countryTable(summary.byCountry, { t, labelOf, number, percent })}
                    wide
                  >
                    <GroupBarChart
                      rows={chartRows}
                      labelOf={labelOf}
                      locale={locale}
                      labels={{ activities: t('continental.jointActionSummary.columns.count'), people: t('dashboard.series.total'), women: t('dashboard.series.women') }}
                    />
                  </ChartFigure>
                </div>
              </section>

              <section className="dashboard__section" aria-labelledby="joint-action-counts-heading">
                <h2 id="joint-action-counts-heading">{t('continental.jointActionSummary.counts')}</h2>
                <div className="dashboard__grid">
                  <Card title={t('continental.jointActionSummary.byKind')}>
                    <DataTable
                      caption={t('continental.jointActionSummary.byKind')}
                      captionHidden
                      columns={[
                        { key: 'kind', header: t('jointActions.filters.kind'), render: (row) => t(jointActionEnumKey('JointActionKind', row.kind)) },
                        { key: 'count', header: t('continental.jointActionSummary.columns.count'), numeric: true, render: (row) => number(row.count) },
                      ]}
                      rows={summary.byKind}
                      rowKey={(row) => row.kind}
                    />
                  </Card>
                  <Card title={t('continental.jointActionSummary.byStatus')}>
                    <DataTable
                      caption={t('continental.jointActionSummary.byStatus')}
                      captionHidden
                      columns={[
                        { key: 'status', header: t('activities.filters.status'), render: (row) => <ActivityStatusBadge status={row.status} /> },
                        { key: 'count', header: t('continental.jointActionSummary.columns.count'), numeric: true, render: (row) => number(row.count) },
                      ]}
                      rows={summary.byStatus}
                      rowKey={(row) => row.status}
                    />
                  </Card>
                  <Card title={t('continental.jointActionSummary.byStage')}>
                    <DataTable
                      caption={t('continental.jointActionSummary.byStage')}
                      captionHidden
                      columns={[
                        { key: 'stage', header: t('jointActions.filters.stage'), render: (row) => t(jointActionEnumKey('PolicyStage', row.stage)) },
                        { key: 'count', header: t('continental.jointActionSummary.columns.count'), numeric: true, render: (row) => number(row.count) },
                      ]}
                      rows={summary.byStageReached}
                      rowKey={(row) => row.stage}
                      empty={<p className="muted">{t('continental.jointActionSummary.noStage')}</p>}
                    />
                  </Card>
                </div>
              </section>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
