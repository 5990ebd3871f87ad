import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { activityEnumKey, ActivityStatusBadge, CAPACITY_THEMES, capacityBuildingEnumKey, ChoiceSelect, DataTable, FilterBar, filterBarFields, formatDateRange, listQueryProps, MISSION_FORMATS, MissionReviewStatusBadge, missionReviewStatusKey, PagedList, REVIEW_STATUSES, useUrlList, VocabularySelect, WORK_STATUSES } from '@synergia/ui';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import { useLocale } from '../../lib/useLocale.ts';
import { EMPTY_MISSION_LIST, missionListSpec } from '../../missions/mission-list-params.ts';
import { MissionSynergiesQuery, MissionsQuery } from '../../missions/missions.documents.ts';
import type { NationalMissionList_ItemFragment } from '../../gql/graphql.ts';
import { JointActionsSynergyQuery } from '../joint-actions/joint-actions.documents.ts';

const PAGE_SIZE = 20;

/** The list's path: a synergy's, or all the user may see. */
export const missionsPath = (synergyId: string) => (synergyId ? `/synergies/${encodeURIComponent(synergyId)}/missions` : '/missions');

/**
 * The capacity-building missions the user's synergies organise or are
 * targeted by (`/missions`, or one synergy's at `/synergies/:synergyId/missions`),
 * with their status, format, themes, dates and review status. Filters live in
 * the URL. Missions are planned in the continental app; here they are read,
 * evaluated and answered for.
 */
export function MissionListPage() {
  const { synergyId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const controls = useUrlList(missionListSpec, { synergyId }, PAGE_SIZE);
  const list = useQuery({ query: MissionsQuery, variables: controls.variables });
  const [synergyResult] = useQuery({ query: JointActionsSynergyQuery, variables: { id: synergyId }, pause: !synergyId });
  const [optionsResult] = useQuery({ query: MissionSynergiesQuery, variables: { first: 100 }, pause: Boolean(synergyId) });
  const synergy = synergyId ? synergyResult.data?.synergy : null;
  const synergyOptions = useMemo(() => optionsResult.data?.synergies.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? null, [optionsResult.data]);
  const { id, set } = filterBarFields(controls.list, controls.change, 'missions');

  const title = synergyId ? t('national.missions.list.synergyTitle', { synergy: synergy?.name ?? '…' }) : t('national.missions.list.title');
  const crumbs: Crumb[] = [{ to: '/', label: t('nav.synergies') }];
  if (synergyId && synergy) crumbs.push({ to: `/synergies/${encodeURIComponent(synergyId)}`, label: synergy.name });

  const filterBar = (
    <FilterBar label={t('national.missions.list.filters')} filtered={controls.filtered} onClear={() => controls.change(EMPTY_MISSION_LIST)}>
      {synergyId ? null : (
        <ChoiceSelect
          id={id('synergy')}
          label={t('national.missions.list.synergy')}
          value={controls.list.synergyId}
          options={synergyOptions && synergyOptions.length > 1 ? synergyOptions : null}
          currentLabel={t('national.missions.list.otherSynergy')}
          onChange={(value) => set({ synergyId: value })}
        />
      )}
      <VocabularySelect
        id={id('status')}
        label={t('national.missions.fields.status')}
        value={controls.list.status}
        values={WORK_STATUSES}
        optionLabel={(v) => t(activityEnumKey('WorkStatus', v))}
        onChange={(status) => set({ status })}
      />
      <VocabularySelect
        id={id('review')}
        label={t('national.missions.fields.reviewStatus')}
        value={controls.list.reviewStatus}
        values={REVIEW_STATUSES}
        optionLabel={(v) => t(missionReviewStatusKey(v))}
        onChange={(reviewStatus) => set({ reviewStatus })}
      />
      <VocabularySelect
        id={id('format')}
        label={t('national.missions.fields.format')}
        value={controls.list.format}
        values={MISSION_FORMATS}
        optionLabel={(v) => t(capacityBuildingEnumKey('MissionFormat', v))}
        onChange={(format) => set({ format })}
      />
      <VocabularySelect
        id={id('theme')}
        label={t('national.missions.fields.theme')}
        value={controls.list.theme}
        values={CAPACITY_THEMES}
        optionLabel={(v) => t(capacityBuildingEnumKey('CapacityTheme', v))}
        onChange={(theme) => set({ theme })}
      />
    </FilterBar>
  );

  return (
    <>
      <PageHeader title={title} crumbs={crumbs} subtitle={t('national.missions.list.intro')} />
      <PagedList<NationalMissionList_ItemFragment>
        {...listQueryProps(list, (data) => data.missions)}
        filterBar={filterBar}
        messages="national.missions.list"
        headingId="mission-list-heading"
        pagination={controls.pagination}
        filtered={controls.filtered}
        onClearFilters={() => controls.change(EMPTY_MISSION_LIST)}
        locale={locale}
        table={(rows, empty) => (
          <DataTable
            caption={synergy ? t('national.missions.list.captionSynergy', { synergy: synergy.name }) : t('national.missions.list.caption')}
            rows={rows}
            rowKey={(m) => m.id}
            empty={empty}
            columns={[
              { key: 'title', header: t('national.missions.fields.title'), render: (m) => <Link to={`/missions/${encodeURIComponent(m.id)}`}>{m.title}</Link> },
              { key: 'status', header: t('national.missions.fields.status'), render: (m) => <ActivityStatusBadge status={m.status} /> },
              { key: 'format', header: t('national.missions.fields.format'), render: (m) => t(capacityBuildingEnumKey('MissionFormat', m.format)) },
              { key: 'themes', header: t('national.missions.fields.themes'), render: (m) => m.themes.map((theme) => t(capacityBuildingEnumKey('CapacityTheme', theme))).join(', ') },
              {
                key: 'dates',
                header: t('national.missions.fields.dates'),
                render: (m) => formatDateRange(m.actualStartDate ?? m.plannedStartDate, m.actualEndDate ?? m.plannedEndDate, locale),
              },
              { key: 'organiser', header: t('national.missions.fields.organiser'), render: (m) => m.organiserName },
              { key: 'review', header: t('national.missions.fields.reviewStatus'), render: (m) => <MissionReviewStatusBadge status={m.reviewStatus} /> },
            ]}
          />
        )}
      />
    </>
  );
}
