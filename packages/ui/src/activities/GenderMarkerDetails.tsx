import { useTranslation } from 'react-i18next';
import { GENDER_CRITERIA, CRITERION_FIELDS, explainGenderMarker, type GenderMarkerCriteriaValues } from './gender-marker.ts';
import { GenderMarkerExplanationText } from './GenderMarkerExplanationText.tsx';
import { GenderMarkerScoreBadge } from './GenderMarkerScoreBadge.tsx';
import { activityEnumKey } from './labels.ts';

export type GenderMarkerDetailsProps = {
  marker: {
    score: number;
    criteria: GenderMarkerCriteriaValues;
    principalObjective: boolean;
    justification?: string | null;
    allowedMaxScore: number;
  };
  /** The level of the checklist heading, below the section's own. */
  headingLevel?: 3 | 4;
};

/** A recorded gender marker: its score, the checklist (met / not met), the statements and what the checklist allows. */
export function GenderMarkerDetails({ marker, headingLevel = 3 }: GenderMarkerDetailsProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  // The API's allowedMaxScore is the authority; the mirror only says what is missing.
  const explanation = { ...explainGenderMarker({ ...marker, justification: marker.justification ?? null }), allowedMaxScore: marker.allowedMaxScore as 0 | 1 | 2 };
  return (
    <div className="gender-marker-details">
      <p>
        {t('activities.marker.score')}: <GenderMarkerScoreBadge score={marker.score} />
      </p>
      <p className="muted">{t(`activities.marker.scoreHelp.${marker.score}`)}</p>
      <Heading>{t('activities.marker.checklist')}</Heading>
      <ol className="gender-checklist">
        {GENDER_CRITERIA.map((criterion) => {
          const met = marker.criteria[CRITERION_FIELDS[criterion]];
          return (
            <li key={criterion} className={met ? 'gender-checklist__item gender-checklist__item--met' : 'gender-checklist__item'}>
              <span aria-hidden="true" className="gender-checklist__mark">
                {met ? '✓' : '✗'}
              </span>{' '}
              {t(activityEnumKey('GenderCriterion', criterion))}{' '}
              <span className="gender-checklist__state">({met ? t('activities.marker.met') : t('activities.marker.notMet')})</span>
            </li>
          );
        })}
      </ol>
      <dl className="details-list">
        <dt>{t('activities.marker.principalObjective')}</dt>
        <dd>{marker.principalObjective ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('activities.marker.justification')}</dt>
        <dd>{marker.justification ? <span className="preserve-lines">{marker.justification}</span> : <span className="muted">{t('common.notSet')}</span>}</dd>
      </dl>
      <GenderMarkerExplanationText explanation={explanation} />
    </div>
  );
}
