import { useTranslation } from 'react-i18next';
import { capacityBuildingEnumKey, missionReviewStatusKey, type FollowUpStatus, type ReviewStatus } from './capacity-building-vocabulary.ts';

/** A mission's review status, or "Not reviewed" (the text carries the meaning, the colour only helps). */
export function MissionReviewStatusBadge({ status }: { status: ReviewStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return <span className="badge review-status review-status--none">{t('capacityBuilding.review.none')}</span>;
  return (
    <span className={`badge review-status review-status--${status.toLowerCase().replace('_', '-')}`}>
      {t(missionReviewStatusKey(status))}
    </span>
  );
}

/** A follow-up action's status, with "Overdue" beside an open one past its due date. */
export function FollowUpStatusBadge({ status, overdue }: { status: FollowUpStatus; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge follow-up-status follow-up-status--${status.toLowerCase()}`}>{t(capacityBuildingEnumKey('FollowUpStatus', status))}</span>
      {overdue ? (
        <>
          {' '}
          <span className="badge milestone--overdue follow-up-overdue">{t('capacityBuilding.followUps.overdue')}</span>
        </>
      ) : null}
    </>
  );
}
