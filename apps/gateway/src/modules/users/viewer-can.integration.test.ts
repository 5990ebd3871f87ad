import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';

// `viewerCan` lets the apps (and any client) offer only what the API accepts.
// These tests pin it to the domain's rules for each demo role, and check that
// what it promises the mutations indeed allow and what it denies they refuse.
const permissions = `{
  networks { viewerCan { createSynergy createUser grantRole readAuditLog } }
  synergies(first: 20) { edges { node { country viewerCan { update addMember endMembership createPartner } } } }
  partners(first: 100) { edges { node { id acronym version viewerCan { update } } } }
}`;

type Answer = {
  networks: { viewerCan: Record<string, boolean> }[];
  synergies: { edges: { node: { country: string; viewerCan: Record<string, boolean> } }[] };
  partners: { edges: { node: { id: string; acronym: string; version: number; viewerCan: { update: boolean } } }[] };
};

const all = (value: boolean) => ({ update: value, addMember: value, endMembership: value, createPartner: value });
const network = (value: boolean, readAuditLog = value) => ({ createSynergy: value, createUser: value, grantRole: value, readAuditLog });

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`viewerCan on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'viewer-can' });
    });
    afterAll(() => gateway?.close());

    async function ask(email: string) {
      const token = await gateway.signIn(email);
      const result = await gateway.graphql<Answer>(permissions, {}, token);
      expect(result.body.errors).toBeUndefined();
      const data = result.body.data!;
      const synergy = (country: string) => data.synergies.edges.find((e) => e.node.country === country)?.node.viewerCan;
      const partner = (acronym: string) => data.partners.edges.find((e) => e.node.acronym === acronym)?.node;
      return { token, network: data.networks[0]!.viewerCan, synergy, partner };
    }

    it('should grant a network admin everything in the network', async () => {
      const admin = await ask('admin@example.org');
      expect(admin.network).toEqual(network(true));
      expect([admin.synergy('PH'), admin.synergy('NP')]).toEqual([all(true), all(true)]);
      expect(admin.partner('LFLU')?.viewerCan.update).toBe(true);
    });

    it('should answer viewerCan in the signIn payload as the user just signed in', async () => {
      const result = await gateway.graphql(
        'mutation { signIn(input: { email: "admin@example.org", password: "synergia-demo" }) { viewer { networks { viewerCan { createSynergy readAuditLog } } } } }',
      );
      expect(result.body.data?.signIn.viewer.networks).toEqual([{ viewerCan: { createSynergy: true, readAuditLog: true } }]);
    });

    it('should let a reviewer read the audit log and change nothing', async () => {
      const reviewer = await ask('reviewer@example.org');
      expect(reviewer.network).toEqual(network(false, true));
      expect(reviewer.synergy('PH')).toEqual(all(false));
      expect(reviewer.partner('AFIW')?.viewerCan.update).toBe(false);
    });

    it('should let a coordinator run their own synergy only', async () => {
      const coordinator = await ask('coordinator.ph@example.org');
      expect(coordinator.network).toEqual(network(false));
      expect(coordinator.synergy('PH')).toEqual(all(true));
      expect(coordinator.synergy('ID')).toBeUndefined(); // not even visible
      expect(coordinator.partner('LFLU')?.viewerCan.update).toBe(true);
    });

    it("should let a partner editor edit their partner and nothing else, as updatePartner then does", async () => {
      const editor = await ask('editor.ph@example.org');
      expect(editor.network).toEqual(network(false));
      expect(editor.synergy('PH')).toEqual(all(false));
      const own = editor.partner('AFIW')!;
      expect(own.viewerCan.update).toBe(true);
      const mutation = 'mutation U($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id } errors { __typename } } }';
      const updated = await gateway.graphql(mutation, { input: { id: own.id, version: own.version, contactName: 'Editor' } }, editor.token);
      expect(updated.body.data?.updatePartner.errors).toEqual([]);

      const admin = await ask('admin@example.org');
      const other = admin.partner('LFLU')!;
      expect(editor.partner('LFLU')?.viewerCan.update ?? false).toBe(false);
      const refused = await gateway.graphql(mutation, { input: { id: other.id, version: other.version, contactName: 'Editor' } }, editor.token);
      expect(refused.body.data?.updatePartner.errors.map((e: { __typename: string }) => e.__typename)).toEqual([expect.stringMatching(/ForbiddenError|NotFoundError/)]);
    });

    it('should let a network viewer do nothing but read', async () => {
      const viewer = await ask('viewer@example.org');
      expect(viewer.network).toEqual(network(false));
      expect(viewer.synergy('KH')).toEqual(all(false));
      expect(viewer.partner('AFIW')?.viewerCan.update).toBe(false);
    });
  });
}
