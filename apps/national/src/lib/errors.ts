import { isBadUserInput, type UserErrorLike } from '@synergia/ui';

/** Whether the API refused an id argument as malformed: for the user that is simply "not found". */
export const isInvalidId = isBadUserInput;

/** Whether a payload says the `version` sent is stale (someone else saved first). */
export function isStaleVersion(errors: readonly UserErrorLike[]): boolean {
  return errors.some((e) => e.__typename === 'ConflictError' && e.path?.[e.path.length - 1] === 'version');
}

/**
 * Why a request brought no payload, as an error to show: the network when it
 * failed, else the server's message, else a generic one.
 */
export function requestFailure(t: (key: string) => string, error: { networkError?: unknown; message: string } | undefined): UserErrorLike[] {
  return [{ message: error?.networkError ? t('errors.network') : (error?.message ?? t('errors.generic')) }];
}
