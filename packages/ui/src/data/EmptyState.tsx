import type { ReactNode } from 'react';

export type EmptyStateProps = {
  title: ReactNode;
  /** A sentence of help below the title. */
  children?: ReactNode;
  /** What to do next (a link or button). */
  action?: ReactNode;
};

/** What a list shows when it has nothing: why, and what to do next. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children ? <p>{children}</p> : null}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </div>
  );
}
