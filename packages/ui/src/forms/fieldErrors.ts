import type { UserErrorLike } from '../auth/auth.documents.ts';

/** A payload's errors split into per-field messages and the rest. */
export type FieldErrors = {
  /** Message per input field: keyed by `field` (e.g. "name") and, for nested inputs, by the dotted path after "input" (e.g. "members.women"). */
  fields: Record<string, string>;
  /** Errors no field of the form can show (Forbidden, NotFound, Conflict, or a field the form lacks): show them in a FormAlert. */
  general: UserErrorLike[];
};

const NESTED_ROOT = 'input';

function fieldKeys(error: UserErrorLike): string[] {
  const keys: string[] = [];
  const path = error.path ?? [];
  const rest = path[0] === NESTED_ROOT ? path.slice(1) : path;
  if (rest.length > 0) keys.push(rest.join('.'));
  if (error.field && !keys.includes(error.field)) keys.push(error.field);
  return keys;
}

/** "name: must not be empty" beside the name field reads "must not be empty"; the label already names it. */
function withoutFieldPrefix(message: string, keys: readonly string[]): string {
  for (const key of keys) {
    for (const prefix of [`${key}: `, `${key.split('.').pop()}: `]) {
      if (message.startsWith(prefix) && message.length > prefix.length) {
        const rest = message.slice(prefix.length);
        return rest.charAt(0).toUpperCase() + rest.slice(1);
      }
    }
  }
  return message;
}

/**
 * Maps a mutation payload's `errors` to messages per input field (ValidationError
 * with `field` or `path` like ["input","name"]) plus the errors with no field.
 * When `knownFields` is given, a validation error about a field the form does
 * not show goes to `general` so it is never lost, and any other error whose
 * path names a field the form shows (a duplicate name) goes beside that field.
 * The first message per field wins.
 */
export function fieldErrors(
  errors: readonly UserErrorLike[] | null | undefined,
  knownFields?: readonly string[],
): FieldErrors {
  const fields: Record<string, string> = {};
  const general: UserErrorLike[] = [];
  for (const error of errors ?? []) {
    const isValidation = error.__typename === undefined ? Boolean(error.field) : error.__typename === 'ValidationError';
    // Other errors (e.g. a ConflictError on a duplicate name) go beside a field only when the form says it shows that field.
    const keys = isValidation || knownFields ? fieldKeys(error) : [];
    const shown = knownFields ? keys.filter((k) => knownFields.includes(k)) : keys;
    if (shown.length === 0) {
      general.push(error);
      continue;
    }
    const message = withoutFieldPrefix(error.message, keys);
    for (const key of keys) {
      if (!(key in fields)) fields[key] = message;
    }
  }
  return { fields, general };
}

/** Whether a payload's errors include one of the given GraphQL type (e.g. "ConflictError"). */
export function hasErrorOfType(errors: readonly UserErrorLike[] | null | undefined, typename: string): boolean {
  return (errors ?? []).some((e) => e.__typename === typename);
}
