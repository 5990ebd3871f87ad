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
import { ActivityFilterBar } from './ActivityFilterBar.tsx';
import { ActivityTable, type ActivityRow } from './ActivityTable.tsx';
import { clearActivityFilters } from './activity-list-params.ts';
import type { ActivityListControls } from './useActivityList.ts';

/** A page of an `activities` connection, as the list needs it. */
export type ActivityConnectionLike<Row extends ActivityRow> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Row }[];
};

export type ActivityListProps<Row extends ActivityRow> = {
  /** The list's state (useActivityList). */
  controls: ActivityListControls;
  /** The query's answer: its connection, whether it is loading, its error. */
  connection: ActivityConnectionLike<Row> | null | undefined;
  fetching: boolean;
  error?: CombinedError | null | undefined;
  /** Asks again after a failed load. */
  onRetry: () => void;
  /**
   * Prefix of the page's messages: `<prefix>.badFilter`, `.heading`,
   * `.matching` and `.total` (with `count` and `formatted`), `.noMatch`, `.empty`.
   */
  messages: string;
  /** Names the table. */
  caption: string;
  /** The filter bar's choices; a select is hidden when its choices are not given. */
  synergies?: readonly SelectOption[] | null;
  partners?: readonly SelectOption[] | null;
  countries?: readonly SelectOption[] | null;
  showCountry?: boolean;
  showSynergy?: boolean;
  /** What an empty, unfiltered list offers (e.g. "Record an activity"). */
  emptyAction?: ReactNode;
  /** Intl locale; defaults to the UI language. */
  locale?: string;
};

/**
 * An activity list below its page header: the filter bar, the count of
 * (matching) activities with the export buttons, the table with its empty
 * state, and pagination. A filter the API refuses offers to clear the filters.
 */
export function ActivityList<Row extends ActivityRow>({
  controls,
  connection,
  fetching,
  error,
  onRetry,
  messages,
  caption,
  synergies,
  partners,
  countries,
  showCountry = false,
  showSynergy = false,
  emptyAction = null,
  locale,
}: ActivityListProps<Row>) {
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const { list, filter, orderBy, pagination, filtered, change } = controls;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const clearFilters = (
    <button type="button" className="button" onClick={() => change(clearActivityFilters(list))}>
      {t('activities.filters.clear')}
    </button>
  );
  const count = (key: string, total: number) => t(`${messages}.${key}`, { count: total, formatted: formatNumber(total, lng) });

  return (
    <>
      <ActivityFilterBar params={list} onChange={change} synergies={synergies} partners={partners} countries={countries} />

      {isBadUserInput(error) ? (
        <FormAlert title={t(`${messages}.badFilter`)} actions={clearFilters} />
      ) : error ? (
        <ErrorMessage error={error} onRetry={onRetry} />
      ) : null}
      {fetching && !connection ? <Loading /> : null}

      {connection ? (
        <section aria-labelledby="activities-heading">
          <div className="activity-list-summary">
            <h2 id="activities-heading" className="visually-hidden">
              {t(`${messages}.heading`)}
            </h2>
            <p role="status">{filtered ? count('matching', connection.totalCount) : count('total', connection.totalCount)}</p>
            <ExportButtons resource="activities" filter={filter} orderBy={orderBy} />
          </div>
          <ActivityTable
            rows={rows}
            caption={caption}
            hrefOf={(a) => `/activities/${encodeURIComponent(a.id)}`}
            showCountry={showCountry}
            showSynergy={showSynergy}
            locale={lng}
            empty={<EmptyState title={t(filtered ? `${messages}.noMatch` : `${messages}.empty`)} action={filtered ? clearFilters : emptyAction} />}
          />
          {rows.length > 0 ? (
            <Pagination pagination={pagination} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
