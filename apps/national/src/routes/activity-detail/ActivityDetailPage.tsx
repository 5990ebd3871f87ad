import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  ActivityDetails,
  ActivityStatusBadge,
  activityEnumKey,
  activityTypeLabel,
  type UserErrorLike,
  type WorkStatus,
} from '@synergia/ui';
import { NoticeAlert } from '../../components/NoticeAlert.tsx';
import { SaveErrors } from '../../components/SaveErrors.tsx';
import { RecordPending } from '../../components/RecordPending.tsx';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import { useFlash, type FlashState, type Notice } from '../../lib/flash.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { ActivityDetailQuery, ChangeActivityStatusMutation, DeleteActivityMutation } from './activity-detail.documents.ts';

// Deleting leaves no Activity in the result to invalidate lists with.
const DELETE_CONTEXT = { additionalTypenames: ['Activity'] };

type Confirming = { kind: 'status'; status: WorkStatus } | { kind: 'delete' } | null;

/**
 * One activity: what, when, where, for whom (the participants grid with its
 * totals), the gender marker with its checklist, and what the user may do
 * next: change its status, edit it, delete it while it is planned.
 */
export function ActivityDetailPage() {
  const { activityId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const flash = useFlash();
  const [notice, setNotice] = useState<Notice | null>(flash);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ActivityDetailQuery, variables: { id: activityId } });
  const [{ fetching: changing }, changeStatus] = useMutation(ChangeActivityStatusMutation);
  const [{ fetching: deleting }, deleteActivity] = useMutation(DeleteActivityMutation);

  const activity = data?.activity;
  if (!activity) return <RecordPending result={{ data, fetching, error }} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const listPath = activity.synergy ? `/synergies/${encodeURIComponent(activity.synergy.id)}/activities` : '/activities';
  const crumbs: Crumb[] = [{ to: '/', label: t('nav.synergies') }];
  if (activity.synergy) {
    crumbs.push({ to: `/synergies/${encodeURIComponent(activity.synergy.id)}`, label: activity.synergy.name });
  }
  crumbs.push({ to: listPath, label: t('activities.nav') });

  const failure = (message?: string): UserErrorLike[] => [{ message: message ?? t('errors.generic') }];

  async function moveTo(status: WorkStatus) {
    if (!activity) return;
    setErrors([]);
    setNotice(null);
    const result = await changeStatus({ input: { id: activity.id, version: activity.version, status } });
    const payload = result.data?.changeActivityStatus;
    if (!payload) return setErrors(failure(result.error?.networkError ? t('errors.network') : undefined));
    setConfirming(null);
    if (payload.errors.length > 0) {
      // Completing without participants: say what to do, in the user's language.
      const needsParticipants = status === 'COMPLETED' && activity.participants.total === 0;
      return setErrors(
        payload.errors.map((e) => (needsParticipants && e.path?.[e.path.length - 1] === 'status' ? { ...e, message: t('activities.detail.needParticipants') } : e)),
      );
    }
    setNotice({ key: 'activities.detail.statusChanged', values: { status: t(activityEnumKey('WorkStatus', status)) } });
  }

  async function remove() {
    if (!activity) return;
    setErrors([]);
    const result = await deleteActivity({ input: { id: activity.id, version: activity.version } }, DELETE_CONTEXT);
    const payload = result.data?.deleteActivity;
    if (!payload) return setErrors(failure(result.error?.networkError ? t('errors.network') : undefined));
    if (payload.errors.length > 0) {
      setConfirming(null);
      return setErrors(payload.errors);
    }
    const state: FlashState = { flash: { key: 'activities.detail.deleted', values: { title: activity.title } } };
    navigate(listPath, { state });
  }

  const statusAction = (status: WorkStatus) => {
    const danger = status === 'CANCELLED';
    return (
      <button
        key={status}
        type="button"
        className={danger ? 'button button--danger' : 'button'}
        disabled={changing}
        onClick={() => (danger ? setConfirming({ kind: 'status', status }) : void moveTo(status))}
      >
        {t(`activities.detail.moveTo.${status}`)}
      </button>
    );
  };

  const canUpdate = activity.viewerCan.update;
  const canDelete = activity.viewerCan.delete;

  return (
    <>
      <PageHeader
        title={activity.title}
        crumbs={crumbs}
        subtitle={
          <>
            {activityTypeLabel(t, activity.type, activity.subType)} · <ActivityStatusBadge status={activity.status} /> · {activity.partner.name}
          </>
        }
        actions={
          canUpdate ? (
            <Link className="button button--primary" to={`/activities/${encodeURIComponent(activity.id)}/edit`}>
              {t('activities.detail.edit')}
            </Link>
          ) : null
        }
      />

      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />

      <SaveErrors
        errors={errors}
        title={t('activities.detail.refused')}
        conflict={{
          title: t('activities.detail.conflictTitle'),
          body: t('activities.detail.conflictBody'),
          reload: t('activities.form.reload'),
          onReload: () => {
            setErrors([]);
            reexecute({ requestPolicy: 'network-only' });
          },
        }}
      />

      {canUpdate || canDelete ? (
        <section className="card" aria-labelledby="activity-status-heading">
          <h2 id="activity-status-heading">{t('activities.detail.statusHeading')}</h2>
          <p>
            {t('activities.detail.currentStatus')} <ActivityStatusBadge status={activity.status} />
          </p>
          {canUpdate && activity.nextStatuses.length > 0 ? (
            <div className="form__actions">{activity.nextStatuses.map(statusAction)}</div>
          ) : canUpdate ? (
            <p className="muted">{t('activities.detail.final')}</p>
          ) : null}

          {confirming?.kind === 'status' ? (
            <div className="panel" role="region" aria-labelledby="confirm-cancel-title">
              <p id="confirm-cancel-title" className="alert__title">
                {t('activities.detail.confirmCancelTitle', { title: activity.title })}
              </p>
              <p>{t('activities.detail.confirmCancelBody')}</p>
              <div className="form__actions">
                <button type="button" className="button button--primary button--danger" disabled={changing} onClick={() => void moveTo(confirming.status)}>
                  {t('activities.detail.confirmCancel')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(null)}>
                  {t('activities.detail.keep')}
                </button>
              </div>
            </div>
          ) : null}

          <h3>{t('activities.detail.deleteHeading')}</h3>
          {canDelete ? (
            confirming?.kind === 'delete' ? (
              <div className="panel" role="region" aria-labelledby="confirm-delete-title">
                <p id="confirm-delete-title" className="alert__title">
                  {t('activities.detail.confirmDeleteTitle', { title: activity.title })}
                </p>
                <p>{t('activities.detail.confirmDeleteBody')}</p>
                <div className="form__actions">
                  <button type="button" className="button button--primary button--danger" disabled={deleting} onClick={() => void remove()}>
                    {t('activities.detail.confirmDelete')}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(null)}>
                    {t('common.cancel')}
                  </button>
                </div>
              </div>
            ) : (
              <>
                <p className="muted">{t('activities.detail.deleteHint')}</p>
                <button type="button" className="button button--danger" onClick={() => setConfirming({ kind: 'delete' })}>
                  {t('activities.detail.delete')}
                </button>
              </>
            )
          ) : (
            <p className="muted">
              {activity.status === 'PLANNED'
                ? t('activities.detail.cannotDelete')
                : activity.status === 'ONGOING'
                  ? t('activities.detail.cancelInstead')
                  : t('activities.detail.recordKept')}
            </p>
          )}
        </section>
      ) : null}

      <ActivityDetails activity={activity} partnerHref={(p) => `/partners/${encodeURIComponent(p.id)}`} showType locale={locale} />
    </>
  );
}
