import type { ChartTableModel } from './chart-tables.ts';

export type ChartTableProps = {
  /** Names the table (its `<caption>`). */
  caption: string;
  model: ChartTableModel;
  /**
   * Kept for screen readers only (the chart is shown): still a real table in
   * the accessibility tree, but not in the tab order nor on screen.
   */
  hidden?: boolean;
};

/**
 * The table alternative of a chart: a real `<table>` with a caption, column
 * headers and each row named by its first cell. Shown, it scrolls sideways
 * inside a focusable region on narrow screens.
 */
export function ChartTable({ caption, model, hidden = false }: ChartTableProps) {
  const [first, ...rest] = model.columns;
  const table = (
    <table className="data-table chart-table">
      <caption className={hidden ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          {model.columns.map((column) => (
            <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className={first?.numeric ? 'numeric' : undefined}>
              {row.header}
            </th>
            {row.cells.map((cell, index) => (
              <td key={rest[index]?.key ?? index} className={rest[index]?.numeric ? 'numeric' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (hidden) return <div className="visually-hidden">{table}</div>;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      {table}
    </div>
  );
}
