import { useTranslation } from 'react-i18next';
import type { Sex } from './activity-vocabulary.ts';
import type { AgeBandLike, GridCellKey, ParticipantGrid } from './participant-grid.ts';
import { ParticipantsGridTable, type GridCellSlot } from './ParticipantsTable.tsx';

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
  const gridErrorId = 'participants-error';

  function cell({ sex, ageBandId, key, bandLabel, first }: GridCellSlot) {
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
      <ParticipantsGridTable
        caption={t('activities.form.participantsTable')}
        className="participants-input"
        bands={bands}
        grid={grid}
        renderCell={cell}
        live
        locale={locale}
      />
    </fieldset>
  );
}
