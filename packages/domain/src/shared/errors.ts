/** The kinds of user error every payload can carry; the gateway maps each to its GraphQL type. */
export type UserErrorKind = 'ValidationError' | 'ForbiddenError' | 'NotFoundError' | 'ConflictError' | 'LockedError';

/** A problem the user can fix. `path` is relative to the operation's input, e.g. ['name']. */
export type UserError = {
  kind: UserErrorKind;
  message: string;
  path: string[] | null;
};

export type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: UserError[]): Result<T> => ({ ok: false, errors });

export const validationError = (path: string[], message: string): UserError => ({ kind: 'ValidationError', path, message });
export const forbidden = (message = 'You are not allowed to do this.', path: string[] | null = null): UserError => ({
  kind: 'ForbiddenError',
  message,
  path,
});
export const notFound = (what: string, path: string[] | null = null): UserError => ({
  kind: 'NotFoundError',
  message: `${what} was not found.`,
  path,
});
/** The record is locked by an approved review: nothing changes until an admin reopens the review. */
export const locked = (message: string, path: string[] | null = null): UserError => ({ kind: 'LockedError', message, path });
export const conflict = (message: string, path: string[] | null = null): UserError => ({ kind: 'ConflictError', message, path });

/** The version check every update starts with: a stale version changes nothing. */
export function staleVersion(current: number, given: number, what: string): UserError | null {
  return current === given
    ? null
    : conflict(`${what} was changed by someone else (version ${current}, you sent ${given}). Reload it and apply your change again.`, ['version']);
}
