import { useTranslation } from 'react-i18next';
import type { GenderMarkerExplanation } from './gender-marker.ts';
import { activityEnumKey } from './labels.ts';

/**
 * Why the checklist allows the score it allows: the highest score, and what is
 * missing for a higher one (criteria by their checklist wording, the
 * principal-objective statement, the justification).
 */
export function GenderMarkerExplanationText({ explanation, score }: { explanation: GenderMarkerExplanation; score?: number }) {
  const { t } = useTranslation();
  const { allowedMaxScore, missing, needsPrincipalObjective, needsJustification } = explanation;
  const forTwo = [
    needsPrincipalObjective ? t('activities.marker.needPrincipalObjective') : null,
    needsJustification ? t('activities.marker.needJustification') : null,
  ].filter((x): x is string => Boolean(x));
  return (
    <div className="gender-explanation">
      <p>
        <strong>{t(`activities.marker.allows.${allowedMaxScore}`)}</strong>
      </p>
      {missing.length > 0 ? (
        <>
          <p>{t('activities.marker.missingIntro', { count: missing.length })}</p>
          <ul>
            {missing.map((criterion) => (
              <li key={criterion}>{t(activityEnumKey('GenderCriterion', criterion))}</li>
            ))}
          </ul>
        </>
      ) : null}
      {missing.length === 0 && forTwo.length > 0 ? (
        <>
          <p>{t('activities.marker.forTwoIntro')}</p>
          <ul>
            {forTwo.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {score !== undefined && score > allowedMaxScore ? (
        <p className="gender-explanation__warning">{t('activities.marker.scoreTooHigh', { score, max: allowedMaxScore })}</p>
      ) : null}
    </div>
  );
}
