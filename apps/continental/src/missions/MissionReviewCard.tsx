import { FormAlert, MissionReviewStatusBadge, type UserErrorLike } from '@synergia/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { requestErrors } from '../forms/requestErrors.ts';
import type { ContinentalMissionDetailFragment } from '../gql/graphql.ts';
import { StartMissionReviewMutation } from './missions.documents.ts';

/** The network's review of the mission: its status and a link to it, or "Start review" for reviewers. */
export function MissionReviewCard({ mission }: { mission: ContinentalMissionDetailFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ fetching }, startReview] = useMutation(StartMissionReviewMutation);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);

  async function start() {
    setErrors([]);
    const result = await startReview({ input: { missionId: mission.id } }, { additionalTypenames: ['CapacityBuildingReview', 'CapacityBuildingMission'] });
    const payload = result.data?.startCapacityBuildingReview;
    const problems = requestErrors(result.error, payload?.errors, Boolean(payload?.review), t);
    if (problems.length > 0 || !payload?.review) return setErrors(problems);
    navigate(`/reviews/${encodeURIComponent(payload.review.id)}`);
  }

  return (
    <section className="card" aria-labelledby="mission-review-heading">
      <h2 id="mission-review-heading">{t('continental.missions.review.heading')}</h2>
      <p>
        <MissionReviewStatusBadge status={mission.review?.status ?? mission.reviewStatus} />
      </p>
      {mission.review ? (
        <p>
          <Link to={`/reviews/${encodeURIComponent(mission.review.id)}`}>{t('continental.missions.review.open')}</Link>
        </p>
      ) : mission.viewerCan.review ? (
        <button type="button" className="button" disabled={fetching} onClick={() => void start()}>
          {t('continental.missions.review.start')}
        </button>
      ) : (
        <p className="muted">{t('continental.missions.review.notStarted')}</p>
      )}
      <FormAlert errors={errors} title={errors.length > 0 ? t('continental.missions.review.refused') : undefined} />
    </section>
  );
}
