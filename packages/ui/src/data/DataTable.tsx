import type { Key, ReactNode } from 'react';

export type DataTableColumn<Row> = {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  /** Right-aligned with tabular figures. */
  numeric?: boolean;
};

export type DataTableProps<Row> = {
  /** Names the table for assistive technology (and the scroll region around it). */
  caption: string;
  /** Keeps the caption for screen readers only, when a visible heading already says it. */
  captionHidden?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
};

/**
 * A plain, accessible table: the first column is each row's header (so a
 * screen reader announces the row by its name), and the table scrolls
 * sideways inside a focusable region on narrow screens instead of widening
 * the page.
 */
export function DataTable<Row>({ caption, captionHidden = false, columns, rows, rowKey, empty }: DataTableProps<Row>) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  const [first, ...rest] = columns;
  const numeric = (column: DataTableColumn<Row>) => (column.numeric ? 'numeric' : undefined);
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={numeric(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {first ? (
                <th scope="row" className={numeric(first)}>
                  {first.render(row)}
                </th>
              ) : null}
              {rest.map((column) => (
                <td key={column.key} className={numeric(column)}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
