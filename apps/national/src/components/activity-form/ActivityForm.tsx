import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_TYPES,
  CheckboxGroup,
  DateField,
  INFORMAL_SECTORS,
  SOCIAL_PROTECTION_BRANCHES,
  SelectField,
  TextAreaField,
  TextField,
  WORKER_CATEGORIES,
  activityEnumKey,
  countryOptions,
  nameWithAcronym,
  subTypesOf,
  type AgeBandLike,
  type UserErrorLike,
} from '@synergia/ui';
import {
  ACTIVITY_FORM_FIELDS,
  CREATE_STATUSES,
  LIMITS,
  validateActivityForm,
  withType,
  type ActivityFormField,
  type ActivityFormValues,
} from '../../lib/activity-form.rules.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { EnumSelectField } from '../EnumSelectField.tsx';
import { RecordForm } from '../record-form/RecordForm.tsx';
import { useRecordForm, type RecordFormSent } from '../record-form/useRecordForm.ts';

/** A partner the user may record activities for, with what the form needs to know about it. */
export type PartnerChoice = {
  id: string;
  name: string;
  acronym?: string | null;
  country: string;
  /** Its network's age bands (the grid's columns). */
  ageBands: readonly AgeBandLike[];
  /** The synergies it currently belongs to (and, when editing, the activity's). */
  synergies: readonly { id: string; name: string }[];
};

export type ActivityFormProps = {
  mode: 'create' | 'update';
  initial: ActivityFormValues;
  /** Create: the partners to choose from. Update: the activity's partner only. */
  partners: readonly PartnerChoice[];
  /** Sends the values; resolves with the API's user errors (empty on success) and the grid keys of the cells sent. */
  onSubmit: (values: ActivityFormValues, bands: readonly AgeBandLike[]) => Promise<RecordFormSent>;
  submitLabel: string;
  cancelTo: string;
  busy: boolean;
  /** Replaces the generic alert for errors not tied to a field (a stale version with a Reload button). */
  renderGeneralErrors?: (errors: UserErrorLike[]) => ReactNode;
};

/**
 * Records or edits an activity: what, when and where, branches and people
 * reached, the participants grid and the gender marker. Obvious mistakes are
 * caught before sending; the API's refusals show beside the field (or grid
 * cell, or checklist) they name, the first one focused, and nothing typed is lost.
 */
export function ActivityForm({ mode, initial, partners, onSubmit, submitLabel, cancelTo, busy, renderGeneralErrors }: ActivityFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useRecordForm<ActivityFormValues, ActivityFormField>('activity', initial);
  const { values, setValues, errorOf, clear, set, bind, bindChecks, controlId } = form;
  const countries = useMemo(() => countryOptions(locale), [locale]);

  const partner = partners.find((p) => p.id === values.partnerId) ?? null;
  const bands = partner?.ageBands ?? partners[0]?.ageBands ?? [];
  const subTypes = subTypesOf(values.type);

  function choosePartner(partnerId: string) {
    const next = partners.find((p) => p.id === partnerId);
    setValues((v) => {
      const previous = partners.find((p) => p.id === v.partnerId);
      // Follow the partner's country and only synergy unless the user chose otherwise.
      const country = !v.country || v.country === previous?.country ? (next?.country ?? v.country) : v.country;
      const synergyId = next?.synergies.length === 1 ? (next.synergies[0]?.id ?? '') : '';
      return { ...v, partnerId, country, synergyId };
    });
    clear('partnerId', 'synergyId', 'country');
  }

  const submit = form.onSubmit(
    (v) => validateActivityForm(v, bands, mode),
    (v) => onSubmit(v, bands),
    () => ACTIVITY_FORM_FIELDS,
  );

  return (
    <RecordForm form={form} onSubmit={submit} bands={bands} submitLabel={submitLabel} cancelTo={cancelTo} busy={busy} renderGeneralErrors={renderGeneralErrors}>
      <fieldset>
        <legend>{t('activities.form.what')}</legend>
        <div className="form-grid">
          {mode === 'create' ? (
            <SelectField
              id={controlId('partnerId')}
              label={t('activities.form.partner')}
              hint={partners.length === 0 ? t('activities.form.noPartners') : undefined}
              value={values.partnerId}
              onChange={choosePartner}
              options={partners.map((p) => ({ value: p.id, label: nameWithAcronym(p) }))}
              error={errorOf('partnerId')}
              required
            />
          ) : (
            <div className="field">
              <span className="field__label">{t('activities.form.partner')}</span>
              <span>{partner?.name}</span>
            </div>
          )}
          <SelectField
            {...bind('synergyId')}
            label={t('activities.form.synergy')}
            hint={t('activities.form.synergyHint')}
            options={(partner?.synergies ?? []).map((s) => ({ value: s.id, label: s.name }))}
            placeholder={t('activities.form.noSynergy')}
          />
          <EnumSelectField
            id={controlId('type')}
            label={t('activities.form.type')}
            value={values.type}
            onChange={(type) => {
              setValues((current) => withType(current, type));
              clear('type', 'subType');
            }}
            choices={ACTIVITY_TYPES}
            labelOf={(type) => t(activityEnumKey('ActivityType', type))}
            error={errorOf('type')}
            required
          />
          {subTypes.length > 0 ? (
            <EnumSelectField
              {...bind('subType')}
              label={t('activities.form.subType')}
              choices={subTypes}
              labelOf={(subType) => t(activityEnumKey('ActivitySubType', subType))}
              required
            />
          ) : null}
        </div>
        <TextField
          {...bind('title')}
          label={t('activities.form.title')}
          required
          maxLength={LIMITS.titleMax}
          autoComplete="off"
        />
        <TextAreaField
          {...bind('description')}
          label={t('activities.form.description')}
          hint={t('activities.form.descriptionHint')}
          maxLength={LIMITS.descriptionMax}
        />
      </fieldset>

      <fieldset>
        <legend>{t('activities.form.whenWhere')}</legend>
        <div className="form-grid">
          <DateField
            {...bind('startDate')}
            label={t('activities.form.startDate')}
            required
          />
          <DateField
            {...bind('endDate')}
            label={t('activities.form.endDate')}
            hint={t('activities.form.endDateHint')}
            min={values.startDate || undefined}
          />
          <SelectField
            {...bind('country')}
            label={t('activities.form.country')}
            options={countries}
            required
          />
          <TextField
            {...bind('place')}
            label={t('activities.form.place')}
            hint={t('activities.form.placeHint')}
            maxLength={LIMITS.placeMax}
          />
          {mode === 'create' ? (
            <EnumSelectField
              id={controlId('status')}
              label={t('activities.form.status')}
              hint={t('activities.form.statusHint')}
              value={values.status}
              onChange={(status) => set('status')(status || 'PLANNED')}
              choices={CREATE_STATUSES}
              labelOf={(status) => t(activityEnumKey('WorkStatus', status))}
              placeholder={null}
              error={errorOf('status')}
            />
          ) : null}
        </div>
      </fieldset>

      <CheckboxGroup
        {...bindChecks('branches')}
        legend={t('activities.form.branches')}
        hint={t('activities.form.branchesHint')}
        options={SOCIAL_PROTECTION_BRANCHES.map((b) => ({ value: b, label: t(activityEnumKey('SocialProtectionBranch', b)) }))}
        required
      />
      <CheckboxGroup
        {...bindChecks('workerCategories')}
        legend={t('activities.form.workerCategories')}
        options={WORKER_CATEGORIES.map((c) => ({ value: c, label: t(activityEnumKey('WorkerCategory', c)) }))}
      />
      <CheckboxGroup
        {...bindChecks('informalSectors')}
        legend={t('activities.form.informalSectors')}
        hint={t('activities.form.informalSectorsHint')}
        options={INFORMAL_SECTORS.map((s) => ({ value: s, label: t(activityEnumKey('InformalSector', s)) }))}
      />

    </RecordForm>
  );
}
