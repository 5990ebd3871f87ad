import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DetailItem, SubmitButton, TextAreaField, TextField, formatNumber } from '@synergia/ui';
import type { NationalMissionDetail_MissionFragment } from '../gql/graphql.ts';
import { requestFailure } from '../lib/errors.ts';
import type { Notice } from '../lib/flash.ts';
import { ChangeFormErrors } from './ChangeFormErrors.tsx';
import { evaluationInput, evaluationProblems, type EvaluationValues } from './mission-forms.rules.ts';
import { RecordMissionEvaluationMutation } from './missions.documents.ts';
import { useChangeForm } from './useChangeForm.ts';

const FIELDS = ['formsReturned', 'relevance', 'quality', 'usefulness', 'learnings'];

export type EvaluationSectionProps = {
  mission: NationalMissionDetail_MissionFragment;
  locale: string;
  onNotice: (notice: Notice) => void;
  onReload: () => void;
};

/**
 * What participants said (forms returned, average ratings, learnings) and,
 * for those who may change the mission, the form that records or corrects it.
 * Once the review is approved the evaluation is locked: the section says so,
 * and a form still open from before shows the API's LockedError.
 */
export function EvaluationSection({ mission, locale, onNotice, onReload }: EvaluationSectionProps) {
  const { t } = useTranslation();
  const evaluation = mission.evaluation;
  const average = (value: number | null | undefined) => (value == null ? null : t('national.missions.review.outOfFive', { value: formatNumber(value, locale) }));
  return (
    <section className="card" aria-labelledby="mission-evaluation-heading">
      <h2 id="mission-evaluation-heading">{t('national.missions.evaluation.heading')}</h2>
      {evaluation ? (
        <dl className="details-list">
          <DetailItem term={t('national.missions.evaluation.formsReturned')}>{formatNumber(evaluation.formsReturned, locale)}</DetailItem>
          <DetailItem term={t('national.missions.evaluation.relevance')}>{average(evaluation.relevance)}</DetailItem>
          <DetailItem term={t('national.missions.evaluation.quality')}>{average(evaluation.quality)}</DetailItem>
          <DetailItem term={t('national.missions.evaluation.usefulness')}>{average(evaluation.usefulness)}</DetailItem>
          <DetailItem term={t('national.missions.evaluation.learnings')}>{evaluation.learnings ? <span className="preserve-lines">{evaluation.learnings}</span> : null}</DetailItem>
        </dl>
      ) : (
        <p className="muted">{t('national.missions.evaluation.none')}</p>
      )}
      {mission.locked ? <p className="muted">{t('national.missions.locked.evaluation')}</p> : null}
      {mission.viewerCan.update ? <EvaluationForm key={mission.version} mission={mission} onNotice={onNotice} onReload={onReload} /> : null}
    </section>
  );
}

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

function EvaluationForm({ mission, onNotice, onReload }: Omit<EvaluationSectionProps, 'locale'>) {
  const { t } = useTranslation();
  const [, record] = useMutation(RecordMissionEvaluationMutation);
  const e = mission.evaluation;
  const form = useChangeForm<EvaluationValues>(
    'mission-evaluation',
    { formsReturned: text(e?.formsReturned), relevance: text(e?.relevance), quality: text(e?.quality), usefulness: text(e?.usefulness), learnings: e?.learnings ?? '' },
    FIELDS,
  );
  const ratingHint = t('national.missions.evaluation.ratingHint');
  return (
    <form
      id="mission-evaluation"
      className="form panel"
      aria-labelledby="mission-evaluation-form-heading"
      noValidate
      onSubmit={(event) =>
        void form.submit(
          event,
          (v) => evaluationProblems(v, mission.participants.total),
          async (v) => {
            const result = await record({ input: { missionId: mission.id, version: mission.version, ...evaluationInput(v) } });
            const payload = result.data?.recordMissionEvaluation;
            if (!payload) return requestFailure(t, result.error);
            if (payload.errors.length === 0) onNotice({ key: 'national.missions.evaluation.recorded' });
            return payload.errors;
          },
        )
      }
    >
      <h3 id="mission-evaluation-form-heading">{t(e ? 'national.missions.evaluation.correct' : 'national.missions.evaluation.record')}</h3>
      <ChangeFormErrors locked={form.locked} general={form.general} onReload={onReload} />
      <div className="form-grid">
        <TextField {...form.field('formsReturned')} label={t('national.missions.evaluation.formsReturned')} inputMode="numeric" required />
        <TextField {...form.field('relevance')} label={t('national.missions.evaluation.relevance')} hint={ratingHint} inputMode="decimal" />
        <TextField {...form.field('quality')} label={t('national.missions.evaluation.quality')} hint={ratingHint} inputMode="decimal" />
        <TextField {...form.field('usefulness')} label={t('national.missions.evaluation.usefulness')} hint={ratingHint} inputMode="decimal" />
      </div>
      <TextAreaField {...form.field('learnings')} label={t('national.missions.evaluation.learnings')} maxLength={5000} rows={3} />
      <SubmitButton busy={form.busy} busyLabel={t('common.saving')}>
        {t('national.missions.evaluation.submit')}
      </SubmitButton>
    </form>
  );
}
