import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusFirstInvalid, type GridCellKey, type UserErrorLike } from '@synergia/ui';
import {
  hasProblems,
  mapFormErrors,
  type FormProblems,
  type GenderMarkerFormValues,
  type RecordFormValues,
  type SentCells,
  type ServerErrors,
} from '../../lib/record-form.rules.ts';

export type { RecordFormValues } from '../../lib/record-form.rules.ts';

/** What a record form's submit resolves with: the API's user errors (empty on success) and the grid keys of the cells sent. */
export type RecordFormSent = { errors: readonly UserErrorLike[]; sentCells: SentCells };

export type GenderMarkerChange = 'score' | 'criteria' | 'principalObjective' | 'justification';

const NO_SERVER_ERRORS: ServerErrors = { fields: {}, cells: {}, general: [] };
const NO_PROBLEMS: FormProblems = { fields: {}, cells: {} };

/**
 * The state of a record form (an activity, a joint action): its values, the
 * problems found before sending and the API's refusals, each message dropped
 * when the user changes what it is about, and the submit that checks, sends
 * and focuses the first field marked. `record` names the form (`activity-form`)
 * and its controls (`activity-title`, `joint-action-partners-1-role`).
 */
export function useRecordForm<V extends RecordFormValues, F extends string = string>(record: string, initial: V) {
  const { t } = useTranslation();
  const formId = `${record}-form`;
  const [values, setValues] = useState<V>(initial);
  const [problems, setProblems] = useState<FormProblems<F>>(NO_PROBLEMS);
  const [server, setServer] = useState<ServerErrors<F>>(NO_SERVER_ERRORS);
  const focusFirstInvalid = useFocusFirstInvalid(formId);

  const errorOf = (field: F): string | undefined => {
    const problem = problems.fields[field];
    if (problem) return t(problem.key, problem.values);
    return server.fields[field];
  };
  const cellErrors: Record<GridCellKey, string> = { ...server.cells };
  for (const [key, problem] of Object.entries(problems.cells)) cellErrors[key] = t(problem.key, problem.values);

  /** Drops the messages of the fields a change touches; the others stay until the next submit. */
  function clear(...fields: F[]) {
    setProblems((p) => (fields.some((f) => p.fields[f]) ? { ...p, fields: omit(p.fields, fields) } : p));
    setServer((s) => (fields.some((f) => s.fields[f]) ? { ...s, fields: omit(s.fields, fields) } : s));
  }

  /** The change handler of one value, which clears the messages of its field. */
  function set<K extends keyof V & string>(key: K, field: F = key as unknown as F) {
    return (value: V[K]) => {
      setValues((v) => ({ ...v, [key]: value }));
      clear(field);
    };
  }

  /** The id of a field's control. */
  const controlId = (field: F) => `${record}-${field.replace(/\./g, '-')}`;

  /** A field control's id, value, change handler and message. */
  const bind = <K extends keyof V & F>(key: K) => ({ id: controlId(key), value: values[key], onChange: set(key), error: errorOf(key) });
  /** The same for a checkbox group, whose value is the list of values ticked. */
  const bindChecks = <K extends keyof V & F>(key: K) => ({ id: controlId(key), values: values[key], onChange: set(key), error: errorOf(key) });

  function setCell(key: GridCellKey, value: number | null) {
    setValues((v) => ({ ...v, participants: { ...v.participants, [key]: value } }));
    const participants = 'participants' as F;
    setProblems((p) => (p.cells[key] || p.fields[participants] ? { fields: omit(p.fields, [participants]), cells: omit(p.cells, [key]) } : p));
    setServer((s) => (s.cells[key] || s.fields[participants] ? { ...s, fields: omit(s.fields, [participants]), cells: omit(s.cells, [key]) } : s));
  }

  function setGenderMarker(genderMarker: GenderMarkerFormValues, changed: GenderMarkerChange) {
    setValues((v) => ({ ...v, genderMarker }));
    // A score or checklist change may resolve the refusal of either.
    const related = changed === 'score' || changed === 'criteria' ? ['genderMarker.score', 'genderMarker.criteria'] : [];
    clear(...([`genderMarker.${changed}`, ...related] as F[]));
  }

  /** The form's submit: the checks first; when they pass, the values sent and the API's refusals mapped onto the fields `known` lists. */
  function onSubmit(check: (values: V) => FormProblems<F>, send: (values: V) => Promise<RecordFormSent>, known: (values: V) => readonly F[]) {
    return async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const found = check(values);
      setProblems(found);
      if (hasProblems(found)) {
        setServer(NO_SERVER_ERRORS);
        focusFirstInvalid();
        return;
      }
      const { errors, sentCells } = await send(values);
      const mapped = errors.length > 0 ? mapFormErrors(errors, sentCells, known(values)) : NO_SERVER_ERRORS;
      setServer(mapped);
      if (Object.keys(mapped.fields).length > 0 || Object.keys(mapped.cells).length > 0) focusFirstInvalid();
    };
  }

  const fieldsInvalid = hasProblems(problems) || Object.keys(server.fields).length > 0 || Object.keys(server.cells).length > 0;

  return {
    formId,
    values,
    setValues,
    errorOf,
    cellErrors,
    general: server.general,
    fieldsInvalid,
    clear,
    /** Forgets the API's refusals, when the rows they name change places. */
    clearServerErrors: () => setServer(NO_SERVER_ERRORS),
    set,
    controlId,
    bind,
    bindChecks,
    setCell,
    setGenderMarker,
    onSubmit,
  };
}

/** A copy of a record without some keys. */
function omit<T extends object>(record: T, keys: readonly string[]): T {
  const out = { ...record } as Record<string, unknown>;
  for (const key of keys) delete out[key];
  return out as T;
}
