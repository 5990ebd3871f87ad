import { isBadUserInput, type UserErrorLike } from '@synergia/ui';

/** Whether the API refused an id argument as malformed: for the user that is simply "not found". */
export const isInvalidId = isBadUserInput;

/** Whether a payload says the `version` sent is stale (someone else saved first). */
export function isStaleVersion(errors: readonly UserErrorLike[]): boolean {
  return errors.some((e) => e.__typename === 'ConflictError' && e.path?.[e.path.length - 1] === 'version');
}
