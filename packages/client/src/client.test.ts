import { describe, expect, it } from 'vitest';
import { PartnersDocument, SynergiaApiError, ViewerDocument, createClient } from './index.ts';

type Call = { url: string; init: RequestInit };

/** A fetch that records its calls and answers the given bodies in turn. */
function fakeFetch(...answers: { status?: number; body: unknown; headers?: Record<string, string> }[]) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift()!;
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status ?? 200, headers: answer.headers ?? {} });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const page = (ids: string[], endCursor: string | null, hasNextPage: boolean) => ({
  data: {
    partners: {
      totalCount: 3,
      pageInfo: { hasNextPage, endCursor },
      edges: ids.map((id) => ({ node: { id, name: id, acronym: null, type: 'NGO', country: 'PH', version: 1 } })),
    },
  },
});

describe('createClient', () => {
  it('should post the printed document, its operation name and the bearer token', async () => {
    const { fetch, calls } = fakeFetch({ body: { data: { viewer: null } } });
    const client = createClient({ url: 'https://api.example.org/graphql', token: 'syn_abc', fetch });

    const data = await client.request(ViewerDocument);

    expect(data).toEqual({ viewer: null });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer syn_abc');
    expect(headers['content-type']).toBe('application/json');
    const body = JSON.parse(String(calls[0]!.init.body));
    expect(body.operationName).toBe('Viewer');
    expect(body.query).toContain('query Viewer');
  });

  it('should throw a SynergiaApiError with the status and Retry-After when the answer is not GraphQL', async () => {
    const { fetch } = fakeFetch({ status: 503, body: '<html>busy</html>', headers: { 'retry-after': '7' } });

    const refused = createClient({ url: 'https://api.example.org/graphql', fetch }).request(ViewerDocument);

    await expect(refused).rejects.toBeInstanceOf(SynergiaApiError);
    await expect(refused).rejects.toMatchObject({ status: 503, retryAfter: 7, code: undefined });
  });

  it('should follow endCursor until hasNextPage is false when walking pages', async () => {
    const { fetch, calls } = fakeFetch({ body: page(['a', 'b'], 'c2', true) }, { body: page(['c'], 'c3', false) });
    const client = createClient({ url: 'https://api.example.org/graphql', fetch });

    const ids: string[] = [];
    for await (const connection of client.pages(PartnersDocument, { first: 2 }, (data) => data.partners)) {
      ids.push(...connection.edges.map((edge) => edge.node.id));
    }

    expect(ids).toEqual(['a', 'b', 'c']);
    expect(calls.map((call) => JSON.parse(String(call.init.body)).variables)).toEqual([{ first: 2 }, { first: 2, after: 'c2' }]);
  });

  it('should stop with an error when the cursor does not advance', async () => {
    const { fetch } = fakeFetch({ body: page(['a'], 'same', true) }, { body: page(['a'], 'same', true) });
    const client = createClient({ url: 'https://api.example.org/graphql', fetch });

    const walk = async () => {
      for await (const _ of client.pages(PartnersDocument, { first: 1 }, (data) => data.partners));
    };

    await expect(walk()).rejects.toThrow('did not advance');
  });
});
