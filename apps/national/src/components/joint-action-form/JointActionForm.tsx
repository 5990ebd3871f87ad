import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxGroup,
  DateField,
  JOINT_ACTION_KINDS,
  JOINT_ACTION_ROLES,
  SOCIAL_PROTECTION_BRANCHES,
  SelectField,
  TextAreaField,
  TextField,
  activityEnumKey,
  isOneOf,
  jointActionEnumKey,
  nameWithAcronym,
  useFocusFirstInvalid,
  type AgeBandLike,
  type GridCellKey,
  type UserErrorLike,
} from '@synergia/ui';
import type { SentCells } from '../../lib/activity-form.rules.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { GenderMarkerPanel } from '../activity-form/GenderMarkerPanel.tsx';
import { ParticipantsGridInput } from '../activity-form/ParticipantsGridInput.tsx';
import { FormActions } from '../FormActions.tsx';
import { FormErrorSummary } from '../FormErrorSummary.tsx';
import {
  JOINT_ACTION_LIMITS,
  emptyMilestoneRow,
  emptyPartnerRow,
  hasProblems,
  jointActionFormFields,
  mapJointActionErrors,
  validateJointActionForm,
  withLead,
  type JointActionFormProblems,
  type JointActionFormValues,
  type JointActionServerErrors,
  type MilestoneRowValues,
  type PartnerRowValues,
} from './joint-action-form.rules.ts';

/** A partner the joint action may take in: a current member of the synergy. */
export type MemberChoice = { id: string; name: string; acronym?: string | null };

export type JointActionFormProps = {
  mode: 'create' | 'update';
  initial: JointActionFormValues;
  /** The synergy's current members (and, when editing, the partners already taking part). */
  members: readonly MemberChoice[];
  /** The network's age bands (the grid's columns). */
  bands: readonly AgeBandLike[];
  /** Sends the values; resolves with the API's user errors (empty on success) and the grid keys of the cells sent. */
  onSubmit: (values: JointActionFormValues) => Promise<{ errors: readonly UserErrorLike[]; sentCells: SentCells }>;
  submitLabel: string;
  cancelTo: string;
  busy: boolean;
  renderGeneralErrors?: (errors: UserErrorLike[]) => ReactNode;
};

const FORM_ID = 'joint-action-form';
const NO_SERVER_ERRORS: JointActionServerErrors = { fields: {}, cells: {}, general: [] };
const NO_PROBLEMS: JointActionFormProblems = { fields: {}, cells: {} };

/** The id of a field's control: `joint-action-title`, `joint-action-partners-1-role`. */
const controlId = (field: string) => `joint-action-${field.replace(/\./g, '-')}`;

/**
 * Plans or edits a joint action: what and when, the partners with their roles
 * (exactly one lead) and contributions, first milestones (when planning), the
 * participants grid and the gender marker (the activity form's, reused).
 * Obvious mistakes are caught before sending; the API's refusals show beside
 * the field, row or cell they name, the first one focused, nothing typed lost.
 */
export function JointActionForm({ mode, initial, members, bands, onSubmit, submitLabel, cancelTo, busy, renderGeneralErrors }: JointActionFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [values, setValues] = useState<JointActionFormValues>(initial);
  const [problems, setProblems] = useState<JointActionFormProblems>(NO_PROBLEMS);
  const [server, setServer] = useState<JointActionServerErrors>(NO_SERVER_ERRORS);
  const focusFirstInvalid = useFocusFirstInvalid(FORM_ID);

  const errorOf = (field: string): string | undefined => {
    const problem = problems.fields[field];
    if (problem) return t(problem.key, problem.values);
    return server.fields[field];
  };
  const cellErrors: Record<GridCellKey, string> = { ...server.cells };
  for (const [key, problem] of Object.entries(problems.cells)) cellErrors[key] = t(problem.key, problem.values);

  function clear(...fields: string[]) {
    const drop = <T extends Record<string, unknown>>(record: T): T => {
      if (!fields.some((f) => f in record)) return record;
      const out = { ...record };
      for (const f of fields) delete out[f];
      return out;
    };
    setProblems((p) => ({ ...p, fields: drop(p.fields) }));
    setServer((s) => ({ ...s, fields: drop(s.fields) }));
  }

  function set<K extends keyof JointActionFormValues>(key: K) {
    return (value: JointActionFormValues[K]) => {
      setValues((v) => ({ ...v, [key]: value }));
      clear(key);
    };
  }

  function setPartner(index: number, changes: Partial<PartnerRowValues>) {
    setValues((v) => ({
      ...v,
      partners: changes.role === 'LEAD' ? withLead(v.partners, index).map((p, i) => (i === index ? { ...p, ...changes } : p)) : v.partners.map((p, i) => (i === index ? { ...p, ...changes } : p)),
    }));
    clear('partners', ...Object.keys(changes).map((k) => `partners.${index}.${k === 'people' ? 'contributionPeople' : k === 'amount' ? 'contributionAmount' : k === 'currency' ? 'contributionCurrency' : k === 'inKind' ? 'contributionInKind' : k}`));
  }

  function setMilestone(index: number, changes: Partial<MilestoneRowValues>) {
    setValues((v) => ({ ...v, milestones: v.milestones.map((m, i) => (i === index ? { ...m, ...changes } : m)) }));
    clear(...Object.keys(changes).map((k) => `milestones.${index}.${k}`));
  }

  function setCell(key: GridCellKey, value: number | null) {
    setValues((v) => ({ ...v, participants: { ...v.participants, [key]: value } }));
    setProblems((p) => {
      const cells = { ...p.cells };
      delete cells[key];
      return { ...p, cells };
    });
    setServer((s) => {
      const cells = { ...s.cells };
      delete cells[key];
      return { ...s, cells };
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateJointActionForm(values, bands);
    setProblems(found);
    if (hasProblems(found)) {
      setServer(NO_SERVER_ERRORS);
      focusFirstInvalid();
      return;
    }
    const { errors, sentCells } = await onSubmit(values);
    const mapped = errors.length > 0 ? mapJointActionErrors(errors, sentCells, jointActionFormFields(values)) : NO_SERVER_ERRORS;
    setServer(mapped);
    if (Object.keys(mapped.fields).length > 0 || Object.keys(mapped.cells).length > 0) focusFirstInvalid();
  }

  const hasFieldErrors = hasProblems(problems) || Object.keys(server.fields).length > 0 || Object.keys(server.cells).length > 0;
  const chosen = new Set(values.partners.map((p) => p.partnerId));
  const memberOptions = (current: string) =>
    members.filter((m) => m.id === current || !chosen.has(m.id)).map((m) => ({ value: m.id, label: nameWithAcronym(m) }));
  const partnersError = errorOf('partners');

  return (
    <form id={FORM_ID} className="form card" onSubmit={submit} noValidate aria-describedby="joint-action-form-required">
      <p id="joint-action-form-required" className="muted">
        {t('activities.form.requiredNote')}
      </p>
      <FormErrorSummary general={server.general} renderGeneral={renderGeneralErrors} fieldsInvalid={hasFieldErrors} fixFields={t('activities.form.fixFields')} />

      <fieldset>
        <legend>{t('jointActions.form.what')}</legend>
        <SelectField
          id={controlId('kind')}
          label={t('jointActions.form.kind')}
          value={values.kind}
          onChange={(v) => set('kind')(isOneOf(JOINT_ACTION_KINDS, v) ? v : '')}
          options={JOINT_ACTION_KINDS.map((kind) => ({ value: kind, label: t(jointActionEnumKey('JointActionKind', kind)) }))}
          error={errorOf('kind')}
          required
        />
        <TextField
          id={controlId('title')}
          label={t('jointActions.form.title')}
          value={values.title}
          onChange={set('title')}
          error={errorOf('title')}
          required
          maxLength={JOINT_ACTION_LIMITS.titleMax}
          autoComplete="off"
        />
        <TextAreaField
          id={controlId('objective')}
          label={t('jointActions.form.objective')}
          hint={t('jointActions.form.objectiveHint')}
          value={values.objective}
          onChange={set('objective')}
          error={errorOf('objective')}
          maxLength={JOINT_ACTION_LIMITS.objectiveMax}
        />
      </fieldset>

      <fieldset>
        <legend>{t('jointActions.form.when')}</legend>
        <div className="form-grid">
          <DateField id={controlId('plannedStartDate')} label={t('jointActions.form.plannedStartDate')} value={values.plannedStartDate} onChange={set('plannedStartDate')} error={errorOf('plannedStartDate')} required />
          <DateField
            id={controlId('plannedEndDate')}
            label={t('jointActions.form.plannedEndDate')}
            hint={t('jointActions.form.endDateHint')}
            value={values.plannedEndDate}
            min={values.plannedStartDate || undefined}
            onChange={set('plannedEndDate')}
            error={errorOf('plannedEndDate')}
          />
          {mode === 'update' ? (
            <>
              <DateField id={controlId('actualStartDate')} label={t('jointActions.form.actualStartDate')} value={values.actualStartDate} onChange={set('actualStartDate')} error={errorOf('actualStartDate')} />
              <DateField id={controlId('actualEndDate')} label={t('jointActions.form.actualEndDate')} value={values.actualEndDate} onChange={set('actualEndDate')} error={errorOf('actualEndDate')} />
            </>
          ) : null}
        </div>
      </fieldset>

      <CheckboxGroup
        id={controlId('branches')}
        legend={t('jointActions.form.branches')}
        hint={t('activities.form.branchesHint')}
        options={SOCIAL_PROTECTION_BRANCHES.map((b) => ({ value: b, label: t(activityEnumKey('SocialProtectionBranch', b)) }))}
        values={values.branches}
        onChange={set('branches')}
        error={errorOf('branches')}
        required
      />

      <fieldset id={controlId('partners')} className={partnersError ? 'fieldset--invalid' : undefined}>
        <legend>{t('jointActions.form.partners')}</legend>
        <p className="field__hint">{t('jointActions.form.partnersHint')}</p>
        {partnersError ? (
          <p className="field__error fieldset__error" id="joint-action-partners-error">
            {partnersError}
          </p>
        ) : null}
        {values.partners.map((row, index) => {
          const at = (name: string) => `partners.${index}.${name}`;
          return (
            <fieldset key={index} className="panel">
              <legend>{t('jointActions.form.partnerN', { n: index + 1 })}</legend>
              <div className="form-grid">
                <SelectField
                  id={controlId(at('partnerId'))}
                  label={t('jointActions.form.partner')}
                  value={row.partnerId}
                  onChange={(partnerId) => setPartner(index, { partnerId })}
                  options={memberOptions(row.partnerId)}
                  error={errorOf(at('partnerId'))}
                  disabled={mode === 'update' && Boolean(row.participationId)}
                  required
                />
                <SelectField
                  id={controlId(at('role'))}
                  label={t('jointActions.form.role')}
                  value={row.role}
                  onChange={(role) => (isOneOf(JOINT_ACTION_ROLES, role) ? setPartner(index, { role }) : undefined)}
                  options={JOINT_ACTION_ROLES.map((role) => ({ value: role, label: t(jointActionEnumKey('JointActionRole', role)) }))}
                  placeholder={null}
                  error={errorOf(at('role'))}
                />
                <TextField
                  id={controlId(at('contributionPeople'))}
                  label={t('jointActions.form.people')}
                  inputMode="numeric"
                  value={row.people}
                  onChange={(people) => setPartner(index, { people })}
                  error={errorOf(at('contributionPeople'))}
                />
                <TextField
                  id={controlId(at('contributionAmount'))}
                  label={t('jointActions.form.amount')}
                  inputMode="decimal"
                  value={row.amount}
                  onChange={(amount) => setPartner(index, { amount })}
                  error={errorOf(at('contributionAmount'))}
                />
                <TextField
                  id={controlId(at('contributionCurrency'))}
                  label={t('jointActions.form.currency')}
                  hint={t('jointActions.form.currencyHint')}
                  value={row.currency}
                  maxLength={3}
                  onChange={(currency) => setPartner(index, { currency: currency.toUpperCase() })}
                  error={errorOf(at('contributionCurrency'))}
                />
              </div>
              <TextField
                id={controlId(at('contributionInKind'))}
                label={t('jointActions.form.inKind')}
                value={row.inKind}
                onChange={(inKind) => setPartner(index, { inKind })}
                error={errorOf(at('contributionInKind'))}
                maxLength={JOINT_ACTION_LIMITS.inKindMax}
              />
              {values.partners.length > 1 && row.role !== 'LEAD' ? (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    setValues((v) => ({ ...v, partners: v.partners.filter((_, i) => i !== index) }));
                    setServer(NO_SERVER_ERRORS);
                  }}
                >
                  {t('jointActions.form.removePartner', { n: index + 1 })}
                </button>
              ) : null}
            </fieldset>
          );
        })}
        <button type="button" className="button" onClick={() => setValues((v) => ({ ...v, partners: [...v.partners, emptyPartnerRow()] }))} disabled={values.partners.length >= members.length}>
          {t('jointActions.form.addPartner')}
        </button>
      </fieldset>

      {mode === 'create' ? (
        <fieldset>
          <legend>{t('jointActions.form.milestones')}</legend>
          <p className="field__hint">{t('jointActions.form.milestonesHint')}</p>
          {values.milestones.map((row, index) => {
            const at = (name: string) => `milestones.${index}.${name}`;
            const responsible = values.partners.filter((p) => p.partnerId);
            return (
              <fieldset key={index} className="panel">
                <legend>{t('jointActions.form.milestoneN', { n: index + 1 })}</legend>
                <div className="form-grid">
                  <TextField id={controlId(at('title'))} label={t('jointActions.form.milestoneTitle')} value={row.title} onChange={(title) => setMilestone(index, { title })} error={errorOf(at('title'))} required />
                  <DateField id={controlId(at('dueDate'))} label={t('jointActions.form.dueDate')} value={row.dueDate} onChange={(dueDate) => setMilestone(index, { dueDate })} error={errorOf(at('dueDate'))} required />
                  <SelectField
                    id={controlId(at('responsiblePartnerId'))}
                    label={t('jointActions.form.responsible')}
                    value={row.responsiblePartnerId}
                    onChange={(responsiblePartnerId) => setMilestone(index, { responsiblePartnerId })}
                    options={responsible.map((p) => ({ value: p.partnerId, label: members.find((m) => m.id === p.partnerId)?.name ?? p.partnerId }))}
                    placeholder={t('jointActions.form.nobody')}
                    error={errorOf(at('responsiblePartnerId'))}
                  />
                </div>
                <button type="button" className="button button--quiet" onClick={() => setValues((v) => ({ ...v, milestones: v.milestones.filter((_, i) => i !== index) }))}>
                  {t('jointActions.form.removeMilestone', { n: index + 1 })}
                </button>
              </fieldset>
            );
          })}
          <button type="button" className="button" onClick={() => setValues((v) => ({ ...v, milestones: [...v.milestones, emptyMilestoneRow()] }))}>
            {t('jointActions.form.addMilestone')}
          </button>
        </fieldset>
      ) : null}

      <ParticipantsGridInput bands={bands} grid={values.participants} onChange={setCell} cellErrors={cellErrors} error={errorOf('participants')} locale={locale} />

      <GenderMarkerPanel
        value={values.genderMarker}
        onChange={(genderMarker, changed) => {
          setValues((v) => ({ ...v, genderMarker }));
          clear(`genderMarker.${changed}`, ...(changed === 'score' || changed === 'criteria' ? ['genderMarker.score', 'genderMarker.criteria'] : []));
        }}
        errors={{
          score: errorOf('genderMarker.score'),
          criteria: Boolean(errorOf('genderMarker.criteria')),
          principalObjective: errorOf('genderMarker.principalObjective'),
          justification: errorOf('genderMarker.justification'),
        }}
      />

      <FormActions submitLabel={submitLabel} cancelTo={cancelTo} busy={busy} />
    </form>
  );
}
