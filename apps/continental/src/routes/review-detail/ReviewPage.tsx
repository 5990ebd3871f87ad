import { FormAlert, formatDateTime, useDocumentTitle } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { BackLink } from '../../components/BackLink.tsx';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import type { ReviewFieldsFragment } from '../../gql/graphql.ts';
import { ReviewedSubject } from '../../reviews/ReviewedSubject.tsx';
import { ReviewStatusBadge } from '../../reviews/ReviewStatusBadge.tsx';
import { ReviewWorkspace } from '../../reviews/ReviewWorkspace.tsx';
import { ReviewQuery } from '../../reviews/reviews.documents.ts';

/** The review's heading: the mission's title, or the synergy and year. */
function reviewTitle(review: ReviewFieldsFragment, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (review.mission) return review.mission.title;
  return t('continental.reviews.page.synergyYearTitle', { synergy: review.synergy?.name ?? '', year: review.year ?? '' });
}

/**
 * One review: what is reviewed (the mission's dates, participants, evaluation
 * and follow-up, or the synergy and year), the review form, the workflow moves
 * the API offers the viewer, and the change requests with the organiser's answers.
 */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { reviewId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReviewQuery, variables: { id: reviewId } });
  // What the last save or move returned. A refetch started before it committed can still arrive after it
  // (a save then a move invalidate the query twice), so the newer version is what shows.
  const [saved, setSaved] = useState<ReviewFieldsFragment | null>(null);
  const fetched = data?.capacityBuildingReview;
  const review = fetched && saved && saved.id === fetched.id && saved.version > fetched.version ? saved : fetched;
  const title = review ? reviewTitle(review, t) : t('continental.reviews.title');
  useDocumentTitle(title, t('continental.appName'));

  return (
    <div className="page">
      <BackLink to="/reviews">{t('continental.reviews.page.back')}</BackLink>
      <RecordLoadState
        answered={Boolean(data)}
        found={Boolean(review)}
        fetching={fetching}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        notFound={t('continental.reviews.page.notFound')}
      />
      {review ? (
        <>
          <div className="page-header">
            <div>
              <p className="page-header__eyebrow">{t(review.mission ? 'continental.reviews.page.eyebrowMission' : 'continental.reviews.page.eyebrowSynergyYear')}</p>
              <h1>{title}</h1>
              <p className="muted">
                <ReviewStatusBadge status={review.status} /> ·{' '}
                {review.reviewer ? t('continental.reviews.page.reviewer', { name: review.reviewer.name }) : t('continental.reviews.page.noReviewer')} ·{' '}
                {t('continental.reviews.page.updatedAt', { date: formatDateTime(review.updatedAt, locale) })}
              </p>
            </div>
          </div>

          {review.status === 'APPROVED' && review.mission?.locked ? (
            <FormAlert tone="info" title={t('continental.reviews.locked.title')}>
              <p>{t('continental.reviews.locked.body')}</p>
            </FormAlert>
          ) : null}

          <ReviewedSubject review={review} locale={locale} />
          <ReviewWorkspace
            key={review.id}
            review={review}
            locale={locale}
            onReload={() => reexecute({ requestPolicy: 'network-only' })}
            onSaved={setSaved}
          />
        </>
      ) : null}
    </div>
  );
}
