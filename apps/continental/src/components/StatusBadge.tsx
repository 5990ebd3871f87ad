import { useTranslation } from 'react-i18next';
import type { SynergyStatus } from '../gql/graphql.ts';

/** A synergy's status as a coloured label (the text carries the meaning, not the colour). */
export function StatusBadge({ status }: { status: SynergyStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge status-badge--${status.toLowerCase()}`}>{t(`enums.SynergyStatus.${status}`)}</span>;
}
