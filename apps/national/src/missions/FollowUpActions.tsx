import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { DataTable, DateField, FollowUpStatusBadge, formatDate, SubmitButton, TextAreaField, todayIso } from '@synergia/ui';
import type { NationalFollowUp_ActionFragment } from '../gql/graphql.ts';
import { requestFailure } from '../lib/errors.ts';
import type { Notice } from '../lib/flash.ts';
import { ChangeFormErrors } from './ChangeFormErrors.tsx';
import { doneProblems, followUpProblems, noteProblems } from './mission-forms.rules.ts';
import { UpdateFollowUpActionMutation } from './missions.documents.ts';
import { useChangeForm } from './useChangeForm.ts';

// A follow-up's change shows on its mission's page and in the follow-up lists.
const CHANGE_CONTEXT = { additionalTypenames: ['FollowUpAction', 'CapacityBuildingMission'] };

type ReportKind = 'done' | 'drop' | 'edit';
type Reporting = { id: string; kind: ReportKind } | null;

export type FollowUpActionsProps = {
  rows: readonly NationalFollowUp_ActionFragment[];
  caption: string;
  /** Shows each action's mission (the follow-up list; not on the mission's own page). */
  showMission?: boolean;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  locale: string;
  onNotice: (notice: Notice) => void;
  onReload: () => void;
};

/**
 * Follow-up actions with their owner, due date and status ("Overdue" when
 * open past its due date); those the user may update can be marked done
 * (when, evidence) or dropped (why) in a small form below the table.
 */
export function FollowUpActions({ rows, caption, showMission = false, empty, locale, onNotice, onReload }: FollowUpActionsProps) {
  const { t } = useTranslation();
  const [reporting, setReporting] = useState<Reporting>(null);
  const chosen = reporting ? rows.find((r) => r.id === reporting.id) : undefined;
  return (
    <>
      <DataTable
        caption={caption}
        rows={rows}
        rowKey={(r) => r.id}
        empty={empty}
        columns={[
          { key: 'description', header: t('national.followUps.fields.description'), render: (r) => r.description },
          ...(showMission
            ? [{ key: 'mission', header: t('national.followUps.fields.mission'), render: (r: NationalFollowUp_ActionFragment) => <Link to={`/missions/${encodeURIComponent(r.mission.id)}`}>{r.mission.title}</Link> }]
            : []),
          { key: 'owner', header: t('national.followUps.fields.owner'), render: (r) => <Link to={`/partners/${encodeURIComponent(r.ownerPartner.id)}`}>{r.ownerPartner.name}</Link> },
          { key: 'due', header: t('national.followUps.fields.dueDate'), render: (r) => formatDate(r.dueDate, locale) },
          { key: 'status', header: t('national.followUps.fields.status'), render: (r) => <FollowUpStatusBadge status={r.status} overdue={r.overdue} /> },
          {
            key: 'report',
            header: t('national.followUps.fields.report'),
            render: (r) =>
              r.status === 'DONE' ? (
                <>
                  {r.doneOn ? t('national.followUps.doneOn', { date: formatDate(r.doneOn, locale) }) : null}
                  {r.evidence ? <span className="preserve-lines"> {r.evidence}</span> : null}
                </>
              ) : r.status === 'DROPPED' ? (
                r.droppedReason
              ) : null,
          },
          {
            key: 'actions',
            header: <span className="visually-hidden">{t('national.followUps.fields.actions')}</span>,
            render: (r) =>
              r.viewerCan.update ? (
                <div className="form__actions">
                  {r.status === 'OPEN' ? (
                    <>
                      <button type="button" className="button button--small" onClick={() => setReporting({ id: r.id, kind: 'done' })}>
                        {t('national.followUps.markDone', { description: r.description })}
                      </button>
                      <button type="button" className="button button--small button--quiet" onClick={() => setReporting({ id: r.id, kind: 'drop' })}>
                        {t('national.followUps.drop', { description: r.description })}
                      </button>
                    </>
                  ) : null}
                  <button type="button" className="button button--small button--quiet" onClick={() => setReporting({ id: r.id, kind: 'edit' })}>
                    {t('national.followUps.edit', { description: r.description })}
                  </button>
                </div>
              ) : null,
          },
        ]}
      />
      {chosen && reporting ? (
        <ReportForm
          key={`${chosen.id}-${reporting.kind}`}
          action={chosen}
          kind={reporting.kind}
          onCancel={() => setReporting(null)}
          onDone={(notice) => {
            setReporting(null);
            onNotice(notice);
          }}
          onReload={onReload}
        />
      ) : null}
    </>
  );
}

type ReportValues = { doneOn: string; evidence: string; droppedReason: string; description: string; dueDate: string };

/** Marks one follow-up action done (when, evidence), drops it (why), or corrects what it is and when it is due. */
function ReportForm({
  action,
  kind,
  onCancel,
  onDone,
  onReload,
}: {
  action: NationalFollowUp_ActionFragment;
  kind: ReportKind;
  onCancel: () => void;
  onDone: (notice: Notice) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [, update] = useMutation(UpdateFollowUpActionMutation);
  const formId = `follow-up-${kind}`;
  const form = useChangeForm<ReportValues>(
    formId,
    { doneOn: todayIso(), evidence: action.evidence ?? '', droppedReason: '', description: action.description, dueDate: action.dueDate },
    ['doneOn', 'evidence', 'droppedReason', 'description', 'dueDate'],
  );
  const heading = t(`national.followUps.${kind}Heading`, { description: action.description });
  const check = (v: ReportValues) =>
    kind === 'done' ? doneProblems(v, todayIso()) : kind === 'drop' ? noteProblems('droppedReason', v.droppedReason, 2000) : followUpProblems(v);
  const inputOf = (v: ReportValues) => {
    const base = { id: action.id, version: action.version };
    if (kind === 'done') return { ...base, status: 'DONE' as const, doneOn: v.doneOn, evidence: v.evidence.trim() || null };
    if (kind === 'drop') return { ...base, status: 'DROPPED' as const, droppedReason: v.droppedReason.trim() };
    return { ...base, description: v.description.trim(), dueDate: v.dueDate };
  };
  const notice = { done: 'national.followUps.markedDone', drop: 'national.followUps.dropped', edit: 'national.followUps.changed' }[kind];
  return (
    <form
      id={formId}
      className="form panel"
      aria-label={heading}
      noValidate
      onSubmit={(event) =>
        void form
          .submit(
            event,
            check,
            async (v) => {
              const result = await update({ input: inputOf(v) }, CHANGE_CONTEXT);
              const payload = result.data?.updateFollowUpAction;
              if (!payload) return requestFailure(t, result.error);
              return payload.errors;
            },
          )
          .then((saved) => {
            if (saved) onDone({ key: notice, values: { description: action.description } });
          })
      }
    >
      <h3>{heading}</h3>
      <ChangeFormErrors locked={form.locked} general={form.general} onReload={onReload} />
      {kind === 'done' ? (
        <>
          <DateField {...form.field('doneOn')} label={t('national.followUps.fields.doneOn')} max={todayIso()} required />
          <TextAreaField {...form.field('evidence')} label={t('national.followUps.fields.evidence')} hint={t('national.followUps.evidenceHint')} maxLength={5000} rows={3} />
        </>
      ) : kind === 'drop' ? (
        <TextAreaField {...form.field('droppedReason')} label={t('national.followUps.fields.droppedReason')} maxLength={2000} rows={3} required />
      ) : (
        <>
          <TextAreaField {...form.field('description')} label={t('national.followUps.fields.description')} maxLength={2000} rows={2} required />
          <DateField {...form.field('dueDate')} label={t('national.followUps.fields.dueDate')} required />
        </>
      )}
      <div className="form__actions">
        <SubmitButton busy={form.busy} busyLabel={t('common.saving')}>
          {t(`national.followUps.${kind}Submit`)}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
