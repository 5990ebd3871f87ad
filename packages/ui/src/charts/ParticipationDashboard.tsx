import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activityEnumKey } from '../activities/labels.ts';
import { EmptyState } from '../data/EmptyState.tsx';
import { countryName } from '../format/country.ts';
import { formatMonth, formatNumber, formatPercent } from '../format/format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { ageBandLabel, groupTable, monthSharesTable, monthTable, sexAgeTable, type Translate } from './chart-tables.ts';
import { HeadlineFigures } from './HeadlineFigures.tsx';
import { GroupBarChart, MonthlyParticipantsChart, MonthlySharesChart, SexAgeChart } from './ParticipationCharts.tsx';
import {
  genderMarkerRows,
  groupRows,
  largestGroup,
  monthlySeries,
  peakMonth,
  sexAgeRows,
  type AgeBandLike,
  type GroupRow,
  type ParticipationSummaryLike,
} from './participation.ts';
import type { PeriodRange } from './period.ts';
import './charts.css';

export type ParticipationDashboardProps = {
  summary: ParticipationSummaryLike;
  /** The period asked for; the monthly charts run from its first to its last month. */
  range: PeriodRange;
  /** The network's age bands, in order (bands nobody fell in still get a row). */
  ageBands?: readonly AgeBandLike[];
  locale: string;
  /** Adds participation by country (the network-wide dashboard). */
  byCountry?: boolean;
};

/** A section of the dashboard under its own `<h2>`. */
function DashboardSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="dashboard__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="dashboard__grid">{children}</div>
    </section>
  );
}

/** The sentence under a chart of groups: which group reached most people. */
function groupSummary(
  rows: readonly GroupRow[],
  labelOf: (key: string) => string,
  t: Translate,
  locale: string,
  message = 'dashboard.summary.largestGroup',
): string {
  const largest = largestGroup(rows);
  if (!largest) return t('dashboard.summary.nobody');
  return t(message, {
    label: labelOf(largest.key),
    people: formatNumber(largest.total, locale),
    count: largest.activityCount,
    activities: formatNumber(largest.activityCount, locale),
  });
}

/**
 * The participation dashboard shared by the national and continental apps:
 * headline figures, then people reached over time, by type, gender marker
 * score, social protection branch, sex × age band and (network-wide) by
 * country. Every chart comes with a text summary and a table alternative.
 */
export function ParticipationDashboard({ summary, range, ageBands, locale, byCountry = false }: ParticipationDashboardProps) {
  const { t } = useTranslation();
  const tr: Translate = t;

  const months = useMemo(() => monthlySeries(summary.byMonth, range), [summary.byMonth, range]);
  const types = useMemo(() => groupRows(summary.byType, (g) => g.type), [summary.byType]);
  const branches = useMemo(() => groupRows(summary.byBranch, (g) => g.branch), [summary.byBranch]);
  const scores = useMemo(() => genderMarkerRows(summary.byGenderMarkerScore), [summary.byGenderMarkerScore]);
  const countries = useMemo(() => groupRows(summary.byCountry ?? [], (g) => g.country), [summary.byCountry]);
  const sexAge = useMemo(() => sexAgeRows(summary.bySexAndAgeBand, ageBands), [summary.bySexAndAgeBand, ageBands]);

  const typeLabel = (key: string) => t(activityEnumKey('ActivityType', key));
  const branchLabel = (key: string) => t(activityEnumKey('SocialProtectionBranch', key));
  const scoreLabel = (key: string) => t(activityEnumKey('GenderMarkerScore', key));
  const countryLabel = (key: string) => countryName(key, locale);

  const groupLabels = {
    activities: t('dashboard.series.activities'),
    people: t('dashboard.series.total'),
    women: t('dashboard.series.women'),
  };
  const peak = peakMonth(months);
  const targeted = scores.filter((row) => row.key !== '0').reduce((sum, row) => sum + row.total, 0);

  return (
    <div className="dashboard">
      <HeadlineFigures summary={summary} locale={locale} />

      {summary.activityCount === 0 ? (
        <EmptyState title={t('dashboard.empty')}>{t('dashboard.emptyHint')}</EmptyState>
      ) : (
        <>
          <DashboardSection title={t('dashboard.sections.overTime')}>
            <ChartFigure
              wide
              title={t('dashboard.charts.overTime')}
              summary={
                peak
                  ? t('dashboard.summary.overTime', {
                      people: formatNumber(summary.total, locale),
                      peak: formatMonth(peak.month, locale, 'long'),
                      peakPeople: formatNumber(peak.total, locale),
                    })
                  : t('dashboard.summary.nobody')
              }
              table={monthTable(months, { t: tr, locale })}
            >
              <MonthlyParticipantsChart
                rows={months}
                locale={locale}
                labels={{ total: t('dashboard.series.total'), women: t('dashboard.series.women'), youth: t('dashboard.series.youth') }}
              />
            </ChartFigure>
            <ChartFigure
              wide
              title={t('dashboard.charts.shares')}
              summary={
                summary.total > 0
                  ? t('dashboard.summary.shares', {
                      women: formatPercent(summary.womenShare, locale),
                      youth: formatPercent(summary.youthShare, locale),
                    })
                  : t('dashboard.summary.nobody')
              }
              table={monthSharesTable(months, { t: tr, locale })}
            >
              <MonthlySharesChart
                rows={months}
                locale={locale}
                labels={{ womenShare: t('dashboard.series.womenShare'), youthShare: t('dashboard.series.youthShare') }}
              />
            </ChartFigure>
          </DashboardSection>

          {byCountry ? (
            <DashboardSection title={t('dashboard.sections.byCountry')}>
              <ChartFigure
                wide
                title={t('dashboard.charts.byCountry')}
                summary={groupSummary(countries, countryLabel, tr, locale, 'dashboard.summary.largestCountry')}
                table={groupTable(countries, { firstHeader: t('dashboard.columns.country'), labelOf: countryLabel, t: tr, locale })}
              >
                <GroupBarChart rows={countries} labelOf={countryLabel} locale={locale} labels={groupLabels} />
              </ChartFigure>
            </DashboardSection>
          ) : null}

          <DashboardSection title={t('dashboard.sections.byKind')}>
            <ChartFigure
              wide
              title={t('dashboard.charts.byType')}
              summary={groupSummary(types, typeLabel, tr, locale)}
              table={groupTable(types, { firstHeader: t('dashboard.columns.type'), labelOf: typeLabel, t: tr, locale })}
            >
              <GroupBarChart rows={types} labelOf={typeLabel} locale={locale} labels={groupLabels} />
            </ChartFigure>
            <ChartFigure
              wide
              title={t('dashboard.charts.byGenderMarker')}
              summary={
                summary.total > 0
                  ? t('dashboard.summary.genderMarker', { share: formatPercent(targeted / summary.total, locale) })
                  : t('dashboard.summary.nobody')
              }
              table={groupTable(scores, { firstHeader: t('dashboard.columns.genderScore'), labelOf: scoreLabel, t: tr, locale })}
            >
              <GroupBarChart rows={scores} labelOf={scoreLabel} locale={locale} labels={groupLabels} />
            </ChartFigure>
            <ChartFigure
              wide
              title={t('dashboard.charts.byBranch')}
              summary={`${groupSummary(branches, branchLabel, tr, locale)} ${t('dashboard.summary.branchNote')}`}
              table={groupTable(branches, { firstHeader: t('dashboard.columns.branch'), labelOf: branchLabel, t: tr, locale })}
            >
              <GroupBarChart rows={branches} labelOf={branchLabel} locale={locale} labels={groupLabels} />
            </ChartFigure>
          </DashboardSection>

          <DashboardSection title={t('dashboard.sections.people')}>
            <ChartFigure
              wide
              title={t('dashboard.charts.bySexAndAge')}
              summary={t('dashboard.summary.sexes', {
                women: formatNumber(summary.women, locale),
                men: formatNumber(summary.men, locale),
                other: formatNumber(summary.other, locale),
                notRecorded: formatNumber(summary.notRecorded, locale),
              })}
              table={sexAgeTable(sexAge, { t: tr, locale })}
            >
              <SexAgeChart
                rows={sexAge}
                labelOf={(row) => ageBandLabel(row, tr)}
                locale={locale}
                labels={{
                  women: t('enums.Sex.WOMEN'),
                  men: t('enums.Sex.MEN'),
                  other: t('enums.Sex.OTHER'),
                  notRecorded: t('enums.Sex.NOT_RECORDED'),
                }}
              />
            </ChartFigure>
          </DashboardSection>
        </>
      )}
    </div>
  );
}
