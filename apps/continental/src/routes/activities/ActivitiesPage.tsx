import {
  ActivityFilterBar,
  ActivityTable,
  EmptyState,
  ErrorMessage,
  ExportButtons,
  FormAlert,
  Loading,
  Pagination,
  activityFilterFrom,
  clearActivityFilters,
  countryName,
  formatNumber,
  hasActivityFilters,
  parseActivityListParams,
  useDocumentTitle,
  usePagination,
  writeActivityListParams,
  type ActivityListParams,
} from '@synergia/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { ContinentalActivitiesQuery, ContinentalActivityFilterOptionsQuery } from './activities.documents.ts';

const PAGE_SIZE = 20;
const LIST_CONTEXT = { additionalTypenames: ['Activity'] };

/**
 * Every activity of the network's partners, read only: the filters of the
 * national list plus the country, kept in the URL; pages of 20 with the
 * total; the filtered list as CSV or XLSX.
 */
export function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { network } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const [searchParams, setSearchParams] = useSearchParams();
  const list = useMemo(() => parseActivityListParams(searchParams), [searchParams]);
  const filter = useMemo(() => activityFilterFrom(list, { networkId }), [list, networkId]);
  const orderBy = list.order;
  const pagination = usePagination(PAGE_SIZE, JSON.stringify([filter, orderBy]));
  useDocumentTitle(t('continental.activities.title'), t('continental.appName'));

  const [result, reexecute] = useQuery({
    query: ContinentalActivitiesQuery,
    variables: { filter, orderBy, first: pagination.first, after: pagination.after },
    context: LIST_CONTEXT,
    pause: !networkId,
  });
  const [optionsResult] = useQuery({ query: ContinentalActivityFilterOptionsQuery, variables: { networkId, first: 100 }, pause: !networkId });

  const options = optionsResult.data;
  const synergyOptions = useMemo(() => options?.synergies.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [], [options]);
  const partnerOptions = useMemo(
    () => options?.partners.edges.map((e) => ({ value: e.node.id, label: e.node.acronym ? `${e.node.name} (${e.node.acronym})` : e.node.name })) ?? [],
    [options],
  );
  // The countries the network works in: those of its synergies and partners.
  const countryOptions = useMemo(() => {
    const codes = new Set([...(options?.synergies.edges ?? []), ...(options?.partners.edges ?? [])].map((e) => e.node.country));
    const collator = new Intl.Collator(locale);
    return [...codes].map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label));
  }, [options, locale]);

  function change(next: ActivityListParams) {
    setSearchParams(writeActivityListParams(next, searchParams), { replace: true });
  }

  const connection = result.data?.activities;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = hasActivityFilters(list);
  const invalidFilter = result.error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <p className="page-header__eyebrow">{network?.name}</p>
          <h1>{t('continental.activities.title')}</h1>
          <p className="muted">{t('continental.activities.intro')}</p>
        </div>
      </div>

      <ActivityFilterBar params={list} onChange={change} synergies={synergyOptions} partners={partnerOptions} countries={countryOptions} />

      {invalidFilter ? (
        <FormAlert
          title={t('continental.activities.badFilter')}
          actions={
            <button type="button" className="button" onClick={() => change(clearActivityFilters(list))}>
              {t('activities.filters.clear')}
            </button>
          }
        />
      ) : result.error ? (
        <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}
      {result.fetching && !connection ? <Loading /> : null}

      {connection ? (
        <section aria-labelledby="activities-heading">
          <div className="activity-list-summary">
            <h2 id="activities-heading" className="visually-hidden">
              {t('continental.activities.heading')}
            </h2>
            <p role="status">
              {filtered
                ? t('continental.activities.matching', { count: connection.totalCount, formatted: formatNumber(connection.totalCount, locale) })
                : t('continental.activities.total', { count: connection.totalCount, formatted: formatNumber(connection.totalCount, locale) })}
            </p>
            <ExportButtons resource="activities" filter={filter} orderBy={orderBy} />
          </div>
          <ActivityTable
            rows={rows}
            caption={t('continental.activities.caption', { network: network?.name ?? '' })}
            hrefOf={(a) => `/activities/${encodeURIComponent(a.id)}`}
            showCountry
            showSynergy
            locale={locale}
            empty={
              <EmptyState
                title={filtered ? t('continental.activities.noMatch') : t('continental.activities.empty')}
                action={
                  filtered ? (
                    <button type="button" className="button" onClick={() => change(clearActivityFilters(list))}>
                      {t('activities.filters.clear')}
                    </button>
                  ) : null
                }
              />
            }
          />
          {rows.length > 0 ? (
            <Pagination pagination={pagination} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} />
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
