import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Locked: the review was approved": why nothing can be edited, and where the review is. */
export function LockedBanner({ reviewId }: { reviewId: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--info mission-locked" role="status">
      <p className="alert__title">
        <span aria-hidden="true">🔒 </span>
        {t('continental.missions.locked.title')}
      </p>
      <p>{t('continental.missions.locked.body')}</p>
      {reviewId ? (
        <p>
          <Link to={`/reviews/${encodeURIComponent(reviewId)}`}>{t('continental.missions.locked.review')}</Link>
        </p>
      ) : null}
    </div>
  );
}
