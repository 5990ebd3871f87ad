import { DetailItem, formatDateRange, formatNumber, formatPercent } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewFieldsFragment } from '../gql/graphql.ts';
import { followUpCompletion } from './review-form.ts';

type ReviewedMission = NonNullable<ReviewFieldsFragment['mission']>;

const average = (value: number | null | undefined, locale: string) =>
  value === null || value === undefined ? null : new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);

/** What the reviewer judges, as the API records it: dates, participants, evaluation and follow-up of a mission. */
function MissionSummary({ mission, locale }: { mission: ReviewedMission; locale: string }) {
  const { t } = useTranslation();
  const p = mission.participants;
  const evaluation = mission.evaluation;
  const followUps = followUpCompletion(mission.followUps);
  const overdue = mission.followUps.filter((f) => f.overdue).length;
  const place = [mission.place.city, mission.place.countryName].filter(Boolean).join(', ');
  return (
    <>
      <dl className="details-list">
        <DetailItem term={t('continental.reviews.reviewed.organiser')}>{mission.organiserName}</DetailItem>
        <DetailItem term={t('continental.reviews.reviewed.dates')}>
          {t('continental.reviews.reviewed.planned', { range: formatDateRange(mission.plannedStartDate, mission.plannedEndDate, locale) })}
          {mission.actualStartDate ? (
            <>
              <br />
              {t('continental.reviews.reviewed.held', { range: formatDateRange(mission.actualStartDate, mission.actualEndDate ?? mission.actualStartDate, locale) })}
            </>
          ) : null}
        </DetailItem>
        <DetailItem term={t('continental.reviews.reviewed.place')}>
          {[place, mission.place.online ? t('continental.reviews.reviewed.online') : ''].filter(Boolean).join(' · ')}
        </DetailItem>
        <DetailItem term={t('continental.reviews.reviewed.participants')}>
          {t('continental.reviews.reviewed.participantsValue', { total: formatNumber(p.total, locale) })}
        </DetailItem>
        <DetailItem term={t('continental.reviews.reviewed.women')}>
          {t('continental.reviews.reviewed.shareValue', { count: formatNumber(p.women, locale), share: formatPercent(p.womenShare, locale) || '—' })}
        </DetailItem>
        <DetailItem term={t('continental.reviews.reviewed.youth')}>
          {t('continental.reviews.reviewed.shareValue', { count: formatNumber(p.youth, locale), share: formatPercent(p.youthShare, locale) || '—' })}
        </DetailItem>
        <DetailItem term={t('continental.reviews.reviewed.evaluation')}>
          {evaluation ? (
            <>
              {t('continental.reviews.reviewed.evaluationValue', { forms: formatNumber(evaluation.formsReturned, locale) })}
              <ul className="plain-list">
                {(['relevance', 'quality', 'usefulness'] as const).map((key) => (
                  <li key={key}>
                    {t(`continental.reviews.reviewed.${key}`)}:{' '}
                    {average(evaluation[key], locale) === null ? t('common.notSet') : t('continental.reviews.reviewed.average', { value: average(evaluation[key], locale) })}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            t('continental.reviews.reviewed.noEvaluation')
          )}
        </DetailItem>
        <DetailItem term={t('continental.reviews.reviewed.followUps')}>
          {followUps.counted === 0
            ? t('continental.reviews.reviewed.noFollowUps')
            : `${t('continental.reviews.reviewed.followUpsValue', {
                done: formatNumber(followUps.done, locale),
                counted: formatNumber(followUps.counted, locale),
                share: formatPercent(followUps.share, locale),
              })}${overdue > 0 ? ` · ${t('continental.reviews.reviewed.overdue', { count: overdue })}` : ''}`}
        </DetailItem>
      </dl>
      <p>
        <Link to={`/missions/${encodeURIComponent(mission.id)}`}>{t('continental.reviews.reviewed.missionLink')}</Link>
      </p>
    </>
  );
}

/** The "What is reviewed" section: a mission's summary, or the synergy and year of a synergy-year review. */
export function ReviewedSubject({ review, locale }: { review: ReviewFieldsFragment; locale: string }) {
  const { t } = useTranslation();
  return (
    <section className="review-section card" aria-labelledby="review-subject-heading">
      <h2 id="review-subject-heading">{t('continental.reviews.reviewed.heading')}</h2>
      {review.mission ? (
        <MissionSummary mission={review.mission} locale={locale} />
      ) : (
        <>
          <dl className="details-list">
            <DetailItem term={t('continental.reviews.reviewed.synergy')}>{review.synergy?.name}</DetailItem>
            <DetailItem term={t('continental.reviews.reviewed.year')}>{review.year === null || review.year === undefined ? null : String(review.year)}</DetailItem>
          </dl>
          <p className="muted">{t('continental.reviews.reviewed.synergyYearNote')}</p>
          {review.synergy ? (
            <p>
              <Link to={`/synergies/${encodeURIComponent(review.synergy.id)}`}>{t('continental.reviews.reviewed.synergyLink')}</Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
