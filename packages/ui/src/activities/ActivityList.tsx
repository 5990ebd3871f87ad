import type { ReactNode } from 'react';
import { PagedList, type ConnectionLike, type ListComponentProps } from '../data/PagedList.tsx';
import { ExportButtons } from '../export/ExportButtons.tsx';
import type { SelectOption } from '../forms/SelectField.tsx';
import { ActivityFilterBar } from './ActivityFilterBar.tsx';
import { ActivityTable, type ActivityRow } from './ActivityTable.tsx';
import { clearActivityFilters } from './activity-list-params.ts';
import type { ActivityListControls } from './useActivityList.ts';

/** A page of an `activities` connection, as the list needs it. */
export type ActivityConnectionLike<Row extends ActivityRow> = ConnectionLike<Row>;

export type ActivityListProps<Row extends ActivityRow> = ListComponentProps<Row, ActivityListControls> & {
  /**
   * Prefix of the page's messages: `<prefix>.badFilter`, `.heading`,
   * `.matching` and `.total` (with `count` and `formatted`), `.noMatch`, `.empty`.
   */
  messages: string;
  /** The filter bar's choices; a select is hidden when its choices are not given. */
  synergies?: readonly SelectOption[] | null;
  partners?: readonly SelectOption[] | null;
  countries?: readonly SelectOption[] | null;
  showCountry?: boolean;
  showSynergy?: boolean;
  /** What an empty, unfiltered list offers (e.g. "Record an activity"). */
  emptyAction?: ReactNode;
};

/**
 * An activity list below its page header: the filter bar, the count of
 * (matching) activities with the export buttons, the table with its empty
 * state, and pagination. A filter the API refuses offers to clear the filters.
 */
export function ActivityList<Row extends ActivityRow>({
  controls,
  messages,
  caption,
  synergies,
  partners,
  countries,
  showCountry = false,
  showSynergy = false,
  emptyAction = null,
  locale,
  ...result
}: ActivityListProps<Row>) {
  const { list, filter, orderBy, pagination, filtered, change } = controls;
  return (
    <PagedList
      filterBar={<ActivityFilterBar params={list} onChange={change} synergies={synergies} partners={partners} countries={countries} />}
      {...result}
      messages={messages}
      headingId="activities-heading"
      pagination={pagination}
      filtered={filtered}
      onClearFilters={() => change(clearActivityFilters(list))}
      summaryExtra={<ExportButtons resource="activities" filter={filter} orderBy={orderBy} />}
      emptyAction={emptyAction}
      locale={locale}
      table={(rows, empty, lng) => (
        <ActivityTable
          rows={rows}
          caption={caption}
          hrefOf={(a) => `/activities/${encodeURIComponent(a.id)}`}
          showCountry={showCountry}
          showSynergy={showSynergy}
          locale={lng}
          empty={empty}
        />
      )}
    />
  );
}
