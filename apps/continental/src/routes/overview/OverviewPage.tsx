import { countryName, ErrorMessage, formatNumber, Loading, useDocumentTitle } from '@synergia/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import type { SynergyFilter } from '../../gql/graphql.ts';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { groupByCountry } from './group-by-country.ts';
import { OverviewQuery } from './overview.documents.ts';
import { SynergyFilters, useSynergyFilters } from './SynergyFilters.tsx';

// A created synergy has no list to invalidate when the list was empty.
const LIST_CONTEXT = { additionalTypenames: ['Synergy'] };

/** The network at a glance: its synergies grouped by country, with totals and a filter kept in the URL. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { network, isAdmin } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const filters = useSynergyFilters();
  const { search, status } = filters;
  useDocumentTitle(t('continental.overview.title'), t('continental.appName'));

  const variables = useMemo(() => {
    const filter: SynergyFilter = { networkId };
    if (search) filter.search = search;
    if (status) filter.statuses = [status];
    return { networkId, filter };
  }, [networkId, search, status]);
  const [result, reexecute] = useQuery({ query: OverviewQuery, variables, context: LIST_CONTEXT, pause: !networkId });
  const { data, fetching, error } = result;

  const synergies = useMemo(() => data?.synergies.edges.map((e) => e.node) ?? [], [data]);
  const groups = useMemo(
    () => groupByCountry(synergies, (code) => countryName(code, locale), locale),
    [synergies, locale],
  );
  const shownPartners = groups.reduce((sum, g) => sum + g.partnerCount, 0);
  const filtered = Boolean(search || status);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <p className="page-header__eyebrow">{t('continental.overview.eyebrow')}</p>
          <h1>
            {data?.network?.name ?? network?.name}
            {network?.acronym ? <span className="page-header__acronym"> ({network.acronym})</span> : null}
          </h1>
        </div>
        {isAdmin ? (
          <Link to="/synergies/new" className="button button--primary">
            {t('continental.overview.newSynergy')}
          </Link>
        ) : null}
      </div>

      {data?.network ? (
        <section aria-label={t('continental.overview.totals')}>
          <dl className="stats">
            <div className="stats__item">
              <dt>{t('continental.overview.synergyTotal')}</dt>
              <dd>{formatNumber(data.network.synergyCount, locale)}</dd>
            </div>
            <div className="stats__item">
              <dt>{t('continental.overview.partnerTotal')}</dt>
              <dd>{formatNumber(data.network.partnerCount, locale)}</dd>
            </div>
            {!filtered ? (
              <div className="stats__item">
                <dt>{t('continental.overview.countryTotal')}</dt>
                <dd>{formatNumber(groups.length, locale)}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="synergies-title">
        <h2 id="synergies-title">{t('continental.overview.synergiesTitle')}</h2>
        <SynergyFilters filters={filters} />

        {error ? <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
        {fetching && !data ? <Loading /> : null}

        {data ? (
          <>
            <p className="result-summary" role="status">
              {filtered
                ? t('continental.overview.matching', { count: data.synergies.totalCount })
                : t('continental.overview.listed', { count: data.synergies.totalCount })}
              {data.synergies.totalCount > synergies.length
                ? ` ${t('continental.overview.firstOnly', { count: synergies.length })}`
                : null}
            </p>
            {synergies.length === 0 ? (
              <div className="empty-state">
                <p className="empty-state__title">
                  {filtered ? t('continental.overview.noMatch') : t('continental.overview.empty')}
                </p>
                {filtered ? (
                  <button type="button" className="button" onClick={filters.clear}>
                    {t('continental.overview.clearFilters')}
                  </button>
                ) : isAdmin ? (
                  <Link to="/synergies/new" className="button">
                    {t('continental.overview.newSynergy')}
                  </Link>
                ) : null}
              </div>
            ) : (
              <div className="table-scroll" role="region" aria-labelledby="synergies-caption" tabIndex={0}>
                <table className="data-table grouped-table">
                  <caption id="synergies-caption" className="visually-hidden">
                    {t('continental.overview.caption')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('continental.overview.colSynergy')}</th>
                      <th scope="col">{t('continental.overview.colStatus')}</th>
                      <th scope="col" className="numeric">
                        {t('continental.overview.colPartners')}
                      </th>
                    </tr>
                  </thead>
                  {groups.map((group) => (
                    <tbody key={group.country}>
                      <tr className="grouped-table__group">
                        <th scope="rowgroup" colSpan={3}>
                          <span className="country-code" aria-hidden="true">
                            {group.country}
                          </span>{' '}
                          {group.countryName}
                        </th>
                      </tr>
                      {group.synergies.map((synergy) => (
                        <tr key={synergy.id}>
                          <th scope="row">
                            <Link to={`/synergies/${encodeURIComponent(synergy.id)}`}>{synergy.name}</Link>
                          </th>
                          <td>
                            <StatusBadge status={synergy.status} />
                          </td>
                          <td className="numeric">{formatNumber(synergy.partnerCount, locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                  ))}
                  <tfoot>
                    <tr>
                      <th scope="row">{t('continental.overview.footTotal', { count: synergies.length })}</th>
                      <td />
                      <td className="numeric">{formatNumber(shownPartners, locale)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
          </>
        ) : null}
      </section>
    </div>
  );
}
