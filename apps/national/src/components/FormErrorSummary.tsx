import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, type UserErrorLike } from '@synergia/ui';

export type FormErrorSummaryProps = {
  /** Errors not tied to a field. */
  general: UserErrorLike[];
  /** The page's own rendering of them (e.g. the reload offer of an edit page). */
  renderGeneral?: ((errors: UserErrorLike[]) => ReactNode) | undefined;
  /** Whether fields are marked invalid. */
  fieldsInvalid: boolean;
  /** What to say when only fields are invalid ("Please correct the fields marked below."). */
  fixFields: string;
};

/** The top of a form after a failed submit: the errors not tied to a field, or else a pointer to the fields marked. */
export function FormErrorSummary({ general, renderGeneral, fieldsInvalid, fixFields }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  if (general.length > 0) return renderGeneral ? renderGeneral(general) : <FormAlert errors={general} title={t('form.errorSummary')} />;
  return fieldsInvalid ? <FormAlert title={fixFields} /> : null;
}
