import { DataTable, fieldErrors, FollowUpStatusBadge, FormAlert, formatDate, TextField } from '@synergia/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContinentalFollowUpRowFragment } from '../gql/graphql.ts';
import { useFollowUpActions } from './useFollowUpActions.ts';

export type FollowUpTableProps = {
  rows: readonly ContinentalFollowUpRowFragment[];
  caption: string;
  locale: string;
  /** Shows the mission each follows up (the follow-ups page). */
  showMission?: boolean;
  empty?: ReactNode;
};

/** The reason asked for before dropping a follow-up action. */
function DropForm({ followUp, busy, error, onDrop, onCancel }: { followUp: ContinentalFollowUpRowFragment; busy: boolean; error: string | undefined; onDrop: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    onDrop(reason);
  }
  return (
    <form className="follow-up-drop" onSubmit={onSubmit} noValidate aria-label={t('continental.followUps.dropLabel', { description: followUp.description })}>
      <TextField
        id={`follow-up-${followUp.id}-reason`}
        label={t('continental.followUps.droppedReason')}
        value={reason}
        onChange={setReason}
        error={missing ? t('form.required') : error}
        required
        maxLength={2000}
        autoFocus
      />
      <button type="submit" className="button button--small" disabled={busy}>
        {t('continental.followUps.confirmDrop')}
      </button>{' '}
      <button type="button" className="button button--quiet button--small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

/**
 * Follow-up actions: what, owner, due date, status with an overdue badge,
 * how it ended; "Mark done" and "Drop" (with a reason) for those the viewer
 * may change. A refusal shows under the action it concerns.
 */
export function FollowUpTable({ rows, caption, locale, showMission = false, empty }: FollowUpTableProps) {
  const { t } = useTranslation();
  const { markDone, drop, refused, busy } = useFollowUpActions();
  const [dropping, setDropping] = useState<string | null>(null);

  const outcome = (f: ContinentalFollowUpRowFragment) =>
    f.status === 'DONE'
      ? t('continental.followUps.doneOn', { date: formatDate(f.doneOn, locale) })
      : f.status === 'DROPPED'
        ? t('continental.followUps.droppedBecause', { reason: f.droppedReason ?? '' })
        : '';

  function actions(f: ContinentalFollowUpRowFragment) {
    const errors = refused?.id === f.id ? refused.errors : [];
    const { fields, general } = fieldErrors(errors, ['droppedReason', 'doneOn', 'status']);
    if (!f.viewerCan.update || f.status !== 'OPEN') return general.length > 0 ? <FormAlert errors={general} /> : null;
    if (dropping === f.id) {
      return (
        <DropForm
          followUp={f}
          busy={busy}
          error={fields['droppedReason']}
          onCancel={() => setDropping(null)}
          onDrop={(reason) =>
            void drop(f, reason).then((ok) => {
              if (ok) setDropping(null);
            })
          }
        />
      );
    }
    return (
      <>
        <button type="button" className="button button--small" disabled={busy} onClick={() => void markDone(f)}>
          {t('continental.followUps.markDone')}
          <span className="visually-hidden">: {f.description}</span>
        </button>{' '}
        <button type="button" className="button button--quiet button--small" disabled={busy} onClick={() => setDropping(f.id)}>
          {t('continental.followUps.drop')}
          <span className="visually-hidden">: {f.description}</span>
        </button>
        {errors.length > 0 ? <FormAlert errors={errors} /> : null}
      </>
    );
  }

  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(f) => f.id}
      empty={empty}
      columns={[
        { key: 'description', header: t('continental.followUps.description'), render: (f) => f.description },
        ...(showMission
          ? [{ key: 'mission', header: t('continental.followUps.mission'), render: (f: ContinentalFollowUpRowFragment) => <Link to={`/missions/${encodeURIComponent(f.mission.id)}`}>{f.mission.title}</Link> }]
          : []),
        { key: 'owner', header: t('continental.followUps.owner'), render: (f) => f.ownerPartner.name },
        { key: 'due', header: t('continental.followUps.dueDate'), render: (f) => formatDate(f.dueDate, locale) },
        { key: 'status', header: t('continental.followUps.status'), render: (f) => <FollowUpStatusBadge status={f.status} overdue={f.overdue} /> },
        { key: 'outcome', header: t('continental.followUps.outcome'), render: outcome },
        { key: 'actions', header: t('common.actions'), render: actions },
      ]}
    />
  );
}
