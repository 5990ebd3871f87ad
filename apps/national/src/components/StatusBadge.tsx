import { useTranslation } from 'react-i18next';

/** A synergy's status as a small badge. */
export function SynergyStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={status === 'ACTIVE' ? 'badge' : 'badge badge--muted'}>{t(`enums.SynergyStatus.${status}`)}</span>;
}
