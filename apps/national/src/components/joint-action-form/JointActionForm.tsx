import { type ReactNode } from 'react';
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
  jointActionEnumKey,
  nameWithAcronym,
  type AgeBandLike,
  type UserErrorLike,
} from '@synergia/ui';
import { EnumSelectField } from '../EnumSelectField.tsx';
import { RecordForm } from '../record-form/RecordForm.tsx';
import { useRecordForm, type RecordFormSent } from '../record-form/useRecordForm.ts';
import {
  JOINT_ACTION_LIMITS,
  emptyMilestoneRow,
  emptyPartnerRow,
  jointActionFormFields,
  validateJointActionForm,
  withLead,
  type JointActionFormValues,
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
  onSubmit: (values: JointActionFormValues) => Promise<RecordFormSent>;
  submitLabel: string;
  cancelTo: string;
  busy: boolean;
  renderGeneralErrors?: (errors: UserErrorLike[]) => ReactNode;
};

/**
 * Plans or edits a joint action: what and when, the partners with their roles
 * (exactly one lead) and contributions, first milestones (when planning), the
 * participants grid and the gender marker (the frame shared with the activity form).
 * Obvious mistakes are caught before sending; the API's refusals show beside
 * the field, row or cell they name, the first one focused, nothing typed lost.
 */
export function JointActionForm({ mode, initial, members, bands, onSubmit, submitLabel, cancelTo, busy, renderGeneralErrors }: JointActionFormProps) {
  const { t } = useTranslation();
  const form = useRecordForm<JointActionFormValues>('joint-action', initial);
  const { values, setValues, errorOf, clear, bind, bindChecks, controlId } = form;

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

  const submit = form.onSubmit((v) => validateJointActionForm(v, bands), onSubmit, jointActionFormFields);

  const chosen = new Set(values.partners.map((p) => p.partnerId));
  const memberOptions = (current: string) =>
    members.filter((m) => m.id === current || !chosen.has(m.id)).map((m) => ({ value: m.id, label: nameWithAcronym(m) }));
  const partnersError = errorOf('partners');

  return (
    <RecordForm form={form} onSubmit={submit} bands={bands} submitLabel={submitLabel} cancelTo={cancelTo} busy={busy} renderGeneralErrors={renderGeneralErrors}>
      <fieldset>
        <legend>{t('jointActions.form.what')}</legend>
        <EnumSelectField
          {...bind('kind')}
          label={t('jointActions.form.kind')}
          choices={JOINT_ACTION_KINDS}
          labelOf={(kind) => t(jointActionEnumKey('JointActionKind', kind))}
          required
        />
        <TextField
          {...bind('title')}
          label={t('jointActions.form.title')}
          required
          maxLength={JOINT_ACTION_LIMITS.titleMax}
          autoComplete="off"
        />
        <TextAreaField
          {...bind('objective')}
          label={t('jointActions.form.objective')}
          hint={t('jointActions.form.objectiveHint')}
          maxLength={JOINT_ACTION_LIMITS.objectiveMax}
        />
      </fieldset>

      <fieldset>
        <legend>{t('jointActions.form.when')}</legend>
        <div className="form-grid">
          <DateField {...bind('plannedStartDate')} label={t('jointActions.form.plannedStartDate')} required />
          <DateField
            {...bind('plannedEndDate')}
            label={t('jointActions.form.plannedEndDate')}
            hint={t('jointActions.form.endDateHint')}
            min={values.plannedStartDate || undefined}
          />
          {mode === 'update' ? (
            <>
              <DateField {...bind('actualStartDate')} label={t('jointActions.form.actualStartDate')} />
              <DateField {...bind('actualEndDate')} label={t('jointActions.form.actualEndDate')} />
            </>
          ) : null}
        </div>
      </fieldset>

      <CheckboxGroup
        {...bindChecks('branches')}
        legend={t('jointActions.form.branches')}
        hint={t('activities.form.branchesHint')}
        options={SOCIAL_PROTECTION_BRANCHES.map((b) => ({ value: b, label: t(activityEnumKey('SocialProtectionBranch', b)) }))}
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
                <EnumSelectField
                  id={controlId(at('role'))}
                  label={t('jointActions.form.role')}
                  value={row.role}
                  onChange={(role) => (role ? setPartner(index, { role }) : undefined)}
                  choices={JOINT_ACTION_ROLES}
                  labelOf={(role) => t(jointActionEnumKey('JointActionRole', role))}
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
                    form.clearServerErrors();
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

    </RecordForm>
  );
}
