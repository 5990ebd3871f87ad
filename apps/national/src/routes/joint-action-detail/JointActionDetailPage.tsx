import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, type AnyVariables, type OperationResult } from 'urql';
import {
  ActivityStatusBadge,
  JointActionDetails,
  JointActionKindBadge,
  TextAreaField,
  activityEnumKey,
  formatDate,
  formatNumber,
  formatPercent,
  todayIso,
  type UserErrorLike,
  type WorkStatus,
} from '@synergia/ui';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import { RecordPageMessages, useRecordPageMessages } from '../../components/RecordPageMessages.tsx';
import { ConfirmPanel, DeleteSection, RecordStatusCard } from '../../components/RecordStatusCard.tsx';
import { RecordPending } from '../../components/RecordPending.tsx';
import type { FlashState, Notice } from '../../lib/flash.ts';
import { requestFailure } from '../../lib/errors.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { planPath } from '../joint-actions/JointActionListPage.tsx';
import { AddMilestoneForm, AddTargetForm, RecordOutcomeForm, linksFrom } from './JointActionChangeForms.tsx';
import {
  AddJointActionMilestoneMutation,
  AddPolicyTargetMutation,
  ChangeJointActionStatusMutation,
  DeleteJointActionMutation,
  JointActionDetailQuery,
  RecordPolicyOutcomeMutation,
  RemoveJointActionMilestoneMutation,
  RemovePolicyTargetMutation,
  UpdateJointActionMilestoneMutation,
} from './joint-action-detail.documents.ts';

const DELETE_CONTEXT = { additionalTypenames: ['JointAction'] };
// Milestones changed here also show on the timeline and the home panel.
const CHANGE_CONTEXT = { additionalTypenames: ['JointActionMilestone'] };

type Confirming = { kind: 'cancel' } | { kind: 'complete' } | { kind: 'delete' } | null;
type ChangePayload = { errors: readonly UserErrorLike[] } | null | undefined;

/**
 * One joint action: its details, partners, milestones (checked off and added
 * here), a political action's targets and outcome log (added here), people
 * reached and gender marker; status changes, edit, delete while planned, and
 * a printable one-page summary. Those who may only read see no controls.
 */
export function JointActionDetailPage() {
  const { jointActionId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const messages = useRecordPageMessages();
  const { setNotice, setErrors } = messages;
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [noOutcomeReason, setNoOutcomeReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JointActionDetailQuery, variables: { id: jointActionId } });
  const [{ fetching: changing }, changeStatus] = useMutation(ChangeJointActionStatusMutation);
  const [{ fetching: deleting }, deleteJointAction] = useMutation(DeleteJointActionMutation);
  const [, addMilestone] = useMutation(AddJointActionMilestoneMutation);
  const [{ fetching: updatingMilestone }, updateMilestone] = useMutation(UpdateJointActionMilestoneMutation);
  const [, removeMilestone] = useMutation(RemoveJointActionMilestoneMutation);
  const [, addTarget] = useMutation(AddPolicyTargetMutation);
  const [, removeTarget] = useMutation(RemovePolicyTargetMutation);
  const [, recordOutcome] = useMutation(RecordPolicyOutcomeMutation);

  const action = data?.jointAction;
  if (!action) return <RecordPending result={{ data, fetching, error }} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const listPath = planPath(action.synergy?.id ?? '');
  const crumbs: Crumb[] = [{ to: '/', label: t('nav.synergies') }];
  if (action.synergy) crumbs.push({ to: `/synergies/${encodeURIComponent(action.synergy.id)}`, label: action.synergy.name });
  crumbs.push({ to: listPath, label: t('jointActions.nav') });
  const canUpdate = action.viewerCan.update;
  const canDelete = action.viewerCan.delete;
  const version = action.version;

  /** Runs a change; its errors go to the caller (a small form) and a success says so. */
  async function change<D, V extends AnyVariables>(
    run: (variables: V, context: typeof CHANGE_CONTEXT) => Promise<OperationResult<D, V>>,
    variables: V,
    pick: (data: D | undefined) => ChangePayload,
    done: Notice,
  ): Promise<readonly UserErrorLike[]> {
    setNotice(null);
    setErrors([]);
    const result = await run(variables, CHANGE_CONTEXT);
    const payload = pick(result.data);
    if (!payload) return requestFailure(t, result.error);
    if (payload.errors.length === 0) setNotice(done);
    return payload.errors;
  }

  /** A change made by a button: its errors show at the top of the page. */
  async function clickChange<D, V extends AnyVariables>(
    run: (variables: V, context: typeof CHANGE_CONTEXT) => Promise<OperationResult<D, V>>,
    variables: V,
    pick: (data: D | undefined) => ChangePayload,
    done: Notice,
  ) {
    const found = await change(run, variables, pick, done);
    setErrors([...found]);
  }

  async function moveTo(status: WorkStatus, reason?: string) {
    if (!action) return;
    setErrors([]);
    setNotice(null);
    setReasonError(undefined);
    const result = await changeStatus({ input: { id: action.id, version: action.version, status, ...(reason ? { noOutcomeReason: reason } : {}) } });
    const payload = result.data?.changeJointActionStatus;
    if (!payload) return setErrors(requestFailure(t, result.error));
    if (payload.errors.length > 0) {
      const reasonProblem = payload.errors.find((e) => e.path?.[e.path.length - 1] === 'noOutcomeReason');
      if (reasonProblem && confirming?.kind === 'complete') {
        setReasonError(reasonProblem.message.replace(/^noOutcomeReason:\s*/, ''));
        return setErrors(payload.errors.filter((e) => e !== reasonProblem));
      }
      const needsParticipants = status === 'COMPLETED' && action.participants.total === 0;
      return setErrors(
        payload.errors.map((e) =>
          needsParticipants && ['status', 'participants'].includes(e.path?.[e.path.length - 1] ?? '') ? { ...e, message: t('jointActions.detail.needParticipants') } : e,
        ),
      );
    }
    setConfirming(null);
    setNoOutcomeReason('');
    setNotice({ key: 'jointActions.detail.statusChanged', values: { status: t(activityEnumKey('WorkStatus', status)) } });
  }

  async function remove() {
    if (!action) return;
    setErrors([]);
    const result = await deleteJointAction({ input: { id: action.id, version: action.version } }, DELETE_CONTEXT);
    const payload = result.data?.deleteJointAction;
    if (!payload) return setErrors(requestFailure(t, result.error));
    if (payload.errors.length > 0) {
      setConfirming(null);
      return setErrors(payload.errors);
    }
    const state: FlashState = { flash: { key: 'jointActions.detail.deleted', values: { title: action.title } } };
    navigate(listPath, { state });
  }

  /** Cancelling asks first; completing with no outcome recorded asks why. */
  function choose(status: WorkStatus) {
    if (!action) return;
    const needsReason = status === 'COMPLETED' && action.outcomes.length === 0;
    const confirm: Confirming = status === 'CANCELLED' ? { kind: 'cancel' } : needsReason ? { kind: 'complete' } : null;
    if (confirm) setConfirming(confirm);
    else void moveTo(status);
  }

  const partners = action.partners.map((p) => p.partner);
  const political = action.kind === 'POLITICAL_ACTION';
  const { participants } = action;

  return (
    <div className="joint-action-summary">
      <PageHeader
        title={action.title}
        crumbs={crumbs}
        subtitle={
          <>
            <JointActionKindBadge kind={action.kind} /> · <ActivityStatusBadge status={action.status} /> · {action.synergy?.name ?? t('jointActions.continental')}
          </>
        }
        actions={
          <>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('jointActions.detail.print')}
            </button>
            {canUpdate ? (
              <Link className="button button--primary" to={`/joint-actions/${encodeURIComponent(action.id)}/edit`}>
                {t('jointActions.detail.edit')}
              </Link>
            ) : null}
          </>
        }
      />
      <p className="joint-action-print-only">
        {t('jointActions.detail.printedOn', { date: formatDate(todayIso(), locale) })} ·{' '}
        {t('jointActions.detail.reachSummary', {
          total: formatNumber(participants.total, locale),
          women: formatPercent(participants.womenShare, locale) || '—',
          youth: formatPercent(participants.youthShare, locale) || '—',
        })}
      </p>

      <RecordPageMessages
        messages={messages}
        refusedTitle={t('jointActions.detail.refused')}
        conflictTitle={t('jointActions.detail.conflictTitle')}
        conflictBody={t('jointActions.detail.conflictBody')}
        onReload={() => reexecute({ requestPolicy: 'network-only' })}
      />

      {canUpdate || canDelete ? (
        <RecordStatusCard
          headingId="joint-action-status-heading"
          className="card no-print"
          status={action.status}
          nextStatuses={canUpdate ? action.nextStatuses : null}
          moveToLabel={(status) => t(`jointActions.detail.moveTo.${status}`)}
          finalText={t('jointActions.detail.final')}
          busy={changing}
          onChoose={choose}
        >
          {confirming?.kind === 'complete' ? (
            <form
              className="panel"
              aria-labelledby="confirm-complete-title"
              onSubmit={(e) => {
                e.preventDefault();
                if (!noOutcomeReason.trim()) return setReasonError(t('form.required'));
                void moveTo('COMPLETED', noOutcomeReason.trim());
              }}
              noValidate
            >
              <p id="confirm-complete-title" className="alert__title">
                {t('jointActions.detail.completeWithoutOutcome')}
              </p>
              <TextAreaField id="noOutcomeReason" label={t('jointActions.detail.noOutcomeReason')} value={noOutcomeReason} onChange={setNoOutcomeReason} error={reasonError} rows={3} required />
              <div className="form__actions">
                <button type="submit" className="button button--primary" disabled={changing}>
                  {t('jointActions.detail.completeSubmit')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(null)}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          ) : null}

          {confirming?.kind === 'cancel' ? (
            <ConfirmPanel
              titleId="confirm-cancel-title"
              title={t('jointActions.detail.confirmCancelTitle', { title: action.title })}
              body={t('jointActions.detail.confirmCancelBody')}
              confirmLabel={t('activities.detail.confirmCancel')}
              cancelLabel={t('activities.detail.keep')}
              busy={changing}
              onConfirm={() => void moveTo('CANCELLED')}
              onCancel={() => setConfirming(null)}
            />
          ) : null}

          <DeleteSection
            heading={t('jointActions.detail.deleteHeading')}
            cannotDelete={canDelete ? null : action.status === 'PLANNED' ? t('jointActions.detail.cannotDelete') : t('jointActions.detail.recordKept')}
            confirming={confirming?.kind === 'delete'}
            onAsk={() => setConfirming({ kind: 'delete' })}
            onCancel={() => setConfirming(null)}
            onConfirm={() => void remove()}
            busy={deleting}
            deleteLabel={t('jointActions.detail.delete')}
            confirmTitle={t('jointActions.detail.confirmDeleteTitle', { title: action.title })}
          />
        </RecordStatusCard>
      ) : null}

      <JointActionDetails
        action={action}
        partnerHref={(p) => `/partners/${encodeURIComponent(p.id)}`}
        synergyHref={(s) => `/synergies/${encodeURIComponent(s.id)}`}
        locale={locale}
        slots={
          canUpdate
            ? {
                milestoneActions: (m) => (
                  <div className="form__actions no-print">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={updatingMilestone}
                      onClick={() =>
                        void clickChange(updateMilestone, { input: { id: m.id, version, doneDate: m.doneDate ? null : todayIso() } }, (d) => d?.updateJointActionMilestone, {
                          key: m.doneDate ? 'jointActions.detail.milestoneReopened' : 'jointActions.detail.milestoneDone',
                          values: { title: m.title },
                        })
                      }
                    >
                      {t(m.doneDate ? 'jointActions.milestones.reopen' : 'jointActions.milestones.checkOff', { title: m.title })}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() =>
                        void clickChange(removeMilestone, { input: { id: m.id, version } }, (d) => d?.removeJointActionMilestone, {
                          key: 'jointActions.detail.milestoneRemoved',
                          values: { title: m.title },
                        })
                      }
                    >
                      {t('jointActions.milestones.remove', { title: m.title })}
                    </button>
                  </div>
                ),
                milestonesFooter: (
                  <AddMilestoneForm
                    key={`m${version}`}
                    partners={partners}
                    onGeneral={setErrors}
                    send={(v) =>
                      change(
                        addMilestone,
                        { input: { jointActionId: action.id, version, milestone: { title: v.title.trim(), dueDate: v.dueDate, responsiblePartnerId: v.responsiblePartnerId || null } } },
                        (d) => d?.addJointActionMilestone,
                        { key: 'jointActions.detail.milestoneAdded', values: { title: v.title.trim() } },
                      )
                    }
                  />
                ),
                ...(political
                  ? {
                      targetActions: (x) => (
                        <button
                          type="button"
                          className="button button--small button--quiet no-print"
                          onClick={() =>
                            void clickChange(removeTarget, { input: { id: x.id, version } }, (d) => d?.removePolicyTarget, {
                              key: 'jointActions.detail.targetRemoved',
                              values: { name: x.name },
                            })
                          }
                        >
                          {t('jointActions.targets.remove', { name: x.name })}
                        </button>
                      ),
                      targetsFooter: (
                        <AddTargetForm
                          onGeneral={setErrors}
                          send={(v) =>
                            v.level && v.askKind
                              ? change(
                                  addTarget,
                                  { input: { jointActionId: action.id, version, name: v.name.trim(), level: v.level, askKind: v.askKind, ask: v.ask.trim() || null } },
                                  (d) => d?.addPolicyTarget,
                                  { key: 'jointActions.detail.targetAdded', values: { name: v.name.trim() } },
                                )
                              : Promise.resolve([])
                          }
                        />
                      ),
                    }
                  : {}),
                outcomesFooter: (
                  <RecordOutcomeForm
                    needsStage={political}
                    onGeneral={setErrors}
                    send={(v) =>
                      v.contribution
                        ? change(
                            recordOutcome,
                            {
                              input: {
                                jointActionId: action.id,
                                version,
                                observedOn: v.observedOn,
                                description: v.description.trim(),
                                stage: v.stage || null,
                                evidence: v.evidence.trim() || null,
                                evidenceLinks: linksFrom(v.evidenceLinks),
                                contribution: v.contribution,
                              },
                            },
                            (d) => d?.recordPolicyOutcome,
                            { key: 'jointActions.detail.outcomeRecorded' },
                          )
                        : Promise.resolve([])
                    }
                  />
                ),
              }
            : {}
        }
      />
    </div>
  );
}

