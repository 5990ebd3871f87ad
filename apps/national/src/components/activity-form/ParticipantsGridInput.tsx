import { useTranslation } from 'react-i18next';
import {
  ParticipantShares,
  SEXES,
  cellKey,
  formatNumber,
  gridTotals,
  type AgeBandLike,
  type GridCellKey,
  type ParticipantGrid,
  type Sex,
} from '@synergia/ui';

export type ParticipantsGridInputProps = {
  bands: readonly AgeBandLike[];
  grid: ParticipantGrid;
  onChange: (key: GridCellKey, value: number | null) => void;
  /** Message per cell (client checks or the API's `participants.cells.N` errors). */
  cellErrors: Readonly<Record<GridCellKey, string>>;
  /** A message about the whole grid (e.g. a completed activity without participants). */
  error?: string | undefined;
  locale: string;
};

/** The id of a cell's input, e.g. `participants-WOMEN-18-35` or `participants-NOT_RECORDED-unknown`. */
export const cellInputId = (sex: Sex, ageBandId: string | null) => `participants-${sex}-${ageBandId ?? 'unknown'}`.replace(/[^\w-]/g, '_');

/**
 * The participants grid as number inputs: a row per sex, a column per age
 * band of the network plus "age unknown" for people whose sex is not recorded
 * either; row and column totals, the grand total and the shares of women and
 * young people follow as you type.
 */
export function ParticipantsGridInput({ bands, grid, onChange, cellErrors, error, locale }: ParticipantsGridInputProps) {
  const { t } = useTranslation();
  const totals = gridTotals(grid, bands);
  const youthBand = bands.find((band) => band.youth);
  const n = (value: number) => formatNumber(value, locale);
  const gridErrorId = 'participants-error';

  function cell(sex: Sex, ageBandId: string | null, bandLabel: string, first: boolean) {
    const key = cellKey(sex, ageBandId);
    const id = cellInputId(sex, ageBandId);
    const message = cellErrors[key];
    const errorId = `${id}-error`;
    const value = grid[key];
    // A grid-wide error marks the first cell, so "focus the first invalid field" lands in the grid.
    const invalid = Boolean(message) || (first && Boolean(error));
    const describedBy = [message ? errorId : null, error ? gridErrorId : null].filter(Boolean).join(' ') || undefined;
    return (
      <td key={key}>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          aria-label={t('activities.form.cellLabel', { sex: t(`enums.Sex.${sex}`), band: bandLabel })}
          value={value ?? ''}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const raw = e.target.value;
            const parsed = raw === '' ? null : Number(raw);
            onChange(key, parsed === null || Number.isNaN(parsed) ? null : parsed);
          }}
        />
        {message ? (
          <p className="field__error" id={errorId}>
            {message}
          </p>
        ) : null}
      </td>
    );
  }

  return (
    <fieldset id="participants" className={error ? 'fieldset--invalid' : undefined}>
      <legend>{t('activities.form.participants')}</legend>
      <p className="field__hint" id="participants-hint">
        {t('activities.form.participantsHint')}
      </p>
      {error ? (
        <p className="field__error fieldset__error" id={gridErrorId}>
          {error}
        </p>
      ) : null}
      <div className="table-scroll" role="region" aria-label={t('activities.form.participantsTable')} tabIndex={0}>
        <table className="data-table participants-table participants-input">
          <caption className="visually-hidden">{t('activities.form.participantsTable')}</caption>
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
                {bands.map((band, column) => cell(sex, band.id, band.label, row === 0 && column === 0))}
                {sex === 'NOT_RECORDED' ? (
                  cell(sex, null, t('activities.grid.ageUnknown'), false)
                ) : (
                  <td className="numeric">
                    <span aria-hidden="true" className="muted">
                      —
                    </span>
                    <span className="visually-hidden">{t('activities.grid.notApplicable')}</span>
                  </td>
                )}
                <td className="numeric participants-table__total" aria-live="off">
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
        live
        total={totals.total}
        womenShare={totals.womenShare}
        youthShare={totals.youthShare}
        youthLabel={youthBand?.label}
        locale={locale}
      />
    </fieldset>
  );
}
