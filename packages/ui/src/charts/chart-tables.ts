// The tables that stand in for the charts (for screen readers, and for anyone
// who asks to see the numbers): header and cells as formatted text.
import { formatMonth, formatNumber, formatPercent } from '../format/format.ts';
import type { GroupRow, MonthRow, SexAgeRow } from './participation.ts';

export type ChartTableColumn = { key: string; header: string; numeric?: boolean };
/** One row: its header (the first column) and the other cells, in column order. */
export type ChartTableRow = { key: string; header: string; cells: string[] };
/** A table: the first column holds each row's header. */
export type ChartTableModel = { columns: ChartTableColumn[]; rows: ChartTableRow[] };

/** i18next's `t`, narrowed to what the tables need. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The measure columns of a group: activities, people, women, share of women, young people, share of youth. */
function groupColumns(t: Translate): ChartTableColumn[] {
  return [
    { key: 'activities', header: t('dashboard.columns.activities'), numeric: true },
    { key: 'people', header: t('dashboard.columns.people'), numeric: true },
    { key: 'women', header: t('dashboard.columns.women'), numeric: true },
    { key: 'womenShare', header: t('dashboard.columns.womenShare'), numeric: true },
    { key: 'youth', header: t('dashboard.columns.youth'), numeric: true },
    { key: 'youthShare', header: t('dashboard.columns.youthShare'), numeric: true },
  ];
}

function groupCells(row: GroupRow | MonthRow, locale: string): string[] {
  return [
    formatNumber(row.activityCount, locale),
    formatNumber(row.total, locale),
    formatNumber(row.women, locale),
    formatPercent(row.womenShare, locale) || '—',
    formatNumber(row.youth, locale),
    formatPercent(row.youthShare, locale) || '—',
  ];
}

/** A table of groups (by type, branch, gender marker score, country): one row per group, named by `labelOf`. */
export function groupTable(
  rows: readonly GroupRow[],
  options: { firstHeader: string; labelOf: (key: string) => string; t: Translate; locale: string },
): ChartTableModel {
  const { firstHeader, labelOf, t, locale } = options;
  return {
    columns: [{ key: 'group', header: firstHeader }, ...groupColumns(t)],
    rows: rows.map((row) => ({ key: row.key, header: labelOf(row.key), cells: groupCells(row, locale) })),
  };
}

/** The time series as a table: one row per month, oldest first. */
export function monthTable(rows: readonly MonthRow[], options: { t: Translate; locale: string }): ChartTableModel {
  const { t, locale } = options;
  return {
    columns: [{ key: 'month', header: t('dashboard.columns.month') }, ...groupColumns(t)],
    rows: rows.map((row) => ({ key: row.month, header: formatMonth(row.month, locale, 'long'), cells: groupCells(row, locale) })),
  };
}

/** The shares over time as a table: one row per month with the people reached and the two shares. */
export function monthSharesTable(rows: readonly MonthRow[], options: { t: Translate; locale: string }): ChartTableModel {
  const { t, locale } = options;
  return {
    columns: [
      { key: 'month', header: t('dashboard.columns.month') },
      { key: 'people', header: t('dashboard.columns.people'), numeric: true },
      { key: 'womenShare', header: t('dashboard.columns.womenShare'), numeric: true },
      { key: 'youthShare', header: t('dashboard.columns.youthShare'), numeric: true },
    ],
    rows: rows.map((row) => ({
      key: row.month,
      header: formatMonth(row.month, locale, 'long'),
      cells: [formatNumber(row.total, locale), formatPercent(row.womenShare, locale) || '—', formatPercent(row.youthShare, locale) || '—'],
    })),
  };
}

/** People by age band (rows) and sex (columns), with each band's total. */
export function sexAgeTable(rows: readonly SexAgeRow[], options: { t: Translate; locale: string }): ChartTableModel {
  const { t, locale } = options;
  return {
    columns: [
      { key: 'ageBand', header: t('dashboard.columns.ageBand') },
      { key: 'women', header: t('enums.Sex.WOMEN'), numeric: true },
      { key: 'men', header: t('enums.Sex.MEN'), numeric: true },
      { key: 'other', header: t('enums.Sex.OTHER'), numeric: true },
      { key: 'notRecorded', header: t('enums.Sex.NOT_RECORDED'), numeric: true },
      { key: 'total', header: t('dashboard.columns.total'), numeric: true },
    ],
    rows: rows.map((row) => ({
      key: row.key,
      header: ageBandLabel(row, t),
      cells: [row.women, row.men, row.other, row.notRecorded, row.total].map((n) => formatNumber(n, locale)),
    })),
  };
}

/** An age band's label, marked when it is the youth band; "Age not recorded" for unknown ages. */
export function ageBandLabel(row: Pick<SexAgeRow, 'ageBand'>, t: Translate): string {
  if (!row.ageBand) return t('dashboard.unknownAge');
  return row.ageBand.youth ? t('dashboard.youthBand', { label: row.ageBand.label }) : row.ageBand.label;
}
