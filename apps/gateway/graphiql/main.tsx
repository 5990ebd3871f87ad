import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { defaultQuery } from './default-query.ts';

// The web apps keep their session token here (see @synergia/ui's client).
const TOKEN_KEY = 'synergia.token';

function readToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null; // storage disabled: run anonymously
  }
}

// Read the token on every request, so signing in or out in another tab applies
// at once; a header typed into the Headers tab wins over the stored session.
const fetchWithSession: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  const token = readToken();
  if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

const fetcher = createGraphiQLFetcher({
  url: new URL('/graphql', window.location.origin).toString(),
  fetch: fetchWithSession,
  enableIncrementalDelivery: false,
});

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} isHeadersEditorEnabled shouldPersistHeaders={false}>
      <GraphiQL.Logo>Synergia API</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
