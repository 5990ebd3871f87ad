import type { ReactNode } from 'react';
import { PagedList, type ConnectionLike, type ListComponentProps } from '../data/PagedList.tsx';
import { ExportButtons } from '../export/ExportButtons.tsx';
import type { SelectOption } from '../forms/SelectField.tsx';
import { JointActionFilterBar } from './JointActionFilterBar.tsx';
import { JointActionTable, type JointActionRow } from './JointActionTable.tsx';
import { clearJointActionFilters } from './joint-action-list-params.ts';
import type { JointActionListControls } from './useJointActionList.ts';

/** A page of a `jointActions` connection. */
export type JointActionConnectionLike<Row extends JointActionRow> = ConnectionLike<Row>;

export type JointActionListProps<Row extends JointActionRow> = ListComponentProps<Row, JointActionListControls> & {
  /** Where a row links to; default `/joint-actions/:id`. */
  hrefOf?: (row: Row) => string;
  synergies?: readonly SelectOption[] | null;
  partners?: readonly SelectOption[] | null;
  showSynergy?: boolean;
  /** What an empty, unfiltered list offers (e.g. "Plan a joint action"). */
  emptyAction?: ReactNode;
};

/**
 * A joint action list below its page header, as ActivityList is for
 * activities: the filter bar, the count with the export buttons, the table
 * with its empty state, and pagination.
 */
export function JointActionList<Row extends JointActionRow>({
  controls,
  caption,
  hrefOf = (a) => `/joint-actions/${encodeURIComponent(a.id)}`,
  synergies,
  partners,
  showSynergy = false,
  emptyAction = null,
  locale,
  ...result
}: JointActionListProps<Row>) {
  const { list, filter, orderBy, pagination, filtered, change } = controls;
  return (
    <PagedList
      filterBar={<JointActionFilterBar params={list} onChange={change} synergies={synergies} partners={partners} />}
      {...result}
      messages="jointActions.list"
      headingId="joint-actions-heading"
      pagination={pagination}
      filtered={filtered}
      onClearFilters={() => change(clearJointActionFilters(list))}
      summaryExtra={<ExportButtons resource="joint-actions" filter={filter} orderBy={orderBy} />}
      emptyAction={emptyAction}
      locale={locale}
      table={(rows, empty, lng) => <JointActionTable rows={rows} caption={caption} hrefOf={hrefOf} showSynergy={showSynergy} locale={lng} empty={empty} />}
    />
  );
}
