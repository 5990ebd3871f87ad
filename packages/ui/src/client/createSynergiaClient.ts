import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';
import { persistedExchange } from '@urql/exchange-persisted';
import { getToken, notifyUnauthenticated } from './token-store.ts';
import { persistedDocumentId } from './persisted-documents.ts';

/** Options of {@link createSynergiaClient}. */
export type SynergiaClientOptions = {
  /** The GraphQL endpoint; default `/graphql` (same origin as the app). */
  url?: string;
};

/** Whether an urql error says the session token is missing, expired or revoked. */
export function isUnauthenticated(error: CombinedError | undefined | null): boolean {
  if (!error) return false;
  if (error.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) return true;
  const response = error.response as { status?: number } | undefined;
  return response?.status === 401;
}

/**
 * An urql client for the Synergia gateway: document cache (cache-and-network),
 * persisted operations (only ids are sent, see persisted-documents.ts) + fetch, the bearer
 * token read from localStorage on every request, and a session that ends
 * (token cleared, auth provider notified) when the API answers UNAUTHENTICATED.
 */
export function createSynergiaClient(opts: SynergiaClientOptions = {}): Client {
  return new Client({
    url: opts.url ?? '/graphql',
    preferGetMethod: false,
    // Show cached data at once, and refresh it: other people change the same records.
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const token = getToken();
      const headers: Record<string, string> = {};
      if (token) headers['authorization'] = `Bearer ${token}`;
      return { headers };
    },
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error) && getToken()) notifyUnauthenticated();
        },
      }),
      cacheExchange,
      // Queries and mutations go out as `extensions.persistedQuery.sha256Hash`
      // without text, and a PersistedQueryNotFound is an error, never a retry
      // with the text: a gateway accepting only persisted operations would
      // refuse it anyway, and a miss means the app and gateway are out of step.
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        // POST as before: GET would need a CSRF preflight header for Apollo.
        preferGetForPersistedQueries: false,
        generateHash: (_text, document) => persistedDocumentId(document),
      }),
      fetchExchange,
    ],
  });
}
