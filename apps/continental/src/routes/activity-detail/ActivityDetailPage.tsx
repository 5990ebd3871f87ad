import {
  ActivityStatusBadge,
  ErrorMessage,
  GenderMarkerDetails,
  Loading,
  ParticipantsTable,
  activityEnumKey,
  activityTypeLabel,
  countryName,
  formatDateRange,
  formatDateTime,
  useDocumentTitle,
} from '@synergia/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ContinentalActivityDetailQuery } from './activity-detail.documents.ts';

function Detail({ term, children }: { term: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <>
      <dt>{term}</dt>
      <dd>{empty ? <span className="muted">{t('common.notSet')}</span> : children}</dd>
    </>
  );
}

/** One activity, read only: what, when, where, the participants grid and the gender marker. */
export function ActivityDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { activityId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ContinentalActivityDetailQuery, variables: { id: activityId } });
  const activity = data?.activity;
  useDocumentTitle(activity?.title ?? t('continental.activities.title'), t('continental.appName'));
  const invalidId = error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');
  const list = (values: readonly string[], name: 'SocialProtectionBranch' | 'WorkerCategory' | 'InformalSector') =>
    values.length > 0 ? values.map((v) => t(activityEnumKey(name, v))).join(', ') : null;

  return (
    <div className="page">
      <p className="back-link">
        <Link to="/activities">
          <span aria-hidden="true">← </span>
          {t('continental.activities.back')}
        </Link>
      </p>
      {error && !invalidId ? <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <Loading /> : null}
      {(data && !activity) || invalidId ? (
        <>
          <h1>{t('continental.activities.notFound')}</h1>
          <p>{t('errors.notFound')}</p>
        </>
      ) : null}
      {activity ? (
        <>
          <div className="page-header">
            <div>
              <p className="page-header__eyebrow">{activity.partner.name}</p>
              <h1>{activity.title}</h1>
              <p className="muted">
                {activityTypeLabel(t, activity.type, activity.subType)} · <ActivityStatusBadge status={activity.status} />
              </p>
            </div>
          </div>

          <section className="card" aria-labelledby="activity-details-heading">
            <h2 id="activity-details-heading">{t('continental.activities.details')}</h2>
            <dl className="details-list">
              <Detail term={t('activities.table.partner')}>{activity.partner.name}</Detail>
              <Detail term={t('activities.table.synergy')}>
                {activity.synergy ? <Link to={`/synergies/${encodeURIComponent(activity.synergy.id)}`}>{activity.synergy.name}</Link> : null}
              </Detail>
              <Detail term={t('activities.table.dates')}>{formatDateRange(activity.startDate, activity.endDate, locale)}</Detail>
              <Detail term={t('activities.table.country')}>{countryName(activity.country, locale)}</Detail>
              <Detail term={t('continental.activities.place')}>{activity.place}</Detail>
              <Detail term={t('activities.filters.branch')}>{list(activity.branches, 'SocialProtectionBranch')}</Detail>
              <Detail term={t('continental.activities.workerCategories')}>{list(activity.workerCategories, 'WorkerCategory')}</Detail>
              <Detail term={t('continental.activities.informalSectors')}>{list(activity.informalSectors, 'InformalSector')}</Detail>
              <Detail term={t('continental.activities.description')}>
                {activity.description ? <span className="preserve-lines">{activity.description}</span> : null}
              </Detail>
              <Detail term={t('continental.activities.updatedAt')}>{formatDateTime(activity.updatedAt, locale)}</Detail>
            </dl>
          </section>

          <section className="card" aria-labelledby="activity-participants-heading">
            <h2 id="activity-participants-heading">{t('continental.activities.participants')}</h2>
            <ParticipantsTable
              caption={t('continental.activities.participantsCaption', { title: activity.title })}
              bands={activity.network.ageBands}
              cells={activity.participants.cells}
              locale={locale}
            />
          </section>

          <section className="card" aria-labelledby="activity-gender-heading">
            <h2 id="activity-gender-heading">{t('activities.table.genderMarker')}</h2>
            <GenderMarkerDetails marker={activity.genderMarker} />
          </section>
        </>
      ) : null}
    </div>
  );
}
