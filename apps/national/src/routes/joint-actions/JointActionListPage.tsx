import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import { useQuery } from 'urql';
import { JointActionList, nameWithAcronym, useJointActionList } from '@synergia/ui';
import { NoticeAlert } from '../../components/NoticeAlert.tsx';
import { PageHeader, type Crumb } from '../../components/PageHeader.tsx';
import { useFlash, type Notice } from '../../lib/flash.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { JointActionListOptionsQuery, JointActionsQuery, JointActionsSynergyQuery } from './joint-actions.documents.ts';
import { JointActionTimeline } from './JointActionTimeline.tsx';

// A new joint action has no list to invalidate when the list was empty.
const LIST_CONTEXT = { additionalTypenames: ['JointAction'] };

/** The base path of the plan: a synergy's, or all the user may see. */
export const planPath = (synergyId: string) => (synergyId ? `/synergies/${encodeURIComponent(synergyId)}/joint-actions` : '/joint-actions');

/**
 * The joint action plan (`/joint-actions`, or one synergy's at
 * `/synergies/:synergyId/joint-actions`) as a list, or with `view` "timeline"
 * as its milestones by month. Filters and order live in the URL; a partner
 * editor sees the actions its partner takes part in, read only.
 */
export function JointActionListPage({ view = 'list' }: { view?: 'list' | 'timeline' }) {
  const { synergyId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const flash = useFlash();
  const [notice, setNotice] = useState<Notice | null>(flash);
  const controls = useJointActionList({ synergyId });

  const [result, reexecute] = useQuery({ query: JointActionsQuery, variables: controls.variables, context: LIST_CONTEXT, pause: view !== 'list' });
  const [synergyResult] = useQuery({ query: JointActionsSynergyQuery, variables: { id: synergyId }, pause: !synergyId });
  const partnerFilter = useMemo(() => (synergyId ? { synergyId } : null), [synergyId]);
  const [optionsResult] = useQuery({ query: JointActionListOptionsQuery, variables: { partnerFilter, first: 100 } });

  const synergy = synergyId ? synergyResult.data?.synergy : null;
  const options = optionsResult.data;
  const synergyOptions = useMemo(() => options?.synergies.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [], [options]);
  const partnerOptions = useMemo(() => options?.partners.edges.map((e) => ({ value: e.node.id, label: nameWithAcronym(e.node) })) ?? [], [options]);
  const plannable = (options?.synergies.edges ?? []).map((e) => e.node).filter((s) => s.viewerCan.update);

  // "Plan a joint action" starts with the synergy of the page, or the user's only one.
  const planFor = synergyId ? (synergy?.viewerCan.update ? synergyId : '') : plannable.length === 1 ? (plannable[0]?.id ?? '') : controls.list.synergyId;
  const canPlan = synergyId ? Boolean(synergy?.viewerCan.update) : plannable.length > 0;
  const planLink = canPlan ? (
    <Link className="button button--primary" to={`/joint-actions/new${planFor ? `?synergyId=${encodeURIComponent(planFor)}` : ''}`}>
      {t('jointActions.list.plan')}
    </Link>
  ) : null;

  const title = synergyId ? t('jointActions.list.synergyTitle', { synergy: synergy?.name ?? '…' }) : t('jointActions.list.title');
  const crumbs: Crumb[] = [{ to: '/', label: t('nav.synergies') }];
  if (synergyId && synergy) crumbs.push({ to: `/synergies/${encodeURIComponent(synergyId)}`, label: synergy.name });
  const base = planPath(synergyId);

  return (
    <>
      <PageHeader title={title} crumbs={crumbs} subtitle={t('jointActions.list.intro')} actions={planLink} />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />

      <nav className="tabs" aria-label={t('jointActions.list.views')}>
        <NavLink to={base} end className="button button--quiet">
          {t('jointActions.list.asList')}
        </NavLink>{' '}
        <NavLink to={`${base}/timeline`} className="button button--quiet">
          {t('jointActions.list.asTimeline')}
        </NavLink>
      </nav>

      {view === 'list' ? (
        <JointActionList
          controls={controls}
          connection={result.data?.jointActions}
          fetching={result.fetching}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          caption={synergy ? t('jointActions.list.captionSynergy', { synergy: synergy.name }) : t('jointActions.list.caption')}
          synergies={synergyId ? null : synergyOptions}
          partners={partnerOptions}
          showSynergy={!synergyId}
          emptyAction={planLink}
          locale={locale}
        />
      ) : (
        <JointActionTimeline synergyId={synergyId || controls.list.synergyId} synergies={synergyId ? null : synergyOptions} />
      )}
    </>
  );
}
