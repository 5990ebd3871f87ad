import { CapacityHistoryChart, ChartFigure, DataTable, DetailItem, formatDate, nameWithAcronym, regionalLocale, useDocumentTitle, type ChartTableModel } from '@synergia/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ScoreChange } from '../../capacity/ScoreChange.tsx';
import { domainKey } from '../../capacity/capacity-domains.ts';
import { assessedDomains, domainSeries, historyRows } from '../../capacity/capacity-history.ts';
import { formatAverage, formatChange } from '../../capacity/capacity-summary.ts';
import '../../capacity/capacity.css';
import { BackLink } from '../../components/BackLink.tsx';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import type { CapacityDomain, ContinentalPartnerCapacityQuery } from '../../gql/graphql.ts';
import { PartnerCapacityQuery } from './partner-capacity.documents.ts';

const CONTEXT = { additionalTypenames: ['CapacityAssessment'] };

type Assessment = NonNullable<ContinentalPartnerCapacityQuery['partner']>['capacityAssessments']['edges'][number]['node'];
type Score = Assessment['scores'][number];

/**
 * A partner's capacity over time: a line chart per domain assessed, each with
 * its table, then every assessment with its scores and evidence, latest first.
 * Loaded lazily with the chart library.
 */
export function PartnerCapacityPage() {
  const { t, i18n } = useTranslation();
  const locale = regionalLocale(i18n.resolvedLanguage ?? i18n.language);
  const { partnerId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PartnerCapacityQuery, variables: { partnerId }, context: CONTEXT });
  const partner = data?.partner;
  const name = partner ? nameWithAcronym(partner) : '';
  const title = partner ? t('continental.partnerCapacity.title', { partner: name }) : t('continental.partnerCapacity.notFound');
  useDocumentTitle(title, t('continental.appName'));

  const assessments = useMemo(() => partner?.capacityAssessments.edges.map((e) => e.node) ?? [], [partner]);
  const rows = useMemo(() => historyRows(assessments), [assessments]);
  const domains = assessedDomains(rows);
  const domainName = (domain: CapacityDomain) => t(domainKey(domain));

  return (
    <div className="page">
      <BackLink to="/capacity-assessments">{t('continental.partnerCapacity.back')}</BackLink>
      {!partner ? (
        <RecordLoadState
          answered={Boolean(data)}
          found={false}
          fetching={fetching}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          notFound={t('continental.partnerCapacity.notFound')}
        />
      ) : (
        <>
          <h1>{title}</h1>
          <p className="muted">{t('continental.partnerCapacity.intro', { count: partner.capacityAssessments.totalCount })}</p>
          {assessments.length === 0 ? (
            <p>{t('continental.partnerCapacity.empty')}</p>
          ) : (
            <>
              <section className="dashboard__section" aria-labelledby="partner-capacity-charts">
                <h2 id="partner-capacity-charts">{t('continental.partnerCapacity.overTime')}</h2>
                <div className="dashboard__grid">
                  {domains.map((domain) => {
                    const series = domainSeries(rows, domain);
                    const last = series.at(-1);
                    const table: ChartTableModel = {
                      columns: [
                        { key: 'date', header: t('continental.partnerCapacity.columns.date') },
                        { key: 'score', header: t('continental.partnerCapacity.columns.score'), numeric: true },
                        { key: 'change', header: t('continental.partnerCapacity.columns.change'), numeric: true },
                      ],
                      rows: series.map((point) => ({
                        key: point.key,
                        header: formatDate(point.assessedOn, locale),
                        cells: [String(point.score), point.change === null ? '—' : formatChange(point.change, locale)],
                      })),
                    };
                    return (
                      <ChartFigure
                        key={domain}
                        title={domainName(domain)}
                        tableCaption={t('continental.partnerCapacity.tableCaption', { domain: domainName(domain) })}
                        summary={t('continental.partnerCapacity.chartSummary', {
                          count: series.length,
                          score: last?.score ?? '',
                          date: formatDate(last?.assessedOn, locale),
                        })}
                        table={table}
                      >
                        <CapacityHistoryChart rows={rows} domains={[domain]} labelOf={domainName} locale={locale} />
                      </ChartFigure>
                    );
                  })}
                </div>
              </section>

              <section aria-labelledby="partner-capacity-assessments">
                <h2 id="partner-capacity-assessments">{t('continental.partnerCapacity.assessments')}</h2>
                {assessments.map((assessment) => (
                  <AssessmentEntry key={assessment.id} assessment={assessment} locale={locale} />
                ))}
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}

/** One assessment: when, by whom, its mission and notes, and each score with its change and evidence. */
function AssessmentEntry({ assessment, locale }: { assessment: Assessment; locale: string }) {
  const { t } = useTranslation();
  const date = formatDate(assessment.assessedOn, locale);
  const headingId = `assessment-${assessment.id.replace(/[^\w-]/g, '')}`;
  return (
    <article className="capacity-assessment" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('continental.partnerCapacity.assessmentOf', { date })}</h3>
      <dl className="details-list">
        <DetailItem term={t('continental.partnerCapacity.assessor')}>{assessment.assessor}</DetailItem>
        <DetailItem term={t('continental.partnerCapacity.average')}>{formatAverage(assessment.averageScore, locale)}</DetailItem>
        <DetailItem term={t('continental.partnerCapacity.mission')}>
          {assessment.mission ? <Link to={`/missions/${encodeURIComponent(assessment.mission.id)}`}>{assessment.mission.title}</Link> : null}
        </DetailItem>
        {assessment.notes ? <DetailItem term={t('continental.partnerCapacity.notes')}>{assessment.notes}</DetailItem> : null}
      </dl>
      <DataTable<Score>
        caption={t('continental.partnerCapacity.scoresCaption', { date })}
        captionHidden
        columns={[
          { key: 'domain', header: t('continental.capacityAssessments.columns.domain'), render: (s) => t(domainKey(s.domain)) },
          {
            key: 'score',
            header: t('continental.partnerCapacity.columns.score'),
            numeric: true,
            render: (s) => (
              <>
                {s.score} <ScoreChange change={s.change} />
              </>
            ),
          },
          { key: 'evidence', header: t('continental.partnerCapacity.columns.evidence'), render: (s) => s.evidence ?? '—' },
        ]}
        rows={assessment.scores}
        rowKey={(s) => s.domain}
      />
    </article>
  );
}
