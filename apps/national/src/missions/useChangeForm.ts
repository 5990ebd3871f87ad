import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, useFocusFirstInvalid, type UserErrorLike } from '@synergia/ui';
import type { Problems } from './mission-forms.rules.ts';

/** What a change resolves with: the API's errors, empty on success. */
export type ChangeErrors = readonly UserErrorLike[];

/**
 * A small capacity-building form's state: its values, a message per field
 * (its own checks first, then the API's errors at their fields), the errors
 * no field shows (a stale version, a refusal) and whether it is sending.
 * `formId` is the form element's id (focus goes to the first invalid field).
 */
export function useChangeForm<V extends Record<string, string>>(formId: string, initial: V, fields: readonly string[]) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<UserErrorLike[]>([]);
  const [busy, setBusy] = useState(false);
  // A LockedError is also said above the form: the whole record is locked, not just a field.
  const [locked, setLocked] = useState<string | null>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formId);

  const set = (key: keyof V & string) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _dropped, ...rest }) => rest);
  };

  /** Checks, sends, and puts the API's errors at their fields; resolves true on success. */
  async function submit(event: FormEvent<HTMLFormElement>, check: (values: V) => Problems, send: (values: V) => Promise<ChangeErrors>): Promise<boolean> {
    event.preventDefault();
    const problems = check(values);
    const found = Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, t(`national.missions.problems.${p.key}`, p.values)]));
    setErrors(found);
    setGeneral([]);
    setLocked(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return false;
    }
    setBusy(true);
    try {
      const result = await send(values);
      const mapped = fieldErrors(result, fields);
      setErrors(mapped.fields);
      setGeneral(mapped.general);
      setLocked(result.find((e) => e.__typename === 'LockedError')?.message ?? null);
      if (Object.keys(mapped.fields).length > 0) focusFirstInvalid();
      return result.length === 0;
    } finally {
      setBusy(false);
    }
  }

  /** A field control's id, value, change handler and message. */
  const field = <K extends keyof V & string>(key: K) => ({ id: `${formId}-${key}`, value: values[key], onChange: set(key), error: errors[key] });
  return { values, setValues, errors, general, setGeneral, locked, field, submit, busy };
}
