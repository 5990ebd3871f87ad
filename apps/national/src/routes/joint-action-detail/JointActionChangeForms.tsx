import { useState, type FormEvent, type ReactNode } from 'react';
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
  jointActionEnumKey,
  todayIso,
  type ContributionLevel,
  type PolicyStage,
  type PoliticalAskKind,
  type TargetLevel,
  type UserErrorLike,
} from '@synergia/ui';
import { EnumSelectField } from '../../components/EnumSelectField.tsx';
import { subFormErrors } from './sub-form-errors.ts';

/** What a small form's change resolves with: the API's errors, empty on success. */
export type ChangeResult = Promise<readonly UserErrorLike[]>;

/** A small form's state: its values, the messages per field, and sending. Its controls' ids start with `idPrefix` (`target-level`). */
function useSubForm<V extends Record<string, string>>(idPrefix: string, initial: V, fields: readonly string[], send: (values: V) => ChangeResult, onGeneral: (errors: UserErrorLike[]) => void) {
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
  /** A field control's id, value, change handler and message. */
  const field = <K extends keyof V & string>(key: K) => ({ id: `${idPrefix}-${key}`, value: values[key], onChange: set(key), error: errors[key] });
  return { values, errors, set, field, submit, busy };
}

type SubFormFrameProps = {
  /** Names the heading (`add-target-heading`), which labels the form. */
  id: string;
  heading: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
};

/** A small form's frame on the joint action's page: its heading, its fields, its submit button; left out of print. */
function SubForm({ id, heading, submitLabel, busy, onSubmit, children }: SubFormFrameProps) {
  const { t } = useTranslation();
  return (
    <form className="form panel no-print" aria-labelledby={`${id}-heading`} onSubmit={onSubmit} noValidate>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {children}
      <SubmitButton busy={busy} busyLabel={t('common.saving')}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
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
  const form = useSubForm<MilestoneValues>('milestone', { title: '', dueDate: '', responsiblePartnerId: '' }, ['title', 'dueDate', 'responsiblePartnerId'], send, onGeneral);
  const check = (v: MilestoneValues) => {
    const found: Record<string, string> = {};
    if (v.title.trim().length < 3) found.title = t('form.tooShort', { min: 3 });
    if (!v.dueDate) found.dueDate = t('form.required');
    return found;
  };
  return (
    <SubForm id="add-milestone" heading={t('jointActions.detail.addMilestone')} submitLabel={t('jointActions.detail.addMilestoneSubmit')} busy={form.busy} onSubmit={(e) => void form.submit(e, check)}>
      <div className="form-grid">
        <TextField {...form.field('title')} label={t('jointActions.form.milestoneTitle')} required maxLength={200} />
        <DateField {...form.field('dueDate')} label={t('jointActions.form.dueDate')} required />
        <SelectField
          {...form.field('responsiblePartnerId')}
          label={t('jointActions.form.responsible')}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
          placeholder={t('jointActions.form.nobody')}
        />
      </div>
    </SubForm>
  );
}

export type TargetValues = { name: string; level: TargetLevel | ''; askKind: PoliticalAskKind | ''; ask: string };

/** Adds a target to a political action: the decision maker or institution, its level, and the ask. */
export function AddTargetForm({ send, onGeneral }: SubFormProps<TargetValues>) {
  const { t } = useTranslation();
  const form = useSubForm<TargetValues>('target', { name: '', level: '', askKind: '', ask: '' }, ['name', 'level', 'askKind', 'ask'], send, onGeneral);
  const check = (v: TargetValues) => {
    const found: Record<string, string> = {};
    if (v.name.trim().length < 2) found.name = t('form.tooShort', { min: 2 });
    if (!v.level) found.level = t('form.required');
    if (!v.askKind) found.askKind = t('form.required');
    return found;
  };
  return (
    <SubForm id="add-target" heading={t('jointActions.detail.addTarget')} submitLabel={t('jointActions.detail.addTargetSubmit')} busy={form.busy} onSubmit={(e) => void form.submit(e, check)}>
      <div className="form-grid">
        <TextField {...form.field('name')} label={t('jointActions.targets.name')} required maxLength={200} />
        <EnumSelectField
          {...form.field('level')}
          label={t('jointActions.targets.level')}
          choices={TARGET_LEVELS}
          labelOf={(v) => t(jointActionEnumKey('TargetLevel', v))}
          required
        />
        <EnumSelectField
          {...form.field('askKind')}
          label={t('jointActions.targets.askKind')}
          choices={POLITICAL_ASK_KINDS}
          labelOf={(v) => t(jointActionEnumKey('PoliticalAskKind', v))}
          required
        />
      </div>
      <TextAreaField {...form.field('ask')} label={t('jointActions.targets.ask')} maxLength={2000} rows={2} />
    </SubForm>
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
  const form = useSubForm<OutcomeValues>('outcome', { observedOn: todayIso(), description: '', stage: '', evidence: '', evidenceLinks: '', contribution: '' }, fields, send, onGeneral);
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
    <SubForm id="record-outcome" heading={t('jointActions.detail.recordOutcome')} submitLabel={t('jointActions.detail.recordOutcomeSubmit')} busy={form.busy} onSubmit={(e) => void form.submit(e, check)}>
      <div className="form-grid">
        <DateField {...form.field('observedOn')} label={t('jointActions.detail.observedOn')} max={todayIso()} required />
        <EnumSelectField
          {...form.field('stage')}
          label={t('jointActions.detail.stage')}
          choices={POLICY_STAGES}
          labelOf={(v) => t(jointActionEnumKey('PolicyStage', v))}
          required={needsStage}
        />
        <EnumSelectField
          {...form.field('contribution')}
          label={t('jointActions.detail.contribution')}
          choices={CONTRIBUTION_LEVELS}
          labelOf={(v) => t(jointActionEnumKey('ContributionLevel', v))}
          required
        />
      </div>
      <TextAreaField {...form.field('description')} label={t('jointActions.detail.whatChanged')} maxLength={5000} rows={3} required />
      <TextAreaField {...form.field('evidence')} label={t('jointActions.outcomes.evidence')} maxLength={5000} rows={2} />
      <TextAreaField
        {...form.field('evidenceLinks')}
        label={t('jointActions.outcomes.links')}
        hint={t('jointActions.detail.linksHint')}
        rows={2}
      />
    </SubForm>
  );
}
