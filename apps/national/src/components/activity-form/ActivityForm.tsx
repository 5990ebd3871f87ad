import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
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
  isOneOf,
  nameWithAcronym,
  subTypesOf,
  useFocusFirstInvalid,
  type AgeBandLike,
  type GridCellKey,
  type UserErrorLike,
} from '@synergia/ui';
import {
  CREATE_STATUSES,
  LIMITS,
  hasProblems,
  mapActivityErrors,
  validateActivityForm,
  withType,
  type ActivityFormField,
  type ActivityFormProblems,
  type ActivityFormValues,
  type ActivityServerErrors,
  type SentCells,
} from '../../lib/activity-form.rules.ts';
import { FormErrorSummary } from '../FormErrorSummary.tsx';
import { FormActions } from '../FormActions.tsx';
import { useLocale } from '../../lib/useLocale.ts';
import { GenderMarkerPanel } from './GenderMarkerPanel.tsx';
import { ParticipantsGridInput } from './ParticipantsGridInput.tsx';

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
  onSubmit: (values: ActivityFormValues, bands: readonly AgeBandLike[]) => Promise<{ errors: readonly UserErrorLike[]; sentCells: SentCells }>;
  submitLabel: string;
  cancelTo: string;
  busy: boolean;
  /** Replaces the generic alert for errors not tied to a field (a stale version with a Reload button). */
  renderGeneralErrors?: (errors: UserErrorLike[]) => ReactNode;
};

const FORM_ID = 'activity-form';
const NO_SERVER_ERRORS: ActivityServerErrors = { fields: {}, cells: {}, general: [] };
const NO_PROBLEMS: ActivityFormProblems = { fields: {}, cells: {} };

/** The id of a field's control, e.g. `activity-startDate`. */
const controlId = (field: ActivityFormField) => `activity-${field.replace('.', '-')}`;

/**
 * Records or edits an activity: what, when and where, branches and people
 * reached, the participants grid and the gender marker. Obvious mistakes are
 * caught before sending; the API's refusals show beside the field (or grid
 * cell, or checklist) they name, the first one focused, and nothing typed is lost.
 */
export function ActivityForm({ mode, initial, partners, onSubmit, submitLabel, cancelTo, busy, renderGeneralErrors }: ActivityFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [values, setValues] = useState<ActivityFormValues>(initial);
  const [problems, setProblems] = useState<ActivityFormProblems>(NO_PROBLEMS);
  const [server, setServer] = useState<ActivityServerErrors>(NO_SERVER_ERRORS);
  const focusFirstInvalid = useFocusFirstInvalid(FORM_ID);
  const countries = useMemo(() => countryOptions(locale), [locale]);

  const partner = partners.find((p) => p.id === values.partnerId) ?? null;
  const bands = partner?.ageBands ?? partners[0]?.ageBands ?? [];
  const subTypes = subTypesOf(values.type);

  const errorOf = (field: ActivityFormField): string | undefined => {
    const problem = problems.fields[field];
    if (problem) return t(problem.key, problem.values);
    return server.fields[field];
  };
  const cellErrors: Record<GridCellKey, string> = { ...server.cells };
  for (const [key, problem] of Object.entries(problems.cells)) cellErrors[key] = t(problem.key, problem.values);

  /** Drops the messages of the fields a change touches; the others stay until the next submit. */
  function clear(...fields: ActivityFormField[]) {
    setProblems((p) => (fields.some((f) => p.fields[f]) ? { ...p, fields: omit(p.fields, fields) } : p));
    setServer((s) => (fields.some((f) => s.fields[f]) ? { ...s, fields: omit(s.fields, fields) } : s));
  }

  function set<K extends keyof ActivityFormValues>(key: K, field: ActivityFormField = key as ActivityFormField) {
    return (value: ActivityFormValues[K]) => {
      setValues((v) => ({ ...v, [key]: value }));
      clear(field);
    };
  }

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

  function setCell(key: GridCellKey, value: number | null) {
    setValues((v) => ({ ...v, participants: { ...v.participants, [key]: value } }));
    setProblems((p) => (p.cells[key] || p.fields.participants ? { fields: omit(p.fields, ['participants']), cells: omit(p.cells, [key]) } : p));
    setServer((s) => (s.cells[key] || s.fields.participants ? { ...s, fields: omit(s.fields, ['participants']), cells: omit(s.cells, [key]) } : s));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateActivityForm(values, bands, mode);
    setProblems(found);
    if (hasProblems(found)) {
      setServer(NO_SERVER_ERRORS);
      focusFirstInvalid();
      return;
    }
    const { errors, sentCells } = await onSubmit(values, bands);
    const mapped = errors.length > 0 ? mapActivityErrors(errors, sentCells) : NO_SERVER_ERRORS;
    setServer(mapped);
    if (Object.keys(mapped.fields).length > 0 || Object.keys(mapped.cells).length > 0) focusFirstInvalid();
  }

  const hasFieldErrors =
    hasProblems(problems) || Object.keys(server.fields).length > 0 || Object.keys(server.cells).length > 0;

  return (
    <form id={FORM_ID} className="form card" onSubmit={submit} noValidate aria-describedby="activity-form-required">
      <p id="activity-form-required" className="muted">
        {t('activities.form.requiredNote')}
      </p>
      <FormErrorSummary general={server.general} renderGeneral={renderGeneralErrors} fieldsInvalid={hasFieldErrors} fixFields={t('activities.form.fixFields')} />

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
            id={controlId('synergyId')}
            label={t('activities.form.synergy')}
            hint={t('activities.form.synergyHint')}
            value={values.synergyId}
            onChange={set('synergyId')}
            options={(partner?.synergies ?? []).map((s) => ({ value: s.id, label: s.name }))}
            placeholder={t('activities.form.noSynergy')}
            error={errorOf('synergyId')}
          />
          <SelectField
            id={controlId('type')}
            label={t('activities.form.type')}
            value={values.type}
            onChange={(v) => {
              setValues((current) => withType(current, isOneOf(ACTIVITY_TYPES, v) ? v : ''));
              clear('type', 'subType');
            }}
            options={ACTIVITY_TYPES.map((type) => ({ value: type, label: t(activityEnumKey('ActivityType', type)) }))}
            error={errorOf('type')}
            required
          />
          {subTypes.length > 0 ? (
            <SelectField
              id={controlId('subType')}
              label={t('activities.form.subType')}
              value={values.subType}
              onChange={(v) => set('subType')(isOneOf(subTypes, v) ? v : '')}
              options={subTypes.map((subType) => ({ value: subType, label: t(activityEnumKey('ActivitySubType', subType)) }))}
              error={errorOf('subType')}
              required
            />
          ) : null}
        </div>
        <TextField
          id={controlId('title')}
          label={t('activities.form.title')}
          value={values.title}
          onChange={set('title')}
          error={errorOf('title')}
          required
          maxLength={LIMITS.titleMax}
          autoComplete="off"
        />
        <TextAreaField
          id={controlId('description')}
          label={t('activities.form.description')}
          hint={t('activities.form.descriptionHint')}
          value={values.description}
          onChange={set('description')}
          error={errorOf('description')}
          maxLength={LIMITS.descriptionMax}
        />
      </fieldset>

      <fieldset>
        <legend>{t('activities.form.whenWhere')}</legend>
        <div className="form-grid">
          <DateField
            id={controlId('startDate')}
            label={t('activities.form.startDate')}
            value={values.startDate}
            onChange={set('startDate')}
            error={errorOf('startDate')}
            required
          />
          <DateField
            id={controlId('endDate')}
            label={t('activities.form.endDate')}
            hint={t('activities.form.endDateHint')}
            value={values.endDate}
            min={values.startDate || undefined}
            onChange={set('endDate')}
            error={errorOf('endDate')}
          />
          <SelectField
            id={controlId('country')}
            label={t('activities.form.country')}
            value={values.country}
            onChange={set('country')}
            options={countries}
            error={errorOf('country')}
            required
          />
          <TextField
            id={controlId('place')}
            label={t('activities.form.place')}
            hint={t('activities.form.placeHint')}
            value={values.place}
            onChange={set('place')}
            error={errorOf('place')}
            maxLength={LIMITS.placeMax}
          />
          {mode === 'create' ? (
            <SelectField
              id={controlId('status')}
              label={t('activities.form.status')}
              hint={t('activities.form.statusHint')}
              value={values.status}
              onChange={(v) => set('status')(isOneOf(CREATE_STATUSES, v) ? v : 'PLANNED')}
              options={CREATE_STATUSES.map((s) => ({ value: s, label: t(activityEnumKey('WorkStatus', s)) }))}
              placeholder={null}
              error={errorOf('status')}
            />
          ) : null}
        </div>
      </fieldset>

      <CheckboxGroup
        id={controlId('branches')}
        legend={t('activities.form.branches')}
        hint={t('activities.form.branchesHint')}
        options={SOCIAL_PROTECTION_BRANCHES.map((b) => ({ value: b, label: t(activityEnumKey('SocialProtectionBranch', b)) }))}
        values={values.branches}
        onChange={set('branches')}
        error={errorOf('branches')}
        required
      />
      <CheckboxGroup
        id={controlId('workerCategories')}
        legend={t('activities.form.workerCategories')}
        options={WORKER_CATEGORIES.map((c) => ({ value: c, label: t(activityEnumKey('WorkerCategory', c)) }))}
        values={values.workerCategories}
        onChange={set('workerCategories')}
        error={errorOf('workerCategories')}
      />
      <CheckboxGroup
        id={controlId('informalSectors')}
        legend={t('activities.form.informalSectors')}
        hint={t('activities.form.informalSectorsHint')}
        options={INFORMAL_SECTORS.map((s) => ({ value: s, label: t(activityEnumKey('InformalSector', s)) }))}
        values={values.informalSectors}
        onChange={set('informalSectors')}
        error={errorOf('informalSectors')}
      />

      <ParticipantsGridInput
        bands={bands}
        grid={values.participants}
        onChange={setCell}
        cellErrors={cellErrors}
        error={errorOf('participants')}
        locale={locale}
      />

      <GenderMarkerPanel
        value={values.genderMarker}
        onChange={(genderMarker, changed) => {
          setValues((v) => ({ ...v, genderMarker }));
          // A score or checklist change may resolve the refusal of either.
          clear(
            `genderMarker.${changed}`,
            ...(changed === 'score' || changed === 'criteria' ? (['genderMarker.score', 'genderMarker.criteria'] as const) : []),
          );
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

/** A copy of a record without some keys. */
function omit<T extends object>(record: T, keys: readonly string[]): T {
  const out = { ...record } as Record<string, unknown>;
  for (const key of keys) delete out[key];
  return out as T;
}
