import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTableModel } from './chart-tables.ts';
import { ChartTable } from './ChartTable.tsx';

export type ChartFigureProps = {
  /** The chart's heading (an `<h3>`). */
  title: string;
  /** One or two sentences saying what the chart shows; visible, and what a screen reader hears first. */
  summary: string;
  /** The same numbers as a table: always in the accessibility tree, on screen when asked for. */
  table: ChartTableModel;
  /** The table's caption; by default the title. */
  tableCaption?: string;
  /** Shown instead of chart and table when there is nothing to draw. */
  empty?: ReactNode;
  /** The chart itself (hidden from assistive technology: the table says the same). */
  children: ReactNode;
  /** Wider charts span the whole row of the dashboard grid. */
  wide?: boolean;
};

/**
 * A dashboard chart with its text summary and its table alternative. The
 * drawing is `aria-hidden`; screen readers get the summary and the table, and
 * a "Show as table" toggle (keyboard reachable) puts the table on screen in
 * place of the drawing.
 */
export function ChartFigure({ title, summary, table, tableCaption, empty, children, wide = false }: ChartFigureProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  return (
    <section className={`chart-card${wide ? ' chart-card--wide' : ''}`} aria-labelledby={titleId} aria-describedby={summaryId}>
      <div className="chart-card__header">
        <h3 id={titleId}>{title}</h3>
        {empty ? null : (
          <button type="button" className="button button--small" aria-pressed={showTable} onClick={() => setShowTable(!showTable)}>
            {t('dashboard.showTable')}
          </button>
        )}
      </div>
      <p id={summaryId} className="chart-card__summary">
        {summary}
      </p>
      {empty ?? (
        <>
          {showTable ? null : (
            <div className="chart-card__chart" aria-hidden="true">
              {children}
            </div>
          )}
          <ChartTable caption={tableCaption ?? title} model={table} hidden={!showTable} />
        </>
      )}
    </section>
  );
}
