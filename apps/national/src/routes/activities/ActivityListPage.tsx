import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ActivityList, nameWithAcronym, useActivityList } from '@synergia/ui';
import { NoticeAlert } from '../../components/NoticeAlert.tsx';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import { useFlash, type Notice } from '../../lib/flash.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { ActivitiesQuery, ActivitiesSynergyQuery, ActivityListOptionsQuery } from './activities.documents.ts';

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
  const [notice, setNotice] = useState<Notice | null>(flash);
  const activities = useActivityList({ synergyId });

  const [result, reexecute] = useQuery({ query: ActivitiesQuery, variables: activities.variables, context: LIST_CONTEXT });
  const [synergyResult] = useQuery({ query: ActivitiesSynergyQuery, variables: { id: synergyId }, pause: !synergyId });
  const partnerFilter = useMemo(() => (synergyId ? { synergyId } : null), [synergyId]);
  const [optionsResult] = useQuery({ query: ActivityListOptionsQuery, variables: { partnerFilter, first: 100 } });

  const synergy = synergyId ? synergyResult.data?.synergy : null;
  const options = optionsResult.data;
  const synergyOptions = useMemo(() => options?.synergies.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [], [options]);
  const partners = useMemo(() => options?.partners.edges.map((e) => e.node) ?? [], [options]);
  const partnerOptions = useMemo(() => partners.map((p) => ({ value: p.id, label: nameWithAcronym(p) })), [partners]);
  const recordable = partners.filter((p) => p.viewerCan.update);

  // "Record an activity" starts with the partner (or synergy) the list is narrowed to, when the user may record for it.
  const newParams = new URLSearchParams();
  const { partnerId } = activities.list;
  if (partnerId && recordable.some((p) => p.id === partnerId)) newParams.set('partnerId', partnerId);
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

  return (
    <>
      <PageHeader title={title} crumbs={crumbs} subtitle={synergyId ? undefined : t('activities.list.intro')} actions={recordLink} />

      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />

      <ActivityList
        controls={activities}
        connection={result.data?.activities}
        fetching={result.fetching}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        messages="activities.list"
        caption={synergy ? t('activities.list.captionSynergy', { synergy: synergy.name }) : t('activities.list.caption')}
        synergies={synergyId ? null : synergyOptions}
        partners={partnerOptions}
        showSynergy={!synergyId}
        emptyAction={recordLink}
        locale={locale}
      />
    </>
  );
}
