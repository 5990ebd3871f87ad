import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import {
  DataTable,
  DetailItem,
  EmptyState,
  countryName,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
} from '@synergia/ui';
import { graphql } from '../../gql';
import { EndMembershipPanel, type EndMembershipTarget } from '../../components/EndMembershipPanel.tsx';
import { NoticeAlert } from '../../components/NoticeAlert.tsx';
import { RecordPending } from '../../components/RecordPending.tsx';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import { useFlash, type Notice } from '../../lib/flash.ts';
import { useLocale } from '../../lib/useLocale.ts';

const PartnerDetailQuery = graphql(`
  query NationalPartnerDetail($id: ID!) {
    partner(id: $id) {
      id
      name
      acronym
      type
      country
      members {
        women
        men
        other
        total
        womenShare
      }
      contactName
      contactEmail
      contactPhone
      website
      version
      viewerCan {
        update
      }
      createdAt
      updatedAt
      network {
        id
        name
      }
      memberships(includeEnded: true) {
        id
        role
        since
        until
        active
        synergy {
          id
          name
          country
          viewerCan {
            endMembership
          }
        }
      }
    }
  }
`);

/** Everything about one partner: organisation, members by sex, contact, memberships (with "end membership"). */
export function PartnerDetailPage() {
  const { partnerId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const flash = useFlash();
  const [notice, setNotice] = useState<Notice | null>(flash);
  const [ending, setEnding] = useState<EndMembershipTarget | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PartnerDetailQuery, variables: { id: partnerId } });

  const partner = data?.partner;
  if (!partner) return <RecordPending result={{ data, fetching, error }} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const current = partner.memberships.filter((m) => m.active);
  const editable = partner.viewerCan.update;
  const home = current[0]?.synergy;
  const crumbs: Crumb[] = [{ to: '/', label: t('nav.synergies') }];
  if (home) crumbs.push({ to: `/synergies/${encodeURIComponent(home.id)}`, label: home.name });
  const members = partner.members;

  return (
    <>
      <PageHeader
        title={partner.name}
        crumbs={crumbs}
        subtitle={partner.acronym ? `${partner.acronym} · ${t(`enums.PartnerType.${partner.type}`)}` : t(`enums.PartnerType.${partner.type}`)}
        actions={
          <>
            <Link className="button" to={`/activities?partner=${encodeURIComponent(partner.id)}`}>
              {t('activities.partnerLink')}
            </Link>
            {editable ? (
              <>
                <Link className="button" to={`/activities/new?partnerId=${encodeURIComponent(partner.id)}`}>
                  {t('activities.list.record')}
                </Link>
                <Link className="button button--primary" to={`/partners/${encodeURIComponent(partner.id)}/edit`}>
                  {t('partner.edit')}
                </Link>
              </>
            ) : null}
          </>
        }
      />

      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />

      <section className="card" aria-labelledby="partner-organisation">
        <h2 id="partner-organisation">{t('partner.organisation')}</h2>
        <dl className="details-list">
          <DetailItem term={t('partnerForm.name')}>{partner.name}</DetailItem>
          <DetailItem term={t('partnerForm.acronym')}>{partner.acronym}</DetailItem>
          <DetailItem term={t('partnerForm.type')}>{t(`enums.PartnerType.${partner.type}`)}</DetailItem>
          <DetailItem term={t('partnerForm.country')}>{countryName(partner.country, locale)}</DetailItem>
          <DetailItem term={t('partner.network')}>{partner.network.name}</DetailItem>
          <DetailItem term={t('partnerForm.website')}>
            {partner.website ? (
              <a href={partner.website} target="_blank" rel="noopener noreferrer">
                {partner.website}
                <span className="visually-hidden"> {t('partner.opensInNewTab')}</span>
              </a>
            ) : null}
          </DetailItem>
          <DetailItem term={t('partner.createdAt')}>{formatDateTime(partner.createdAt, locale)}</DetailItem>
          <DetailItem term={t('partner.updatedAt')}>{formatDateTime(partner.updatedAt, locale)}</DetailItem>
        </dl>
      </section>

      <section className="card" aria-labelledby="partner-members">
        <h2 id="partner-members">{t('partner.membersHeading')}</h2>
        {members.total === null || members.total === undefined ? (
          <p className="muted">{t('partner.membersUnknown')}</p>
        ) : (
          <DataTable
            caption={t('partner.membersCaption', { partner: partner.name })}
            captionHidden
            columns={[
              { key: 'sex', header: t('partner.sex'), render: (r) => r.label },
              { key: 'count', header: t('partner.count'), numeric: true, render: (r) => r.value },
            ]}
            rows={[
              { key: 'women', label: t('enums.Sex.WOMEN'), value: formatNumber(members.women, locale) || '—' },
              { key: 'men', label: t('enums.Sex.MEN'), value: formatNumber(members.men, locale) || '—' },
              { key: 'other', label: t('enums.Sex.OTHER'), value: formatNumber(members.other, locale) || '—' },
              { key: 'total', label: t('partner.total'), value: formatNumber(members.total, locale) },
              { key: 'share', label: t('partner.womenShare'), value: formatPercent(members.womenShare, locale) || '—' },
            ]}
            rowKey={(r) => r.key}
          />
        )}
      </section>

      <section className="card" aria-labelledby="partner-contact">
        <h2 id="partner-contact">{t('partner.contactHeading')}</h2>
        <dl className="details-list">
          <DetailItem term={t('partnerForm.contactName')}>{partner.contactName}</DetailItem>
          <DetailItem term={t('partnerForm.contactEmail')}>
            {partner.contactEmail ? <a href={`mailto:${partner.contactEmail}`}>{partner.contactEmail}</a> : null}
          </DetailItem>
          <DetailItem term={t('partnerForm.contactPhone')}>
            {partner.contactPhone ? <a href={`tel:${partner.contactPhone.replace(/[^\d+]/g, '')}`}>{partner.contactPhone}</a> : null}
          </DetailItem>
        </dl>
      </section>

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

      <section className="card" aria-labelledby="partner-memberships">
        <h2 id="partner-memberships">{t('partner.membershipsHeading')}</h2>
        <DataTable
          caption={t('partner.membershipsCaption', { partner: partner.name })}
          captionHidden
          columns={[
            {
              key: 'synergy',
              header: t('partner.synergy'),
              render: (m) => <Link to={`/synergies/${encodeURIComponent(m.synergy.id)}`}>{m.synergy.name}</Link>,
            },
            { key: 'role', header: t('partners.columns.role'), render: (m) => t(`enums.MembershipRole.${m.role}`) },
            { key: 'since', header: t('partners.columns.since'), render: (m) => formatDate(m.since, locale) },
            { key: 'until', header: t('partner.until'), render: (m) => (m.until ? formatDate(m.until, locale) : '—') },
            {
              key: 'status',
              header: t('partner.membershipStatus'),
              render: (m) =>
                m.active ? (
                  <span className="badge">{t('partner.current')}</span>
                ) : (
                  <span className="badge badge--muted">{t('partner.endedOrFuture')}</span>
                ),
            },
            {
              key: 'actions',
              header: t('common.actions'),
              render: (m) =>
                m.active && !m.until && m.synergy.viewerCan.endMembership ? (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() =>
                      setEnding({ membershipId: m.id, partnerName: partner.name, synergyName: m.synergy.name, since: m.since })
                    }
                  >
                    {t('membership.endButton')}
                    <span className="visually-hidden"> {m.synergy.name}</span>
                  </button>
                ) : null,
            },
          ]}
          rows={partner.memberships}
          rowKey={(m) => m.id}
          empty={<EmptyState title={t('partner.noMemberships')} />}
        />
      </section>
    </>
  );
}
