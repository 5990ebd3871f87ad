import type { ReactNode } from 'react';

export type FormAlertProps = {
  /** Messages to list (e.g. `fieldErrors(...).general`). Nothing renders when empty and there are no children. */
  errors?: ReadonlyArray<{ message: string } | string> | null;
  /** A heading line above the list. */
  title?: ReactNode;
  /** error (default, role="alert"), success or info (role="status"). */
  tone?: 'error' | 'success' | 'info';
  children?: ReactNode;
  /** Extra actions (e.g. a Reload button). */
  actions?: ReactNode;
};

/** A message box above or below a form: errors not tied to a field, or a success notice. */
export function FormAlert({ errors, title, tone = 'error', children, actions }: FormAlertProps) {
  const messages = (errors ?? []).map((e) => (typeof e === 'string' ? e : e.message));
  if (messages.length === 0 && !children && !title) return null;
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="alert__title">{title}</p> : null}
      {messages.length === 1 ? <p>{messages[0]}</p> : null}
      {messages.length > 1 ? (
        <ul>
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      ) : null}
      {children}
      {actions ? <div className="alert__actions">{actions}</div> : null}
    </div>
  );
}
