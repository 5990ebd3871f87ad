import { ActivityStatusBadge, capacityBuildingEnumKey, DataTable, formatDateRange, formatNumber, MissionReviewStatusBadge } from '@synergia/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContinentalMissionRowFragment } from '../gql/graphql.ts';

/** Where a mission takes place, in words: "Manila, Philippines", "Online", "Manila, Philippines · online". */
export function usePlaceText() {
  const { t } = useTranslation();
  return (place: ContinentalMissionRowFragment['place']): string => {
    const where = [place.city, place.countryName].filter(Boolean).join(', ');
    if (place.online) return where ? t('continental.missions.place.hybrid', { where }) : t('continental.missions.place.online');
    return where;
  };
}

export const missionHref = (mission: { id: string }) => `/missions/${encodeURIComponent(mission.id)}`;

/** The missions of a page: title, format, organiser, dates, place, status, review and participants. */
export function MissionTable({ rows, caption, locale, empty }: { rows: readonly ContinentalMissionRowFragment[]; caption: string; locale: string; empty: ReactNode }) {
  const { t } = useTranslation();
  const placeText = usePlaceText();
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(m) => m.id}
      empty={empty}
      columns={[
        { key: 'title', header: t('continental.missions.fields.title'), render: (m) => <Link to={missionHref(m)}>{m.title}</Link> },
        { key: 'format', header: t('continental.missions.fields.format'), render: (m) => t(capacityBuildingEnumKey('MissionFormat', m.format)) },
        { key: 'organiser', header: t('continental.missions.fields.organiser'), render: (m) => m.organiserName },
        { key: 'dates', header: t('continental.missions.fields.dates'), render: (m) => formatDateRange(m.plannedStartDate, m.plannedEndDate, locale) },
        { key: 'place', header: t('continental.missions.fields.place'), render: (m) => placeText(m.place) },
        { key: 'status', header: t('continental.missions.fields.status'), render: (m) => <ActivityStatusBadge status={m.status} /> },
        { key: 'review', header: t('continental.missions.fields.reviewStatus'), render: (m) => <MissionReviewStatusBadge status={m.reviewStatus} /> },
        { key: 'participants', header: t('continental.missions.fields.participants'), numeric: true, render: (m) => formatNumber(m.participants.total, locale) },
      ]}
    />
  );
}
