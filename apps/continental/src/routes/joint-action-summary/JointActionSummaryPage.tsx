import {
  ActivityStatusBadge,
  ChartFigure,
  DataTable,
  EmptyState,
  GroupBarChart,
  HeadlineFigureList,
  countryName,
  formatNumber,
  formatPercent,
  jointActionEnumKey,
  regionalLocale,
  useDocumentTitle,
} from '@synergia/ui';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NetworkPageHeader } from '../../components/NetworkPageHeader.tsx';
import { PeriodSummaryState } from '../../components/PeriodSummaryState.tsx';
import { useNetworkPeriodQuery } from '../../hooks/useNetworkPeriodQuery.ts';
import { countryChartRows, countryTable } from './by-country.ts';
import { ContinentalJointActionSummaryQuery } from './joint-action-summary.documents.ts';

// The summary holds no JointAction, so say which changes make it stale.
const SUMMARY_CONTEXT = { additionalTypenames: ['JointAction'] };

type CountRow = { key: string; label: ReactNode; count: number };

/** A count per value of one vocabulary, as a table in a card. */
function CountCard({ title, header, rows, number, empty }: { title: string; header: string; rows: CountRow[]; number: (value: number) => string; empty?: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="chart-card" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <DataTable
        caption={title}
        captionHidden
        columns={[
          { key: 'label', header, render: (row) => row.label },
          { key: 'count', header: t('continental.jointActionSummary.columns.count'), numeric: true, render: (row) => number(row.count) },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
        empty={empty}
      />
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
  const { network, data, status } = useNetworkPeriodQuery(ContinentalJointActionSummaryQuery, SUMMARY_CONTEXT);
  useDocumentTitle(t('continental.jointActionSummary.title'), t('continental.appName'));
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
      <NetworkPageHeader
        network={network?.name}
        title={t('continental.jointActionSummary.title')}
        intro={t('continental.jointActionSummary.intro')}
        links={<Link to="/joint-actions">{t('continental.jointActions.back')}</Link>}
      />
      <PeriodSummaryState {...status} locale={locale} note={t('continental.jointActionSummary.periodNote')} notAllowed={t('continental.jointActionSummary.notAllowed')} />
      {summary ? (
        <div className="dashboard">
          <HeadlineFigureList items={figures} />

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
                  <CountCard
                    title={t('continental.jointActionSummary.byKind')}
                    header={t('jointActions.filters.kind')}
                    rows={summary.byKind.map((row) => ({ key: row.kind, label: t(jointActionEnumKey('JointActionKind', row.kind)), count: row.count }))}
                    number={number}
                  />
                  <CountCard
                    title={t('continental.jointActionSummary.byStatus')}
                    header={t('activities.filters.status')}
                    rows={summary.byStatus.map((row) => ({ key: row.status, label: <ActivityStatusBadge status={row.status} />, count: row.count }))}
                    number={number}
                  />
                  <CountCard
                    title={t('continental.jointActionSummary.byStage')}
                    header={t('jointActions.filters.stage')}
                    rows={summary.byStageReached.map((row) => ({ key: row.stage, label: t(jointActionEnumKey('PolicyStage', row.stage)), count: row.count }))}
                    number={number}
                    empty={<p className="muted">{t('continental.jointActionSummary.noStage')}</p>}
                  />
                </div>
              </section>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
