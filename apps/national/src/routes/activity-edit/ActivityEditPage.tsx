import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormAlert, type AgeBandLike, type UserErrorLike } from '@synergia/ui';
import { ActivityForm } from '../../components/activity-form/ActivityForm.tsx';
import { SaveErrors } from '../../components/SaveErrors.tsx';
import { RecordPending } from '../../components/RecordPending.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { activityFormFrom, toUpdateActivityInput, type ActivityFormValues } from '../../lib/activity-form.rules.ts';
import type { FlashState } from '../../lib/flash.ts';
import { partnerChoice } from '../activity-new/ActivityNewPage.tsx';
import { ActivityEditQuery, UpdateActivityMutation } from './activity-edit.documents.ts';
import { requestFailure } from '../../lib/errors.ts';

/** Changes an activity; a stale version (someone else saved first) offers to reload the current data. */
export function ActivityEditPage() {
  const { activityId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ActivityEditQuery, variables: { id: activityId } });
  const [{ fetching: saving }, updateActivity] = useMutation(UpdateActivityMutation);

  const activity = data?.activity;
  if (!activity) return <RecordPending result={{ data, fetching, error }} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const detailPath = `/activities/${encodeURIComponent(activity.id)}`;
  if (!activity.viewerCan.update) {
    return (
      <>
        <PageHeader title={t('activities.form.editTitle', { title: activity.title })} crumbs={[{ to: detailPath, label: activity.title }]} />
        <FormAlert title={t('errors.forbidden')} />
      </>
    );
  }

  async function submit(values: ActivityFormValues, bands: readonly AgeBandLike[]) {
    if (!activity) return { errors: [], sentCells: [] };
    const { input, sentCells } = toUpdateActivityInput(values, activity.id, activity.version, bands);
    const result = await updateActivity({ input });
    const payload = result.data?.updateActivity;
    if (!payload) {
      return { errors: requestFailure(t, result.error), sentCells };
    }
    if (payload.errors.length > 0 || !payload.activity) return { errors: payload.errors, sentCells };
    const state: FlashState = { flash: { key: 'activities.form.saved', values: { title: payload.activity.title } } };
    navigate(detailPath, { state });
    return { errors: [], sentCells };
  }

  const conflict = {
    title: t('activities.form.conflictTitle'),
    body: t('activities.form.conflictBody'),
    reload: t('activities.form.reload'),
    onReload: () => reexecute({ requestPolicy: 'network-only' }),
  };
  const renderGeneralErrors = (errors: UserErrorLike[]) => <SaveErrors errors={errors} title={t('form.errorSummary')} conflict={conflict} />;

  return (
    <>
      <PageHeader
        title={t('activities.form.editTitle', { title: activity.title })}
        crumbs={[
          { to: '/', label: t('nav.synergies') },
          { to: '/activities', label: t('activities.nav') },
          { to: detailPath, label: activity.title },
        ]}
      />
      {/* A new version (after a reload) starts the form afresh from the current data. */}
      <ActivityForm
        key={activity.version}
        mode="update"
        initial={activityFormFrom(activity)}
        partners={[partnerChoice(activity.partner, activity.network.ageBands, activity.synergy)]}
        onSubmit={submit}
        submitLabel={t('activities.form.editSubmit')}
        cancelTo={detailPath}
        busy={saving}
        renderGeneralErrors={renderGeneralErrors}
      />
    </>
  );
}
