import {
  countryName,
  DataTable,
  EmptyState,
  ErrorMessage,
  formatDate,
  formatNumber,
  formatPercent,
  FormAlert,
  Loading,
  useDocumentTitle,
  type DataTableColumn,
} from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { BackLink } from '../../components/BackLink.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import type { ContinentalSynergyDetailQuery } from '../../gql/graphql.ts';
import { SynergyDetailQuery } from './synergy-detail.documents.ts';

type Membership = NonNullable<ContinentalSynergyDetailQuery['synergy']>['memberships'][number];

/** Location state a page sets when it sends the user here after creating the synergy. */
export type SynergyCreatedState = { created?: boolean };

/** One synergy, read only: its status and current partners. */
export function SynergyDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { synergyId = '' } = useParams();
  const location = useLocation();
  const created = Boolean((location.state as SynergyCreatedState | null)?.created);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SynergyDetailQuery, variables: { id: synergyId } });
  const synergy = data?.synergy;
  useDocumentTitle(synergy?.name ?? t('continental.synergy.title'), t('continental.appName'));

  const columns: DataTableColumn<Membership>[] = [
    {
      key: 'partner',
      header: t('continental.synergy.colPartner'),
      render: (m) => (
        <>
          {m.partner.name}
          {m.partner.acronym ? <span className="muted"> ({m.partner.acronym})</span> : null}
        </>
      ),
    },
    { key: 'type', header: t('continental.synergy.colType'), render: (m) => t(`enums.PartnerType.${m.partner.type}`) },
    { key: 'role', header: t('continental.synergy.colRole'), render: (m) => t(`enums.MembershipRole.${m.role}`) },
    { key: 'since', header: t('continental.synergy.colSince'), render: (m) => formatDate(m.since, locale) },
    {
      key: 'members',
      header: t('continental.synergy.colMembers'),
      numeric: true,
      render: (m) => (m.partner.members.total === null ? t('common.notSet') : formatNumber(m.partner.members.total, locale)),
    },
    {
      key: 'women',
      header: t('continental.synergy.colWomen'),
      numeric: true,
      render: (m) =>
        m.partner.members.womenShare === null ? t('common.notSet') : formatPercent(m.partner.members.womenShare, locale),
    },
  ];

  return (
    <div className="page">
      <BackLink to="/">{t('continental.synergy.back')}</BackLink>
      {error ? <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data && !synergy ? (
        <>
          <h1>{t('continental.synergy.notFoundTitle')}</h1>
          <p>{t('errors.notFound')}</p>
        </>
      ) : null}
      {synergy ? (
        <>
          {created ? <FormAlert tone="success" title={t('continental.synergy.created', { name: synergy.name })} /> : null}
          <div className="page-header">
            <div>
              <p className="page-header__eyebrow">{t('continental.synergy.eyebrow', { network: synergy.network.name })}</p>
              <h1>{synergy.name}</h1>
            </div>
          </div>
          <dl className="details-list card">
            <dt>{t('continental.synergy.country')}</dt>
            <dd>{countryName(synergy.country, locale) || synergy.countryName}</dd>
            <dt>{t('continental.synergy.status')}</dt>
            <dd>
              <StatusBadge status={synergy.status} />
            </dd>
            <dt>{t('continental.synergy.partnerCount')}</dt>
            <dd>{formatNumber(synergy.partnerCount, locale)}</dd>
            <dt>{t('continental.synergy.createdAt')}</dt>
            <dd>{formatDate(synergy.createdAt, locale)}</dd>
          </dl>
          <section aria-labelledby="partners-title">
            <h2 id="partners-title">{t('continental.synergy.partnersTitle')}</h2>
            <DataTable
              caption={t('continental.synergy.partnersCaption', { name: synergy.name })}
              captionHidden
              columns={columns}
              rows={synergy.memberships}
              rowKey={(m) => m.id}
              empty={<EmptyState title={t('continental.synergy.noPartners')} />}
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
