import { useTranslation } from 'react-i18next';
import { activityEnumKey } from './labels.ts';

/**
 * A gender marker score as "1 – Significant"; `compact` shows only the digit
 * (for tables), with the full label for screen readers and on hover.
 */
export function GenderMarkerScoreBadge({ score, compact = false }: { score: number; compact?: boolean }) {
  const { t } = useTranslation();
  const label = t(activityEnumKey('GenderMarkerScore', score));
  if (!compact) return <span className={`badge gender-score gender-score--${score}`}>{label}</span>;
  return (
    <span className={`badge gender-score gender-score--${score}`} title={label}>
      <span aria-hidden="true">{score}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
