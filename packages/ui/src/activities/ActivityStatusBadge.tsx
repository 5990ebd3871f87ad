import { useTranslation } from 'react-i18next';
import type { WorkStatus } from './activity-vocabulary.ts';
import { activityEnumKey } from './labels.ts';

/** An activity's status as a badge; the text carries the meaning, the colour only helps. */
export function ActivityStatusBadge({ status }: { status: WorkStatus }) {
  const { t } = useTranslation();
  return <span className={`badge work-status work-status--${status.toLowerCase()}`}>{t(activityEnumKey('WorkStatus', status))}</span>;
}
