import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SubmitButton } from '@synergia/ui';

export type FormActionsProps = {
  submitLabel: string;
  /** Where Cancel goes back to. */
  cancelTo: string;
  /** Disables the submit button and says "Saving…" while saving. */
  busy: boolean;
};

/** The end of a form: the submit button, and Cancel back to where the user came from. */
export function FormActions({ submitLabel, cancelTo, busy }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <SubmitButton busy={busy} busyLabel={t('common.saving')}>
        {submitLabel}
      </SubmitButton>
      <Link to={cancelTo} className="button">
        {t('common.cancel')}
      </Link>
    </div>
  );
}
