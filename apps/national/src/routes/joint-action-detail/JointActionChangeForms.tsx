import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTRIBUTION_LEVELS,
  DateField,
  POLICY_STAGES,
  POLITICAL_ASK_KINDS,
  SelectField,
  SubmitButton,
  TARGET_LEVELS,
  TextAreaField,
  TextField,
  isOneOf,
  jointActionEnumKey,
  todayIso,
  type ContributionLevel,
  type PolicyStage,
  type PoliticalAskKind,
  type TargetLevel,
  type UserErrorLike,
} from '@synergia/ui';
import { subFormErrors } from './sub-form-errors.ts';

/** What a small form's change resolves with: the API's errors, empty on success. */
export type ChangeResult = Promise<readonly UserErrorLike[]>;

/** A small form's state: its values, the messages per field, and sending. */
function useSubForm<V extends Record<string, string>>(initial: V, fields: readonly string[], send: (values: V) => ChangeResult, onGeneral: (errors: UserErrorLike[]) => void) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof V & string) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const next = { ...e };
      delete next[key];
      return next;
    });
  };
  async function submit(event: FormEvent<HTMLFormElement>, check: (values: V) => Record<string, string>) {
    event.preventDefault();
    const found = check(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    const form = event.currentTarget;
    setBusy(true);
    try {
      const result = await send(values);
      const mapped = subFormErrors(result, fields);
      setErrors(mapped.fields);
      onGeneral(mapped.general);
      if (result.length === 0) setValues(initial);
      else if (Object.keys(mapped.fields).length > 0) requestAnimationFrame(() => focusFirstInvalid(form));
    } finally {
      setBusy(false);
    }
  }
  return { values, errors, set, submit, busy };
}

function focusFirstInvalid(form: HTMLFormElement) {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

type SubFormProps<V> = {
  send: (values: V) => ChangeResult;
  /** Errors no field shows (a stale version: the page offers to reload). */
  onGeneral: (errors: UserErrorLike[]) => void;
};

export type MilestoneValues = { title: string; dueDate: string; responsiblePartnerId: string };

/** Adds a milestone: what, when it is due, who among the partners is responsible. */
export function AddMilestoneForm({ send, onGeneral, partners }: SubFormProps<MilestoneValues> & { partners: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const form = useSubForm<MilestoneValues>({ title: '', dueDate: '', responsiblePartnerId: '' }, ['title', 'dueDate', 'responsiblePartnerId'], send, onGeneral);
  const check = (v: MilestoneValues) => {
    const found: Record<string, string> = {};
    if (v.title.trim().length < 3) found.title = t('form.tooShort', { min: 3 });
    if (!v.dueDate) found.dueDate = t('form.required');
    return found;
  };
  return (
    <form className="form panel no-print" aria-labelledby="add-milestone-heading" onSubmit={(e) => void form.submit(e, check)} noValidate>
      <h3 id="add-milestone-heading">{t('jointActions.detail.addMilestone')}</h3>
      <div className="form-grid">
        <TextField id="milestone-title" label={t('jointActions.form.milestoneTitle')} value={form.values.title} onChange={form.set('title')} error={form.errors.title} required maxLength={200} />
        <DateField id="milestone-dueDate" label={t('jointActions.form.dueDate')} value={form.values.dueDate} onChange={form.set('dueDate')} error={form.errors.dueDate} required />
        <SelectField
          id="milestone-responsiblePartnerId"
          label={t('jointActions.form.responsible')}
          value={form.values.responsiblePartnerId}
          onChange={form.set('responsiblePartnerId')}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
          placeholder={t('jointActions.form.nobody')}
          error={form.errors.responsiblePartnerId}
        />
      </div>
      <SubmitButton busy={form.busy} busyLabel={t('common.saving')}>
        {t('jointActions.detail.addMilestoneSubmit')}
      </SubmitButton>
    </form>
  );
}

export type TargetValues = { name: string; level: TargetLevel | ''; askKind: PoliticalAskKind | ''; ask: string };

/** Adds a target to a political action: the decision maker or institution, its level, and the ask. */
export function AddTargetForm({ send, onGeneral }: SubFormProps<TargetValues>) {
  const { t } = useTranslation();
  const form = useSubForm<TargetValues>({ name: '', level: '', askKind: '', ask: '' }, ['name', 'level', 'askKind', 'ask'], send, onGeneral);
  const check = (v: TargetValues) => {
    const found: Record<string, string> = {};
    if (v.name.trim().length < 2) found.name = t('form.tooShort', { min: 2 });
    if (!v.level) found.level = t('form.required');
    if (!v.askKind) found.askKind = t('form.required');
    return found;
  };
  return (
    <form className="form panel no-print" aria-labelledby="add-target-heading" onSubmit={(e) => void form.submit(e, check)} noValidate>
      <h3 id="add-target-heading">{t('jointActions.detail.addTarget')}</h3>
      <div className="form-grid">
        <TextField id="target-name" label={t('jointActions.targets.name')} value={form.values.name} onChange={form.set('name')} error={form.errors.name} required maxLength={200} />
        <SelectField
          id="target-level"
          label={t('jointActions.targets.level')}
          value={form.values.level}
          onChange={(v) => form.set('level')(isOneOf(TARGET_LEVELS, v) ? v : '')}
          options={TARGET_LEVELS.map((v) => ({ value: v, label: t(jointActionEnumKey('TargetLevel', v)) }))}
          error={form.errors.level}
          required
        />
        <SelectField
          id="target-askKind"
          label={t('jointActions.targets.askKind')}
          value={form.values.askKind}
          onChange={(v) => form.set('askKind')(isOneOf(POLITICAL_ASK_KINDS, v) ? v : '')}
          options={POLITICAL_ASK_KINDS.map((v) => ({ value: v, label: t(jointActionEnumKey('PoliticalAskKind', v)) }))}
          error={form.errors.askKind}
          required
        />
      </div>
      <TextAreaField id="target-ask" label={t('jointActions.targets.ask')} value={form.values.ask} onChange={form.set('ask')} error={form.errors.ask} maxLength={2000} rows={2} />
      <SubmitButton busy={form.busy} busyLabel={t('common.saving')}>
        {t('jointActions.detail.addTargetSubmit')}
      </SubmitButton>
    </form>
  );
}

export type OutcomeValues = {
  observedOn: string;
  description: string;
  stage: PolicyStage | '';
  evidence: string;
  /** One link a line. */
  evidenceLinks: string;
  contribution: ContributionLevel | '';
};

/** The links of the evidence, one a line, blank lines dropped. */
export const linksFrom = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Records an outcome: when it was observed, what changed, the stage reached (political actions), the evidence and the contribution. */
export function RecordOutcomeForm({ send, onGeneral, needsStage }: SubFormProps<OutcomeValues> & { needsStage: boolean }) {
  const { t } = useTranslation();
  const fields = ['observedOn', 'description', 'stage', 'evidence', 'evidenceLinks', 'contribution'];
  const form = useSubForm<OutcomeValues>({ observedOn: todayIso(), description: '', stage: '', evidence: '', evidenceLinks: '', contribution: '' }, fields, send, onGeneral);
  const check = (v: OutcomeValues) => {
    const found: Record<string, string> = {};
    if (!v.observedOn) found.observedOn = t('form.required');
    if (v.description.trim().length < 3) found.description = t('form.tooShort', { min: 3 });
    if (needsStage && !v.stage) found.stage = t('form.required');
    if (!v.contribution) found.contribution = t('form.required');
    if (linksFrom(v.evidenceLinks).length > 10) found.evidenceLinks = t('jointActions.detail.tooManyLinks', { max: 10 });
    return found;
  };
  return (
    <form className="form panel no-print" aria-labelledby="record-outcome-heading" onSubmit={(e) => void form.submit(e, check)} noValidate>
      <h3 id="record-outcome-heading">{t('jointActions.detail.recordOutcome')}</h3>
      <div className="form-grid">
        <DateField id="outcome-observedOn" label={t('jointActions.detail.observedOn')} value={form.values.observedOn} onChange={form.set('observedOn')} error={form.errors.observedOn} max={todayIso()} required />
        <SelectField
          id="outcome-stage"
          label={t('jointActions.detail.stage')}
          value={form.values.stage}
          onChange={(v) => form.set('stage')(isOneOf(POLICY_STAGES, v) ? v : '')}
          options={POLICY_STAGES.map((v) => ({ value: v, label: t(jointActionEnumKey('PolicyStage', v)) }))}
          error={form.errors.stage}
          required={needsStage}
        />
        <SelectField
          id="outcome-contribution"
          label={t('jointActions.detail.contribution')}
          value={form.values.contribution}
          onChange={(v) => form.set('contribution')(isOneOf(CONTRIBUTION_LEVELS, v) ? v : '')}
          options={CONTRIBUTION_LEVELS.map((v) => ({ value: v, label: t(jointActionEnumKey('ContributionLevel', v)) }))}
          error={form.errors.contribution}
          required
        />
      </div>
      <TextAreaField id="outcome-description" label={t('jointActions.detail.whatChanged')} value={form.values.description} onChange={form.set('description')} error={form.errors.description} maxLength={5000} rows={3} required />
      <TextAreaField id="outcome-evidence" label={t('jointActions.outcomes.evidence')} value={form.values.evidence} onChange={form.set('evidence')} error={form.errors.evidence} maxLength={5000} rows={2} />
      <TextAreaField
        id="outcome-evidenceLinks"
        label={t('jointActions.outcomes.links')}
        hint={t('jointActions.detail.linksHint')}
        value={form.values.evidenceLinks}
        onChange={form.set('evidenceLinks')}
        error={form.errors.evidenceLinks}
        rows={2}
      />
      <SubmitButton busy={form.busy} busyLabel={t('common.saving')}>
        {t('jointActions.detail.recordOutcomeSubmit')}
      </SubmitButton>
    </form>
  );
}
