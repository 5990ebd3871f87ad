import {
  ChoiceSelect,
  FilterBar,
  FormAlert,
  PagedList,
  VocabularySelect,
  listQueryProps,
  useAuth,
  useDocumentTitle,
  usePagination,
  useUrlList,
  type UrlListSpec,
  type UserErrorLike,
} from '@synergia/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { NetworkPageHeader } from '../../components/NetworkPageHeader.tsx';
import { requestErrors } from '../../forms/requestErrors.ts';
import type { CapacityBuildingReviewFilter } from '../../gql/graphql.ts';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { AwaitingMissionTable, ReviewTable, type AwaitingMission } from '../../reviews/ReviewQueueTables.tsx';
import { MissionsAwaitingReviewQuery, ReviewQueueQuery, StartReviewMutation } from '../../reviews/reviews.documents.ts';
import {
  EMPTY_REVIEW_QUEUE_PARAMS,
  REVIEW_QUEUE_TABS,
  awaitingMissionFilterFrom,
  hasReviewQueueFilters,
  parseReviewQueueParams,
  reviewFilterFrom,
  writeReviewQueueParams,
  type ReviewQueueFixed,
  type ReviewQueueParams,
} from '../../reviews/review-queue.params.ts';
import { useNetworkChoices } from '../joint-actions/useNetworkChoices.ts';

const PAGE_SIZE = 20;
const REVIEWS_CONTEXT = { additionalTypenames: ['CapacityBuildingReview'] };
const MISSIONS_CONTEXT = { additionalTypenames: ['CapacityBuildingMission', 'CapacityBuildingReview'] };

const REVIEW_QUEUE: UrlListSpec<ReviewQueueParams, CapacityBuildingReviewFilter, ReviewQueueFixed> = {
  parse: parseReviewQueueParams,
  write: writeReviewQueueParams,
  filterFrom: reviewFilterFrom,
  isFiltered: hasReviewQueueFilters,
};

/** The stages as links (the tab is in the URL, so each is a page of its own a reader can share). */
function ReviewQueueTabs({ current }: { current: ReviewQueueParams }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  return (
    <nav aria-label={t('continental.reviews.tabs.label')}>
      <ul className="review-tabs">
        {REVIEW_QUEUE_TABS.map((tab) => (
          <li key={tab}>
            <Link to={{ search: writeReviewQueueParams({ ...current, tab }, searchParams).toString() }} aria-current={tab === current.tab ? 'page' : undefined}>
              {t(`continental.reviews.tabs.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The review queue: completed missions nobody reviews yet (each with "Start
 * review") and reviews by stage — awaiting the reviewer, waiting for the
 * organiser, approved, or all — narrowed by synergy and reviewer, all kept in the URL.
 */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const { network } = useCurrentNetwork();
  const { viewer } = useAuth();
  const networkId = network?.id ?? '';
  const controls = useUrlList(REVIEW_QUEUE, { networkId, viewerId: viewer?.user.id ?? '' }, PAGE_SIZE);
  const { list } = controls;
  const choices = useNetworkChoices(networkId, locale);
  useDocumentTitle(`${t(`continental.reviews.tabs.${list.tab}`)} — ${t('continental.reviews.title')}`, t('continental.appName'));

  const reviews = useQuery({ query: ReviewQueueQuery, variables: controls.variables, context: REVIEWS_CONTEXT, pause: !networkId });

  // The missions awaiting review page on their own.
  const awaiting = list.tab === 'awaiting';
  const missionFilter = awaitingMissionFilterFrom(list, { networkId, viewerId: '' });
  const missionPages = usePagination(PAGE_SIZE, JSON.stringify(missionFilter));
  const missions = useQuery({
    query: MissionsAwaitingReviewQuery,
    variables: { filter: missionFilter, first: missionPages.first, after: missionPages.after },
    context: MISSIONS_CONTEXT,
    pause: !networkId || !awaiting,
  });

  const [starting, setStarting] = useState<string | null>(null);
  const [startErrors, setStartErrors] = useState<UserErrorLike[]>([]);
  const [, start] = useMutation(StartReviewMutation);

  async function onStart(mission: AwaitingMission) {
    setStarting(mission.id);
    setStartErrors([]);
    const result = await start({ input: { missionId: mission.id } });
    const payload = result.data?.startCapacityBuildingReview;
    const problems = requestErrors(result.error, payload?.errors, Boolean(payload?.review), t);
    setStarting(null);
    if (problems.length > 0 || !payload?.review) {
      setStartErrors(problems);
      return;
    }
    void navigate(`/reviews/${encodeURIComponent(payload.review.id)}`);
  }

  const clear = () => controls.change({ ...EMPTY_REVIEW_QUEUE_PARAMS, tab: list.tab });
  const filterBar = (
    <FilterBar label={t('continental.reviews.filters.label')} filtered={controls.filtered} onClear={clear}>
      <ChoiceSelect
        id="reviews-filter-synergy"
        label={t('continental.reviews.filters.synergy')}
        value={list.synergyId}
        options={choices.synergies}
        currentLabel={t('activities.filters.chosenSynergy')}
        onChange={(synergyId) => controls.change({ ...list, synergyId })}
      />
      <VocabularySelect
        id="reviews-filter-reviewer"
        label={t('continental.reviews.filters.reviewer')}
        value={list.reviewer}
        values={['ME'] as const}
        optionLabel={() => t('continental.reviews.filters.mine')}
        onChange={(reviewer) => controls.change({ ...list, reviewer })}
      />
    </FilterBar>
  );
  const networkName = network?.name ?? '';

  return (
    <div className="page">
      <NetworkPageHeader network={network?.name} title={t('continental.reviews.title')} intro={t('continental.reviews.intro')} />
      <ReviewQueueTabs current={list} />
      <p className="muted">{t(`continental.reviews.tabIntro.${list.tab}`)}</p>
      {filterBar}

      {awaiting ? (
        <section className="review-section" aria-labelledby="awaiting-missions-heading">
          <h2 id="awaiting-missions-heading">{t('continental.reviews.awaitingMissions.heading')}</h2>
          <FormAlert title={startErrors.length > 0 ? t('continental.reviews.startFailed') : null} errors={startErrors} />
          <PagedList
            filterBar={null}
            {...listQueryProps(missions, (data) => data.missions)}
            messages="continental.reviews.awaitingMissions"
            headingId="awaiting-missions-count"
            pagination={missionPages}
            // Only the synergy narrows these: they have no reviewer yet.
            filtered={list.synergyId !== ''}
            onClearFilters={clear}
            table={(rows, empty, lng) => (
              <AwaitingMissionTable
                caption={t('continental.reviews.table.missionsCaption', { network: networkName })}
                rows={rows}
                empty={empty}
                locale={lng}
                starting={starting}
                onStart={(m) => void onStart(m)}
              />
            )}
          />
        </section>
      ) : null}

      <section className="review-section" aria-labelledby="review-list-heading">
        <h2 id="review-list-heading">{awaiting ? t('continental.reviews.inProgress') : t(`continental.reviews.tabs.${list.tab}`)}</h2>
        <PagedList
          filterBar={null}
          {...listQueryProps(reviews, (data) => data.capacityBuildingReviews)}
          messages="continental.reviews.list"
          headingId="review-list-count"
          pagination={controls.pagination}
          filtered={controls.filtered}
          onClearFilters={clear}
          table={(rows, empty, lng) => (
            <ReviewTable
              caption={t('continental.reviews.table.caption', {
                tab: awaiting ? t('continental.reviews.inProgress') : t(`continental.reviews.tabs.${list.tab}`),
                network: networkName,
              })}
              rows={rows}
              empty={empty}
              locale={lng}
            />
          )}
        />
      </section>
    </div>
  );
}
