import {
  DateField,
  FormAlert,
  NumberField,
  nameWithAcronym,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  todayIso,
  useFocusFirstInvalid,
  type SelectOption,
  type UserErrorLike,
} from '@synergia/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { requestErrors } from '../forms/requestErrors.ts';
import type { CapacityDomain } from '../gql/graphql.ts';
import { CapacityMissionChoicesQuery, RecordCapacityAssessmentMutation } from '../routes/capacity-assessments/capacity-assessments.documents.ts';
import { assessmentInput, domainField, draftProblems, emptyDraft, fieldErrorsFor, type AssessmentDraft, type DomainEntry } from './assessment-form.ts';
import { CAPACITY_DOMAINS, domainKey } from './capacity-domains.ts';

const FORM_ID = 'record-capacity-assessment';

export type RecordAssessmentFormProps = {
  networkId: string;
  /** The network's partners to choose from. */
  partners: readonly SelectOption[];
  /** Called with the recorded assessment's partner (id, and name with acronym), after the form has been cleared. */
  onRecorded: (partner: { id: string; name: string }) => void;
  onCancel: () => void;
};

/**
 * Records a partner's assessment: partner, day, assessor, an optional
 * mission, and a score 1–4 with its evidence for each domain assessed (a
 * domain left empty is not assessed). The API's refusals show beside their
 * field, a bad score beside its domain.
 */
export function RecordAssessmentForm({ networkId, partners, onRecorded, onCancel }: RecordAssessmentFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AssessmentDraft>(() => emptyDraft());
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<{ errors: UserErrorLike[]; scoredDomains: CapacityDomain[] }>({ errors: [], scoredDomains: [] });
  const [{ fetching }, record] = useMutation(RecordCapacityAssessmentMutation);
  const [{ data: missionData }] = useQuery({ query: CapacityMissionChoicesQuery, variables: { networkId } });
  const focusFirstInvalid = useFocusFirstInvalid(FORM_ID);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a button that goes away: take keyboard and screen reader focus to the form.
  useEffect(() => heading.current?.focus(), []);

  const { fields: serverFields, general } = fieldErrorsFor(sent.errors, sent.scoredDomains);
  const errorOf = (key: string) => clientErrors[key] ?? serverFields[key];
  const missions = missionData?.missions.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? [];

  const set = (changes: Partial<AssessmentDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const setDomain = (domain: CapacityDomain, changes: Partial<DomainEntry>) =>
    setDraft((current) => ({ ...current, domains: { ...current.domains, [domain]: { ...current.domains[domain], ...changes } } }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = draftProblems(draft, { required: t('form.required'), noScore: t('continental.capacityAssessments.form.noScore') });
    setClientErrors(problems);
    setSent({ errors: [], scoredDomains: [] });
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid();
      return;
    }
    const { input, scoredDomains } = assessmentInput(draft);
    const result = await record({ input }, { additionalTypenames: ['CapacityAssessment', 'Partner'] });
    const payload = result.data?.recordCapacityAssessment;
    const errors = requestErrors(result.error, payload?.errors, Boolean(payload?.capacityAssessment), t);
    if (errors.length > 0 || !payload?.capacityAssessment) {
      setSent({ errors, scoredDomains });
      focusFirstInvalid();
      return;
    }
    setDraft(emptyDraft());
    const { partner } = payload.capacityAssessment;
    onRecorded({ id: partner.id, name: nameWithAcronym(partner) });
  }

  return (
    <section className="capacity-form" aria-labelledby={`${FORM_ID}-heading`}>
      <h2 id={`${FORM_ID}-heading`} ref={heading} tabIndex={-1}>{t('continental.capacityAssessments.form.title')}</h2>
      <p className="muted">{t('continental.capacityAssessments.form.intro')}</p>
      <FormAlert errors={general} title={general.length > 0 ? t('form.errorSummary') : undefined} />
      <form id={FORM_ID} className="form" onSubmit={onSubmit} noValidate>
        <div className="form-grid">
          <SelectField
            id="assessment-partner"
            label={t('continental.capacityAssessments.form.partner')}
            value={draft.partnerId}
            onChange={(partnerId) => set({ partnerId })}
            options={partners}
            error={errorOf('partnerId')}
            required
          />
          <DateField
            id="assessment-date"
            label={t('continental.capacityAssessments.form.assessedOn')}
            value={draft.assessedOn}
            onChange={(assessedOn) => set({ assessedOn })}
            max={todayIso()}
            error={errorOf('assessedOn')}
            required
          />
          <TextField
            id="assessment-assessor"
            label={t('continental.capacityAssessments.form.assessor')}
            hint={t('continental.capacityAssessments.form.assessorHint')}
            value={draft.assessor}
            onChange={(assessor) => set({ assessor })}
            error={errorOf('assessor')}
            maxLength={200}
            required
          />
          <SelectField
            id="assessment-mission"
            label={t('continental.capacityAssessments.form.mission')}
            hint={t('continental.capacityAssessments.form.missionHint')}
            value={draft.missionId}
            onChange={(missionId) => set({ missionId })}
            options={missions}
            placeholder={t('continental.capacityAssessments.form.noMission')}
            error={errorOf('missionId')}
          />
        </div>
        <TextAreaField
          id="assessment-notes"
          label={t('continental.capacityAssessments.form.notes')}
          value={draft.notes}
          onChange={(notes) => set({ notes })}
          error={errorOf('notes')}
          maxLength={5000}
          rows={3}
        />
        <fieldset aria-describedby={`${FORM_ID}-scores-hint${errorOf('scores') ? ` ${FORM_ID}-scores-error` : ''}`}>
          <legend>{t('continental.capacityAssessments.form.scores')}</legend>
          <p id={`${FORM_ID}-scores-hint`} className="field__hint">
            {t('continental.capacityAssessments.form.scoresHint')}
          </p>
          {errorOf('scores') ? (
            <p id={`${FORM_ID}-scores-error`} className="field__error">
              {errorOf('scores')}
            </p>
          ) : null}
          <div className="capacity-form__domains">
            {CAPACITY_DOMAINS.map((domain) => {
              const name = t(domainKey(domain));
              return (
                <div key={domain} className="capacity-form__domain" role="group" aria-label={name}>
                  <NumberField
                    id={`assessment-score-${domain}`}
                    label={t('continental.capacityAssessments.form.score', { domain: name })}
                    value={draft.domains[domain].score}
                    onChange={(score) => setDomain(domain, { score })}
                    min={1}
                    max={4}
                    step={1}
                    error={errorOf(domainField(domain, 'score'))}
                  />
                  <TextAreaField
                    id={`assessment-evidence-${domain}`}
                    label={t('continental.capacityAssessments.form.evidence', { domain: name })}
                    value={draft.domains[domain].evidence}
                    onChange={(evidence) => setDomain(domain, { evidence })}
                    error={errorOf(domainField(domain, 'evidence'))}
                    maxLength={2000}
                    rows={2}
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
        <div className="form__actions">
          <SubmitButton busy={fetching} busyLabel={t('continental.capacityAssessments.form.submitting')}>
            {t('continental.capacityAssessments.form.submit')}
          </SubmitButton>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
