import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';
import { SynergiaApiError, toErrorDetails } from './api-error.ts';
import { SignInDocument } from './generated/graphql.ts';

export type ClientOptions = {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** A session token (from `signIn`) or a personal API token (`syn_…`), sent as `Authorization: Bearer`. */
  token?: string | null;
  /** A `fetch` to use instead of the global one (tests, proxies, retries). */
  fetch?: typeof fetch;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
};

/** Variables may be left out when the operation has no required ones. */
export type VariablesArgs<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** What `pages()` needs of a connection. */
export type Connection = { pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

export type SynergiaClient = {
  readonly url: string;
  readonly token: string | null;
  /**
   * Runs one operation and answers its typed `data`. Throws a
   * `SynergiaApiError` on top-level GraphQL errors; mutation payload
   * `errors` come back in the data.
   */
  request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...[variables]: VariablesArgs<TVariables>): Promise<TResult>;
  /** An untyped operation, for a query written on the spot. */
  request<TResult = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<TResult>;
  /** The same client with another token (or none). */
  withToken(token: string | null): SynergiaClient;
  /**
   * Walks a connection page by page: runs the operation, yields the
   * connection `getConnection` picks from its data, and asks again with
   * `after: pageInfo.endCursor` while `hasNextPage`.
   */
  pages<TResult, TVariables extends { after?: string | null }, TConnection extends Connection>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    getConnection: (data: TResult) => TConnection | null | undefined,
  ): AsyncGenerator<TConnection, void, undefined>;
};

const printed = new WeakMap<DocumentNode, string>();

function source(document: DocumentNode | string): string {
  if (typeof document === 'string') return document;
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function operationName(document: DocumentNode | string): string | undefined {
  if (typeof document === 'string') return undefined;
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.name?.value;
}

function retryAfter(headers: Headers): number | undefined {
  const value = Number(headers.get('retry-after'));
  return headers.has('retry-after') && Number.isFinite(value) ? value : undefined;
}

/** The JSON body of a GraphQL answer; null for anything else (a proxy's HTML page). */
function parseBody(text: string): { data?: unknown; errors?: unknown } | null {
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' ? body : null;
  } catch {
    return null;
  }
}

/** A client for the Synergia GraphQL API; only needs `fetch` (Node 20, browsers). */
export function createClient(options: ClientOptions): SynergiaClient {
  const { url, token = null, headers = {} } = options;
  // Bound so a browser's fetch is not called on the wrong `this`.
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function request(document: DocumentNode | string, variables?: Record<string, unknown>): Promise<unknown> {
    const response = await doFetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: source(document), operationName: operationName(document), variables: variables ?? {} }),
    });
    const text = await response.text();
    const body = parseBody(text);
    const errors = toErrorDetails(body?.errors);
    if (errors.length > 0) throw new SynergiaApiError(errors, { status: response.status, data: body?.data, retryAfter: retryAfter(response.headers) });
    if (!response.ok || !body || body.data == null) {
      const message = `HTTP ${response.status}: ${text.slice(0, 200) || response.statusText}`;
      throw new SynergiaApiError([{ message }], { status: response.status, retryAfter: retryAfter(response.headers) });
    }
    return body.data;
  }

  const client: SynergiaClient = {
    url,
    token,
    request: request as SynergiaClient['request'],
    withToken: (next) => createClient({ ...options, token: next }),
    async *pages(document, variables, getConnection) {
      let current = variables;
      for (;;) {
        const data = await client.request(document, ...([current] as VariablesArgs<typeof current>));
        const connection = getConnection(data);
        if (!connection) return;
        yield connection;
        const { hasNextPage, endCursor } = connection.pageInfo;
        if (!hasNextPage || !endCursor) return;
        // A cursor that does not move would loop forever.
        if (endCursor === current.after) throw new Error(`pages(): the cursor did not advance (${endCursor})`);
        current = { ...current, after: endCursor };
      }
    },
  };
  return client;
}

/**
 * Signs in with an e-mail and password and answers a client that sends the
 * session token. A refused sign-in throws a `SynergiaApiError` with the code
 * `UNAUTHENTICATED` and the API's messages.
 */
export async function signInWithPassword(
  url: string,
  email: string,
  password: string,
  options: Omit<ClientOptions, 'url' | 'token'> = {},
): Promise<SynergiaClient> {
  const anonymous = createClient({ ...options, url });
  const { signIn } = await anonymous.request(SignInDocument, { input: { email, password } });
  if (!signIn.token) {
    const errors = signIn.errors.length > 0 ? signIn.errors : [{ message: 'sign-in refused' }];
    throw new SynergiaApiError(
      errors.map((error) => ({ message: error.message, code: 'UNAUTHENTICATED' })),
      { status: 200 },
    );
  }
  return anonymous.withToken(signIn.token);
}
