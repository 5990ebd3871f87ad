import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActivity, buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '@synergia/domain/testing';
import { hashPassword } from '@synergia/domain';
import type { EntityManager } from '@mikro-orm/knex';
import { ref } from '@mikro-orm/core';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../testing/index.ts';

// The shape a continental overview asks for: synergies with their network,
// counts, and a page of partners each with their memberships.
const nestedQuery = `query Overview($first: Int!) {
  synergies(first: $first) {
    totalCount
    edges { node {
      name country network { name } partnerCount
      partners(first: 3) { totalCount edges { node { name members { total } memberships { role synergy { name } } } } }
      memberships { role partner { name } }
    } }
  }
}`;

/** A network with `synergyCount` synergies of four partners each, two activities per partner, and an admin. */
async function seedNetwork(gateway: TestGateway, synergyCount: number, email: string) {
  const em = gateway.db.orm.em.fork() as EntityManager;
  const network = buildNetwork(em);
  for (let index = 0; index < synergyCount; index += 1) {
    const synergy = buildSynergy(em, network, { name: `Synergy ${email} ${index}` });
    for (let member = 0; member < 4; member += 1) {
      const partner = buildPartner(em, network, { name: `Partner ${email} ${index}-${member}`, membersWomen: 10, membersMen: 5 });
      buildMembership(em, synergy, partner);
      buildActivity(em, partner, { synergy: ref(synergy) });
      buildActivity(em, partner, { synergy: ref(synergy), startDate: '2025-03-01', endDate: '2025-03-02', branches: ['OLD_AGE', 'FAMILY'] });
    }
  }
  const admin = buildUser(em, { email, passwordHash: await hashPassword('batching-password') });
  buildGrant(em, admin, 'NETWORK_ADMIN', 'NETWORK', network.id, network);
  await persistSeed(em);
}

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`SQL statements per request on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, demo: false, label: 'batching' });
      await seedNetwork(gateway, 5, 'five@batching.test');
      await seedNetwork(gateway, 50, 'fifty@batching.test');
    });
    afterAll(() => gateway?.close());

    const statementsFor = async (email: string) => {
      const token = await gateway.signIn(email, 'batching-password');
      gateway.resetQueryCount();
      const result = await gateway.graphql(nestedQuery, { first: 50 }, token);
      expect(result.body.errors).toBeUndefined();
      return { statements: gateway.queryCount(), synergies: result.body.data?.synergies.edges.length as number };
    };

    it('should run as many SQL statements for 50 synergies as for 5', async () => {
      const five = await statementsFor('five@batching.test');
      const fifty = await statementsFor('fifty@batching.test');
      expect([five.synergies, fifty.synergies]).toEqual([5, 50]);
      console.info(`SQL statements: ${five.statements} for 5 synergies, ${fifty.statements} for 50`);
      expect(fifty.statements).toBe(five.statements);
      // Guard the absolute number too, so an added per-level query is noticed (see the closing note of issue 3).
      // Authentication aside (the test gateway leaves it out: see the next test).
      expect(five.statements).toBe(10);
    });

    it('should authenticate a session or an API token in one SQL statement (none while it is kept, on PostgreSQL), with the grants the viewer holds', async () => {
      const session = await gateway.signIn('five@batching.test', 'batching-password');
      const created = await gateway.graphql<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(input: { name: "batching", access: READ_ONLY, expiresInDays: 1 }) { token } }',
        {},
        session,
      );
      const apiToken = created.body.data!.createApiToken.token;
      const viewer = '{ viewer { user { email } roleGrants { role } } }';
      // The token's first use records lastUsedAt (a write, at most once a minute): not what is counted here.
      await gateway.graphql(viewer, {}, apiToken);

      /** Other statements, authentication lookups. */
      const statementsWith = async (token: string) => {
        gateway.resetQueryCount();
        const result = await gateway.graphql('{ __typename }', {}, token);
        expect(result.body.errors).toBeUndefined();
        return [gateway.queryCount(), gateway.authenticationCount()];
      };
      const answers = await Promise.all([session, apiToken].map((token) => gateway.graphql(viewer, {}, token)));

      // A session never seen before: one lookup, nothing else.
      expect(await statementsWith(await gateway.signIn('five@batching.test', 'batching-password'))).toEqual([0, 1]);
      const [others, lookups] = await statementsWith(apiToken);
      expect(others).toBe(0);
      expect(lookups).toBeLessThanOrEqual(1);
      if (dialect === 'postgresql') {
        // Kept between requests while the authentication change feed listens (a notification may drop it once).
        const deadline = Date.now() + 2000;
        let kept = await statementsWith(session);
        while (kept[1] !== 0 && Date.now() < deadline) kept = await statementsWith(session);
        expect(kept).toEqual([0, 0]);
      }
      for (const answer of answers) {
        expect(answer.body.data).toEqual({ viewer: { user: { email: 'five@batching.test' }, roleGrants: [{ role: 'NETWORK_ADMIN' }] } });
      }
    });

    // The activity list page: activities with their partner (and its memberships), synergy, grid and permissions.
    const activityList = `query Activities($first: Int!) {
      activities(first: $first, filter: { from: "2025-01-01", to: "2025-12-31" }, orderBy: { field: START_DATE, direction: DESC }) {
        totalCount
        edges { node {
          title startDate status partner { name memberships { role synergy { name } } } synergy { name country }
          participants { total womenShare cells { sex ageBand { label } count } }
          genderMarker { score allowedMaxScore } viewerCan { update delete } createdBy { name }
        } }
      }
    }`;

    const activityStatementsFor = async (email: string, first: number) => {
      const token = await gateway.signIn(email, 'batching-password');
      gateway.resetQueryCount();
      const result = await gateway.graphql(activityList, { first }, token);
      expect(result.body.errors).toBeUndefined();
      return { statements: gateway.queryCount(), activities: result.body.data?.activities.edges.length as number };
    };

    it('should run as many SQL statements for 100 activities as for 40', async () => {
      const forty = await activityStatementsFor('five@batching.test', 40);
      const hundred = await activityStatementsFor('fifty@batching.test', 100);
      expect([forty.activities, hundred.activities]).toEqual([40, 100]);
      console.info(`SQL statements: ${forty.statements} for 40 activities, ${hundred.statements} for 100`);
      expect(hundred.statements).toBe(forty.statements);
      // The page with its partners, synergies and total count (one statement), then one per nested level (authentication aside).
      expect(forty.statements).toBe(4);
    });
  });
}
