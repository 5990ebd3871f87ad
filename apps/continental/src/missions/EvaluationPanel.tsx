import { DetailItem, FormAlert, NumberField, SubmitButton, TextAreaField, fieldErrors, formatNumber, useFocusFirstInvalid, type UserErrorLike } from '@synergia/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { requestErrors } from '../forms/requestErrors.ts';
import type { ContinentalMissionDetailFragment } from '../gql/graphql.ts';
import { RecordMissionEvaluationMutation } from './missions.documents.ts';

const RATINGS = ['relevance', 'quality', 'usefulness'] as const;
const FIELDS = ['formsReturned', ...RATINGS, 'learnings'] as const;
const FORM_ID = 'mission-evaluation-form';

type Evaluation = NonNullable<ContinentalMissionDetailFragment['evaluation']>;

/** The recording form: forms returned, three average ratings 1–5, learnings; the API's refusals beside their field. */
function EvaluationForm({ mission, onDone }: { mission: ContinentalMissionDetailFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const current = mission.evaluation;
  const [formsReturned, setFormsReturned] = useState<number | null>(current?.formsReturned ?? null);
  const [ratings, setRatings] = useState<Record<(typeof RATINGS)[number], number | null>>({
    relevance: current?.relevance ?? null,
    quality: current?.quality ?? null,
    usefulness: current?.usefulness ?? null,
  });
  const [learnings, setLearnings] = useState(current?.learnings ?? '');
  const [missing, setMissing] = useState(false);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [{ fetching }, record] = useMutation(RecordMissionEvaluationMutation);
  const focusFirstInvalid = useFocusFirstInvalid(FORM_ID);
  const { fields, general } = fieldErrors(errors, FIELDS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    setMissing(formsReturned === null);
    if (formsReturned === null) return focusFirstInvalid();
    const result = await record({
      input: { missionId: mission.id, version: mission.version, formsReturned, ...ratings, learnings: learnings.trim() || null },
    });
    const payload = result.data?.recordMissionEvaluation;
    const problems = requestErrors(result.error, payload?.errors, Boolean(payload?.mission), t);
    if (problems.length > 0) {
      setErrors(problems);
      focusFirstInvalid();
      return;
    }
    onDone();
  }

  return (
    <form id={FORM_ID} className="form" onSubmit={onSubmit} noValidate aria-labelledby="mission-evaluation-form-heading">
      <h3 id="mission-evaluation-form-heading">{t('continental.missions.evaluation.record')}</h3>
      <FormAlert errors={general} title={general.length > 0 ? t('form.errorSummary') : undefined} />
      <NumberField
        id="evaluation-formsReturned"
        label={t('continental.missions.evaluation.formsReturned')}
        value={formsReturned}
        onChange={setFormsReturned}
        error={missing ? t('form.required') : fields['formsReturned']}
        min={0}
        step={1}
        required
      />
      <div className="form-grid">
        {RATINGS.map((rating) => (
          <NumberField
            key={rating}
            id={`evaluation-${rating}`}
            label={t(`continental.missions.evaluation.${rating}`)}
            hint={t('continental.missions.evaluation.ratingHint')}
            value={ratings[rating]}
            onChange={(value) => setRatings((r) => ({ ...r, [rating]: value }))}
            error={fields[rating]}
            min={1}
            max={5}
            step={0.1}
            inputMode="decimal"
          />
        ))}
      </div>
      <TextAreaField id="evaluation-learnings" label={t('continental.missions.evaluation.learnings')} value={learnings} onChange={setLearnings} error={fields['learnings']} maxLength={5000} rows={4} />
      <div className="form__actions">
        <SubmitButton busy={fetching} busyLabel={t('common.saving')}>
          {t('continental.missions.evaluation.save')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** The participants' evaluation as recorded, and (for those who may change the mission) the form to record it. */
export function EvaluationPanel({ mission, locale }: { mission: ContinentalMissionDetailFragment; locale: string }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const evaluation: Evaluation | null | undefined = mission.evaluation;
  // Only a mission that has started is evaluated (the API refuses the others).
  const started = mission.status === 'ONGOING' || mission.status === 'COMPLETED';
  const canRecord = mission.viewerCan.update && !mission.locked && started;
  const rating = (value: number | null | undefined) => (value === null || value === undefined ? t('common.notSet') : t('continental.missions.evaluation.outOf5', { value: formatNumber(value, locale) }));

  return (
    <section className="card" aria-labelledby="mission-evaluation-heading">
      <h2 id="mission-evaluation-heading">{t('continental.missions.evaluation.heading')}</h2>
      {saved ? <FormAlert tone="success" title={t('continental.missions.evaluation.saved')} /> : null}
      {evaluation ? (
        <dl className="details-list">
          <DetailItem term={t('continental.missions.evaluation.formsReturned')}>{formatNumber(evaluation.formsReturned, locale)}</DetailItem>
          <DetailItem term={t('continental.missions.evaluation.relevance')}>{rating(evaluation.relevance)}</DetailItem>
          <DetailItem term={t('continental.missions.evaluation.quality')}>{rating(evaluation.quality)}</DetailItem>
          <DetailItem term={t('continental.missions.evaluation.usefulness')}>{rating(evaluation.usefulness)}</DetailItem>
          <DetailItem term={t('continental.missions.evaluation.learnings')}>{evaluation.learnings}</DetailItem>
        </dl>
      ) : (
        <p className="muted">{t('continental.missions.evaluation.none')}</p>
      )}
      {mission.viewerCan.update && !mission.locked && !started ? <p className="muted">{t('continental.missions.evaluation.notYet')}</p> : null}
      {canRecord && !editing ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {evaluation ? t('continental.missions.evaluation.change') : t('continental.missions.evaluation.record')}
        </button>
      ) : null}
      {canRecord && editing ? (
        <EvaluationForm
          mission={mission}
          onDone={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : null}
    </section>
  );
}
