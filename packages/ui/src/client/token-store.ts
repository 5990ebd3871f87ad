// The session token lives in localStorage so a session survives reloads.
// Every request reads it afresh, and the auth provider listens for the moment
// the API says it is no longer valid.

/** localStorage key holding the bearer token. */
export const TOKEN_STORAGE_KEY = 'synergia.token';

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be disabled (privacy modes); the app then works per page load.
    return null;
  }
}

/** The stored session token, or null. */
export function getToken(): string | null {
  return storage()?.getItem(TOKEN_STORAGE_KEY) ?? null;
}

/** Stores the session token (or removes it when given null). */
export function setToken(token: string | null): void {
  const s = storage();
  if (!s) return;
  if (token) s.setItem(TOKEN_STORAGE_KEY, token);
  else s.removeItem(TOKEN_STORAGE_KEY);
}

/** Removes the stored token and tells every listener the session is gone. */
export function notifyUnauthenticated(): void {
  setToken(null);
  for (const listener of unauthenticatedListeners) listener();
}

/** Calls `listener` whenever the API rejects the session; returns an unsubscribe function. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => {
    unauthenticatedListeners.delete(listener);
  };
}
