import type { UserErrorLike } from '../auth/auth.documents.ts';
import { cellKeyForErrorPath, type GridCellKey } from './participant-grid.ts';

/**
 * Splits a payload's errors: those on `participants.cells.N…` go onto the
 * grid cell sent N-th (first message per cell, without its path prefix and
 * capitalised), the rest are left for the form's fields and alert.
 */
export function splitCellErrors(errors: readonly UserErrorLike[], sentCells: readonly GridCellKey[]): { cells: Record<GridCellKey, string>; rest: UserErrorLike[] } {
  const cells: Record<GridCellKey, string> = {};
  const rest: UserErrorLike[] = [];
  for (const error of errors) {
    const key = error.__typename === 'ValidationError' || error.__typename === undefined ? cellKeyForErrorPath(error.path, sentCells) : null;
    if (key) {
      // "participants.cells.3.count: women aged 18–35 must…" → "Women aged 18–35 must…"
      const message = error.message.replace(/^participants\.cells\.\d+(\.\w+)?:\s*/, '');
      cells[key] ??= message.charAt(0).toUpperCase() + message.slice(1);
    } else {
      rest.push(error);
    }
  }
  return { cells, rest };
}
