import '../../missions/missions.css';
import { activityEnumKey, CAPACITY_THEMES, capacityBuildingEnumKey, ChoiceSelect, countryName, DateRangeFields, EmptyState, ErrorMessage, ExportButtons, FilterBar, filterBarFields, formatDateRange, formatMonth, formatNumber, listQueryProps, Loading, MISSION_FORMATS, missionReviewStatusKey, OrderSelect, PagedList, regionalLocale, type SelectOption, type UrlListSpec, useDocumentTitle, useOrderedUrlList, VocabularySelect, WORK_STATUSES } from '@synergia/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { NetworkPageHeader } from '../../components/NetworkPageHeader.tsx';
import type { MissionFilter, MissionOrder } from '../../gql/graphql.ts';
import { MissionTable, missionHref, usePlaceText } from '../../missions/MissionTable.tsx';
import {
  MISSION_ORDER_FIELDS,
  MISSION_REVIEW_CHOICES,
  clearMissionFilters,
  hasMissionFilters,
  missionFilterFrom,
  parseMissionListParams,
  writeMissionListParams,
  type MissionListParams,
} from '../../missions/mission-list-params.ts';
import { groupMissionsByMonth } from '../../missions/mission-timeline.ts';
import { ContinentalMissionsQuery } from '../../missions/missions.documents.ts';
import { useMissionChoices } from '../../missions/useMissionChoices.ts';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';

const PAGE_SIZE = 20;
/** The most missions the timeline shows; the count says when there are more. */
const TIMELINE_SIZE = 100;
const LIST_CONTEXT = { additionalTypenames: ['CapacityBuildingMission'] };
const MISSION_LIST: UrlListSpec<MissionListParams, MissionFilter, { networkId: string }> = {
  parse: parseMissionListParams,
  write: writeMissionListParams,
  filterFrom: missionFilterFrom,
  isFiltered: (list) => hasMissionFilters(list),
};

type Props = { params: MissionListParams; onChange: (next: MissionListParams) => void; synergies: readonly SelectOption[]; countries: readonly SelectOption[]; filtered: boolean };

/** The mission filters: search, format, theme, country, synergy, status, review status, period, order. */
function MissionFilterBar({ params, onChange, synergies, countries, filtered }: Props) {
  const { t } = useTranslation();
  const { id, set } = filterBarFields(params, onChange, 'missions');
  return (
    <FilterBar
      label={t('continental.missions.filters.label')}
      search={{ id: id('search'), label: t('continental.missions.filters.search'), hint: t('continental.missions.filters.searchHint'), value: params.search, onSearch: (search) => set({ search }) }}
      filtered={filtered}
      onClear={() => onChange(clearMissionFilters(params))}
    >
      <VocabularySelect id={id('format')} label={t('continental.missions.fields.format')} value={params.format} values={MISSION_FORMATS} optionLabel={(f) => t(capacityBuildingEnumKey('MissionFormat', f))} onChange={(format) => set({ format })} />
      <VocabularySelect id={id('theme')} label={t('continental.missions.filters.theme')} value={params.theme} values={CAPACITY_THEMES} optionLabel={(v) => t(capacityBuildingEnumKey('CapacityTheme', v))} onChange={(theme) => set({ theme })} />
      <ChoiceSelect id={id('country')} label={t('continental.missions.fields.country')} value={params.country} options={countries} currentLabel={params.country} onChange={(country) => set({ country })} />
      <ChoiceSelect id={id('synergy')} label={t('continental.missions.filters.synergy')} value={params.synergyId} options={synergies} currentLabel={params.synergyId} onChange={(synergyId) => set({ synergyId })} />
      <VocabularySelect id={id('status')} label={t('continental.missions.fields.status')} value={params.status} values={WORK_STATUSES} optionLabel={(s) => t(activityEnumKey('WorkStatus', s))} onChange={(status) => set({ status })} />
      <VocabularySelect
        id={id('review')}
        label={t('continental.missions.fields.reviewStatus')}
        value={params.review}
        values={MISSION_REVIEW_CHOICES}
        optionLabel={(r) => (r === 'NONE' ? t('capacityBuilding.review.none') : t(missionReviewStatusKey(r)))}
        onChange={(review) => set({ review })}
      />
      <DateRangeFields
        idOf={id}
        fromLabel={t('continental.missions.filters.from')}
        toLabel={t('continental.missions.filters.to')}
        range={params}
        onChange={(changes) => set(changes)}
      />
      {params.view === 'list' ? <OrderSelect id={id('sort')} fields={MISSION_ORDER_FIELDS} value={params.order} onChange={(order) => set({ order })} /> : null}
    </FilterBar>
  );
}

/** The missions by month of their planned start (the filtered list, up to TIMELINE_SIZE). */
function MissionTimeline({ filter, locale }: { filter: MissionFilter; locale: string }) {
  const { t } = useTranslation();
  const placeText = usePlaceText();
  const orderBy: MissionOrder = { field: 'START_DATE', direction: 'ASC' };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ContinentalMissionsQuery, variables: { filter, orderBy, first: TIMELINE_SIZE }, context: LIST_CONTEXT });
  const connection = data?.missions;
  const months = useMemo(() => groupMissionsByMonth(connection?.edges.map((e) => e.node) ?? []), [connection]);
  if (error) return <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !connection) return <Loading />;
  if (!connection) return null;
  const shown = connection.edges.length;
  return (
    <section aria-labelledby="missions-timeline-heading">
      <h2 id="missions-timeline-heading">{t('continental.missions.timeline.heading')}</h2>
      <p role="status" className="muted">
        {connection.totalCount > shown
          ? t('continental.missions.timeline.someOf', { shown: formatNumber(shown, locale), formatted: formatNumber(connection.totalCount, locale) })
          : t('continental.missions.list.total', { count: connection.totalCount, formatted: formatNumber(connection.totalCount, locale) })}
      </p>
      {months.length === 0 ? (
        <EmptyState title={t('continental.missions.list.noMatch')} />
      ) : (
        <ol className="mission-timeline">
          {months.map(({ month, missions }) => (
            <li key={month}>
              <h3>{formatMonth(month, locale, 'long')}</h3>
              <ul>
                {missions.map((m) => (
                  <li key={m.id} className="mission-timeline__item">
                    <span className="mission-timeline__dates">{formatDateRange(m.plannedStartDate, m.plannedEndDate, locale)}</span>{' '}
                    <Link to={missionHref(m)}>{m.title}</Link>
                    <span className="muted">
                      {' · '}
                      {t(capacityBuildingEnumKey('MissionFormat', m.format))} · {m.organiserName}
                      {placeText(m.place) ? ` · ${placeText(m.place)}` : ''} · {t(activityEnumKey('WorkStatus', m.status))}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The network's capacity-building missions: filters kept in the URL, a list
 * (pages of 20, exported with the same filters) or a timeline by month, and
 * "Plan a mission" for network admins and synergy coordinators.
 */
export function MissionsPage() {
  const { t, i18n } = useTranslation();
  const locale = regionalLocale(i18n.resolvedLanguage ?? i18n.language);
  const { network, isAdmin } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const choices = useMissionChoices(networkId);
  const controls = useOrderedUrlList<MissionListParams, MissionFilter, { networkId: string }, MissionOrder>(MISSION_LIST, { networkId }, PAGE_SIZE);
  const { list, filter, orderBy, pagination, filtered, change } = controls;
  const timeline = list.view === 'timeline';
  const query = useQuery({ query: ContinentalMissionsQuery, variables: controls.variables, context: LIST_CONTEXT, pause: !networkId || timeline });
  useDocumentTitle(t('continental.missions.title'), t('continental.appName'));

  const countries = useMemo(() => {
    // Every country code the API knows, by name; the network's own missions decide which ones match.
    const collator = new Intl.Collator(locale);
    const codes = new Set([...(list.country ? [list.country] : []), ...choices.countryCodes]);
    return [...codes].map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label));
  }, [choices.countryCodes, list.country, locale]);

  const canPlan = isAdmin || choices.plannable.length > 0;
  const planButton = canPlan ? (
    <Link to="/missions/new" className="button button--primary">
      {t('continental.missions.plan')}
    </Link>
  ) : null;
  const filterBar = <MissionFilterBar params={list} onChange={change} synergies={choices.synergies} countries={countries} filtered={filtered} />;

  return (
    <div className="page">
      <NetworkPageHeader
        network={network?.name}
        title={t('continental.missions.title')}
        intro={t('continental.missions.intro')}
        links={
          <>
            {planButton}
            {planButton ? ' ' : null}
            <Link to="/follow-ups">{t('continental.followUps.nav')}</Link>
          </>
        }
      />
      <nav className="tabs" aria-label={t('continental.missions.views')}>
        <Link to={`?${writeMissionListParams({ ...list, view: 'list' }).toString()}`} className="button button--quiet" aria-current={!timeline ? 'page' : undefined}>
          {t('continental.missions.asList')}
        </Link>
        <Link to={`?${writeMissionListParams({ ...list, view: 'timeline' }).toString()}`} className="button button--quiet" aria-current={timeline ? 'page' : undefined}>
          {t('continental.missions.asTimeline')}
        </Link>
      </nav>

      {timeline ? (
        <>
          {filterBar}
          {networkId ? <MissionTimeline filter={filter} locale={locale} /> : null}
        </>
      ) : (
        <PagedList
          filterBar={filterBar}
          {...listQueryProps(query, (data) => data.missions)}
          messages="continental.missions.list"
          headingId="missions-heading"
          pagination={pagination}
          filtered={filtered}
          onClearFilters={() => change(clearMissionFilters(list))}
          summaryExtra={<ExportButtons resource="missions" filter={filter} orderBy={orderBy} />}
          emptyAction={planButton}
          locale={locale}
          table={(rows, empty, lng) => <MissionTable rows={rows} caption={t('continental.missions.caption', { network: network?.name ?? '' })} locale={lng} empty={empty} />}
        />
      )}
    </div>
  );
}
