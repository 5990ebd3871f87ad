import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMonth, regionalLocale } from '../format/format.ts';
import { MilestoneStateBadge } from './JointActionBadges.tsx';
import { groupMilestonesByMonth, type TimelineMilestone } from './milestone-timeline.ts';

export type MilestoneTimelineProps<M extends TimelineMilestone> = {
  milestones: readonly M[];
  /** Where a joint action's title links to. */
  hrefOf: (jointAction: { id: string }) => string;
  /** Controls beside each milestone (e.g. check it off); none by default. */
  actions?: (milestone: M) => ReactNode;
  /** The level of the month headings. */
  headingLevel?: 2 | 3;
  locale?: string;
};

/** Milestones by month of their due date, each with its joint action; overdue ones marked (text and colour). */
export function MilestoneTimeline<M extends TimelineMilestone>({ milestones, hrefOf, actions, headingLevel = 3, locale }: MilestoneTimelineProps<M>) {
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="milestone-timeline">
      {groupMilestonesByMonth(milestones).map(({ month, milestones: inMonth }) => (
        <li key={month} className="milestone-timeline__month" aria-labelledby={`timeline-${month}`}>
          <Heading id={`timeline-${month}`}>{formatMonth(month, lng, 'long')}</Heading>
          <ul className="milestone-timeline__items">
            {inMonth.map((m) => (
              <li key={m.id} className={m.overdue ? 'milestone-timeline__item milestone-timeline__item--overdue' : 'milestone-timeline__item'}>
                <strong>{m.title}</strong> <MilestoneStateBadge overdue={m.overdue} done={Boolean(m.doneDate)} />
                <br />
                <span className="muted">
                  {t('jointActions.timeline.due', { date: formatDate(m.dueDate, lng) })}
                  {m.responsiblePartner ? ` · ${m.responsiblePartner.name}` : ''}
                </span>
                <br />
                <Link to={hrefOf(m.jointAction)}>{m.jointAction.title}</Link>
                {actions ? <div className="milestone-timeline__actions">{actions(m)}</div> : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
