import './missions.css';
import { type AgeBandLike, CAPACITY_THEMES, capacityBuildingEnumKey, CheckboxGroup, DateField, FACILITATOR_KINDS, FACILITATOR_ORIGINS, FormAlert, GenderMarkerPanel, type GridCellKey, MISSION_FORMATS, ParticipantsGridInput, SelectField, type SelectOption, SubmitButton, TextAreaField, TextField, useFocusFirstInvalid, type UserErrorLike } from '@synergia/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CountrySelectField } from '../components/CountrySelectField.tsx';
import type { FacilitatorKind, FacilitatorOrigin } from '../gql/graphql.ts';
import { emptyFacilitator, mapMissionErrors, missionFormProblems, type FacilitatorRow, type MissionFormValues, type MissionServerErrors } from './mission-form.ts';

export const MISSION_FORM_ID = 'mission-form';

/** What the page does with the values: send them, and say what the API refused (or nothing on success). */
export type MissionFormSubmit = (values: MissionFormValues) => Promise<{ errors: readonly UserErrorLike[]; sentCells: readonly GridCellKey[] } | null>;

export type MissionFormProps = {
  initial: MissionFormValues;
  mode: 'create' | 'edit';
  /** The organiser choices (create); on edit the organiser is shown, not chosen. */
  organisers: readonly SelectOption[];
  organiserName?: string;
  synergies: readonly SelectOption[];
  partners: readonly SelectOption[];
  bands: readonly AgeBandLike[];
  locale: string;
  busy: boolean;
  cancelTo: string;
  submit: MissionFormSubmit;
  /** Offered beside a stale-version error (the edit form reloads the mission). */
  onReload?: () => void;
};

const NO_ERRORS: MissionServerErrors = { fields: {}, cells: {}, general: [] };

/**
 * The mission planner's form: organiser, format and themes, title and
 * objectives, planned and actual dates, place, target synergies and partners,
 * facilitators, budget, the participants grid and the gender marker. The
 * API's errors show beside the field their path names; a stale version or a
 * locked field is explained above the form.
 */
export function MissionForm({ initial, mode, organisers, organiserName, synergies, partners, bands, locale, busy, cancelTo, submit, onReload }: MissionFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<MissionFormValues>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [server, setServer] = useState<MissionServerErrors>(NO_ERRORS);
  const focusFirstInvalid = useFocusFirstInvalid(MISSION_FORM_ID);

  const set = <K extends keyof MissionFormValues>(key: K, value: MissionFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (field: string): string | undefined => {
    const problem = problems[field];
    return problem ? t(`continental.missions.form.problems.${problem}`) : server.fields[field];
  };
  const setFacilitator = (index: number, changes: Partial<FacilitatorRow>) =>
    set(
      'facilitators',
      values.facilitators.map((row, i) => (i === index ? { ...row, ...changes } : row)),
    );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = missionFormProblems(values);
    setProblems(found as Record<string, string>);
    setServer(NO_ERRORS);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    const refused = await submit(values);
    if (refused) {
      setServer(mapMissionErrors(refused.errors, refused.sentCells, values.facilitators.length));
      focusFirstInvalid();
    }
  }

  const stale = server.general.some((e) => e.__typename === 'ConflictError');
  const locked = server.general.some((e) => e.__typename === 'LockedError');
  const fieldsInvalid = Object.keys(problems).length > 0 || Object.keys(server.fields).length > 0 || Object.keys(server.cells).length > 0;
  const partnerOptions = partners.map((p) => ({ value: p.value, label: p.label }));

  return (
    <form id={MISSION_FORM_ID} className="form card" onSubmit={onSubmit} noValidate>
      <p className="muted">{t('continental.missions.form.requiredNote')}</p>
      {server.general.length > 0 ? (
        <FormAlert
          title={locked ? t('continental.missions.form.locked') : stale ? t('continental.missions.form.stale') : t('form.errorSummary')}
          errors={server.general}
          actions={
            stale && onReload ? (
              <button type="button" className="button" onClick={onReload}>
                {t('common.reload')}
              </button>
            ) : null
          }
        />
      ) : fieldsInvalid ? (
        <FormAlert title={t('continental.missions.form.fixFields')} />
      ) : null}

      <fieldset>
        <legend>{t('continental.missions.form.what')}</legend>
        {mode === 'create' ? (
          <SelectField
            id="mission-organiser"
            label={t('continental.missions.fields.organiser')}
            hint={t('continental.missions.form.organiserHint')}
            value={values.organiser}
            onChange={(organiser) => set('organiser', organiser)}
            options={organisers}
            placeholder={null}
            error={errorOf('organiser')}
            required
          />
        ) : (
          <p>
            <strong>{t('continental.missions.fields.organiser')}:</strong> {organiserName}
          </p>
        )}
        <SelectField
          id="mission-format"
          label={t('continental.missions.fields.format')}
          value={values.format}
          onChange={(format) => set('format', MISSION_FORMATS.find((f) => f === format) ?? '')}
          options={MISSION_FORMATS.map((f) => ({ value: f, label: t(capacityBuildingEnumKey('MissionFormat', f)) }))}
          error={errorOf('format')}
          required
        />
        <CheckboxGroup
          id="mission-themes"
          legend={t('continental.missions.fields.themes')}
          hint={t('continental.missions.form.themesHint')}
          options={CAPACITY_THEMES.map((theme) => ({ value: theme, label: t(capacityBuildingEnumKey('CapacityTheme', theme)) }))}
          values={values.themes}
          onChange={(themes) => set('themes', themes)}
          error={errorOf('themes')}
          required
        />
        <TextField id="mission-title" label={t('continental.missions.fields.title')} value={values.title} onChange={(title) => set('title', title)} error={errorOf('title')} required maxLength={200} autoComplete="off" />
        <TextAreaField
          id="mission-objectives"
          label={t('continental.missions.fields.objectives')}
          value={values.objectives}
          onChange={(objectives) => set('objectives', objectives)}
          error={errorOf('objectives')}
          maxLength={5000}
          rows={4}
        />
      </fieldset>

      <fieldset>
        <legend>{t('continental.missions.form.when')}</legend>
        <div className="form-grid">
          <DateField id="mission-plannedStartDate" label={t('continental.missions.fields.plannedStartDate')} value={values.plannedStartDate} onChange={(d) => set('plannedStartDate', d)} error={errorOf('plannedStartDate')} required />
          <DateField id="mission-plannedEndDate" label={t('continental.missions.fields.plannedEndDate')} value={values.plannedEndDate} onChange={(d) => set('plannedEndDate', d)} error={errorOf('plannedEndDate')} required />
        </div>
        {mode === 'edit' ? (
          <div className="form-grid">
            <DateField id="mission-actualStartDate" label={t('continental.missions.fields.actualStartDate')} value={values.actualStartDate} onChange={(d) => set('actualStartDate', d)} error={errorOf('actualStartDate')} />
            <DateField id="mission-actualEndDate" label={t('continental.missions.fields.actualEndDate')} value={values.actualEndDate} onChange={(d) => set('actualEndDate', d)} error={errorOf('actualEndDate')} />
          </div>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t('continental.missions.form.where')}</legend>
        <CountrySelectField id="mission-country" label={t('continental.missions.fields.country')} value={values.country} onChange={(country) => set('country', country)} error={errorOf('country')} />
        <TextField id="mission-city" label={t('continental.missions.fields.city')} value={values.city} onChange={(city) => set('city', city)} error={errorOf('city')} maxLength={120} />
        <div className={errorOf('online') ? 'field field--invalid' : 'field'}>
          <label className="checkbox">
            <input type="checkbox" id="mission-online" checked={values.online} onChange={(e) => set('online', e.target.checked)} aria-invalid={errorOf('online') ? true : undefined} />
            <span>{t('continental.missions.fields.online')}</span>
          </label>
          {errorOf('online') ? <p className="field__error">{errorOf('online')}</p> : null}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('continental.missions.form.forWhom')}</legend>
        <div className="mission-form__choices">
          <CheckboxGroup
            id="mission-targetSynergyIds"
            legend={t('continental.missions.fields.targetSynergies')}
            options={synergies.map((s) => ({ value: s.value, label: s.label }))}
            values={values.targetSynergyIds}
            onChange={(ids) => set('targetSynergyIds', ids)}
            error={errorOf('targetSynergyIds')}
            stacked
          />
        </div>
        <div className="mission-form__choices">
          <CheckboxGroup
            id="mission-targetPartnerIds"
            legend={t('continental.missions.fields.targetPartners')}
            options={partnerOptions}
            values={values.targetPartnerIds}
            onChange={(ids) => set('targetPartnerIds', ids)}
            error={errorOf('targetPartnerIds')}
            stacked
          />
        </div>
      </fieldset>

      <fieldset id="mission-facilitators">
        <legend>{t('continental.missions.fields.facilitators')}</legend>
        {errorOf('facilitators') ? <p className="field__error fieldset__error">{errorOf('facilitators')}</p> : null}
        {values.facilitators.length === 0 ? <p className="muted">{t('continental.missions.form.noFacilitators')}</p> : null}
        {values.facilitators.map((row, index) => {
          const n = index + 1;
          return (
            <fieldset key={row.key} className="mission-form__facilitator">
              <legend>{t('continental.missions.form.facilitatorN', { n })}</legend>
              <div className="form-grid">
                <TextField
                  id={`mission-facilitator-${index}-name`}
                  label={t('continental.missions.fields.facilitatorName')}
                  value={row.name}
                  onChange={(name) => setFacilitator(index, { name })}
                  error={errorOf(`facilitators.${index}.name`)}
                  required
                  maxLength={200}
                />
                <SelectField
                  id={`mission-facilitator-${index}-kind`}
                  label={t('continental.missions.fields.facilitatorKind')}
                  value={row.kind}
                  onChange={(kind) => setFacilitator(index, { kind: (FACILITATOR_KINDS.find((k) => k === kind) ?? 'PERSON') as FacilitatorKind })}
                  options={FACILITATOR_KINDS.map((k) => ({ value: k, label: t(capacityBuildingEnumKey('FacilitatorKind', k)) }))}
                  placeholder={null}
                  error={errorOf(`facilitators.${index}.kind`)}
                />
                <SelectField
                  id={`mission-facilitator-${index}-origin`}
                  label={t('continental.missions.fields.facilitatorOrigin')}
                  value={row.origin}
                  onChange={(origin) => setFacilitator(index, { origin: (FACILITATOR_ORIGINS.find((o) => o === origin) ?? 'EXTERNAL') as FacilitatorOrigin })}
                  options={FACILITATOR_ORIGINS.map((o) => ({ value: o, label: t(capacityBuildingEnumKey('FacilitatorOrigin', o)) }))}
                  placeholder={null}
                  error={errorOf(`facilitators.${index}.origin`)}
                />
                {row.origin === 'INTERNAL' ? (
                  <SelectField
                    id={`mission-facilitator-${index}-partner`}
                    label={t('continental.missions.fields.facilitatorPartner')}
                    value={row.partnerId}
                    onChange={(partnerId) => setFacilitator(index, { partnerId })}
                    options={partnerOptions}
                    placeholder={t('continental.missions.form.noPartner')}
                    error={errorOf(`facilitators.${index}.partnerId`)}
                  />
                ) : null}
              </div>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => set(
                  'facilitators',
                  values.facilitators.filter((_, i) => i !== index),
                )}
              >
                {t('continental.missions.form.removeFacilitator', { n })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="button" onClick={() => set('facilitators', [...values.facilitators, emptyFacilitator()])}>
          {t('continental.missions.form.addFacilitator')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('continental.missions.fields.budget')}</legend>
        <div className="form-grid">
          <TextField id="mission-budgetPlanned" label={t('continental.missions.fields.budgetPlanned')} value={values.budgetPlanned} onChange={(v) => set('budgetPlanned', v)} error={errorOf('budgetPlanned')} inputMode="decimal" />
          <TextField id="mission-budgetSpent" label={t('continental.missions.fields.budgetSpent')} value={values.budgetSpent} onChange={(v) => set('budgetSpent', v)} error={errorOf('budgetSpent')} inputMode="decimal" />
          <TextField
            id="mission-budgetCurrency"
            label={t('continental.missions.fields.budgetCurrency')}
            hint={t('continental.missions.form.currencyHint')}
            value={values.budgetCurrency}
            onChange={(v) => set('budgetCurrency', v.toUpperCase())}
            error={errorOf('budgetCurrency')}
            maxLength={3}
            autoComplete="off"
          />
        </div>
      </fieldset>

      <ParticipantsGridInput
        bands={bands}
        grid={values.participants}
        onChange={(key, count) => set('participants', { ...values.participants, [key]: count })}
        cellErrors={server.cells}
        error={errorOf('participants')}
        locale={locale}
      />

      <GenderMarkerPanel
        value={values.genderMarker}
        onChange={(genderMarker) => set('genderMarker', genderMarker)}
        errors={{
          score: errorOf('genderMarker.score'),
          criteria: Boolean(errorOf('genderMarker.criteria')),
          principalObjective: errorOf('genderMarker.principalObjective'),
          justification: errorOf('genderMarker.justification'),
        }}
      />

      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel={t('common.saving')}>
          {mode === 'create' ? t('continental.missions.form.create') : t('continental.missions.form.save')}
        </SubmitButton>
        <Link to={cancelTo} className="button button--quiet">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
