import { regionalLocale, useDocumentTitle } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { BackLink } from '../../components/BackLink.tsx';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import { requestErrors } from '../../forms/requestErrors.ts';
import { RequirePermission } from '../../layout/RequirePermission.tsx';
import { LockedBanner } from '../../missions/LockedBanner.tsx';
import { MissionForm, type MissionFormSubmit } from '../../missions/MissionForm.tsx';
import { missionFormFrom, updateMissionInput } from '../../missions/mission-form.ts';
import { MissionDetailQuery, UpdateMissionMutation } from '../../missions/missions.documents.ts';
import { useMissionChoices } from '../../missions/useMissionChoices.ts';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';

/** Changes a mission's fields, with the version read; refused while its review is approved. */
export function MissionEditPage() {
  const { t, i18n } = useTranslation();
  const locale = regionalLocale(i18n.resolvedLanguage ?? i18n.language);
  const navigate = useNavigate();
  const { missionId = '' } = useParams();
  const { network } = useCurrentNetwork();
  const choices = useMissionChoices(network?.id ?? '');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MissionDetailQuery, variables: { id: missionId }, requestPolicy: 'cache-and-network' });
  const [{ fetching: saving }, updateMission] = useMutation(UpdateMissionMutation);
  const mission = data?.mission;
  useDocumentTitle(mission ? t('continental.missions.edit.title', { title: mission.title }) : t('continental.missions.title'), t('continental.appName'));
  const detailHref = `/missions/${encodeURIComponent(missionId)}`;

  const submit: MissionFormSubmit = async (values) => {
    if (!mission) return null;
    const bands = mission.network.ageBands;
    const { input, sentCells } = updateMissionInput(values, mission.id, mission.version, bands);
    const result = await updateMission({ input });
    const payload = result.data?.updateMission;
    if (payload?.mission && payload.errors.length === 0) {
      navigate(detailHref, { state: { notice: 'saved' } });
      return null;
    }
    return { errors: requestErrors(result.error, payload?.errors, false, t), sentCells };
  };

  return (
    <div className="page">
      <BackLink to={detailHref}>{t('continental.missions.edit.back')}</BackLink>
      <RecordLoadState
        answered={Boolean(data)}
        found={Boolean(mission)}
        fetching={fetching}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        notFound={t('continental.missions.notFound')}
      />
      {mission ? (
        <RequirePermission allowed={mission.viewerCan.update || mission.locked} reason={t('continental.missions.edit.forbidden')}>
          <h1>{t('continental.missions.edit.title', { title: mission.title })}</h1>
          {mission.locked ? (
            <LockedBanner reviewId={mission.review?.id ?? null} />
          ) : (
            <MissionForm
              // A new version read (after "Reload") starts the form again from it.
              key={mission.version}
              initial={missionFormFrom(mission)}
              mode="edit"
              organisers={[]}
              organiserName={mission.organiserName}
              synergies={choices.synergies}
              partners={choices.partners}
              bands={mission.network.ageBands}
              locale={locale}
              busy={saving}
              cancelTo={detailHref}
              submit={submit}
              onReload={() => reexecute({ requestPolicy: 'network-only' })}
            />
          )}
        </RequirePermission>
      ) : null}
    </div>
  );
}
