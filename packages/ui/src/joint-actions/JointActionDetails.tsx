import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../data/DataTable.tsx';
import { DetailItem } from '../data/DetailItem.tsx';
import { formatDate, formatDateTime, formatNumber, regionalLocale } from '../format/format.ts';
import { formatDateRange } from '../activities/date-range.ts';
import { activityEnumKey } from '../activities/labels.ts';
import { ReachSections, type ReachLike } from '../activities/ReachSections.tsx';
import { EvidenceLinks } from './EvidenceLinks.tsx';
import { JointActionKindBadge, JointActionRoleBadge, MilestoneStateBadge, PolicyStageBadge } from './JointActionBadges.tsx';
import { jointActionEnumKey, type ContributionLevel, type JointActionKind, type JointActionRole, type PolicyStage, type PoliticalAskKind, type TargetLevel } from './joint-action-vocabulary.ts';

export type JointActionPartnerLike = {
  id: string;
  partner: { id: string; name: string };
  role: JointActionRole;
  contribution: { people?: number | null; money?: { amount: number; currency: string } | null; inKind?: string | null };
};
export type JointActionMilestoneLike = {
  id: string;
  title: string;
  dueDate: string;
  doneDate?: string | null;
  overdue: boolean;
  responsiblePartner?: { id: string; name: string } | null;
};
export type PolicyTargetLike = { id: string; name: string; level: TargetLevel; askKind: PoliticalAskKind; ask?: string | null };
export type PolicyOutcomeLike = {
  id: string;
  observedOn: string;
  description: string;
  stage?: PolicyStage | null;
  evidence?: string | null;
  evidenceLinks: readonly string[];
  contribution: ContributionLevel;
  recordedBy?: { name: string } | null;
};

/** What the details show of a joint action (a subset of the API's JointAction). */
export type JointActionDetailsAction = ReachLike & {
  title: string;
  kind: JointActionKind;
  objective?: string | null;
  branches: readonly string[];
  countryName?: string | null;
  synergy?: { id: string; name: string } | null;
  plannedStartDate: string;
  plannedEndDate: string;
  actualStartDate?: string | null;
  actualEndDate?: string | null;
  stageReached?: PolicyStage | null;
  noOutcomeReason?: string | null;
  partners: readonly JointActionPartnerLike[];
  milestones: readonly JointActionMilestoneLike[];
  targets: readonly PolicyTargetLike[];
  outcomes: readonly PolicyOutcomeLike[];
  updatedAt: string;
  updatedBy?: { name: string } | null;
  createdAt?: string;
  createdBy?: { name: string } | null;
};

/** Controls an app adds to the read-only sections (check-off buttons, add forms); none by default. */
export type JointActionDetailsSlots = {
  milestoneActions?: (milestone: JointActionMilestoneLike) => ReactNode;
  milestonesFooter?: ReactNode;
  targetActions?: (target: PolicyTargetLike) => ReactNode;
  targetsFooter?: ReactNode;
  outcomesFooter?: ReactNode;
};

export type JointActionDetailsProps = {
  action: JointActionDetailsAction;
  /** Where a partner's name links to; plain text when not given. */
  partnerHref?: (partner: { id: string }) => string;
  /** Where the synergy's name links to; plain text when not given. */
  synergyHref?: (synergy: { id: string }) => string;
  slots?: JointActionDetailsSlots;
  /** Leaves out the recorded/changed rows, the participants grid and the gender marker (a short read-only view). */
  compact?: boolean;
  locale?: string;
};

/** "12 people · 50,000 PHP · Venue and sound system". */
export function contributionText(contribution: JointActionPartnerLike['contribution'], locale: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const parts: string[] = [];
  if (contribution.people != null) parts.push(t('jointActions.partners.people', { count: contribution.people, formatted: formatNumber(contribution.people, locale) }));
  if (contribution.money) {
    parts.push(new Intl.NumberFormat(locale, { style: 'currency', currency: contribution.money.currency }).format(contribution.money.amount));
  }
  if (contribution.inKind) parts.push(contribution.inKind);
  return parts.join(' · ');
}

/**
 * A joint action, read only, as cards: what and when, the partners with their
 * roles and contributions, the milestones (overdue ones marked), a political
 * action's targets and its outcome log, the people reached and the gender marker.
 */
export function JointActionDetails({ action, partnerHref, synergyHref, slots = {}, compact = false, locale }: JointActionDetailsProps) {
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const byOn = (date: string, by: { name: string } | null | undefined) =>
    by ? t('activities.details.byOn', { name: by.name, date: formatDateTime(date, lng) }) : formatDateTime(date, lng);
  const partnerName = (p: { id: string; name: string }) => (partnerHref ? <Link to={partnerHref(p)}>{p.name}</Link> : p.name);
  const political = action.kind === 'POLITICAL_ACTION';
  const dash = <span className="muted">—</span>;

  return (
    <>
      <section className="card" aria-labelledby="joint-action-details-heading">
        <h2 id="joint-action-details-heading">{t('jointActions.details.heading')}</h2>
        <dl className="details-list">
          <DetailItem term={t('jointActions.details.kind')}>
            <JointActionKindBadge kind={action.kind} />
          </DetailItem>
          <DetailItem term={t('jointActions.details.synergy')}>
            {action.synergy ? (synergyHref ? <Link to={synergyHref(action.synergy)}>{action.synergy.name}</Link> : action.synergy.name) : t('jointActions.continental')}
          </DetailItem>
          <DetailItem term={t('jointActions.details.country')}>{action.countryName}</DetailItem>
          <DetailItem term={t('jointActions.details.planned')}>{formatDateRange(action.plannedStartDate, action.plannedEndDate, lng)}</DetailItem>
          <DetailItem term={t('jointActions.details.actual')}>
            {action.actualStartDate ? formatDateRange(action.actualStartDate, action.actualEndDate ?? action.actualStartDate, lng) : null}
          </DetailItem>
          <DetailItem term={t('jointActions.details.branches')}>{action.branches.map((b) => t(activityEnumKey('SocialProtectionBranch', b))).join(', ')}</DetailItem>
          <DetailItem term={t('jointActions.details.objective')}>{action.objective ? <span className="preserve-lines">{action.objective}</span> : null}</DetailItem>
          {political || action.stageReached ? (
            <DetailItem term={t('jointActions.details.stageReached')}>{action.stageReached ? <PolicyStageBadge stage={action.stageReached} /> : null}</DetailItem>
          ) : null}
          {action.noOutcomeReason ? <DetailItem term={t('jointActions.details.noOutcomeReason')}>{action.noOutcomeReason}</DetailItem> : null}
          {action.createdAt && !compact ? <DetailItem term={t('activities.details.recorded')}>{byOn(action.createdAt, action.createdBy)}</DetailItem> : null}
          {!compact ? <DetailItem term={t('activities.details.changed')}>{byOn(action.updatedAt, action.updatedBy)}</DetailItem> : null}
        </dl>
      </section>

      <section className="card" aria-labelledby="joint-action-partners-heading">
        <h2 id="joint-action-partners-heading">{t('jointActions.partners.heading')}</h2>
        <DataTable
          caption={t('jointActions.partners.caption', { title: action.title })}
          captionHidden
          columns={[
            { key: 'partner', header: t('jointActions.partners.partner'), render: (p) => partnerName(p.partner) },
            { key: 'role', header: t('jointActions.partners.role'), render: (p) => <JointActionRoleBadge role={p.role} /> },
            { key: 'contribution', header: t('jointActions.partners.contribution'), render: (p) => contributionText(p.contribution, lng, t) || dash },
          ]}
          rows={action.partners}
          rowKey={(p) => p.id}
        />
      </section>

      <section className="card" aria-labelledby="joint-action-milestones-heading">
        <h2 id="joint-action-milestones-heading">{t('jointActions.milestones.heading')}</h2>
        {action.milestones.length === 0 ? (
          <p className="muted">{t('jointActions.milestones.none')}</p>
        ) : (
          <DataTable
            caption={t('jointActions.milestones.caption', { title: action.title })}
            captionHidden
            columns={[
              { key: 'title', header: t('jointActions.milestones.title'), render: (m) => m.title },
              { key: 'due', header: t('jointActions.milestones.due'), render: (m) => formatDate(m.dueDate, lng) },
              {
                key: 'state',
                header: t('jointActions.milestones.state'),
                render: (m) => (m.doneDate ? t('jointActions.milestones.doneOn', { date: formatDate(m.doneDate, lng) }) : <MilestoneStateBadge overdue={m.overdue} done={false} />) || dash,
              },
              { key: 'responsible', header: t('jointActions.milestones.responsible'), render: (m) => m.responsiblePartner?.name ?? dash },
              ...(slots.milestoneActions ? [{ key: 'actions', header: t('jointActions.milestones.actions'), render: slots.milestoneActions }] : []),
            ]}
            rows={action.milestones}
            rowKey={(m) => m.id}
          />
        )}
        {slots.milestonesFooter}
      </section>

      {political || action.targets.length > 0 ? (
        <section className="card" aria-labelledby="joint-action-targets-heading">
          <h2 id="joint-action-targets-heading">{t('jointActions.targets.heading')}</h2>
          {action.targets.length === 0 ? (
            <p className="muted">{t('jointActions.targets.none')}</p>
          ) : (
            <DataTable
              caption={t('jointActions.targets.caption', { title: action.title })}
              captionHidden
              columns={[
                { key: 'name', header: t('jointActions.targets.name'), render: (x) => x.name },
                { key: 'level', header: t('jointActions.targets.level'), render: (x) => t(jointActionEnumKey('TargetLevel', x.level)) },
                { key: 'askKind', header: t('jointActions.targets.askKind'), render: (x) => t(jointActionEnumKey('PoliticalAskKind', x.askKind)) },
                { key: 'ask', header: t('jointActions.targets.ask'), render: (x) => x.ask || dash },
                ...(slots.targetActions ? [{ key: 'actions', header: t('jointActions.targets.actions'), render: slots.targetActions }] : []),
              ]}
              rows={action.targets}
              rowKey={(x) => x.id}
            />
          )}
          {slots.targetsFooter}
        </section>
      ) : null}

      <section className="card" aria-labelledby="joint-action-outcomes-heading">
        <h2 id="joint-action-outcomes-heading">{t('jointActions.outcomes.heading')}</h2>
        {action.outcomes.length === 0 ? (
          <p className="muted">{t('jointActions.outcomes.none')}</p>
        ) : (
          <ol className="outcome-log">
            {action.outcomes.map((o) => (
              <li key={o.id} className="outcome-log__item">
                <p className="outcome-log__meta">
                  <strong>{formatDate(o.observedOn, lng)}</strong>
                  {o.stage ? (
                    <>
                      {' · '}
                      <PolicyStageBadge stage={o.stage} />
                    </>
                  ) : null}
                  {' · '}
                  {t('jointActions.outcomes.contributionIs', { level: t(jointActionEnumKey('ContributionLevel', o.contribution)) })}
                </p>
                <p className="preserve-lines">{o.description}</p>
                {o.evidence ? (
                  <p className="preserve-lines">
                    <span className="muted">{t('jointActions.outcomes.evidence')}: </span>
                    {o.evidence}
                  </p>
                ) : null}
                <EvidenceLinks links={o.evidenceLinks} />
                {o.recordedBy ? <p className="muted">{t('jointActions.outcomes.recordedBy', { name: o.recordedBy.name })}</p> : null}
              </li>
            ))}
          </ol>
        )}
        {slots.outcomesFooter}
      </section>

      {compact ? null : (
        <ReachSections idPrefix="joint-action" className="card joint-action-details__extra" subject={action} caption={t('jointActions.details.participantsCaption', { title: action.title })} locale={lng} />
      )}
    </>
  );
}
