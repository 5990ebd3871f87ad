import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import {
  DataTable,
  EmptyState,
  ErrorMessage,
  Loading,
  Pagination,
  TextField,
  countryName,
  formatDate,
  formatNumber,
  formatPercent,
  usePagination,
} from '@synergia/ui';
import { graphql } from '../../gql';
import { EndMembershipPanel, type EndMembershipTarget } from '../../components/EndMembershipPanel.tsx';
import { NoticeAlert } from '../../components/NoticeAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SynergyStatusBadge } from '../../components/StatusBadge.tsx';
import { useFlash, type Notice } from '../../lib/flash.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { AddExistingPartnerPanel } from './AddExistingPartnerPanel.tsx';
import { isInvalidId } from '../../lib/errors.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { MilestonesDuePanel } from '../joint-actions/JointActionTimeline.tsx';

const SynergyQuery = graphql(`
  query NationalSynergy($id: ID!) {
    synergy(id: $id) {
      id
      name
      country
      status
      partnerCount
      network {
        id
        name
      }
      viewerCan {
        addMember
        endMembership
        createPartner
      }
    }
  }
`);

const SynergyPartnersQuery = graphql(`
  query NationalSynergyPartners($synergyId: ID!, $search: String, $first: Int, $after: String) {
    partners(filter: { synergyId: $synergyId, search: $search }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          acronym
          type
          country
          members {
            total
            womenShare
          }
          memberships {
            id
            role
            since
            until
            active
            synergy {
              id
            }
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** One synergy: what it is, and its current partners with search, paging and membership actions. */
export function SynergyPage() {
  const { synergyId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const flash = useFlash();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const [searchInput, setSearchInput] = useState(q);
  const [panel, setPanel] = useState<'add' | null>(null);
  const [ending, setEnding] = useState<EndMembershipTarget | null>(null);
  const [notice, setNotice] = useState<Notice | null>(flash);
  const pagination = usePagination(PAGE_SIZE, `${synergyId}|${q}`);
  const listContext = useMemo(() => ({ additionalTypenames: ['Partner', 'SynergyMembership'] }), []);

  useEffect(() => setSearchInput(q), [q]);

  const [synergyResult, reloadSynergy] = useQuery({ query: SynergyQuery, variables: { id: synergyId } });
  const [partnersResult, reloadPartners] = useQuery({
    query: SynergyPartnersQuery,
    variables: { synergyId, search: q || null, first: pagination.first, after: pagination.after },
    context: listContext,
  });

  const synergy = synergyResult.data?.synergy;
  if (synergyResult.error && !synergy && isInvalidId(synergyResult.error)) return <NotFoundPage />;
  if (synergyResult.error && !synergy) {
    return <ErrorMessage error={synergyResult.error} onRetry={() => reloadSynergy({ requestPolicy: 'network-only' })} />;
  }
  if (!synergy) {
    return synergyResult.fetching || !synergyResult.data ? <Loading /> : <NotFoundPage />;
  }

  // What the API will accept from this user here, as it says itself.
  const { addMember: canAddExisting, endMembership: canEndMembership, createPartner: canCreatePartner } = synergy.viewerCan;
  const connection = partnersResult.data?.partners;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  function onSearch(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(searchParams);
    const value = searchInput.trim();
    if (value) next.set('q', value);
    else next.delete('q');
    setSearchParams(next);
  }

  function clearSearch() {
    const next = new URLSearchParams(searchParams);
    next.delete('q');
    setSearchParams(next);
  }

  const membershipIn = (p: (typeof rows)[number]) => p.memberships.find((m) => m.active && m.synergy.id === synergy.id);

  return (
    <>
      <PageHeader
        title={synergy.name}
        crumbs={[{ to: '/', label: t('nav.synergies') }]}
        subtitle={
          <>
            {countryName(synergy.country, locale)} · <SynergyStatusBadge status={synergy.status} /> ·{' '}
            {t('synergy.partnerCount', { count: synergy.partnerCount })} · {synergy.network.name}
          </>
        }
        actions={
          <>
            <Link className="button" to={`/synergies/${encodeURIComponent(synergy.id)}/activities`}>
              {t('activities.synergyLink')}
            </Link>
            <Link className="button" to={`/synergies/${encodeURIComponent(synergy.id)}/joint-actions`}>
              {t('jointActions.synergyLink')}
            </Link>
            <Link className="button" to={`/synergies/${encodeURIComponent(synergy.id)}/dashboard`}>
              {t('dashboard.open')}
            </Link>
            {canCreatePartner || canAddExisting ? (
              <>
                {canCreatePartner ? (
                  <Link className="button button--primary" to={`/synergies/${encodeURIComponent(synergy.id)}/partners/new`}>
                    {t('synergy.addNew')}
                  </Link>
                ) : null}
                {canAddExisting ? (
                  <button
                    type="button"
                    className="button"
                    aria-expanded={panel === 'add'}
                    onClick={() => setPanel(panel === 'add' ? null : 'add')}
                  >
                    {t('synergy.addExisting')}
                  </button>
                ) : null}
              </>
            ) : null}
          </>
        }
      />

      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />

      {panel === 'add' && canAddExisting ? (
        <AddExistingPartnerPanel
          synergyId={synergy.id}
          synergyName={synergy.name}
          networkId={synergy.network.id}
          onClose={() => setPanel(null)}
        />
      ) : null}

      {ending ? (
        <EndMembershipPanel
          target={ending}
          onCancel={() => setEnding(null)}
          onEnded={(ended) => {
            setEnding(null);
            setNotice(ended);
          }}
        />
      ) : null}

      <MilestonesDuePanel synergyId={synergy.id} />

      <section aria-labelledby="partners-heading">
        <h2 id="partners-heading">{t('synergy.partnersHeading')}</h2>
        <form className="toolbar" role="search" aria-label={t('synergy.search')} onSubmit={onSearch}>
          <TextField
            id="partner-search"
            label={t('synergy.search')}
            hint={t('synergy.searchHint')}
            type="search"
            value={searchInput}
            onChange={setSearchInput}
          />
          <button type="submit" className="button">
            {t('common.search')}
          </button>
          {q ? (
            <button type="button" className="button button--quiet" onClick={clearSearch}>
              {t('common.clearSearch')}
            </button>
          ) : null}
        </form>

        {partnersResult.error ? (
          <ErrorMessage error={partnersResult.error} onRetry={() => reloadPartners({ requestPolicy: 'network-only' })} />
        ) : null}
        {partnersResult.fetching && !connection ? <Loading /> : null}
        {connection ? (
          <>
            <DataTable
              caption={q ? t('synergy.tableCaptionSearch', { q }) : t('synergy.tableCaption', { synergy: synergy.name })}
              captionHidden
              columns={[
                {
                  key: 'name',
                  header: t('partners.columns.name'),
                  render: (p) => <Link to={`/partners/${encodeURIComponent(p.id)}`}>{p.name}</Link>,
                },
                { key: 'acronym', header: t('partners.columns.acronym'), render: (p) => p.acronym ?? '' },
                { key: 'type', header: t('partners.columns.type'), render: (p) => t(`enums.PartnerType.${p.type}`) },
                { key: 'country', header: t('partners.columns.country'), render: (p) => countryName(p.country, locale) },
                {
                  key: 'role',
                  header: t('partners.columns.role'),
                  render: (p) => {
                    const m = membershipIn(p);
                    return m ? t(`enums.MembershipRole.${m.role}`) : '';
                  },
                },
                {
                  key: 'since',
                  header: t('partners.columns.since'),
                  render: (p) => {
                    const m = membershipIn(p);
                    if (!m) return '';
                    return m.until ? (
                      <>
                        {formatDate(m.since, locale)}
                        <br />
                        <span className="muted">{t('synergy.until', { date: formatDate(m.until, locale) })}</span>
                      </>
                    ) : (
                      formatDate(m.since, locale)
                    );
                  },
                },
                {
                  key: 'members',
                  header: t('partners.columns.members'),
                  numeric: true,
                  render: (p) => formatNumber(p.members.total, locale) || <span className="muted">{t('common.notSet')}</span>,
                },
                {
                  key: 'women',
                  header: t('partners.columns.womenShare'),
                  numeric: true,
                  render: (p) => formatPercent(p.members.womenShare, locale) || <span className="muted">—</span>,
                },
                ...(canEndMembership
                  ? [
                      {
                        key: 'actions',
                        header: t('common.actions'),
                        render: (p: (typeof rows)[number]) => {
                          const m = membershipIn(p);
                          return m && !m.until ? (
                            <button
                              type="button"
                              className="button button--small"
                              onClick={() =>
                                setEnding({ membershipId: m.id, partnerName: p.name, synergyName: synergy.name, since: m.since })
                              }
                            >
                              {t('membership.endButton')}
                              <span className="visually-hidden"> {p.name}</span>
                            </button>
                          ) : null;
                        },
                      },
                    ]
                  : []),
              ]}
              rows={rows}
              rowKey={(p) => p.id}
              empty={
                <EmptyState
                  title={q ? t('synergy.noMatch', { q }) : t('synergy.noPartners')}
                  action={
                    q ? (
                      <button type="button" className="button" onClick={clearSearch}>
                        {t('common.clearSearch')}
                      </button>
                    ) : canCreatePartner ? (
                      <Link className="button button--primary" to={`/synergies/${encodeURIComponent(synergy.id)}/partners/new`}>
                        {t('synergy.addNew')}
                      </Link>
                    ) : null
                  }
                />
              }
            />
            {rows.length > 0 ? (
              <Pagination pagination={pagination} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} />
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
