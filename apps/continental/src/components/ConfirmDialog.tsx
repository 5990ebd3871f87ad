import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ConfirmDialogProps = {
  /** Whether the dialog is shown (as a modal: focus stays inside, Escape cancels). */
  open: boolean;
  title: string;
  children: ReactNode;
  /** Text of the confirming button, e.g. "Revoke role". */
  confirmLabel: string;
  busy?: boolean;
  /** Errors to show inside the dialog (e.g. the API refused). */
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
};

/** A modal question on the native `<dialog>` element, which handles focus and Escape itself. */
export function ConfirmDialog({ open, title, children, confirmLabel, busy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Start on the harmless choice: Enter must not confirm by accident.
      cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="confirm-dialog__actions">
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy} ref={cancelRef}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
