import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { toGlobalId, type NodeType } from '../../graphql/global-id.ts';

/** The types `nodes(ids:)` finds in one statement each (findVisibleByIds). */
const batchedTypes = ['Synergy', 'Partner', 'Activity', 'JointAction', 'CapacityBuildingMission', 'FollowUpAction', 'CapacityAssessment', 'CapacityBuildingReview'] as const;
const accounts = ['admin@example.org', 'coordinator.ph@example.org', 'coordinator.id@example.org', 'editor.ph@example.org', 'reviewer@example.org', 'viewer@example.org'];

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`nodes(ids:) on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    /** Up to 40 stored ids of each type, visible to some accounts and hidden from others. */
    const idsOf = new Map<string, string[]>();
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'nodes' });
      const em = gateway.db.orm.em.fork();
      for (const type of batchedTypes) {
        const rows = (await em.find(type, {}, { orderBy: { id: 'asc' }, limit: 40 })) as { id: string }[];
        idsOf.set(type, rows.map((row) => toGlobalId(type as NodeType, row.id)));
      }
    });
    afterAll(() => gateway?.close());

    it('should find by many ids exactly what each id finds alone, for every type and demo role', async () => {
      let visible = 0;
      let hidden = 0;
      for (const account of accounts) {
        const token = await gateway.signIn(account);
        for (const type of batchedTypes) {
          const ids = idsOf.get(type)!;
          expect(ids.length, `the demo has ${type}s`).toBeGreaterThan(0);
          const many = await gateway.graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids }, token);
          expect(many.body.errors, `${account} ${type}`).toBeUndefined();
          // One by one: `node(id:)` goes through the type's own finder and `can('read')` on its subject.
          const alone: unknown[] = [];
          for (let start = 0; start < ids.length; start += 20) {
            // Twenty aliases a request at most (the gateway's query limits).
            const chunk = ids.slice(start, start + 20);
            const result = await gateway.graphql(`{ ${chunk.map((id, index) => `n${index}: node(id: "${id}") { __typename id }`).join(' ')} }`, {}, token);
            expect(result.body.errors, `${account} ${type}`).toBeUndefined();
            alone.push(...chunk.map((_, index) => result.body.data?.[`n${index}`]));
          }
          expect(many.body.data?.nodes, `${account} ${type}`).toEqual(alone);
          const found = (many.body.data?.nodes as unknown[]).filter(Boolean).length;
          visible += found;
          hidden += ids.length - found;
        }
      }
      // The comparison means something only if some ids are hidden from some accounts and shown to others.
      expect(visible).toBeGreaterThan(100);
      expect(hidden).toBeGreaterThan(100);
    });

    it('should run as many SQL statements for twenty ids of a type as for two, in the order asked, mixed types too', async () => {
      const admin = await gateway.signIn('admin@example.org');
      const partners = idsOf.get('Partner')!;
      const activities = idsOf.get('Activity')!;
      const count = async (ids: string[]) => {
        gateway.resetQueryCount();
        const result = await gateway.graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }, admin);
        expect(result.body.errors).toBeUndefined();
        expect(result.body.data?.nodes.map((node: { id: string } | null) => node?.id)).toEqual(ids);
        return gateway.queryCount();
      };
      expect(partners.length).toBeGreaterThanOrEqual(20);
      const few = await count(partners.slice(0, 2));
      expect(few).toBe(1);
      expect(await count(partners.slice(0, 20))).toBe(few);
      const mixed = [activities[0]!, partners[3]!, activities[1]!, partners[0]!];
      expect(await count(mixed)).toBe(2);
    });

    it('should give null for an unknown id and name the argument of a malformed one', async () => {
      const admin = await gateway.signIn('admin@example.org');
      const partner = idsOf.get('Partner')![0]!;
      const unknown = toGlobalId('Partner', '00000000-0000-4000-8000-000000000000');
      const result = await gateway.graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [unknown, partner] }, admin);
      expect(result.body.data?.nodes).toEqual([null, { id: partner }]);
      const bad = await gateway.graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [partner, 'nonsense'] }, admin);
      expect(bad.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'ids[1]' } });
    });
  });
}
