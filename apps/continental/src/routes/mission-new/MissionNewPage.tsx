import { Loading, regionalLocale, useDocumentTitle } from '@synergia/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { BackLink } from '../../components/BackLink.tsx';
import { requestErrors } from '../../forms/requestErrors.ts';
import { RequirePermission } from '../../layout/RequirePermission.tsx';
import { MissionForm, type MissionFormSubmit } from '../../missions/MissionForm.tsx';
import { NETWORK_ORGANISER, createMissionInput, emptyMissionForm } from '../../missions/mission-form.ts';
import { CreateMissionMutation } from '../../missions/missions.documents.ts';
import { useMissionChoices } from '../../missions/useMissionChoices.ts';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';

const MISSION_CONTEXT = { additionalTypenames: ['CapacityBuildingMission'] };

/** Plans a mission: for the network (network admins) or for a synergy the viewer coordinates. */
export function MissionNewPage() {
  const { t, i18n } = useTranslation();
  const locale = regionalLocale(i18n.resolvedLanguage ?? i18n.language);
  const navigate = useNavigate();
  const { network, isAdmin } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const choices = useMissionChoices(networkId);
  const [{ fetching }, createMission] = useMutation(CreateMissionMutation);
  useDocumentTitle(t('continental.missions.new.title'), t('continental.appName'));

  const organisers = useMemo(
    () => [...(isAdmin ? [{ value: NETWORK_ORGANISER, label: t('continental.missions.form.networkOrganiser', { network: network?.name ?? '' }) }] : []), ...choices.plannable],
    [isAdmin, choices.plannable, network?.name, t],
  );

  const submit: MissionFormSubmit = async (values) => {
    const { input, sentCells } = createMissionInput(values, networkId, choices.ageBands);
    const result = await createMission({ input }, MISSION_CONTEXT);
    const payload = result.data?.createMission;
    if (payload?.mission && payload.errors.length === 0) {
      navigate(`/missions/${encodeURIComponent(payload.mission.id)}`, { state: { notice: 'created' } });
      return null;
    }
    return { errors: requestErrors(result.error, payload?.errors, false, t), sentCells };
  };

  if (!choices.loaded) return <Loading />;
  return (
    <div className="page">
      <BackLink to="/missions">{t('continental.missions.back')}</BackLink>
      <RequirePermission allowed={organisers.length > 0} reason={t('continental.missions.new.forbidden')}>
        <h1>{t('continental.missions.new.title')}</h1>
        <p className="muted">{t('continental.missions.new.intro')}</p>
        <MissionForm
          initial={emptyMissionForm(organisers[0]?.value ?? '')}
          mode="create"
          organisers={organisers}
          synergies={choices.synergies}
          partners={choices.partners}
          bands={choices.ageBands}
          locale={locale}
          busy={fetching}
          cancelTo="/missions"
          submit={submit}
        />
      </RequirePermission>
    </div>
  );
}
