import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { createSynergiaClient } from '../client/createSynergiaClient.ts';
import { getToken, onUnauthenticated, setToken } from '../client/token-store.ts';
import { applyUserLocale } from '../i18n/initI18n.ts';
import { SignInMutation, SignOutMutation, ViewerQuery, type UserErrorLike, type Viewer } from './auth.documents.ts';

/** What {@link useAuth} gives. */
export type AuthState = {
  /** The session token, null when signed out. */
  token: string | null;
  /** The signed-in user, null while loading or when signed out. */
  viewer: Viewer | null;
  /** True while the viewer of a stored token is being fetched. */
  loading: boolean;
  /** True when the viewer could not be fetched (network or server trouble). */
  failed: boolean;
  /** Signs in; resolves with the API's user errors (empty on success). */
  signIn(email: string, password: string): Promise<{ errors: UserErrorLike[] }>;
  /** Ends the session on the server and here, and resets the urql cache. */
  signOut(): Promise<void>;
  /** Fetches the viewer again (after a failure, or when roles changed). */
  refresh(): void;
};

const AuthContext = createContext<AuthState | null>(null);

/** Props of {@link AuthProvider}. */
export type AuthProviderProps = {
  children: ReactNode;
  /** The GraphQL endpoint; default `/graphql`. */
  url?: string;
  /** Builds the urql client; default {@link createSynergiaClient}. Called again on sign-in and sign-out. */
  createClient?: () => Client;
};

/**
 * Owns the session: the token in localStorage, the viewer, sign-in and
 * sign-out. It also provides the urql client to everything below it and
 * replaces it on sign-in and sign-out, so no cached data crosses sessions.
 */
export function AuthProvider({ children, url, createClient }: AuthProviderProps) {
  const makeClient = useCallback(
    () => (createClient ? createClient() : createSynergiaClient(url === undefined ? {} : { url })),
    [createClient, url],
  );
  const [client, setClient] = useState<Client>(makeClient);
  const [token, setTokenState] = useState<string | null>(getToken);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [loading, setLoading] = useState<boolean>(() => getToken() !== null);
  const [failed, setFailed] = useState(false);
  const [reloads, setReloads] = useState(0);
  // The viewer delivered by signIn, so we need not fetch it again at once.
  const freshViewer = useRef<Viewer | null>(null);

  const endLocalSession = useCallback(() => {
    setToken(null);
    setTokenState(null);
    setViewer(null);
    setLoading(false);
    setFailed(false);
    setClient(makeClient());
  }, [makeClient]);

  useEffect(() => onUnauthenticated(endLocalSession), [endLocalSession]);

  useEffect(() => {
    if (!token) return;
    if (freshViewer.current) {
      setViewer(freshViewer.current);
      freshViewer.current = null;
      setLoading(false);
      return;
    }
    let cancelled = false;
    setLoading(true);
    setFailed(false);
    client
      .query(ViewerQuery, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (cancelled) return;
        if (result.data?.viewer) {
          setViewer(result.data.viewer);
          applyUserLocale(result.data.viewer.user.locale);
        } else if (result.data && result.data.viewer === null) {
          // The token is no longer valid (expired or revoked).
          endLocalSession();
          return;
        } else {
          setFailed(true);
        }
        setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [client, token, reloads, endLocalSession]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await client.mutation(SignInMutation, { input: { email, password } }).toPromise();
      const payload = result.data?.signIn;
      if (!payload) {
        return { errors: [{ __typename: 'NetworkError', message: result.error?.message ?? 'Network error', path: null }] };
      }
      if (payload.errors.length > 0 || !payload.token) {
        return { errors: payload.errors };
      }
      setToken(payload.token);
      freshViewer.current = payload.viewer;
      if (payload.viewer) applyUserLocale(payload.viewer.user.locale);
      setViewer(payload.viewer);
      setTokenState(payload.token);
      setClient(makeClient());
      return { errors: [] };
    },
    [client, makeClient],
  );

  const signOut = useCallback(async () => {
    try {
      await client.mutation(SignOutMutation, {}).toPromise();
    } finally {
      endLocalSession();
    }
  }, [client, endLocalSession]);

  const refresh = useCallback(() => setReloads((n) => n + 1), []);

  const value = useMemo<AuthState>(
    () => ({ token, viewer, loading, failed, signIn, signOut, refresh }),
    [token, viewer, loading, failed, signIn, signOut, refresh],
  );

  return (
    <AuthContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </AuthContext.Provider>
  );
}

/** The session: token, viewer, loading, signIn, signOut. Must be used below {@link AuthProvider}. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}
