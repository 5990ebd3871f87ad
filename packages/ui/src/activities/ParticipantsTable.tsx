import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, regionalLocale } from '../format/format.ts';
import { SEXES } from './activity-vocabulary.ts';
import { ageBandIdsFor, cellKey, gridFromCells, gridTotals, type AgeBandLike, type ParticipantCellLike } from './participant-grid.ts';

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
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const grid = gridFromCells(cells);
  const totals = gridTotals(grid, bands);
  const youthBand = bands.find((band) => band.youth);
  const n = (value: number) => formatNumber(value, lng);
  return (
    <>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="data-table participants-table">
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
            {SEXES.map((sex) => {
              const ids = ageBandIdsFor(sex, bands);
              return (
                <tr key={sex}>
                  <th scope="row">{t(`enums.Sex.${sex}`)}</th>
                  {bands.map((band) => (
                    <td key={band.id} className="numeric">
                      {n(grid[cellKey(sex, band.id)] ?? 0)}
                    </td>
                  ))}
                  <td className="numeric">
                    {ids.includes(null) ? (
                      n(grid[cellKey(sex, null)] ?? 0)
                    ) : (
                      <>
                        <span aria-hidden="true" className="muted">
                          —
                        </span>
                        <span className="visually-hidden">{t('activities.grid.notApplicable')}</span>
                      </>
                    )}
                  </td>
                  <td className="numeric participants-table__total">{n(totals.bySex[sex])}</td>
                </tr>
              );
            })}
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
      <ParticipantShares total={totals.total} womenShare={totals.womenShare} youthShare={totals.youthShare} youthLabel={youthBand?.label} locale={lng} />
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
