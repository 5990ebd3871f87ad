import { useTranslation } from 'react-i18next';
import { capacityBuildingEnumKey } from '@synergia/ui';
import type { ReviewStatus } from '../gql/graphql.ts';
import './reviews.css';

/** A review's status as a coloured label (the text carries the meaning, not the colour). */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return <span className={`badge review-status review-status--${status.toLowerCase().replace('_', '-')}`}>{t(capacityBuildingEnumKey('ReviewStatus', status))}</span>;
}
