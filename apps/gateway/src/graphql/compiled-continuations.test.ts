import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledExecution } from './compiled-execution.ts';

// A field without a resolver is read by compiled code inside graphql-jit's continuation of a promise, where a throw
// used to leave the request unanswered (compiled-continuations.ts). A tiny schema through the real executor and Apollo
// Server: the failing reads are the ones the gateway's entities can make (a property a query did not load, a
// collection that was not initialised).
describe('compiled operations whose field reads throw', () => {
  const notLoaded = () => {
    throw new Error('Thing.name was not loaded: the query selected only some columns');
  };
  const partial = { get name(): string { return notLoaded(); }, other: 'kept' };
  const whole = { name: 'whole', other: 'kept' };
  const uninitialised = { [Symbol.iterator]: () => { throw new Error('Collection<Thing> of entity Box not initialized'); } };

  const schema = buildSchema(`
    type Query { things(partial: Boolean!): [Thing!]! thing: Thing boxes: [Box!]! now: Thing }
    type Thing { name: String! other: String }
    type Box { items: [Thing!]! }
  `);
  const fields = schema.getQueryType()!.getFields();
  fields['things']!.resolve = async (_, args: { partial: boolean }) => (args.partial ? [whole, partial] : [whole, whole]);
  fields['thing']!.resolve = () => Promise.resolve(partial);
  fields['boxes']!.resolve = async () => [{ items: uninitialised }];
  fields['now']!.resolve = () => partial;

  let server: ApolloServer;
  beforeAll(async () => {
    server = new ApolloServer({ gateway: compiledExecution(schema), includeStacktraceInErrorResponses: false });
    await server.start();
  });
  afterAll(() => server?.stop());

  const run = async (query: string) => {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };

  it("should answer a list item's non-null field that throws with the getter's error at its path, nulling up to the root", async () => {
    const result = await run('{ things(partial: true) { other name } }');
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ message: 'Thing.name was not loaded: the query selected only some columns', path: ['things', 1, 'name'] })]);
  });

  it('should answer, with no data, when a field read after a resolver’s promise throws or iterating a list throws', async () => {
    // These used to leave the request unanswered (an unhandled rejection).
    expect((await run('{ thing { other name } }')).errors?.[0]?.message).toBe('Thing.name was not loaded: the query selected only some columns');
    const boxes = await run('{ boxes { items { name } } }');
    expect(boxes.data).toBeNull();
    expect(boxes.errors?.[0]?.message).toBe('Collection<Thing> of entity Box not initialized');
  });

  it('should fail a read that throws without a promise as an error too', async () => {
    const result = await run('{ now { name } }');
    expect(result.data).toEqual({ now: null });
    expect(result.errors).toEqual([expect.objectContaining({ message: 'Thing.name was not loaded: the query selected only some columns', path: ['now', 'name'] })]);
  });

  it('should keep answering whole data, and give a resolver’s plain error its path, location and code', async () => {
    await run('{ things(partial: true) { name } }');
    expect(await run('{ things(partial: false) { name other } }')).toEqual({ data: { things: [whole, whole] } });
    fields['thing']!.resolve = () => Promise.reject(new Error('refused'));
    const refused = await run('{ thing { other } things(partial: false) { other } }');
    expect(refused.data).toEqual({ thing: null, things: [{ other: 'kept' }, { other: 'kept' }] });
    expect(refused.errors).toEqual([
      { message: 'refused', path: ['thing'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });
});
