import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props every form field shares. */
export type FieldBaseProps = {
  /** The visible label, always bound to the control. */
  label: string;
  /** The message to show under the control; makes it `aria-invalid`. */
  error?: string | null | undefined;
  /** Help text under the label. */
  hint?: ReactNode;
  /** Marks the field required (native `required` and a visible marker). */
  required?: boolean;
  /** Extra class on the wrapper. */
  className?: string;
};

export type FieldIds = { inputId: string; hintId: string; errorId: string; describedBy: string | undefined };

/** Ids tying a control to its hint and error (`aria-describedby`). */
export function useFieldIds(id: string | undefined, hasHint: boolean, hasError: boolean): FieldIds {
  const generated = useId();
  const inputId = id ?? `f${generated.replace(/:/g, '')}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hasHint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { inputId, hintId, errorId, describedBy };
}

/** Label, hint and error around a control. */
export function Field({
  label,
  error,
  hint,
  required,
  className,
  ids,
  children,
}: FieldBaseProps & { ids: FieldIds; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={ids.inputId}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true" title={t('common.required')}>
            {' *'}
          </span>
        ) : null}
      </label>
      {hint ? (
        <div className="field__hint" id={ids.hintId}>
          {hint}
        </div>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
