import {
  capacityBuildingEnumKey,
  CategoryBarChart,
  ChartFigure,
  EmptyState,
  GroupBarChart,
  HeadlineFigureList,
  MonthlyMissionsChart,
  SelectField,
  CHART_COLORS,
  countryName,
  formatNumber,
  formatPercent,
  regionalLocale,
  useDocumentTitle,
  usePeriodParam,
} from '@synergia/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { domainKey } from '../../capacity/capacity-domains.ts';
import {
  capacityChangeTable,
  formatAverage,
  formatChange,
  formatMoney,
  genderMarkerGroups,
  genderMarkerTable,
  missionChartRow,
  missionGroupTable,
  monthGroupTable,
  monthSeries,
  statusCountTable,
} from '../../capacity/capacity-summary.ts';
import '../../capacity/capacity.css';
import { NetworkPageHeader } from '../../components/NetworkPageHeader.tsx';
import { PeriodSummaryState } from '../../components/PeriodSummaryState.tsx';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import type { ContinentalCapacityBuildingSummaryQuery } from '../../gql/graphql.ts';
import { useNetworkChoices } from '../joint-actions/useNetworkChoices.ts';
import { CapacityBuildingSummaryQuery } from './capacity-building.documents.ts';

// The summary holds no mission, follow-up, assessment or review: say which changes make it stale.
const SUMMARY_CONTEXT = { additionalTypenames: ['CapacityBuildingMission', 'FollowUpAction', 'CapacityAssessment', 'CapacityBuildingReview'] };

/** The names of the theme, format and review status values, from this feature's messages. */
const themeKey = (theme: string) => capacityBuildingEnumKey('CapacityTheme', theme);
const formatKey = (format: string) => capacityBuildingEnumKey('MissionFormat', format);
const reviewStatusKey = (status: string) => capacityBuildingEnumKey('ReviewStatus', status);

/**
 * Capacity building summed up for the network or one synergy (`?synergy=`)
 * over the period in the URL: key figures, then missions and people by theme,
 * format, country, gender marker and month, capacity change by domain, and
 * missions and reviews by status, each chart with its table. Loaded lazily
 * with the chart library.
 */
export function CapacityBuildingDashboardPage() {
  const { t, i18n } = useTranslation();
  const locale = regionalLocale(i18n.resolvedLanguage ?? i18n.language);
  const { network } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const [searchParams, setSearchParams] = useSearchParams();
  const synergyId = searchParams.get('synergy') ?? '';
  const choices = useNetworkChoices(networkId, i18n.language);
  const period = usePeriodParam();
  const scope = synergyId ? { synergyId } : { networkId };
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CapacityBuildingSummaryQuery,
    variables: { scope, from: period.range.from, to: period.range.to },
    pause: !networkId,
    context: SUMMARY_CONTEXT,
  });
  useDocumentTitle(t('continental.capacityBuilding.title'), t('continental.appName'));

  const summary = data?.capacityBuildingSummary;
  const number = (value: number) => formatNumber(value, locale);
  const percent = (value: number | null | undefined) => formatPercent(value, locale) || '—';
  const rating = (value: number | null | undefined) => (value == null ? '—' : t('continental.capacityBuilding.figures.outOf5', { value: formatAverage(value, locale) }));
  const synergyName = choices.synergies.find((s) => s.value === synergyId)?.label;
  const months = useMemo(() => (summary ? monthSeries(summary.byMonth, period.range) : []), [summary, period.range]);

  function setScope(value: string) {
    const next = new URLSearchParams(searchParams);
    if (value) next.set('synergy', value);
    else next.delete('synergy');
    setSearchParams(next);
  }

  const figures = summary
    ? [
        { key: 'missions', label: t('continental.capacityBuilding.figures.missions'), value: number(summary.missions) },
        { key: 'participants', label: t('continental.capacityBuilding.figures.participants'), value: number(summary.participants) },
        { key: 'womenShare', label: t('dashboard.headline.womenShare'), value: percent(summary.womenShare) },
        { key: 'youthShare', label: t('dashboard.headline.youthShare'), value: percent(summary.youthShare) },
        { key: 'relevance', label: t('continental.capacityBuilding.figures.relevance'), value: rating(summary.evaluation.relevance) },
        { key: 'quality', label: t('continental.capacityBuilding.figures.quality'), value: rating(summary.evaluation.quality) },
        { key: 'usefulness', label: t('continental.capacityBuilding.figures.usefulness'), value: rating(summary.evaluation.usefulness) },
        {
          key: 'followUps',
          label: t('continental.capacityBuilding.figures.followUps'),
          value: t('continental.capacityBuilding.figures.followUpsValue', {
            rate: percent(summary.followUps.completionRate),
            count: summary.followUps.overdue,
            overdue: number(summary.followUps.overdue),
          }),
        },
        ...summary.budget.map((b) => ({
          key: `budget-${b.currency}`,
          label: t('continental.capacityBuilding.figures.budget', { currency: b.currency }),
          value: t('continental.capacityBuilding.figures.budgetValue', {
            spent: formatMoney([{ amount: b.spent, currency: b.currency }], locale, true),
            planned: formatMoney([{ amount: b.planned, currency: b.currency }], locale, true),
          }),
        })),
      ]
    : [];

  const groupLabels = {
    activities: t('continental.capacityBuilding.columns.missions'),
    people: t('continental.capacityBuilding.columns.participants'),
    women: t('dashboard.series.women'),
  };

  return (
    <div className="page">
      <NetworkPageHeader
        network={network?.name}
        title={synergyName ? t('continental.capacityBuilding.titleOf', { scope: synergyName }) : t('continental.capacityBuilding.title')}
        intro={t('continental.capacityBuilding.intro')}
        links={<Link to="/capacity-assessments">{t('continental.capacityAssessments.nav')}</Link>}
      />
      <div className="dashboard-toolbar">
        <SelectField
          id="capacity-building-scope"
          label={t('continental.capacityBuilding.scope')}
          value={synergyId}
          onChange={setScope}
          options={choices.synergies}
          placeholder={t('continental.capacityBuilding.wholeNetwork')}
        />
      </div>
      <PeriodSummaryState
        period={period}
        loaded={Boolean(data)}
        fetching={fetching}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        locale={locale}
        note={t('continental.capacityBuilding.periodNote')}
        notAllowed={t('continental.capacityBuilding.notAllowed')}
      />
      {summary ? (
        <div className="dashboard">
          <HeadlineFigureList items={figures} />
          {summary.missions === 0 ? (
            <EmptyState title={t('continental.capacityBuilding.empty')} />
          ) : (
            <>
              <section className="dashboard__section" aria-labelledby="capacity-building-what">
                <h2 id="capacity-building-what">{t('continental.capacityBuilding.sections.what')}</h2>
                <div className="dashboard__grid">
                  {(
                    [
                      ['byTheme', summary.byTheme.map((g) => missionChartRow(g.theme, g)), (key: string) => t(themeKey(key)), t('continental.capacityBuilding.columns.theme')],
                      ['byFormat', summary.byFormat.map((g) => missionChartRow(g.format, g)), (key: string) => t(formatKey(key)), t('continental.capacityBuilding.columns.format')],
                    ] as const
                  ).map(([name, rows, labelOf, firstHeader]) => (
                    <ChartFigure
                      key={name}
                      title={t(`continental.capacityBuilding.charts.${name}`)}
                      summary={t('continental.capacityBuilding.charts.groupSummary', {
                        count: rows[0]?.activityCount ?? 0,
                        group: rows[0] ? labelOf(rows[0].key) : '',
                        formatted: number(rows[0]?.activityCount ?? 0),
                      })}
                      table={missionGroupTable(rows, { t, locale, firstHeader, labelOf })}
                      empty={rows.length === 0 ? <p className="muted">{t('dashboard.empty')}</p> : undefined}
                    >
                      <GroupBarChart rows={rows} labelOf={labelOf} locale={locale} labels={groupLabels} />
                    </ChartFigure>
                  ))}
                </div>
              </section>

              <section className="dashboard__section" aria-labelledby="capacity-building-where">
                <h2 id="capacity-building-where">{t('continental.capacityBuilding.sections.whereAndWhen')}</h2>
                <div className="dashboard__grid">
                  <CountryChart summary={summary} locale={locale} labels={groupLabels} />
                  <ChartFigure
                    title={t('continental.capacityBuilding.charts.byMonth')}
                    summary={t('continental.capacityBuilding.charts.byMonthSummary', { missions: number(summary.missions), count: months.length })}
                    table={monthGroupTable(months, { t, locale })}
                    wide
                  >
                    <MonthlyMissionsChart rows={months} locale={locale} labels={{ missions: groupLabels.activities, participants: groupLabels.people }} />
                  </ChartFigure>
                </div>
              </section>

              <section className="dashboard__section" aria-labelledby="capacity-building-results">
                <h2 id="capacity-building-results">{t('continental.capacityBuilding.sections.results')}</h2>
                <div className="dashboard__grid">
                  <ChartFigure
                    title={t('continental.capacityBuilding.charts.capacityChange')}
                    summary={
                      summary.capacityChange.length === 0
                        ? t('continental.capacityBuilding.charts.noCapacityChange')
                        : t('continental.capacityBuilding.charts.capacityChangeSummary', {
                            domains: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
                              summary.capacityChange.map((c) => `${t(domainKey(c.domain))} ${formatChange(c.averageChange, locale)}`),
                            ),
                          })
                    }
                    table={capacityChangeTable(summary.capacityChange, { t, locale })}
                    empty={summary.capacityChange.length === 0 ? <p className="muted">{t('continental.capacityBuilding.charts.noCapacityChangeHint')}</p> : undefined}
                    wide
                  >
                    <CategoryBarChart
                      rows={summary.capacityChange.map((c) => ({ label: t(domainKey(c.domain)), before: c.averageBefore, after: c.averageAfter }))}
                      series={[
                        { dataKey: 'before', name: t('continental.capacityBuilding.columns.averageBefore'), fill: CHART_COLORS.notRecorded },
                        { dataKey: 'after', name: t('continental.capacityBuilding.columns.averageAfter'), fill: CHART_COLORS.total },
                      ]}
                      domain={[0, 4]}
                      decimals
                      locale={locale}
                    />
                  </ChartFigure>
                  <GenderMarkerChart summary={summary} locale={locale} />
                  <CountChart
                    name="byStatus"
                    rows={summary.byStatus}
                    labelOf={(status) => t(`activities.enums.WorkStatus.${status}`)}
                    firstHeader={t('activities.filters.status')}
                    locale={locale}
                  />
                  <CountChart
                    name="reviewsByStatus"
                    rows={summary.reviewsByStatus}
                    labelOf={(status) => t(reviewStatusKey(status))}
                    firstHeader={t('continental.capacityBuilding.columns.reviewStatus')}
                    locale={locale}
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

type Summary = ContinentalCapacityBuildingSummaryQuery['capacityBuildingSummary'];

/** Missions and people by country; online-only missions last, under "Online". */
function CountryChart({ summary, locale, labels }: { summary: Summary; locale: string; labels: { activities: string; people: string; women: string } }) {
  const { t } = useTranslation();
  const ONLINE = 'online';
  const rows = summary.byCountry.map((g) => missionChartRow(g.country ?? ONLINE, g));
  const labelOf = (key: string) => (key === ONLINE ? t('continental.capacityBuilding.online') : countryName(key, locale));
  return (
    <ChartFigure
      title={t('continental.capacityBuilding.charts.byCountry')}
      summary={t('continental.capacityBuilding.charts.byCountrySummary', { count: rows.filter((r) => r.key !== ONLINE).length })}
      table={missionGroupTable(rows, { t, locale, firstHeader: t('dashboard.columns.country'), labelOf, youth: false })}
      empty={rows.length === 0 ? <p className="muted">{t('dashboard.empty')}</p> : undefined}
      wide
    >
      <GroupBarChart rows={rows} labelOf={labelOf} locale={locale} labels={labels} />
    </ChartFigure>
  );
}

/** Missions by gender marker score (0, 1, 2), with their participants and spending in the table. */
function GenderMarkerChart({ summary, locale }: { summary: Summary; locale: string }) {
  const { t } = useTranslation();
  const groups = genderMarkerGroups(summary.byGenderMarker);
  const principal = groups.find((g) => g.score === 2)?.missions ?? 0;
  return (
    <ChartFigure
      title={t('continental.capacityBuilding.charts.byGenderMarker')}
      summary={t('continental.capacityBuilding.charts.byGenderMarkerSummary', { count: principal, formatted: formatNumber(principal, locale), missions: formatNumber(summary.missions, locale) })}
      table={genderMarkerTable(groups, { t, locale })}
    >
      <CategoryBarChart
        rows={groups.map((g) => ({ label: t(`activities.enums.GenderMarkerScore.${g.score}`), missions: g.missions }))}
        series={[{ dataKey: 'missions', name: t('continental.capacityBuilding.columns.missions'), fill: CHART_COLORS.activities }]}
        locale={locale}
      />
    </ChartFigure>
  );
}

/** A count per status as bars, with its table. */
function CountChart({
  name,
  rows,
  labelOf,
  firstHeader,
  locale,
}: {
  name: 'byStatus' | 'reviewsByStatus';
  rows: readonly { status: string; count: number }[];
  labelOf: (status: string) => string;
  firstHeader: string;
  locale: string;
}) {
  const { t } = useTranslation();
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <ChartFigure
      title={t(`continental.capacityBuilding.charts.${name}`)}
      summary={t(`continental.capacityBuilding.charts.${name}Summary`, { count: total, formatted: formatNumber(total, locale) })}
      table={statusCountTable(rows, { t, locale, firstHeader, labelOf })}
      empty={rows.length === 0 ? <p className="muted">{t(`continental.capacityBuilding.charts.${name}Empty`)}</p> : undefined}
    >
      <CategoryBarChart
        rows={rows.map((row) => ({ label: labelOf(row.status), count: row.count }))}
        series={[{ dataKey: 'count', name: t('continental.capacityBuilding.columns.count'), fill: CHART_COLORS.total }]}
        locale={locale}
      />
    </ChartFigure>
  );
}
