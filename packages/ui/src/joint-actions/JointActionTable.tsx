import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type DataTableColumn } from '../data/DataTable.tsx';
import { formatNumber, regionalLocale } from '../format/format.ts';
import { formatDateRange } from '../activities/date-range.ts';
import { ActivityStatusBadge } from '../activities/ActivityStatusBadge.tsx';
import type { WorkStatus } from '../activities/activity-vocabulary.ts';
import { JointActionKindBadge, PolicyStageBadge } from './JointActionBadges.tsx';
import type { JointActionKind, PolicyStage } from './joint-action-vocabulary.ts';

/** The fields of a joint action the list shows (a subset of the API's JointAction). */
export type JointActionRow = {
  id: string;
  title: string;
  kind: JointActionKind;
  plannedStartDate: string;
  plannedEndDate: string;
  status: WorkStatus;
  countryName?: string | null;
  synergy?: { id: string; name: string } | null;
  lead?: { id: string; name: string } | null;
  partners: readonly unknown[];
  stageReached?: PolicyStage | null;
  participants: { total: number };
};

export type JointActionTableProps<Row extends JointActionRow> = {
  rows: readonly Row[];
  caption: string;
  captionHidden?: boolean;
  /** Where a row's title links to. */
  hrefOf: (row: Row) => string;
  /** Adds the synergy (or "Continental") column, for lists across synergies. */
  showSynergy?: boolean;
  empty?: ReactNode;
  locale?: string;
};

/** The joint action list: title (a link), kind, lead and partner count, planned dates, status, stage reached, people reached. */
export function JointActionTable<Row extends JointActionRow>({ rows, caption, captionHidden = true, hrefOf, showSynergy = false, empty, locale }: JointActionTableProps<Row>) {
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const dash = <span className="muted">—</span>;
  const columns: DataTableColumn<Row>[] = [
    { key: 'title', header: t('jointActions.table.title'), render: (a) => <Link to={hrefOf(a)}>{a.title}</Link> },
    { key: 'kind', header: t('jointActions.table.kind'), render: (a) => <JointActionKindBadge kind={a.kind} /> },
  ];
  if (showSynergy) {
    columns.push({ key: 'synergy', header: t('jointActions.table.synergy'), render: (a) => a.synergy?.name ?? t('jointActions.continental') });
  }
  columns.push(
    {
      key: 'lead',
      header: t('jointActions.table.lead'),
      render: (a) => (
        <>
          {a.lead?.name ?? dash}
          {a.partners.length > 1 ? (
            <>
              <br />
              <span className="muted">{t('jointActions.table.withOthers', { count: a.partners.length - 1 })}</span>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'dates', header: t('jointActions.table.dates'), render: (a) => formatDateRange(a.plannedStartDate, a.plannedEndDate, lng) },
    { key: 'status', header: t('jointActions.table.status'), render: (a) => <ActivityStatusBadge status={a.status} /> },
    { key: 'stage', header: t('jointActions.table.stage'), render: (a) => (a.stageReached ? <PolicyStageBadge stage={a.stageReached} /> : dash) },
    { key: 'participants', header: t('jointActions.table.participants'), numeric: true, render: (a) => formatNumber(a.participants.total, lng) },
  );
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <div className="activity-table">
      <DataTable caption={caption} captionHidden={captionHidden} columns={columns} rows={rows} rowKey={(a) => a.id} />
    </div>
  );
}
