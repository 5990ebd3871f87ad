import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailItem } from '../data/DetailItem.tsx';
import { countryName } from '../format/country.ts';
import { formatDateTime, regionalLocale } from '../format/format.ts';
import type { ActivitySubType, ActivityType } from './activity-vocabulary.ts';
import { formatDateRange } from './date-range.ts';
import { activityEnumKey, type ActivityEnumName } from './labels.ts';
import { ReachSections, type ReachLike } from './ReachSections.tsx';

/** What the details show of an activity (a subset of the API's Activity). */
export type ActivityDetailsActivity = ReachLike & {
  title: string;
  type: ActivityType;
  subType?: ActivitySubType | null;
  description?: string | null;
  startDate: string;
  endDate: string;
  country: string;
  place?: string | null;
  branches: readonly string[];
  workerCategories: readonly string[];
  informalSectors: readonly string[];
  partner: { id: string; name: string };
  synergy?: { id: string; name: string } | null;
  updatedAt: string;
  updatedBy?: { name: string } | null;
  /** "Recorded" is shown when the creation date is given. */
  createdAt?: string;
  createdBy?: { name: string } | null;
};

export type ActivityDetailsProps = {
  activity: ActivityDetailsActivity;
  /** Where the partner's name links to; plain text when not given. */
  partnerHref?: (partner: { id: string }) => string;
  /** Adds the type and sub-type as rows (when the page header does not say them already). */
  showType?: boolean;
  /** Intl locale; defaults to the UI language. */
  locale?: string;
};

/**
 * An activity, read only, as cards: its details (who, when, where, for whom,
 * recorded and changed by whom), the participants grid with its totals, and
 * the gender marker with its checklist.
 */
export function ActivityDetails({ activity, partnerHref, showType = false, locale }: ActivityDetailsProps) {
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const list = (values: readonly string[], name: ActivityEnumName) => (values.length > 0 ? values.map((v) => t(activityEnumKey(name, v))).join(', ') : null);
  const byOn = (date: string, by: { name: string } | null | undefined) =>
    by ? t('activities.details.byOn', { name: by.name, date: formatDateTime(date, lng) }) : formatDateTime(date, lng);
  const { partner, synergy } = activity;

  return (
    <>
      <section className="card" aria-labelledby="activity-details-heading">
        <h2 id="activity-details-heading">{t('activities.details.heading')}</h2>
        <dl className="details-list">
          <DetailItem term={t('activities.details.partner')}>{partnerHref ? <Link to={partnerHref(partner)}>{partner.name}</Link> : partner.name}</DetailItem>
          <DetailItem term={t('activities.details.synergy')}>
            {synergy ? <Link to={`/synergies/${encodeURIComponent(synergy.id)}`}>{synergy.name}</Link> : null}
          </DetailItem>
          {showType ? <DetailItem term={t('activities.details.type')}>{t(activityEnumKey('ActivityType', activity.type))}</DetailItem> : null}
          {showType && activity.subType ? (
            <DetailItem term={t('activities.details.subType')}>{t(activityEnumKey('ActivitySubType', activity.subType))}</DetailItem>
          ) : null}
          <DetailItem term={t('activities.details.dates')}>{formatDateRange(activity.startDate, activity.endDate, lng)}</DetailItem>
          <DetailItem term={t('activities.details.country')}>{countryName(activity.country, lng)}</DetailItem>
          <DetailItem term={t('activities.details.place')}>{activity.place}</DetailItem>
          <DetailItem term={t('activities.details.branches')}>{list(activity.branches, 'SocialProtectionBranch')}</DetailItem>
          <DetailItem term={t('activities.details.workerCategories')}>{list(activity.workerCategories, 'WorkerCategory')}</DetailItem>
          <DetailItem term={t('activities.details.informalSectors')}>{list(activity.informalSectors, 'InformalSector')}</DetailItem>
          <DetailItem term={t('activities.details.description')}>
            {activity.description ? <span className="preserve-lines">{activity.description}</span> : null}
          </DetailItem>
          {activity.createdAt ? <DetailItem term={t('activities.details.recorded')}>{byOn(activity.createdAt, activity.createdBy)}</DetailItem> : null}
          <DetailItem term={t('activities.details.changed')}>{byOn(activity.updatedAt, activity.updatedBy)}</DetailItem>
        </dl>
      </section>

      <ReachSections idPrefix="activity" className="card" subject={activity} caption={t('activities.details.participantsCaption', { title: activity.title })} locale={lng} />
    </>
  );
}
