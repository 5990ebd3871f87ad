import { allowsUnknownAge } from '@synergia/domain/rules';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, regionalLocale } from '../format/format.ts';
import { SEXES, type Sex } from './activity-vocabulary.ts';
import {
  UNKNOWN_AGE,
  cellKey,
  gridFromCells,
  gridTotals,
  type AgeBandLike,
  type GridCellKey,
  type ParticipantCellLike,
  type ParticipantGrid,
} from './participant-grid.ts';

export type ParticipantsTableProps = {
  /** Names the table, e.g. "People reached by sex and age". */
  caption: string;
  /** The network's age bands (columns). */
  bands: readonly AgeBandLike[];
  /** The activity's non-zero cells. */
  cells: readonly ParticipantCellLike[];
  locale?: string;
};

/**
 * People reached by sex × age band, read-only: a row per sex, a column per
 * age band (plus "age unknown", only for people whose sex was not recorded),
 * row and column totals, and the shares of women and young people.
 */
export function ParticipantsTable({ caption, bands, cells, locale }: ParticipantsTableProps) {
  const { i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const grid = gridFromCells(cells);
  return (
    <ParticipantsGridTable
      caption={caption}
      bands={bands}
      grid={grid}
      locale={lng}
      renderCell={({ key }) => (
        <td key={key} className="numeric">
          {formatNumber(grid[key] ?? 0, lng)}
        </td>
      )}
    />
  );
}

/** One cell of the grid, as {@link ParticipantsGridTable} asks for it. */
export type GridCellSlot = {
  sex: Sex;
  /** null: age unknown. */
  ageBandId: string | null;
  key: GridCellKey;
  /** The column's name ("18–35", "Age unknown"). */
  bandLabel: string;
  /** Whether it is the grid's first cell (top left). */
  first: boolean;
};

export type ParticipantsGridTableProps = {
  caption: string;
  bands: readonly AgeBandLike[];
  /** The counts the totals are made of. */
  grid: ParticipantGrid;
  /** The `<td>` of one cell (with its key): a number, or an input. */
  renderCell: (cell: GridCellSlot) => ReactNode;
  /** More classes for the table. */
  className?: string;
  /** The grid changes as the user types: announce the totals politely. */
  live?: boolean;
  locale: string;
};

/**
 * The participants grid's table: age bands as columns (the youth band
 * marked, then "age unknown"), a row per sex with its total, a row of column
 * totals, and the people reached with the shares of women and young people
 * below. The cells themselves come from `renderCell`.
 */
export function ParticipantsGridTable({ caption, bands, grid, renderCell, className, live = false, locale }: ParticipantsGridTableProps) {
  const { t } = useTranslation();
  const totals = gridTotals(grid, bands);
  const youthBand = bands.find((band) => band.youth);
  const n = (value: number) => formatNumber(value, locale);
  const slot = (sex: Sex, ageBandId: string | null, bandLabel: string, first: boolean) =>
    renderCell({ sex, ageBandId, key: cellKey(sex, ageBandId), bandLabel, first });
  return (
    <>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className={className ? `data-table participants-table ${className}` : 'data-table participants-table'}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('activities.grid.sex')}</th>
              {bands.map((band) => (
                <th key={band.id} scope="col" className="numeric">
                  {band.label}
                  {band.youth ? <span className="participants-table__youth"> ({t('activities.grid.youth')})</span> : null}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('activities.grid.ageUnknown')}
              </th>
              <th scope="col" className="numeric">
                {t('activities.grid.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {SEXES.map((sex, row) => (
              <tr key={sex}>
                <th scope="row">{t(`enums.Sex.${sex}`)}</th>
                {bands.map((band, column) => slot(sex, band.id, band.label, row === 0 && column === 0))}
                {allowsUnknownAge(sex) ? (
                  slot(sex, UNKNOWN_AGE, t('activities.grid.ageUnknown'), false)
                ) : (
                  <td className="numeric">
                    <span aria-hidden="true" className="muted">
                      —
                    </span>
                    <span className="visually-hidden">{t('activities.grid.notApplicable')}</span>
                  </td>
                )}
                <td className="numeric participants-table__total" aria-live={live ? 'off' : undefined}>
                  {n(totals.bySex[sex])}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('activities.grid.total')}</th>
              {bands.map((band) => (
                <td key={band.id} className="numeric">
                  {n(totals.byAgeBand[band.id] ?? 0)}
                </td>
              ))}
              <td className="numeric">{n(totals.byAgeBand[''] ?? 0)}</td>
              <td className="numeric participants-table__total">{n(totals.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <ParticipantShares
        live={live}
        total={totals.total}
        womenShare={totals.womenShare}
        youthShare={totals.youthShare}
        youthLabel={youthBand?.label}
        locale={locale}
      />
    </>
  );
}

/** "100 people · 40% women · 50% young people (18–35)". */
export function ParticipantShares({
  total,
  womenShare,
  youthShare,
  youthLabel,
  locale,
  live = false,
}: {
  total: number;
  womenShare: number | null;
  youthShare: number | null;
  youthLabel?: string | undefined;
  locale: string;
  /** Announces changes politely (while typing in a form). */
  live?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <p className="participant-shares" aria-live={live ? 'polite' : undefined}>
      <strong>{t('activities.grid.people', { count: total, formatted: formatNumber(total, locale) })}</strong>
      {total > 0 ? (
        <>
          {' · '}
          {t('activities.grid.womenShare', { share: formatPercent(womenShare, locale) })}
          {' · '}
          {youthLabel
            ? t('activities.grid.youthShareOf', { share: formatPercent(youthShare, locale), band: youthLabel })
            : t('activities.grid.youthShare', { share: formatPercent(youthShare, locale) })}
        </>
      ) : null}
    </p>
  );
}
