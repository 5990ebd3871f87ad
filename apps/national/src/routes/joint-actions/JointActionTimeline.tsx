import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorMessage, FormAlert, Loading, MilestoneTimeline, SelectField, formatNumber, todayIso, type SelectOption, type UserErrorLike } from '@synergia/ui';
import type { NationalTimeline_MilestoneFragment } from '../../gql/graphql';
import { NoticeAlert } from '../../components/NoticeAlert.tsx';
import type { Notice } from '../../lib/flash.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { UpdateJointActionMilestoneMutation } from '../joint-action-detail/joint-action-detail.documents.ts';
import { JointActionMilestonesQuery } from './joint-actions.documents.ts';
import { requestFailure } from '../../lib/errors.ts';

/** The most milestones one timeline shows; the count says when there are more. */
export const TIMELINE_SIZE = 100;

const MILESTONE_CONTEXT = { additionalTypenames: ['JointActionMilestone', 'JointAction'] };

/** "Check off" for a milestone whose joint action the user may change: done today. */
export function useMilestoneCheckOff() {
  const { t } = useTranslation();
  const [{ fetching }, update] = useMutation(UpdateJointActionMilestoneMutation);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  async function checkOff(milestone: NationalTimeline_MilestoneFragment) {
    setErrors([]);
    setNotice(null);
    const result = await update({ input: { id: milestone.id, version: milestone.jointAction.version, doneDate: todayIso() } }, MILESTONE_CONTEXT);
    const payload = result.data?.updateJointActionMilestone;
    if (!payload) return setErrors(requestFailure(t, result.error));
    setErrors(payload.errors);
    if (payload.errors.length === 0) setNotice({ key: 'jointActions.detail.milestoneDone', values: { title: milestone.title } });
  }
  return { checkOff, errors, notice, clearNotice: () => setNotice(null), busy: fetching };
}

/**
 * The plan's milestones by month of their due date (jointActionMilestones),
 * open ones by default, overdue ones marked; those the user may change can be
 * checked off here.
 */
export function JointActionTimeline({ synergyId, synergies }: { synergyId: string; synergies: readonly SelectOption[] | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [chosenSynergy, setChosenSynergy] = useState(synergyId);
  const [show, setShow] = useState<'open' | 'all'>('open');
  const filter = useMemo(() => ({ ...(chosenSynergy ? { synergyId: chosenSynergy } : {}), ...(show === 'open' ? { done: false } : {}) }), [chosenSynergy, show]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JointActionMilestonesQuery, variables: { filter, first: TIMELINE_SIZE }, context: MILESTONE_CONTEXT });
  const { checkOff, errors, notice, clearNotice, busy } = useMilestoneCheckOff();
  const connection = data?.jointActionMilestones;
  const milestones = connection?.edges.map((e) => e.node) ?? [];

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('jointActions.timeline.heading')}</h2>
      <div className="activity-filters__grid">
        {synergies ? (
          <SelectField id="timeline-synergy" label={t('activities.filters.synergy')} value={chosenSynergy} onChange={setChosenSynergy} options={synergies} placeholder={t('activities.filters.any')} />
        ) : null}
        <SelectField
          id="timeline-show"
          label={t('jointActions.timeline.show')}
          value={show}
          onChange={(value) => setShow(value === 'all' ? 'all' : 'open')}
          options={[
            { value: 'open', label: t('jointActions.timeline.showOpen') },
            { value: 'all', label: t('jointActions.timeline.showAll') },
          ]}
          placeholder={null}
        />
      </div>
      <NoticeAlert notice={notice} onClose={clearNotice} />
      {errors.length > 0 ? <FormAlert errors={errors} title={t('jointActions.detail.refused')} /> : null}
      {error ? <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !connection ? <Loading /> : null}
      {connection ? (
        <>
          <p role="status" className="muted">
            {connection.totalCount > milestones.length
              ? t('jointActions.timeline.someOf', { shown: formatNumber(milestones.length, locale), formatted: formatNumber(connection.totalCount, locale) })
              : t('jointActions.timeline.count', { count: connection.totalCount, formatted: formatNumber(connection.totalCount, locale) })}
          </p>
          {milestones.length === 0 ? (
            <EmptyState title={t('jointActions.timeline.empty')} />
          ) : (
            <MilestoneTimeline
              milestones={milestones}
              hrefOf={(a) => `/joint-actions/${encodeURIComponent(a.id)}`}
              locale={locale}
              actions={(m) =>
                m.jointAction.viewerCan.update && !m.doneDate ? (
                  <button type="button" className="button button--small" disabled={busy} onClick={() => void checkOff(m)}>
                    {t('jointActions.milestones.checkOff', { title: m.title })}
                  </button>
                ) : null
              }
            />
          )}
        </>
      ) : null}
    </section>
  );
}

/**
 * The home screen's "overdue and upcoming" panel: open milestones of planned
 * and ongoing joint actions due before today or in the next 30 days.
 */
export function MilestonesDuePanel({ synergyId }: { synergyId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = todayIso();
  const in30 = todayIso(new Date(Date.now() + 30 * 86_400_000));
  const filter = useMemo(() => ({ done: false, dueTo: in30, activeOnly: true, ...(synergyId ? { synergyId } : {}) }), [in30, synergyId]);
  const [{ data, error }] = useQuery({ query: JointActionMilestonesQuery, variables: { filter, first: 20 }, context: MILESTONE_CONTEXT });
  const connection = data?.jointActionMilestones;
  if (error || !connection) return null;
  const milestones = connection.edges.map((e) => e.node);
  const overdue = milestones.filter((m) => m.overdue || m.dueDate < today).length;
  return (
    <section className="card" aria-labelledby="milestones-due-heading">
      <h2 id="milestones-due-heading">{t('jointActions.home.heading')}</h2>
      <p className="muted">{t('jointActions.home.summary', { overdue: formatNumber(overdue, locale), upcoming: formatNumber(milestones.length - overdue, locale) })}</p>
      {milestones.length === 0 ? (
        <p>{t('jointActions.home.none')}</p>
      ) : (
        <MilestoneTimeline milestones={milestones} hrefOf={(a) => `/joint-actions/${encodeURIComponent(a.id)}`} locale={locale} />
      )}
    </section>
  );
}
