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
import { RecordPending } from '../../components/RecordPending.tsx';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import { RecordPageMessages, useRecordPageMessages } from '../../components/RecordPageMessages.tsx';
import { ConfirmPanel, DeleteSection, RecordStatusCard } from '../../components/RecordStatusCard.tsx';
import type { FlashState } from '../../lib/flash.ts';
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
  const messages = useRecordPageMessages();
  const { setNotice, setErrors } = messages;
  const [confirming, setConfirming] = useState<Confirming>(null);
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

      <RecordPageMessages
        messages={messages}
        refusedTitle={t('activities.detail.refused')}
        conflictTitle={t('activities.detail.conflictTitle')}
        conflictBody={t('activities.detail.conflictBody')}
        onReload={() => reexecute({ requestPolicy: 'network-only' })}
      />

      {canUpdate || canDelete ? (
        <RecordStatusCard
          headingId="activity-status-heading"
          status={activity.status}
          nextStatuses={canUpdate ? activity.nextStatuses : null}
          moveToLabel={(status) => t(`activities.detail.moveTo.${status}`)}
          finalText={t('activities.detail.final')}
          busy={changing}
          onChoose={(status) => (status === 'CANCELLED' ? setConfirming({ kind: 'status', status }) : void moveTo(status))}
        >
          {confirming?.kind === 'status' ? (
            <ConfirmPanel
              titleId="confirm-cancel-title"
              title={t('activities.detail.confirmCancelTitle', { title: activity.title })}
              body={t('activities.detail.confirmCancelBody')}
              confirmLabel={t('activities.detail.confirmCancel')}
              cancelLabel={t('activities.detail.keep')}
              busy={changing}
              onConfirm={() => void moveTo(confirming.status)}
              onCancel={() => setConfirming(null)}
            />
          ) : null}

          <DeleteSection
            heading={t('activities.detail.deleteHeading')}
            cannotDelete={
              canDelete
                ? null
                : activity.status === 'PLANNED'
                  ? t('activities.detail.cannotDelete')
                  : activity.status === 'ONGOING'
                    ? t('activities.detail.cancelInstead')
                    : t('activities.detail.recordKept')
            }
            confirming={confirming?.kind === 'delete'}
            onAsk={() => setConfirming({ kind: 'delete' })}
            onCancel={() => setConfirming(null)}
            onConfirm={() => void remove()}
            busy={deleting}
            hint={t('activities.detail.deleteHint')}
            deleteLabel={t('activities.detail.delete')}
            confirmTitle={t('activities.detail.confirmDeleteTitle', { title: activity.title })}
            confirmBody={t('activities.detail.confirmDeleteBody')}
          />
        </RecordStatusCard>
      ) : null}

      <ActivityDetails activity={activity} partnerHref={(p) => `/partners/${encodeURIComponent(p.id)}`} showType locale={locale} />
    </>
  );
}
