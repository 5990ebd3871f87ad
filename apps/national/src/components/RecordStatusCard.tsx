import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityStatusBadge, type WorkStatus } from '@synergia/ui';

// The controls on a record's page (an activity, a joint action): its status
// and the moves it may make, the confirmations of what cannot be undone, and
// deleting it.

export type RecordStatusCardProps = {
  /** The id of the card's heading, which labels it. */
  headingId: string;
  className?: string;
  status: WorkStatus;
  /** The statuses the record may move to; null when the user may not change it. */
  nextStatuses: readonly WorkStatus[] | null;
  /** A move's button label ("Mark as completed"). */
  moveToLabel: (status: WorkStatus) => string;
  /** What to say when the record may move no further. */
  finalText: string;
  /** Disables the moves while one is being sent. */
  busy: boolean;
  onChoose: (status: WorkStatus) => void;
  /** The confirmations and the delete section. */
  children: ReactNode;
};

/** A record's status, a button per move it may make (cancelling in red), then the confirmations and deleting. */
export function RecordStatusCard({ headingId, className = 'card', status, nextStatuses, moveToLabel, finalText, busy, onChoose, children }: RecordStatusCardProps) {
  const { t } = useTranslation();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('activities.detail.statusHeading')}</h2>
      <p>
        {t('activities.detail.currentStatus')} <ActivityStatusBadge status={status} />
      </p>
      {nextStatuses && nextStatuses.length > 0 ? (
        <div className="form__actions">
          {nextStatuses.map((next) => (
            <button key={next} type="button" className={next === 'CANCELLED' ? 'button button--danger' : 'button'} disabled={busy} onClick={() => onChoose(next)}>
              {moveToLabel(next)}
            </button>
          ))}
        </div>
      ) : nextStatuses ? (
        <p className="muted">{finalText}</p>
      ) : null}
      {children}
    </section>
  );
}

export type ConfirmPanelProps = {
  /** The id of the panel's title, which labels it. */
  titleId: string;
  title: string;
  body?: string | undefined;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before a change that cannot be undone (cancelling, deleting): confirm in red, or back out. */
export function ConfirmPanel({ titleId, title, body, confirmLabel, cancelLabel, busy, onConfirm, onCancel }: ConfirmPanelProps) {
  return (
    <div className="panel" role="region" aria-labelledby={titleId}>
      <p id={titleId} className="alert__title">
        {title}
      </p>
      {body ? <p>{body}</p> : null}
      <div className="form__actions">
        <button type="button" className="button button--primary button--danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}

export type DeleteSectionProps = {
  heading: string;
  /** Why the user may not delete the record; null when they may. */
  cannotDelete: string | null;
  /** Whether the user asked to delete and is being asked to confirm. */
  confirming: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
  busy: boolean;
  /** Said before the delete button. */
  hint?: string | undefined;
  deleteLabel: string;
  confirmTitle: string;
  confirmBody?: string | undefined;
};

/** Deleting a record: a button that asks first, or why it cannot be deleted. */
export function DeleteSection({ heading, cannotDelete, confirming, onAsk, onCancel, onConfirm, busy, hint, deleteLabel, confirmTitle, confirmBody }: DeleteSectionProps) {
  const { t } = useTranslation();
  let body: ReactNode;
  if (cannotDelete !== null) body = <p className="muted">{cannotDelete}</p>;
  else if (confirming) {
    body = (
      <ConfirmPanel
        titleId="confirm-delete-title"
        title={confirmTitle}
        body={confirmBody}
        confirmLabel={t('activities.detail.confirmDelete')}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />
    );
  } else {
    body = (
      <>
        {hint ? <p className="muted">{hint}</p> : null}
        <button type="button" className="button button--danger" onClick={onAsk}>
          {deleteLabel}
        </button>
      </>
    );
  }
  return (
    <>
      <h3>{heading}</h3>
      {body}
    </>
  );
}
