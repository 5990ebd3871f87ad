import { DataTable, formatDateRange, formatDateTime, type DataTableColumn } from '@synergia/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MissionsAwaitingReviewQuery, ReviewQueueRowFragment } from '../gql/graphql.ts';
import { ReviewStatusBadge } from './ReviewStatusBadge.tsx';

export type AwaitingMission = MissionsAwaitingReviewQuery['missions']['edges'][number]['node'];

const missionHref = (id: string) => `/missions/${encodeURIComponent(id)}`;
const reviewHref = (id: string) => `/reviews/${encodeURIComponent(id)}`;

/** What a review is of: the mission's title, or "synergy, year". */
export function reviewedName(row: ReviewQueueRowFragment, t: (key: string, options?: Record<string, unknown>) => string): string {
  return row.mission?.title ?? t('continental.reviews.table.synergyYear', { synergy: row.synergy?.name ?? '', year: row.year ?? '' });
}

export type ReviewTableProps = { caption: string; rows: ReviewQueueRowFragment[]; empty: ReactNode; locale: string };

/** Reviews, one a row: what is reviewed (the mission links to its page), organiser, reviewer, status, last change, and the way to the review. */
export function ReviewTable({ caption, rows, empty, locale }: ReviewTableProps) {
  const { t } = useTranslation();
  const columns: DataTableColumn<ReviewQueueRowFragment>[] = [
    {
      key: 'reviewed',
      header: t('continental.reviews.table.reviewed'),
      render: (row) => (row.mission ? <Link to={missionHref(row.mission.id)}>{row.mission.title}</Link> : reviewedName(row, t)),
    },
    { key: 'organiser', header: t('continental.reviews.table.organiser'), render: (row) => row.mission?.organiserName ?? row.synergy?.name ?? '—' },
    { key: 'reviewer', header: t('continental.reviews.table.reviewer'), render: (row) => row.reviewer?.name ?? '—' },
    { key: 'status', header: t('continental.reviews.table.status'), render: (row) => <ReviewStatusBadge status={row.status} /> },
    { key: 'updatedAt', header: t('continental.reviews.table.updatedAt'), render: (row) => formatDateTime(row.updatedAt, locale) },
    {
      key: 'open',
      header: t('continental.reviews.table.action'),
      render: (row) => (
        <Link to={reviewHref(row.id)} aria-label={t('continental.reviews.table.openOf', { name: reviewedName(row, t) })}>
          {t('continental.reviews.table.open')}
        </Link>
      ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.id} empty={empty} />;
}

export type AwaitingMissionTableProps = {
  caption: string;
  rows: AwaitingMission[];
  empty: ReactNode;
  locale: string;
  /** The mission whose review is being started, if any. */
  starting: string | null;
  onStart(mission: AwaitingMission): void;
};

/** Completed missions nobody reviews yet, each with "Start review" for those who may review. */
export function AwaitingMissionTable({ caption, rows, empty, locale, starting, onStart }: AwaitingMissionTableProps) {
  const { t } = useTranslation();
  const columns: DataTableColumn<AwaitingMission>[] = [
    { key: 'title', header: t('continental.reviews.table.reviewed'), render: (m) => <Link to={missionHref(m.id)}>{m.title}</Link> },
    { key: 'organiser', header: t('continental.reviews.table.organiser'), render: (m) => m.organiserName },
    {
      key: 'held',
      header: t('continental.reviews.table.held'),
      render: (m) => formatDateRange(m.actualStartDate ?? m.plannedStartDate, m.actualEndDate ?? m.plannedEndDate, locale),
    },
    { key: 'updatedAt', header: t('continental.reviews.table.updatedAt'), render: (m) => formatDateTime(m.updatedAt, locale) },
    {
      key: 'start',
      header: t('continental.reviews.table.action'),
      render: (m) =>
        m.viewerCan.review ? (
          <button
            type="button"
            className="button button--primary"
            disabled={starting !== null}
            aria-busy={starting === m.id || undefined}
            aria-label={t('continental.reviews.startOf', { title: m.title })}
            onClick={() => onStart(m)}
          >
            {starting === m.id ? t('continental.reviews.starting') : t('continental.reviews.start')}
          </button>
        ) : (
          '—'
        ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(m) => m.id} empty={empty} />;
}
