import { PassThrough, Readable, pipeline } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { ExportColumn, ExportRow, ExportValue } from '@synergia/domain';

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"): a title
 * typed as `=HYPERLINK(…)` must stay text. XLSX cells are typed as strings and
 * need no guard; in CSV the value gets a leading apostrophe.
 */
const formulaStart = /^[=+\-@\t\r]/;
export const neutraliseFormula = (text: string): string => (formulaStart.test(text) ? `'${text}` : text);

/** One value as CSV text: plain numbers (shares as fractions 0–1), ISO dates and instants, yes/no. */
export function csvCell(kind: ExportColumn['kind'], value: ExportValue): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'integer':
    case 'decimal':
      return String(value);
    case 'share':
      return String(Math.round(Number(value) * 10_000) / 10_000);
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'datetime':
      return value instanceof Date ? value.toISOString() : String(value);
    case 'date':
      return String(value);
    default:
      return neutraliseFormula(String(value));
  }
}

/**
 * The export as RFC 4180 CSV (CRLF, fields quoted when needed, quotes
 * doubled), UTF-8 with a byte order mark so Excel reads accents right.
 * Rows are stringified as they are read; an error after the first byte ends
 * the stream (the client sees a broken download, never a short file).
 */
export function csvExport(columns: readonly ExportColumn[], rows: AsyncIterable<ExportRow>, onError: (error: Error) => void): Readable {
  async function* records() {
    for await (const row of rows) yield columns.map((column) => csvCell(column.kind, row[column.key] ?? null));
  }
  const csv = stringify({ bom: true, header: true, columns: columns.map((column) => column.header), record_delimiter: 'windows' });
  pipeline(Readable.from(records()), csv, (error) => {
    if (error) onError(error);
  });
  return csv;
}

const xlsxStyle: Record<ExportColumn['kind'], Partial<ExcelJS.Style>> = {
  text: {},
  integer: { numFmt: '0' },
  decimal: { numFmt: '0.00' },
  share: { numFmt: '0.0%' },
  date: { numFmt: 'yyyy-mm-dd' },
  datetime: { numFmt: 'yyyy-mm-dd hh:mm:ss' },
  boolean: {},
};

const xlsxWidth = (column: ExportColumn): number => {
  if (['title', 'description', 'objective', 'partners', 'genderJustification'].includes(column.key)) return 40;
  if (column.kind === 'text') return Math.max(14, Math.min(30, column.header.length + 2));
  if (column.kind === 'datetime') return 20;
  return Math.max(10, Math.min(24, column.header.length + 2));
};

/** Resolves when a stream can take more data, or is gone. */
const drainedOrClosed = (stream: PassThrough): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });

/** One value as an XLSX cell value: numbers stay numbers, days become dates at UTC midnight. */
function xlsxCell(kind: ExportColumn['kind'], value: ExportValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * The export as an XLSX workbook written by ExcelJS's streaming writer: one
 * sheet, a bold header row frozen in place with a filter, numbers as numbers,
 * dates as dates and shares as percentages. Rows are committed as they are
 * read, pausing while the client is slower than the database.
 */
export function xlsxExport(
  columns: readonly ExportColumn[],
  rows: AsyncIterable<ExportRow>,
  onError: (error: Error) => void,
  sheetName = 'Activities',
): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Synergia';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, key: column.key, width: xlsxWidth(column), style: xlsxStyle[column.kind] }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  (async () => {
    for await (const row of rows) {
      // The client went away: stop reading (leaving the loop closes the row generator).
      if (out.destroyed) return;
      sheet.addRow(columns.map((column) => xlsxCell(column.kind, row[column.key] ?? null))).commit();
      if (out.writableNeedDrain) await drainedOrClosed(out);
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: Error) => {
    onError(error);
    out.destroy(error);
  });
  return out;
}
