import { useTranslation } from 'react-i18next';
import type { FollowUpStatus, ReviewStatus } from '../gql/graphql.ts';
import { missionEnumKey } from './mission-vocabulary.ts';

/** A review's status as a badge ("Not reviewed" without one); the text carries the meaning, the colour only helps. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return <span className="badge">{t('national.missions.review.none')}</span>;
  return <span className={`badge review-status review-status--${status.toLowerCase()}`}>{t(missionEnumKey('ReviewStatus', status))}</span>;
}

/** A follow-up action's status, "Overdue" beside an open one past its due date. */
export function FollowUpStatusBadge({ status, overdue }: { status: FollowUpStatus; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge follow-up-status follow-up-status--${status.toLowerCase()}`}>{t(missionEnumKey('FollowUpStatus', status))}</span>
      {overdue ? (
        <>
          {' '}
          <span className="badge milestone--overdue">{t('national.followUps.overdue')}</span>
        </>
      ) : null}
    </>
  );
}
