import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type DetailItemProps = {
  term: string;
  /** The value; "Not set" stands in for nothing (null, undefined, "" or an empty list). */
  children?: ReactNode;
};

/** One term and its value in a `<dl className="details-list">`. */
export function DetailItem({ term, children }: DetailItemProps) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <>
      <dt>{term}</dt>
      <dd>{empty ? <span className="muted">{t('common.notSet')}</span> : children}</dd>
    </>
  );
}
