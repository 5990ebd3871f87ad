import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/format.ts';
import { pageRange } from './pagination.ts';
import type { PaginationControls } from './usePagination.ts';

export type PaginationProps = {
  pagination: PaginationControls;
  /** The connection's `pageInfo`. */
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
  /** How many rows the current page shows. */
  shown: number;
};

/** "21–40 of 57" with previous and next buttons, below a list from a connection. */
export function Pagination({ pagination, pageInfo, totalCount, shown }: PaginationProps) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const { from, to } = pageRange(pagination.state, pagination.first, shown);
  const endCursor = pageInfo.endCursor;
  const canGoNext = pageInfo.hasNextPage && Boolean(endCursor);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination__range" aria-live="polite">
        {shown === 0
          ? t('pagination.empty', { total: n(totalCount) })
          : t('pagination.range', { from: n(from), to: n(to), total: n(totalCount) })}
      </p>
      {pagination.hasPrevious || canGoNext ? (
        <div className="pagination__buttons">
          <button type="button" className="button" disabled={!pagination.hasPrevious} onClick={pagination.previous}>
            <span aria-hidden="true">← </span>
            {t('pagination.previous')}
          </button>
          <button type="button" className="button" disabled={!canGoNext} onClick={() => endCursor && pagination.next(endCursor)}>
            {t('pagination.next')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      ) : null}
    </nav>
  );
}
