import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type DataTableColumn } from '../data/DataTable.tsx';
import { countryName } from '../format/country.ts';
import { formatNumber, formatPercent, regionalLocale } from '../format/format.ts';
import { formatDateRange } from './date-range.ts';
import type { ActivitySubType, ActivityType, WorkStatus } from './activity-vocabulary.ts';
import { ActivityStatusBadge } from './ActivityStatusBadge.tsx';
import { GenderMarkerScoreBadge } from './GenderMarkerScoreBadge.tsx';
import { activityTypeLabel } from './labels.ts';

/** The fields of an activity the list shows (a subset of the API's Activity). */
export type ActivityRow = {
  id: string;
  title: string;
  type: ActivityType;
  subType?: ActivitySubType | null;
  startDate: string;
  endDate: string;
  status: WorkStatus;
  country: string;
  partner: { id: string; name: string; acronym?: string | null };
  synergy?: { id: string; name: string } | null;
  participants: { total: number; womenShare?: number | null; youthShare?: number | null };
  genderMarker: { score: number };
};

export type ActivityTableProps<Row extends ActivityRow> = {
  rows: readonly Row[];
  /** Names the table for assistive technology. */
  caption: string;
  captionHidden?: boolean;
  /** Where a row's title links to (a route of the app). */
  hrefOf: (row: Row) => string;
  /** Adds the country column (lists across countries). */
  showCountry?: boolean;
  /** Names the synergy under the partner (lists across synergies). */
  showSynergy?: boolean;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** Intl locale; defaults to the UI language. */
  locale?: string;
};

/**
 * The activity list: title (a link), partner, type, dates, status, people
 * reached with the shares of women and young people, gender marker score.
 */
export function ActivityTable<Row extends ActivityRow>({
  rows,
  caption,
  captionHidden = true,
  hrefOf,
  showCountry = false,
  showSynergy = false,
  empty,
  locale,
}: ActivityTableProps<Row>) {
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const dash = <span className="muted">—</span>;
  const columns: DataTableColumn<Row>[] = [
    { key: 'title', header: t('activities.table.title'), render: (a) => <Link to={hrefOf(a)}>{a.title}</Link> },
    {
      key: 'partner',
      header: showSynergy ? t('activities.table.partnerSynergy') : t('activities.table.partner'),
      render: (a) =>
        showSynergy && a.synergy ? (
          <>
            {a.partner.name}
            <br />
            <span className="muted">{a.synergy.name}</span>
          </>
        ) : (
          a.partner.name
        ),
    },
  ];
  if (showCountry) {
    columns.push({ key: 'country', header: t('activities.table.country'), render: (a) => countryName(a.country, lng) });
  }
  columns.push(
    { key: 'type', header: t('activities.table.type'), render: (a) => activityTypeLabel(t, a.type, a.subType) },
    { key: 'dates', header: t('activities.table.dates'), render: (a) => <span className="activity-dates">{formatDateRange(a.startDate, a.endDate, lng)}</span> },
    { key: 'status', header: t('activities.table.status'), render: (a) => <ActivityStatusBadge status={a.status} /> },
    { key: 'participants', header: t('activities.table.participants'), numeric: true, render: (a) => formatNumber(a.participants.total, lng) },
    {
      key: 'women',
      header: t('activities.table.womenShare'),
      numeric: true,
      render: (a) => formatPercent(a.participants.womenShare, lng) || dash,
    },
    {
      key: 'youth',
      header: t('activities.table.youthShare'),
      numeric: true,
      render: (a) => formatPercent(a.participants.youthShare, lng) || dash,
    },
    { key: 'genderMarker', header: t('activities.table.genderMarker'), render: (a) => <GenderMarkerScoreBadge score={a.genderMarker.score} compact /> },
  );
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <div className="activity-table">
      <DataTable caption={caption} captionHidden={captionHidden} columns={columns} rows={rows} rowKey={(a) => a.id} />
    </div>
  );
}
