import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { capacityBuildingEnumKey, DateRangeFields, FilterBar, filterBarFields, FOLLOW_UP_STATUSES, listQueryProps, PagedList, SelectField, useAuth, useUrlList, VocabularySelect } from '@synergia/ui';
import { NoticeAlert } from '../../components/NoticeAlert.tsx';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import type { NationalFollowUp_ActionFragment } from '../../gql/graphql.ts';
import type { Notice } from '../../lib/flash.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { FollowUpActions } from '../../missions/FollowUpActions.tsx';
import { EMPTY_FOLLOW_UP_LIST, followUpListSpec } from '../../missions/follow-up-list-params.ts';
import { FollowUpActionsQuery } from '../../missions/missions.documents.ts';
import { JointActionsSynergyQuery } from '../joint-actions/joint-actions.documents.ts';

const PAGE_SIZE = 20;
// An empty list has no follow-up in it to invalidate when one changes.
const LIST_CONTEXT = { additionalTypenames: ['FollowUpAction'] };

/**
 * Follow-up actions partners committed to after missions, by due date:
 * those owned by the partners of the user's synergy (or of
 * `/synergies/:synergyId/follow-ups`), or a partner editor's own, with
 * overdue ones marked; those the user may update are marked done or dropped here.
 */
export function FollowUpListPage() {
  const { synergyId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const { viewer } = useAuth();
  const [notice, setNotice] = useState<Notice | null>(null);

  // Whose actions the user may choose: their synergies' partners, their own partners, or all they may see.
  const owners = useMemo(() => {
    const seen = new Map<string, string>();
    for (const g of viewer?.roleGrants ?? []) {
      if (g.scope.__typename === 'Synergy') seen.set(`synergy:${g.scope.id}`, t('national.followUps.ownerSynergy', { name: g.scope.name }));
      if (g.scope.__typename === 'Partner') seen.set(`partner:${g.scope.id}`, g.scope.name);
    }
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [viewer, t]);
  const defaultOwner = owners[0]?.value ?? 'all';

  const controls = useUrlList(followUpListSpec, { synergyId, defaultOwner }, PAGE_SIZE);
  const list = useQuery({ query: FollowUpActionsQuery, variables: controls.variables, context: LIST_CONTEXT });
  const [synergyResult] = useQuery({ query: JointActionsSynergyQuery, variables: { id: synergyId }, pause: !synergyId });
  const synergy = synergyId ? synergyResult.data?.synergy : null;
  const { id, set } = filterBarFields(controls.list, controls.change, 'follow-ups');

  const title = synergyId ? t('national.followUps.synergyTitle', { synergy: synergy?.name ?? '…' }) : t('national.followUps.title');
  const crumbs: Crumb[] = [{ to: '/', label: t('nav.synergies') }];
  if (synergyId && synergy) crumbs.push({ to: `/synergies/${encodeURIComponent(synergyId)}`, label: synergy.name });

  const filterBar = (
    <FilterBar label={t('national.followUps.filters')} filtered={controls.filtered} onClear={() => controls.change({ ...EMPTY_FOLLOW_UP_LIST, owner: controls.list.owner })}>
      {synergyId ? null : (
        <SelectField
          id={id('owner')}
          label={t('national.followUps.owner')}
          value={controls.list.owner || defaultOwner}
          onChange={(owner) => set({ owner })}
          options={[...owners, { value: 'all', label: t('national.followUps.ownerAll') }]}
        />
      )}
      <VocabularySelect
        id={id('status')}
        label={t('national.followUps.fields.status')}
        value={controls.list.status}
        values={FOLLOW_UP_STATUSES}
        optionLabel={(v) => t(capacityBuildingEnumKey('FollowUpStatus', v))}
        onChange={(status) => set({ status })}
      />
      <VocabularySelect
        id={id('overdue')}
        label={t('national.followUps.overdueFilter')}
        value={controls.list.overdue}
        values={['yes', 'no'] as const}
        optionLabel={(v) => t(`national.followUps.overdueChoice.${v}`)}
        onChange={(overdue) => set({ overdue })}
      />
      <DateRangeFields
        idOf={(name) => id(name)}
        fromLabel={t('national.followUps.dueFrom')}
        toLabel={t('national.followUps.dueTo')}
        range={controls.list}
        onChange={(changes) => set(changes)}
      />
    </FilterBar>
  );

  return (
    <>
      <PageHeader title={title} crumbs={crumbs} subtitle={t('national.followUps.intro')} />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <PagedList<NationalFollowUp_ActionFragment>
        {...listQueryProps(list, (data) => data.followUpActions)}
        filterBar={filterBar}
        messages="national.followUps.list"
        headingId="follow-up-list-heading"
        pagination={controls.pagination}
        filtered={controls.filtered}
        onClearFilters={() => controls.change({ ...EMPTY_FOLLOW_UP_LIST, owner: controls.list.owner })}
        locale={locale}
        table={(rows, empty) => (
          <FollowUpActions
            rows={rows}
            caption={t('national.followUps.caption')}
            showMission
            empty={empty}
            locale={locale}
            onNotice={setNotice}
            onReload={() => list[1]({ requestPolicy: 'network-only' })}
          />
        )}
      />
    </>
  );
}
