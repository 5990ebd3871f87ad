import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useQuery } from 'urql';
import {
  DataTable,
  EmptyState,
  ErrorMessage,
  Loading,
  Pagination,
  countryName,
  formatNumber,
  useAuth,
  usePagination,
} from '@synergia/ui';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SynergyStatusBadge } from '../../components/StatusBadge.tsx';
import { grantedSynergies, hasNetworkRole } from '../../lib/role-scopes.ts';
import { MilestonesDuePanel } from '../joint-actions/JointActionTimeline.tsx';
import { useLocale } from '../../lib/useLocale.ts';

const HomeSynergiesQuery = graphql(`
  query NationalHome_Synergies($first: Int, $after: String) {
    synergies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          country
          status
          partnerCount
          network {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * The start page: a coordinator of one synergy goes straight to it; anyone
 * else (several synergies, or a role on the whole network) picks one.
 */
export function HomePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { viewer } = useAuth();
  const own = grantedSynergies(viewer);
  const goStraight = own.length === 1 && !hasNetworkRole(viewer);
  const pagination = usePagination(20);
  const context = useMemo(() => ({ additionalTypenames: ['Synergy'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HomeSynergiesQuery,
    variables: { first: pagination.first, after: pagination.after },
    context,
    pause: goStraight,
  });

  if (goStraight && own[0]) return <Navigate to={`/synergies/${encodeURIComponent(own[0].id)}`} replace />;

  const connection = data?.synergies;
  // Only one synergy to see: no need to choose.
  if (connection && connection.totalCount === 1 && connection.edges[0] && !hasNetworkRole(viewer)) {
    return <Navigate to={`/synergies/${encodeURIComponent(connection.edges[0].node.id)}`} replace />;
  }

  const rows = connection?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeader title={t('home.title')} subtitle={t('home.intro')} />
      <MilestonesDuePanel />
      {error ? <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <Loading /> : null}
      {connection ? (
        <>
          <DataTable
            caption={t('home.tableCaption')}
            captionHidden
            columns={[
              {
                key: 'name',
                header: t('home.columns.name'),
                render: (s) => <Link to={`/synergies/${encodeURIComponent(s.id)}`}>{s.name}</Link>,
              },
              { key: 'country', header: t('home.columns.country'), render: (s) => countryName(s.country, locale) },
              { key: 'status', header: t('home.columns.status'), render: (s) => <SynergyStatusBadge status={s.status} /> },
              {
                key: 'partners',
                header: t('home.columns.partners'),
                numeric: true,
                render: (s) => formatNumber(s.partnerCount, locale),
              },
              { key: 'network', header: t('home.columns.network'), render: (s) => s.network.name },
            ]}
            rows={rows}
            rowKey={(s) => s.id}
            empty={<EmptyState title={t('home.empty')}>{t('home.emptyHelp')}</EmptyState>}
          />
          {rows.length > 0 ? (
            <Pagination
              pagination={pagination}
              pageInfo={connection.pageInfo}
              totalCount={connection.totalCount}
              shown={rows.length}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
