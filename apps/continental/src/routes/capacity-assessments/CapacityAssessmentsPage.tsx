import {
  ChoiceSelect,
  DataTable,
  ExportButtons,
  FilterBar,
  FormAlert,
  PagedList,
  countryName,
  listQueryProps,
  nameWithAcronym,
  usePagination,
  useDocumentTitle,
  type DataTableColumn,
} from '@synergia/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { RecordAssessmentForm } from '../../capacity/RecordAssessmentForm.tsx';
import { ScoreChange } from '../../capacity/ScoreChange.tsx';
import { CAPACITY_DOMAINS, domainKey } from '../../capacity/capacity-domains.ts';
import { latestScores, type LatestScores } from '../../capacity/capacity-grid.ts';
import '../../capacity/capacity.css';
import { NetworkPageHeader } from '../../components/NetworkPageHeader.tsx';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { useNetworkChoices } from '../joint-actions/useNetworkChoices.ts';
import { CapacityGridQuery } from './capacity-assessments.documents.ts';

const PAGE_SIZE = 20;
const LIST_CONTEXT = { additionalTypenames: ['CapacityAssessment', 'Partner'] };

type GridRow = { id: string; name: string; country: string; cells: LatestScores };

/**
 * The capacity assessment grid: a row per partner of the network (narrowed by
 * synergy and country, kept in the URL), a column per domain with the latest
 * score and its change since the assessment before; the assessments as CSV or
 * XLSX; and the form that records one.
 */
export function CapacityAssessmentsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { network } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const [searchParams, setSearchParams] = useSearchParams();
  const synergyId = searchParams.get('synergy') ?? '';
  const country = searchParams.get('country') ?? '';
  const choices = useNetworkChoices(networkId, locale);
  const pagination = usePagination(PAGE_SIZE, `${synergyId}|${country}`);
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState<{ id: string; name: string } | null>(null);
  useDocumentTitle(t('continental.capacityAssessments.title'), t('continental.appName'));

  const filter = useMemo(
    () => ({ networkId, ...(synergyId ? { synergyId } : {}), ...(country ? { countries: [country] } : {}) }),
    [networkId, synergyId, country],
  );
  const query = useQuery({
    query: CapacityGridQuery,
    variables: { filter, first: pagination.first, after: pagination.after },
    context: LIST_CONTEXT,
    pause: !networkId,
  });
  const filtered = Boolean(synergyId || country);

  function setFilter(name: 'synergy' | 'country', value: string) {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearchParams(next, { replace: true });
  }
  const clear = () => setSearchParams(new URLSearchParams(), { replace: true });

  const columns: DataTableColumn<GridRow>[] = [
    {
      key: 'partner',
      header: t('continental.capacityAssessments.columns.partner'),
      render: (row) => (
        <Link to={`/partners/${encodeURIComponent(row.id)}/capacity`} aria-label={t('continental.capacityAssessments.historyOf', { partner: row.name })}>
          {row.name}
        </Link>
      ),
    },
    { key: 'country', header: t('activities.filters.country'), render: (row) => countryName(row.country, locale) },
    ...CAPACITY_DOMAINS.map(
      (domain): DataTableColumn<GridRow> => ({
        key: domain,
        header: t(domainKey(domain)),
        numeric: true,
        render: (row) => {
          const cell = row.cells[domain];
          if (!cell)
            return (
              <>
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">{t('continental.capacityAssessments.notAssessed')}</span>
              </>
            );
          return (
            <span className="score-cell">
              <span className={`score-cell__score score-cell__score--${cell.score}`}>{cell.score}</span> <ScoreChange change={cell.change} />
            </span>
          );
        },
      }),
    ),
  ];

  return (
    <div className="page">
      <NetworkPageHeader
        network={network?.name}
        title={t('continental.capacityAssessments.title')}
        intro={t('continental.capacityAssessments.intro')}
        links={<Link to="/capacity-building">{t('continental.capacityBuilding.nav')}</Link>}
      />

      {recorded ? (
        <FormAlert tone="success" title={t('continental.capacityAssessments.recorded', { partner: recorded.name })}>
          <p>
            <Link to={`/partners/${encodeURIComponent(recorded.id)}/capacity`}>{t('continental.capacityAssessments.historyOf', { partner: recorded.name })}</Link>
          </p>
        </FormAlert>
      ) : null}

      {recording && networkId ? (
        <RecordAssessmentForm
          networkId={networkId}
          partners={choices.partners}
          onRecorded={(partner) => {
            setRecorded(partner);
            setRecording(false);
          }}
          onCancel={() => setRecording(false)}
        />
      ) : (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setRecorded(null);
              setRecording(true);
            }}
          >
            {t('continental.capacityAssessments.record')}
          </button>
        </p>
      )}

      <PagedList
        filterBar={
          <FilterBar label={t('continental.capacityAssessments.filters.label')} filtered={filtered} onClear={clear}>
            <ChoiceSelect
              id="capacity-filter-synergy"
              label={t('activities.filters.synergy')}
              value={synergyId}
              options={choices.synergies}
              currentLabel={synergyId}
              onChange={(value) => setFilter('synergy', value)}
            />
            <ChoiceSelect
              id="capacity-filter-country"
              label={t('activities.filters.country')}
              value={country}
              options={choices.countries}
              currentLabel={country}
              onChange={(value) => setFilter('country', value)}
            />
          </FilterBar>
        }
        {...listQueryProps(query, (data) => data.partners)}
        messages="continental.capacityAssessments.list"
        headingId="capacity-grid-heading"
        pagination={pagination}
        filtered={filtered}
        onClearFilters={clear}
        summaryExtra={<ExportButtons resource="capacity-assessments" filter={filter} />}
        table={(partners, empty) => (
          <DataTable
            caption={t('continental.capacityAssessments.caption', { network: network?.name ?? '' })}
            columns={columns}
            rows={partners.map((p) => ({
              id: p.id,
              name: nameWithAcronym(p),
              country: p.country,
              cells: latestScores(p.capacityAssessments.edges.map((e) => e.node)),
            }))}
            rowKey={(row) => row.id}
            empty={empty}
          />
        )}
      />
    </div>
  );
}
