import { useTranslation } from 'react-i18next';
import { jointActionEnumKey, type JointActionKind, type JointActionRole, type PolicyStage } from './joint-action-vocabulary.ts';

/** A joint action's kind as a badge. */
export function JointActionKindBadge({ kind }: { kind: JointActionKind }) {
  const { t } = useTranslation();
  return <span className={`badge joint-action-kind joint-action-kind--${kind.toLowerCase()}`}>{t(jointActionEnumKey('JointActionKind', kind))}</span>;
}

/** A policy-change stage as a badge, with its place in the cycle ("2/5 Formulation"). */
export function PolicyStageBadge({ stage }: { stage: PolicyStage }) {
  const { t } = useTranslation();
  return <span className="badge policy-stage">{t(jointActionEnumKey('PolicyStage', stage))}</span>;
}

/** A partner's role in a joint action as a badge; the lead stands out. */
export function JointActionRoleBadge({ role }: { role: JointActionRole }) {
  const { t } = useTranslation();
  return <span className={role === 'LEAD' ? 'badge joint-action-role--lead' : 'badge badge--muted'}>{t(jointActionEnumKey('JointActionRole', role))}</span>;
}

/** "Overdue" or "Done" beside a milestone, nothing while it is open and on time. */
export function MilestoneStateBadge({ overdue, done }: { overdue: boolean; done: boolean }) {
  const { t } = useTranslation();
  if (done) return <span className="badge work-status--completed">{t('jointActions.milestones.done')}</span>;
  return overdue ? <span className="badge milestone--overdue">{t('jointActions.milestones.overdue')}</span> : null;
}
