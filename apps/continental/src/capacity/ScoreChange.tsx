import { useTranslation } from 'react-i18next';
import { changeDirection } from './capacity-grid.ts';

/**
 * A score's change since the previous assessment of its domain: an arrow and
 * the signed difference on screen, a sentence for screen readers ("up 1 since
 * the previous assessment"). Nothing when unchanged or never assessed before.
 */
export function ScoreChange({ change }: { change: number | null | undefined }) {
  const { t } = useTranslation();
  const direction = changeDirection(change);
  if (!direction || change === null || change === undefined) return null;
  const amount = Math.abs(change);
  return (
    <span className={`score-change score-change--${direction}`}>
      <span aria-hidden="true">
        {direction === 'up' ? '▲' : '▼'}
        {amount}
      </span>
      <span className="visually-hidden">{t(`continental.capacityAssessments.change.${direction}`, { count: amount })}</span>
    </span>
  );
}
