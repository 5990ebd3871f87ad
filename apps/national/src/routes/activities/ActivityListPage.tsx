import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import {
  ActivityFilterBar,
  ActivityTable,
  EmptyState,
  ErrorMessage,
  ExportButtons,
  FormAlert,
  Loading,
  Pagination,
  activityFilterFrom,
  clearActivityFilters,
  formatNumber,
  hasActivityFilters,
  parseActivityListParams,
  usePagination,
  writeActivityListParams,
  type ActivityListParams,
} from '@synergia/ui';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import { isInvalidId } from '../../lib/errors.ts';
import { useFlash, useNoticeText, type Notice } from '../../lib/flash.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { ActivitiesQuery, ActivitiesSynergyQuery, ActivityListOptionsQuery } from './activities.documents.ts';

const PAGE_SIZE = 20;
// A new activity has no list to invalidate when the list was empty.
const LIST_CONTEXT = { additionalTypenames: ['Activity'] };

/**
 * The activities the user may see (`/activities`), or those reported under
 * one synergy (`/synergies/:synergyId/activities`): filters and order in the
 * URL, pages of 20, the total, and "Record an activity" for those who may.
 */
export function ActivityListPage() {
  const { synergyId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const flash = useFlash();
  const noticeText = useNoticeText();
  const [notice, setNotice] = useState<Notice | null>(flash);
  const [searchParams, setSearchParams] = useSearchParams();
  const list = useMemo(() => parseActivityListParams(searchParams), [searchParams]);
  const filter = useMemo(() => activityFilterFrom(list, synergyId ? { synergyId } : {}), [list, synergyId]);
  const orderBy = list.order;
  const pagination = usePagination(PAGE_SIZE, JSON.stringify([filter, orderBy]));

  const [result, reexecute] = useQuery({
    query: ActivitiesQuery,
    variables: { filter, orderBy, first: pagination.first, after: pagination.after },
    context: LIST_CONTEXT,
  });
  const [synergyResult] = useQuery({ query: ActivitiesSynergyQuery, variables: { id: synergyId }, pause: !synergyId });
  const partnerFilter = useMemo(() => (synergyId ? { synergyId } : null), [synergyId]);
  const [optionsResult] = useQuery({ query: ActivityListOptionsQuery, variables: { partnerFilter, first: 100 } });

  const synergy = synergyId ? synergyResult.data?.synergy : null;
  const options = optionsResult.data;
  const synergyOptions = useMemo(() => options?.synergies.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [], [options]);
  const partners = useMemo(() => options?.partners.edges.map((e) => e.node) ?? [], [options]);
  const partnerOptions = useMemo(() => partners.map((p) => ({ value: p.id, label: p.acronym ? `${p.name} (${p.acronym})` : p.name })), [partners]);
  const recordable = partners.filter((p) => p.viewerCan.update);

  function change(next: ActivityListParams) {
    setSearchParams(writeActivityListParams(next, searchParams), { replace: true });
  }

  // "Record an activity" starts with the partner (or synergy) the list is narrowed to, when the user may record for it.
  const newParams = new URLSearchParams();
  if (list.partnerId && recordable.some((p) => p.id === list.partnerId)) newParams.set('partnerId', list.partnerId);
  else if (recordable.length === 1 && recordable[0]) newParams.set('partnerId', recordable[0].id);
  if (synergyId) newParams.set('synergyId', synergyId);
  const newPath = `/activities/new${newParams.size > 0 ? `?${newParams.toString()}` : ''}`;
  const recordLink =
    recordable.length > 0 ? (
      <Link className="button button--primary" to={newPath}>
        {t('activities.list.record')}
      </Link>
    ) : null;

  const title = synergyId ? t('activities.list.synergyTitle', { synergy: synergy?.name ?? '…' }) : t('activities.list.title');
  const crumbs: Crumb[] = [{ to: '/', label: t('nav.synergies') }];
  if (synergyId && synergy) crumbs.push({ to: `/synergies/${encodeURIComponent(synergyId)}`, label: synergy.name });

  const connection = result.data?.activities;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = hasActivityFilters(list, synergyId ? ['synergyId'] : []);

  return (
    <>
      <PageHeader title={title} crumbs={crumbs} subtitle={synergyId ? undefined : t('activities.list.intro')} actions={recordLink} />

      {notice ? (
        <FormAlert
          tone="success"
          errors={[noticeText(notice)]}
          actions={
            <button type="button" className="button button--small" onClick={() => setNotice(null)}>
              {t('common.close')}
            </button>
          }
        />
      ) : null}

      <ActivityFilterBar
        params={list}
        onChange={change}
        synergies={synergyId ? null : synergyOptions}
        partners={partnerOptions}
      />

      {result.error && isInvalidId(result.error) ? (
        <FormAlert
          title={t('activities.list.badFilter')}
          actions={
            <button type="button" className="button" onClick={() => change(clearActivityFilters(list))}>
              {t('activities.filters.clear')}
            </button>
          }
        />
      ) : result.error ? (
        <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}
      {result.fetching && !connection ? <Loading /> : null}

      {connection ? (
        <section aria-labelledby="activities-heading">
          <div className="activity-list-summary">
            <h2 id="activities-heading" className="visually-hidden">
              {t('activities.list.heading')}
            </h2>
            <p role="status">
              {filtered
                ? t('activities.list.matching', { count: connection.totalCount, formatted: formatNumber(connection.totalCount, locale) })
                : t('activities.list.total', { count: connection.totalCount, formatted: formatNumber(connection.totalCount, locale) })}
            </p>
            <ExportButtons resource="activities" filter={filter} orderBy={orderBy} />
          </div>
          <ActivityTable
            rows={rows}
            caption={synergy ? t('activities.list.captionSynergy', { synergy: synergy.name }) : t('activities.list.caption')}
            hrefOf={(a) => `/activities/${encodeURIComponent(a.id)}`}
            showSynergy={!synergyId}
            locale={locale}
            empty={
              <EmptyState
                title={filtered ? t('activities.list.noMatch') : t('activities.list.empty')}
                action={
                  filtered ? (
                    <button type="button" className="button" onClick={() => change(clearActivityFilters(list))}>
                      {t('activities.filters.clear')}
                    </button>
                  ) : (
                    recordLink
                  )
                }
              />
            }
          />
          {rows.length > 0 ? (
            <Pagination pagination={pagination} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
