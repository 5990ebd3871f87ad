import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../forms/TextAreaField.tsx';
import { GENDER_MARKER_SCORES, type GenderMarkerScore } from './activity-vocabulary.ts';
import { GenderMarkerExplanationText } from './GenderMarkerExplanationText.tsx';
import { CRITERION_FIELDS, GENDER_CRITERIA, GENDER_MARKER_JUSTIFICATION_MAX, explainGenderMarker, type GenderMarkerFormValues } from './gender-marker.ts';
import { activityEnumKey } from './labels.ts';

export type GenderMarkerErrors = {
  score?: string | undefined;
  /** Set when the API refused the score for missing criteria: the checklist shows what is missing. */
  criteria?: boolean | undefined;
  principalObjective?: string | undefined;
  justification?: string | undefined;
};

export type GenderMarkerPanelProps = {
  value: GenderMarkerFormValues;
  onChange: (next: GenderMarkerFormValues, changed: 'score' | 'criteria' | 'principalObjective' | 'justification') => void;
  errors: GenderMarkerErrors;
};

/**
 * The gender marker (DOMAIN.md, OECD DAC): the five checklist criteria, the
 * principal-objective statement and justification, the score, and a live
 * explanation of the highest score the checklist allows and what is missing.
 */
export function GenderMarkerPanel({ value, onChange, errors }: GenderMarkerPanelProps) {
  const { t } = useTranslation();
  const explanation = explainGenderMarker(value);
  const criteriaErrorId = 'genderMarker-criteria-error';
  const scoreErrorId = 'genderMarker-score-error';
  const principalErrorId = 'genderMarker-principalObjective-error';

  return (
    <fieldset id="genderMarker">
      <legend>{t('activities.form.genderMarker')}</legend>
      <p className="field__hint">{t('activities.form.genderMarkerHint')}</p>

      <fieldset id="genderMarker-criteria" className={errors.criteria ? 'fieldset--invalid' : undefined}>
        <legend>{t('activities.marker.checklist')}</legend>
        {errors.criteria ? (
          <div className="field__error fieldset__error" id={criteriaErrorId}>
            {t('activities.form.criteriaRefused', { score: value.score })}{' '}
            {explanation.missing.length > 0 ? (
              <>
                {t('activities.form.criteriaMissing')}
                <ul>
                  {explanation.missing.map((criterion) => (
                    <li key={criterion}>{t(activityEnumKey('GenderCriterion', criterion))}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        <ol className="checkbox-list checkbox-list--stacked">
          {GENDER_CRITERIA.map((criterion) => {
            const field = CRITERION_FIELDS[criterion];
            const met = value.criteria[field];
            return (
              <li key={criterion}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    id={`genderMarker-${criterion}`}
                    checked={met}
                    aria-invalid={errors.criteria && !met ? true : undefined}
                    aria-describedby={errors.criteria ? criteriaErrorId : undefined}
                    onChange={(e) => onChange({ ...value, criteria: { ...value.criteria, [field]: e.target.checked } }, 'criteria')}
                  />
                  <span>{t(activityEnumKey('GenderCriterion', criterion))}</span>
                </label>
              </li>
            );
          })}
        </ol>
      </fieldset>

      <div className={errors.principalObjective ? 'field field--invalid' : 'field'}>
        <label className="checkbox">
          <input
            type="checkbox"
            id="genderMarker-principalObjective"
            checked={value.principalObjective}
            aria-invalid={errors.principalObjective ? true : undefined}
            aria-describedby={errors.principalObjective ? principalErrorId : undefined}
            onChange={(e) => onChange({ ...value, principalObjective: e.target.checked }, 'principalObjective')}
          />
          <span>{t('activities.form.principalObjective')}</span>
        </label>
        {errors.principalObjective ? (
          <p className="field__error" id={principalErrorId}>
            {errors.principalObjective}
          </p>
        ) : null}
      </div>

      <TextAreaField
        id="genderMarker-justification"
        label={t('activities.marker.justification')}
        hint={t('activities.form.justificationHint')}
        value={value.justification}
        onChange={(justification) => onChange({ ...value, justification }, 'justification')}
        error={errors.justification}
        maxLength={GENDER_MARKER_JUSTIFICATION_MAX}
        rows={3}
      />

      <fieldset id="genderMarker-score" className={errors.score ? 'fieldset--invalid' : undefined}>
        <legend>{t('activities.marker.score')}</legend>
        {errors.score ? (
          <p className="field__error fieldset__error" id={scoreErrorId}>
            {errors.score}
          </p>
        ) : null}
        <ul className="checkbox-list checkbox-list--stacked">
          {GENDER_MARKER_SCORES.map((score) => (
            <li key={score}>
              <div className="checkbox">
                <input
                  type="radio"
                  name="genderMarker-score"
                  id={`genderMarker-score-${score}`}
                  value={score}
                  checked={value.score === score}
                  aria-invalid={errors.score && value.score === score ? true : undefined}
                  aria-describedby={[`genderMarker-score-${score}-help`, errors.score ? scoreErrorId : null].filter(Boolean).join(' ')}
                  onChange={() => onChange({ ...value, score: score as GenderMarkerScore }, 'score')}
                />
                <span>
                  <label htmlFor={`genderMarker-score-${score}`}>
                    <strong>{t(activityEnumKey('GenderMarkerScore', score))}</strong>
                  </label>
                  <br />
                  <span className="muted" id={`genderMarker-score-${score}-help`}>
                    {t(`activities.marker.scoreHelp.${score}`)}
                  </span>
                </span>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>

      <div aria-live="polite" id="genderMarker-explanation">
        <GenderMarkerExplanationText explanation={explanation} score={value.score} />
      </div>
    </fieldset>
  );
}
