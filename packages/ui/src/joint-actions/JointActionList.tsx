import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { EmptyState } from '../data/EmptyState.tsx';
import { ErrorMessage, isBadUserInput } from '../data/ErrorMessage.tsx';
import { Loading } from '../data/Loading.tsx';
import { Pagination } from '../data/Pagination.tsx';
import { ExportButtons } from '../export/ExportButtons.tsx';
import { FormAlert } from '../forms/FormAlert.tsx';
import type { SelectOption } from '../forms/SelectField.tsx';
import { formatNumber, regionalLocale } from '../format/format.ts';
import { JointActionFilterBar } from './JointActionFilterBar.tsx';
import { JointActionTable, type JointActionRow } from './JointActionTable.tsx';
import { clearJointActionFilters } from './joint-action-list-params.ts';
import type { JointActionListControls } from './useJointActionList.ts';

/** A page of a `jointActions` connection. */
export type JointActionConnectionLike<Row extends JointActionRow> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Row }[];
};

export type JointActionListProps<Row extends JointActionRow> = {
  controls: JointActionListControls;
  connection: JointActionConnectionLike<Row> | null | undefined;
  fetching: boolean;
  error?: CombinedError | null | undefined;
  onRetry: () => void;
  /** Names the table. */
  caption: string;
  /** Where a row links to; default `/joint-actions/:id`. */
  hrefOf?: (row: Row) => string;
  synergies?: readonly SelectOption[] | null;
  partners?: readonly SelectOption[] | null;
  showSynergy?: boolean;
  /** What an empty, unfiltered list offers (e.g. "Plan a joint action"). */
  emptyAction?: ReactNode;
  locale?: string;
};

/**
 * A joint action list below its page header, as ActivityList is for
 * activities: the filter bar, the count with the export buttons, the table
 * with its empty state, and pagination.
 */
export function JointActionList<Row extends JointActionRow>({
  controls,
  connection,
  fetching,
  error,
  onRetry,
  caption,
  hrefOf = (a) => `/joint-actions/${encodeURIComponent(a.id)}`,
  synergies,
  partners,
  showSynergy = false,
  emptyAction = null,
  locale,
}: JointActionListProps<Row>) {
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const { list, filter, orderBy, pagination, filtered, change } = controls;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const clearFilters = (
    <button type="button" className="button" onClick={() => change(clearJointActionFilters(list))}>
      {t('activities.filters.clear')}
    </button>
  );
  const count = (key: 'matching' | 'total', total: number) => t(`jointActions.list.${key}`, { count: total, formatted: formatNumber(total, lng) });

  return (
    <>
      <JointActionFilterBar params={list} onChange={change} synergies={synergies} partners={partners} />

      {isBadUserInput(error) ? (
        <FormAlert title={t('jointActions.list.badFilter')} actions={clearFilters} />
      ) : error ? (
        <ErrorMessage error={error} onRetry={onRetry} />
      ) : null}
      {fetching && !connection ? <Loading /> : null}

      {connection ? (
        <section aria-labelledby="joint-actions-heading">
          <div className="activity-list-summary">
            <h2 id="joint-actions-heading" className="visually-hidden">
              {t('jointActions.list.heading')}
            </h2>
            <p role="status">{filtered ? count('matching', connection.totalCount) : count('total', connection.totalCount)}</p>
            <ExportButtons resource="joint-actions" filter={filter} orderBy={orderBy} />
          </div>
          <JointActionTable
            rows={rows}
            caption={caption}
            hrefOf={hrefOf}
            showSynergy={showSynergy}
            locale={lng}
            empty={<EmptyState title={t(filtered ? 'jointActions.list.noMatch' : 'jointActions.list.empty')} action={filtered ? clearFilters : emptyAction} />}
          />
          {rows.length > 0 ? <Pagination pagination={pagination} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} /> : null}
        </section>
      ) : null}
    </>
  );
}
