import '../../missions/missions.css';
import { capacityBuildingEnumKey, ChoiceSelect, DateRangeFields, ExportButtons, FilterBar, filterBarFields, listQueryProps, PagedList, regionalLocale, SelectField, type UrlListSpec, useDocumentTitle, useUrlList, VocabularySelect } from '@synergia/ui';
import { followUpStatuses } from '@synergia/domain/rules';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { NetworkPageHeader } from '../../components/NetworkPageHeader.tsx';
import type { FollowUpActionFilter } from '../../gql/graphql.ts';
import { FollowUpTable } from '../../missions/FollowUpTable.tsx';
import {
  EMPTY_FOLLOW_UP_LIST_PARAMS,
  followUpFilterFrom,
  hasFollowUpFilters,
  parseFollowUpListParams,
  writeFollowUpListParams,
  type FollowUpListParams,
} from '../../missions/follow-up-list-params.ts';
import { FollowUpActionsQuery } from '../../missions/missions.documents.ts';
import { useMissionChoices } from '../../missions/useMissionChoices.ts';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';

const PAGE_SIZE = 20;
const LIST_CONTEXT = { additionalTypenames: ['FollowUpAction'] };
const FOLLOW_UP_LIST: UrlListSpec<FollowUpListParams, FollowUpActionFilter, { networkId: string }> = {
  parse: parseFollowUpListParams,
  write: writeFollowUpListParams,
  filterFrom: followUpFilterFrom,
  isFiltered: hasFollowUpFilters,
};

/**
 * Every follow-up action the viewer sees in the network, by due date:
 * filters by status, overdue, synergy and due period in the URL, "Mark done"
 * and "Drop" where the viewer may, and the filtered list as CSV or XLSX.
 */
export function FollowUpsPage() {
  const { t, i18n } = useTranslation();
  const locale = regionalLocale(i18n.resolvedLanguage ?? i18n.language);
  const { network } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const choices = useMissionChoices(networkId);
  const { list, filter, pagination, filtered, change, variables } = useUrlList(FOLLOW_UP_LIST, { networkId }, PAGE_SIZE);
  const query = useQuery({ query: FollowUpActionsQuery, variables, context: LIST_CONTEXT, pause: !networkId });
  const { id, set } = filterBarFields(list, change, 'follow-ups');
  useDocumentTitle(t('continental.followUps.title'), t('continental.appName'));

  return (
    <div className="page">
      <NetworkPageHeader network={network?.name} title={t('continental.followUps.title')} intro={t('continental.followUps.intro')} links={<Link to="/missions">{t('continental.missions.title')}</Link>} />
      <PagedList
        filterBar={
          <FilterBar label={t('continental.followUps.filters')} filtered={filtered} onClear={() => change(EMPTY_FOLLOW_UP_LIST_PARAMS)}>
            <VocabularySelect id={id('status')} label={t('continental.followUps.status')} value={list.status} values={followUpStatuses} optionLabel={(s) => t(capacityBuildingEnumKey('FollowUpStatus', s))} onChange={(status) => set({ status })} />
            <SelectField
              id={id('overdue')}
              label={t('continental.followUps.overdueFilter')}
              value={list.overdue}
              onChange={(value) => set({ overdue: value === 'yes' || value === 'no' ? value : '' })}
              options={[
                { value: 'yes', label: t('continental.followUps.onlyOverdue') },
                { value: 'no', label: t('continental.followUps.notOverdue') },
              ]}
              placeholder={t('activities.filters.any')}
            />
            <ChoiceSelect id={id('synergy')} label={t('continental.followUps.synergy')} value={list.synergyId} options={choices.synergies} currentLabel={list.synergyId} onChange={(synergyId) => set({ synergyId })} />
            <DateRangeFields
              idOf={id}
              fromLabel={t('continental.followUps.dueFrom')}
              toLabel={t('continental.followUps.dueTo')}
              range={{ from: list.dueFrom, to: list.dueTo }}
              onChange={(changes) => set('from' in changes ? { dueFrom: changes.from } : { dueTo: changes.to })}
            />
          </FilterBar>
        }
        {...listQueryProps(query, (data) => data.followUpActions)}
        messages="continental.followUps.list"
        headingId="follow-ups-heading"
        pagination={pagination}
        filtered={filtered}
        onClearFilters={() => change(EMPTY_FOLLOW_UP_LIST_PARAMS)}
        summaryExtra={<ExportButtons resource="follow-ups" filter={filter} />}
        locale={locale}
        table={(rows, empty, lng) => <FollowUpTable rows={rows} caption={t('continental.followUps.caption', { network: network?.name ?? '' })} locale={lng} showMission empty={empty} />}
      />
    </div>
  );
}
