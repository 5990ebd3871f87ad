import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GenderMarkerPanel, ParticipantsGridInput, type AgeBandLike, type GridCellKey, type UserErrorLike } from '@synergia/ui';
import type { GenderMarkerFormValues } from '../../lib/record-form.rules.ts';
import { useLocale } from '../../lib/useLocale.ts';
import { FormActions } from '../FormActions.tsx';
import { FormErrorSummary } from '../FormErrorSummary.tsx';
import type { GenderMarkerChange, RecordFormValues } from './useRecordForm.ts';

/** The fields every record form shows in this frame. */
type FrameField = 'participants' | 'genderMarker.score' | 'genderMarker.criteria' | 'genderMarker.principalObjective' | 'genderMarker.justification';

/** What the frame needs of the form's state (useRecordForm). */
type RecordFormFrameState = {
  formId: string;
  values: RecordFormValues;
  general: UserErrorLike[];
  fieldsInvalid: boolean;
  cellErrors: Record<GridCellKey, string>;
  errorOf: (field: FrameField) => string | undefined;
  setCell: (key: GridCellKey, value: number | null) => void;
  setGenderMarker: (genderMarker: GenderMarkerFormValues, changed: GenderMarkerChange) => void;
};

export type RecordFormProps = {
  form: RecordFormFrameState;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void | Promise<void>;
  /** The network's age bands (the participants grid's columns). */
  bands: readonly AgeBandLike[];
  submitLabel: string;
  cancelTo: string;
  busy: boolean;
  /** Replaces the generic alert for errors not tied to a field (a stale version with a Reload button). */
  renderGeneralErrors?: ((errors: UserErrorLike[]) => ReactNode) | undefined;
  /** The record's own fields. */
  children: ReactNode;
};

/**
 * The frame of a record form (an activity, a joint action): the required note
 * and the error summary above the record's own fields, then the participants
 * grid and the gender marker every record reports, and the form's actions.
 */
export function RecordForm({ form, onSubmit, bands, submitLabel, cancelTo, busy, renderGeneralErrors, children }: RecordFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { errorOf, values } = form;
  const requiredNoteId = `${form.formId}-required`;
  return (
    <form id={form.formId} className="form card" onSubmit={onSubmit} noValidate aria-describedby={requiredNoteId}>
      <p id={requiredNoteId} className="muted">
        {t('activities.form.requiredNote')}
      </p>
      <FormErrorSummary general={form.general} renderGeneral={renderGeneralErrors} fieldsInvalid={form.fieldsInvalid} fixFields={t('activities.form.fixFields')} />

      {children}

      <ParticipantsGridInput bands={bands} grid={values.participants} onChange={form.setCell} cellErrors={form.cellErrors} error={errorOf('participants')} locale={locale} />

      <GenderMarkerPanel
        value={values.genderMarker}
        onChange={form.setGenderMarker}
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
