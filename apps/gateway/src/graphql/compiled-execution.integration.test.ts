import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../testing/index.ts';

// Operations run compiled (graphql-jit) rather than by graphql-js's interpreter: what a client relies on of
// GraphQL execution must hold the same. Execution does not depend on the database: SQLite only.
describe('compiled execution of operations', () => {
  let gateway: TestGateway;
  let token: string;
  beforeAll(async () => {
    gateway = await startTestGateway({ dialect: 'sqlite', label: 'compiled_execution' });
    token = await gateway.signIn('admin@example.org');
  });
  afterAll(() => gateway?.close());

  const partnersQuery = `query Partners($first: Int, $withNetwork: Boolean!, $skipName: Boolean! = false) {
    partners(first: $first) {
      totalCount
      edges { node { id label: name name @skip(if: $skipName) network @include(if: $withNetwork) { name } ...Counted } }
    }
  }
  fragment Counted on Partner { members { total } }`;

  type Partners = { partners: { totalCount: number; edges: { node: Record<string, unknown> }[] } };
  /** A named operation of a document holding several. */
  const named = async <T>(query: string, operationName: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, operationName, variables }),
    });
    return (await response.json()) as { data?: T; errors?: unknown[] };
  };

  it('should answer with variables, aliases, fragments and @include/@skip as the query asks', async () => {
    const withNetwork = await gateway.graphql<Partners>(partnersQuery, { first: 3, withNetwork: true }, token);
    expect(withNetwork.body.errors, JSON.stringify(withNetwork.body.errors)).toBeUndefined();
    const nodes = withNetwork.body.data!.partners.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      expect(Object.keys(node)).toEqual(['id', 'label', 'name', 'network', 'members']);
      expect(node['label']).toBe(node['name']);
      expect(node['network']).toEqual({ name: 'Asia Network on the Right to Social Protection' });
    }
    const without = await gateway.graphql<Partners>(partnersQuery, { first: 3, withNetwork: false, skipName: true }, token);
    expect(without.body.data!.partners.edges.map((edge) => Object.keys(edge.node))).toEqual(nodes.map(() => ['id', 'label', 'members']));
    expect(without.body.data!.partners.edges.map((edge) => edge.node['id'])).toEqual(nodes.map((node) => node['id']));
  });

  it('should refuse a variable of the wrong type with HTTP 400 and the message naming it, running nothing', async () => {
    const result = await gateway.graphql(partnersQuery, { first: 'many', withNetwork: true }, token);
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors).toEqual([
      expect.objectContaining({ message: 'Variable "$first" got invalid value "many"; Int cannot represent non-integer value: "many"', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
  });

  it('should refuse a missing required variable with HTTP 400, naming it', async () => {
    const result = await gateway.graphql(partnersQuery, { first: 2 }, token);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toBe('Variable "$withNetwork" of required type "Boolean!" was not provided.');
  });

  it('should run the operation a document names, and the same document again with other variables', async () => {
    const document = `query Count { partners { totalCount } } query First($first: Int) { partners(first: $first) { edges { node { id } } } }`;
    const count = await named<{ partners: { totalCount: number } }>(document, 'Count');
    expect(count.data).toEqual({ partners: { totalCount: expect.any(Number) } });
    const one = await named<Partners>(document, 'First', { first: 1 });
    const two = await named<Partners>(document, 'First', { first: 2 });
    expect(one.data!.partners.edges).toHaveLength(1);
    expect(two.data!.partners.edges).toHaveLength(2);
    expect(two.data!.partners.edges[0]).toEqual(one.data!.partners.edges[0]);
  });

  it('should resolve union members by their type and answer introspection', async () => {
    const viewer = await gateway.graphql<{ viewer: { roleGrants: { scope: { __typename: string; name: string } }[] } }>(
      '{ viewer { roleGrants { scope { __typename ... on Network { name } ... on Synergy { name } ... on Partner { name } } } } }',
      {},
      token,
    );
    expect(viewer.body.data!.viewer.roleGrants).toEqual([{ scope: { __typename: 'Network', name: 'Asia Network on the Right to Social Protection' } }]);
    const schema = await gateway.graphql<{ __schema: { queryType: { name: string } }; __type: { fields: { name: string }[] } }>('{ __schema { queryType { name } } __type(name: "Partner") { fields { name } } }');
    expect(schema.body.data!.__schema.queryType.name).toBe('Query');
    expect(schema.body.data!.__type.fields.map((field) => field.name)).toEqual(expect.arrayContaining(['id', 'name', 'memberships', 'viewerCan']));
  });

  it('should answer a field whose resolver refuses with its error at its path and the rest of the data', async () => {
    // Signed out: the viewer is null (no error) and partners is refused; an error on a nullable root field leaves the others.
    const result = await gateway.graphql<{ viewer: null }>('{ viewer { user { email } } partners { totalCount } }');
    expect(result.body.errors).toEqual([expect.objectContaining({ path: ['partners'], extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
  });
});
