import { ActivityStatusBadge, FormAlert, activityEnumKey, type UserErrorLike } from '@synergia/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { requestErrors } from '../forms/requestErrors.ts';
import type { ContinentalMissionDetailFragment } from '../gql/graphql.ts';
import { ChangeMissionStatusMutation } from './missions.documents.ts';

/** Where the mission stands, and the moves the viewer may make from here (changeMissionStatus). */
export function MissionStatusCard({ mission }: { mission: ContinentalMissionDetailFragment }) {
  const { t } = useTranslation();
  const [{ fetching }, changeStatus] = useMutation(ChangeMissionStatusMutation);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const canMove = mission.viewerCan.update && !mission.locked && mission.nextStatuses.length > 0;

  async function move(status: ContinentalMissionDetailFragment['status']) {
    setErrors([]);
    const result = await changeStatus({ input: { id: mission.id, version: mission.version, status } });
    const payload = result.data?.changeMissionStatus;
    setErrors(requestErrors(result.error, payload?.errors, Boolean(payload?.mission), t));
  }

  return (
    <section className="card" aria-labelledby="mission-status-heading">
      <h2 id="mission-status-heading">{t('continental.missions.status.heading')}</h2>
      <p>
        <ActivityStatusBadge status={mission.status} />
      </p>
      {canMove ? (
        <div className="button-row" role="group" aria-label={t('continental.missions.status.moves')}>
          {mission.nextStatuses.map((status) => (
            <button key={status} type="button" className="button" disabled={fetching} onClick={() => void move(status)}>
              {t('continental.missions.status.moveTo', { status: t(activityEnumKey('WorkStatus', status)) })}
            </button>
          ))}
        </div>
      ) : null}
      {canMove && mission.nextStatuses.includes('COMPLETED') ? <p className="muted">{t('continental.missions.status.completeHint')}</p> : null}
      <FormAlert errors={errors} title={errors.length > 0 ? t('continental.missions.status.refused') : undefined} />
    </section>
  );
}
