import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormAlert } from '../forms/FormAlert.tsx';
import { formatNumber, regionalLocale } from '../format/format.ts';
import { EmptyState } from './EmptyState.tsx';
import { ErrorMessage, isBadUserInput } from './ErrorMessage.tsx';
import { Loading } from './Loading.tsx';
import { Pagination } from './Pagination.tsx';
import type { PaginationControls } from './usePagination.ts';

/** A page of a connection, as a list needs it. */
export type ConnectionLike<Row> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Row }[];
};

/** What a list takes from its query (listQueryProps): its connection, whether it is loading, its error. */
export type ListResultProps<Row> = {
  connection: ConnectionLike<Row> | null | undefined;
  fetching: boolean;
  error?: CombinedError | null | undefined;
  /** Asks again after a failed load. */
  onRetry: () => void;
};

/** What every list component (ActivityList, JointActionList, PolicyOutcomeLog) takes besides its own choices. */
export type ListComponentProps<Row, Controls> = ListResultProps<Row> & {
  /** The list's state (useActivityList, useJointActionList, usePolicyOutcomeList). */
  controls: Controls;
  /** Names the table. */
  caption: string;
  /** Intl locale; defaults to the UI language. */
  locale?: string;
};

export type PagedListProps<Row> = ListResultProps<Row> & {
  /** The filter bar above the list. */
  filterBar: ReactNode;
  /**
   * Prefix of the list's messages: `<prefix>.badFilter`, `.heading`,
   * `.matching` and `.total` (with `count` and `formatted`), `.noMatch`, `.empty`.
   */
  messages: string;
  /** The id of the list's (hidden) heading. */
  headingId: string;
  pagination: PaginationControls;
  /** Whether the user narrowed the list. */
  filtered: boolean;
  onClearFilters: () => void;
  /** Beside the count (e.g. the export buttons). */
  summaryExtra?: ReactNode;
  /** What an empty, unfiltered list offers (e.g. "Record an activity"). */
  emptyAction?: ReactNode;
  /** The table of the page's rows, with `empty` in place of a row when there is none. */
  table: (rows: Row[], empty: ReactNode, locale: string) => ReactNode;
  /** Intl locale; defaults to the UI language. */
  locale?: string;
};

/**
 * A list below its page header: the filter bar, the count of (matching) rows,
 * the table with its empty state, and pagination. A filter the API refuses
 * offers to clear the filters; so does a filtered list with no match.
 */
export function PagedList<Row>({
  filterBar,
  connection,
  fetching,
  error,
  onRetry,
  messages,
  headingId,
  pagination,
  filtered,
  onClearFilters,
  summaryExtra = null,
  emptyAction = null,
  table,
  locale,
}: PagedListProps<Row>) {
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const clearFilters = (
    <button type="button" className="button" onClick={onClearFilters}>
      {t('activities.filters.clear')}
    </button>
  );
  const count = (key: 'matching' | 'total', total: number) => t(`${messages}.${key}`, { count: total, formatted: formatNumber(total, lng) });

  return (
    <>
      {filterBar}

      {isBadUserInput(error) ? (
        <FormAlert title={t(`${messages}.badFilter`)} actions={clearFilters} />
      ) : error ? (
        <ErrorMessage error={error} onRetry={onRetry} />
      ) : null}
      {fetching && !connection ? <Loading /> : null}

      {connection ? (
        <section aria-labelledby={headingId}>
          <div className="activity-list-summary">
            <h2 id={headingId} className="visually-hidden">
              {t(`${messages}.heading`)}
            </h2>
            <p role="status">{filtered ? count('matching', connection.totalCount) : count('total', connection.totalCount)}</p>
            {summaryExtra}
          </div>
          {table(rows, <EmptyState title={t(filtered ? `${messages}.noMatch` : `${messages}.empty`)} action={filtered ? clearFilters : emptyAction} />, lng)}
          {rows.length > 0 ? <Pagination pagination={pagination} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} /> : null}
        </section>
      ) : null}
    </>
  );
}
