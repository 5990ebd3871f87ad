import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  ActivityStatusBadge,
  ErrorMessage,
  FormAlert,
  GenderMarkerDetails,
  Loading,
  ParticipantsTable,
  activityEnumKey,
  activityTypeLabel,
  countryName,
  formatDateRange,
  formatDateTime,
  type UserErrorLike,
  type WorkStatus,
} from '@synergia/ui';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import { isInvalidId, isStaleVersion } from '../../lib/errors.ts';
import { useFlash, useNoticeText, type FlashState, type Notice } from '../../lib/flash.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { ActivityDetailQuery, ChangeActivityStatusMutation, DeleteActivityMutation } from './activity-detail.documents.ts';

// Deleting leaves no Activity in the result to invalidate lists with.
const DELETE_CONTEXT = { additionalTypenames: ['Activity'] };

function Detail({ term, children }: { term: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <>
      <dt>{term}</dt>
      <dd>{empty ? <span className="muted">{t('common.notSet')}</span> : children}</dd>
    </>
  );
}

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
  const noticeText = useNoticeText();
  const [notice, setNotice] = useState<Notice | null>(flash);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ActivityDetailQuery, variables: { id: activityId } });
  const [{ fetching: changing }, changeStatus] = useMutation(ChangeActivityStatusMutation);
  const [{ fetching: deleting }, deleteActivity] = useMutation(DeleteActivityMutation);

  const activity = data?.activity;
  if (error && !activity && isInvalidId(error)) return <NotFoundPage />;
  if (error && !activity) return <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!activity) return fetching || !data ? <Loading /> : <NotFoundPage />;

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
  const bands = activity.network.ageBands;
  const list = (values: readonly string[], name: 'SocialProtectionBranch' | 'WorkerCategory' | 'InformalSector') =>
    values.length > 0 ? values.map((v) => t(activityEnumKey(name, v))).join(', ') : null;

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

      {notice ? (
        <FormAlert
          tone="success"
          errors={[noticeText(notice)]}
          actions={
            <button type="button" className="button button--small" onClick={() => setNotice(null)}>
              {t('common.close')}
            </button>
          }
        />
      ) : null}

      {errors.length > 0 ? (
        isStaleVersion(errors) ? (
          <FormAlert
            title={t('activities.detail.conflictTitle')}
            actions={
              <button
                type="button"
                className="button"
                onClick={() => {
                  setErrors([]);
                  reexecute({ requestPolicy: 'network-only' });
                }}
              >
                {t('activities.form.reload')}
              </button>
            }
          >
            <p>{t('activities.detail.conflictBody')}</p>
          </FormAlert>
        ) : (
          <FormAlert errors={errors} title={t('activities.detail.refused')} />
        )
      ) : null}

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

      <section className="card" aria-labelledby="activity-details-heading">
        <h2 id="activity-details-heading">{t('activities.detail.detailsHeading')}</h2>
        <dl className="details-list">
          <Detail term={t('activities.form.partner')}>
            <Link to={`/partners/${encodeURIComponent(activity.partner.id)}`}>{activity.partner.name}</Link>
          </Detail>
          <Detail term={t('activities.form.synergy')}>
            {activity.synergy ? <Link to={`/synergies/${encodeURIComponent(activity.synergy.id)}`}>{activity.synergy.name}</Link> : null}
          </Detail>
          <Detail term={t('activities.form.type')}>{t(activityEnumKey('ActivityType', activity.type))}</Detail>
          {activity.subType ? <Detail term={t('activities.form.subType')}>{t(activityEnumKey('ActivitySubType', activity.subType))}</Detail> : null}
          <Detail term={t('activities.detail.dates')}>{formatDateRange(activity.startDate, activity.endDate, locale)}</Detail>
          <Detail term={t('activities.form.country')}>{countryName(activity.country, locale)}</Detail>
          <Detail term={t('activities.form.place')}>{activity.place}</Detail>
          <Detail term={t('activities.form.branches')}>{list(activity.branches, 'SocialProtectionBranch')}</Detail>
          <Detail term={t('activities.form.workerCategories')}>{list(activity.workerCategories, 'WorkerCategory')}</Detail>
          <Detail term={t('activities.form.informalSectors')}>{list(activity.informalSectors, 'InformalSector')}</Detail>
          <Detail term={t('activities.form.description')}>
            {activity.description ? <span className="preserve-lines">{activity.description}</span> : null}
          </Detail>
          <Detail term={t('activities.detail.recorded')}>
            {activity.createdBy
              ? t('activities.detail.byOn', { name: activity.createdBy.name, date: formatDateTime(activity.createdAt, locale) })
              : formatDateTime(activity.createdAt, locale)}
          </Detail>
          <Detail term={t('activities.detail.changed')}>
            {activity.updatedBy
              ? t('activities.detail.byOn', { name: activity.updatedBy.name, date: formatDateTime(activity.updatedAt, locale) })
              : formatDateTime(activity.updatedAt, locale)}
          </Detail>
        </dl>
      </section>

      <section className="card" aria-labelledby="activity-participants-heading">
        <h2 id="activity-participants-heading">{t('activities.detail.participantsHeading')}</h2>
        <ParticipantsTable
          caption={t('activities.detail.participantsCaption', { title: activity.title })}
          bands={bands}
          cells={activity.participants.cells}
          locale={locale}
        />
      </section>

      <section className="card" aria-labelledby="activity-gender-heading">
        <h2 id="activity-gender-heading">{t('activities.form.genderMarker')}</h2>
        <GenderMarkerDetails marker={activity.genderMarker} />
      </section>
    </>
  );
}
