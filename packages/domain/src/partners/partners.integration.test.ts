import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '../testing/builders.ts';
import { loadActor } from '../users/actor.ts';
import { createPartner, findPartner, listPartners, listPartnersOfSynergies, updatePartner } from './partners.service.ts';
import { addSynergyMember, endSynergyMembership } from '../synergies/synergies.service.ts';
import { Partner } from './partner.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { AuditEntry } from '../audit/audit-entry.entity.ts';
import { todayIso } from '../shared/dates.ts';
import type { DomainContext } from '../shared/context.ts';
import type { Result, UserError } from '../shared/errors.ts';
import type { PartnerFilter } from './partner.queries.ts';
import type { CreatePartnerInput } from './partner.schemas.ts';

const dialects = await testDialects();

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`partners and memberships on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;

    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'partners');
    });

    afterAll(async () => {
      await db?.close();
    });

    /** A fresh EntityManager per operation, so the identity map never stands in for what the database holds. */
    const fresh = () => db.orm.em.fork() as EntityManager; // the ORM is typed for any driver; both of ours are SQL

    /** A context for one operation by `userId` (null: signed out), with grants read from the database. */
    const as = async (userId: string | null): Promise<DomainContext> => {
      const em = fresh();
      return { em, actor: userId ? await loadActor(em, userId) : null };
    };

    /**
     * A new network per test:
     *   S1 ("own" synergy): Alpha union;   S2: Bravo mutual;
     *   Charlie cooperative: never a member;   Delta NGO: member of S1 until 2024-06-30;
     *   and another network with a partner named Alpha union and an unaffiliated one.
     * One user per role: admin, reviewer, coordinator of S1, viewer of S1, editor of Bravo,
     * editor of Alpha, and an admin of the other network.
     */
    async function seedWorld() {
      const em = fresh();
      const network = buildNetwork(em);
      const s1 = buildSynergy(em, network, { country: 'PH' });
      const s2 = buildSynergy(em, network, { country: 'KH' });
      const alpha = buildPartner(em, network, { name: 'Alpha union' });
      const bravo = buildPartner(em, network, { name: 'Bravo mutual', type: 'HEALTH_MUTUAL', country: 'KH' });
      const charlie = buildPartner(em, network, { name: 'Charlie cooperative', type: 'COOPERATIVE' });
      const delta = buildPartner(em, network, { name: 'Delta NGO', type: 'NGO' });
      const s1Alpha = buildMembership(em, s1, alpha, { since: '2024-01-01' });
      buildMembership(em, s2, bravo);
      buildMembership(em, s1, delta, { since: '2023-01-01', until: '2024-06-30' });
      const other = buildNetwork(em);
      const otherSynergy = buildSynergy(em, other);
      const otherAlpha = buildPartner(em, other, { name: 'Alpha union' });
      const otherLoner = buildPartner(em, other, { name: 'Echo loner' });
      buildMembership(em, otherSynergy, otherAlpha);
      const user = (role: Parameters<typeof buildGrant>[2], scopeType: Parameters<typeof buildGrant>[3], scopeId: string, net = network) => {
        const u = buildUser(em);
        buildGrant(em, u, role, scopeType, scopeId, net);
        return u.id;
      };
      const users = {
        admin: user('NETWORK_ADMIN', 'NETWORK', network.id),
        reviewer: user('NETWORK_REVIEWER', 'NETWORK', network.id),
        coordinator: user('SYNERGY_COORDINATOR', 'SYNERGY', s1.id),
        synergyViewer: user('VIEWER', 'SYNERGY', s1.id),
        bravoEditor: user('PARTNER_EDITOR', 'PARTNER', bravo.id),
        alphaEditor: user('PARTNER_EDITOR', 'PARTNER', alpha.id),
        otherAdmin: user('NETWORK_ADMIN', 'NETWORK', other.id, other),
      };
      await persistSeed(em);
      return {
        networkId: network.id,
        otherNetworkId: other.id,
        s1: s1.id,
        s2: s2.id,
        partners: { alpha: alpha.id, bravo: bravo.id, charlie: charlie.id, delta: delta.id, otherAlpha: otherAlpha.id, otherLoner: otherLoner.id },
        s1Alpha: s1Alpha.id,
        users,
      };
    }
    type World = Awaited<ReturnType<typeof seedWorld>>;
    type UserKey = keyof World['users'];

    /** Row counts of everything a partner operation may write, across all networks. */
    const rowCounts = async () => {
      const em = fresh();
      return { partners: await em.count(Partner, {}), memberships: await em.count(SynergyMembership, {}), audit: await em.count(AuditEntry, {}) };
    };

    const errorsOf = <T>(result: Result<T>): Pick<UserError, 'kind' | 'path'>[] => {
      expect(result.ok, 'the operation should fail').toBe(false);
      return result.ok ? [] : result.errors.map(({ kind, path }) => ({ kind, path }));
    };
    const valueOf = <T>(result: Result<T>): T => {
      if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.errors)}`);
      return result.value;
    };

    const newPartner = (world: World, overrides: Partial<CreatePartnerInput> = {}): CreatePartnerInput => ({
      networkId: world.networkId,
      name: 'Foxtrot workers',
      type: 'INFORMAL_WORKERS_ORGANISATION',
      country: 'ph',
      ...overrides,
    });

    describe('createPartner', () => {
      it('should create the partner, its membership and audit entries in the coordinator’s name when a coordinator creates a partner in their synergy', async () => {
        const world = await seedWorld();
        const result = await createPartner(
          await as(world.users.coordinator),
          newPartner(world, { synergyId: world.s1, membershipRole: 'LEAD', members: { women: 30, men: 10 } }),
        );
        const id = valueOf(result).id;

        const em = fresh();
        const partner = await em.findOneOrFail(Partner, { id });
        expect(partner).toMatchObject({ name: 'Foxtrot workers', country: 'PH', membersWomen: 30, membersMen: 10, membersOther: null, version: 1 });
        expect(partner.network.id).toBe(world.networkId);
        const memberships = await em.find(SynergyMembership, { partner: id });
        expect(memberships.map((m) => ({ synergy: m.synergy.id, role: m.role, since: m.since, until: m.until }))).toEqual([
          { synergy: world.s1, role: 'LEAD', since: todayIso(), until: null },
        ]);
        const entries = await em.find(AuditEntry, { entityId: { $in: [id, memberships[0]!.id] } }, { orderBy: { entityType: 'asc' } });
        expect(entries.map((e) => ({ type: e.entityType, action: e.action, actorId: e.actorId, networkId: e.networkId }))).toEqual([
          { type: 'Partner', action: 'CREATE', actorId: world.users.coordinator, networkId: world.networkId },
          { type: 'SynergyMembership', action: 'CREATE', actorId: world.users.coordinator, networkId: world.networkId },
        ]);
        expect(entries[0]!.after).toMatchObject({ name: 'Foxtrot workers', country: 'PH', membersWomen: 30 });
        expect(entries[0]!.before).toBeNull();
        expect(entries[1]!.after).toMatchObject({ synergy: world.s1, partner: id, role: 'LEAD' });
      });

      it('should create a partner without membership when an admin creates it outside any synergy', async () => {
        const world = await seedWorld();
        const id = valueOf(await createPartner(await as(world.users.admin), newPartner(world))).id;
        expect(await fresh().count(SynergyMembership, { partner: id })).toBe(0);
        expect(await fresh().count(AuditEntry, { entityId: id, actorId: world.users.admin, action: 'CREATE' })).toBe(1);
      });

      const refusals: { who: UserKey | null; where: 's1' | 's2' | null; why: string }[] = [
        { who: 'coordinator', where: 's2', why: 'a coordinator creates it in another synergy' },
        { who: 'coordinator', where: null, why: 'a coordinator creates it outside any synergy' },
        { who: 'synergyViewer', where: 's1', why: 'a synergy viewer creates it' },
        { who: 'bravoEditor', where: 's2', why: 'a partner editor creates it' },
        { who: 'reviewer', where: null, why: 'a reviewer creates it' },
        { who: 'otherAdmin', where: null, why: 'an admin of another network creates it' },
        { who: null, where: 's1', why: 'nobody is signed in' },
      ];
      it.each(refusals)('should refuse and write nothing when $why', async ({ who, where }) => {
        const world = await seedWorld();
        const before = await rowCounts();
        const result = await createPartner(await as(who && world.users[who]), newPartner(world, { synergyId: where && world[where] }));
        expect(errorsOf(result)).toEqual([{ kind: 'ForbiddenError', path: ['synergyId'] }]);
        expect(await rowCounts()).toEqual(before);
      });

      it('should refuse a duplicate name with a ConflictError and write nothing when the name is taken in the network', async () => {
        const world = await seedWorld();
        const before = await rowCounts();
        const result = await createPartner(await as(world.users.coordinator), newPartner(world, { name: '  Alpha union ', synergyId: world.s1 }));
        expect(errorsOf(result)).toEqual([{ kind: 'ConflictError', path: ['name'] }]);
        expect(await rowCounts()).toEqual(before);
      });

      it('should accept a name when it is only taken in another network', async () => {
        const world = await seedWorld();
        const result = await createPartner(await as(world.users.admin), newPartner(world, { name: 'Echo loner' }));
        expect(valueOf(result).name).toBe('Echo loner');
      });

      it('should return field errors and write nothing when the input is invalid', async () => {
        const world = await seedWorld();
        const before = await rowCounts();
        const result = await createPartner(await as(world.users.admin), newPartner(world, { country: 'XX', members: { women: -3 } }));
        expect(errorsOf(result)).toEqual([
          { kind: 'ValidationError', path: ['country'] },
          { kind: 'ValidationError', path: ['members', 'women'] },
        ]);
        expect(await rowCounts()).toEqual(before);
      });
    });

    describe('updatePartner', () => {
      it('should change the fields given, bump the version and audit before/after when a coordinator edits a partner of their synergy', async () => {
        const world = await seedWorld();
        const result = await updatePartner(await as(world.users.coordinator), { id: world.partners.alpha, version: 1, name: 'Alpha workers union', acronym: 'AWU' });
        expect(valueOf(result).version).toBe(2);
        const partner = await fresh().findOneOrFail(Partner, { id: world.partners.alpha });
        expect(partner).toMatchObject({ name: 'Alpha workers union', acronym: 'AWU', country: 'PH', version: 2 });
        const [entry, ...more] = await fresh().find(AuditEntry, { entityId: world.partners.alpha, action: 'UPDATE' });
        expect(more).toEqual([]);
        expect(entry).toMatchObject({
          actorId: world.users.coordinator,
          networkId: world.networkId,
          before: { name: 'Alpha union', acronym: null },
          after: { name: 'Alpha workers union', acronym: 'AWU' },
        });
      });

      it('should return a ConflictError on version and change nothing when the version is stale', async () => {
        const world = await seedWorld();
        valueOf(await updatePartner(await as(world.users.coordinator), { id: world.partners.alpha, version: 1, name: 'First edit' }));
        const before = await rowCounts();

        const stale = await updatePartner(await as(world.users.alphaEditor), { id: world.partners.alpha, version: 1, name: 'Second edit' });

        expect(errorsOf(stale)).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(await fresh().findOneOrFail(Partner, { id: world.partners.alpha })).toMatchObject({ name: 'First edit', version: 2 });
        expect(await rowCounts()).toEqual(before);
      });

      it('should return a ConflictError on name and change nothing when renaming to a name taken in the network', async () => {
        const world = await seedWorld();
        const before = await rowCounts();
        const result = await updatePartner(await as(world.users.admin), { id: world.partners.bravo, version: 1, name: 'Alpha union' });
        expect(errorsOf(result)).toEqual([{ kind: 'ConflictError', path: ['name'] }]);
        expect(await fresh().findOneOrFail(Partner, { id: world.partners.bravo })).toMatchObject({ name: 'Bravo mutual', version: 1 });
        expect(await rowCounts()).toEqual(before);
      });

      it('should let a partner editor update their own partner when the version is current', async () => {
        const world = await seedWorld();
        valueOf(await updatePartner(await as(world.users.bravoEditor), { id: world.partners.bravo, version: 1, members: { women: 5, men: 5 } }));
        expect(await fresh().findOneOrFail(Partner, { id: world.partners.bravo })).toMatchObject({ membersWomen: 5, membersMen: 5, membersOther: null });
      });

      const refusedUpdates: { who: UserKey | null; partner: keyof World['partners']; kind: UserError['kind']; why: string }[] = [
        { who: 'bravoEditor', partner: 'alpha', kind: 'NotFoundError', why: 'a partner editor edits a partner they cannot see' },
        { who: 'coordinator', partner: 'bravo', kind: 'NotFoundError', why: 'a coordinator edits a partner of another synergy' },
        { who: 'coordinator', partner: 'charlie', kind: 'ForbiddenError', why: 'a coordinator edits an unaffiliated partner they can only read' },
        { who: 'reviewer', partner: 'alpha', kind: 'ForbiddenError', why: 'a reviewer edits a partner' },
        { who: 'synergyViewer', partner: 'alpha', kind: 'ForbiddenError', why: 'a viewer edits a partner' },
        { who: 'otherAdmin', partner: 'alpha', kind: 'NotFoundError', why: 'an admin of another network edits a partner' },
        { who: null, partner: 'alpha', kind: 'NotFoundError', why: 'nobody is signed in' },
      ];
      it.each(refusedUpdates)('should refuse with a $kind and change nothing when $why', async ({ who, partner, kind }) => {
        const world = await seedWorld();
        const before = await rowCounts();
        const result = await updatePartner(await as(who && world.users[who]), { id: world.partners[partner], version: 1, name: 'Renamed' });
        expect(errorsOf(result)).toEqual([{ kind, path: ['id'] }]);
        expect((await fresh().findOneOrFail(Partner, { id: world.partners[partner] })).name).not.toBe('Renamed');
        expect(await rowCounts()).toEqual(before);
      });
    });

    describe('listPartners', () => {
      const listings: { who: UserKey | null; sees: (keyof World['partners'])[]; why: string }[] = [
        { who: 'admin', sees: ['alpha', 'bravo', 'charlie', 'delta'], why: 'an admin lists' },
        { who: 'reviewer', sees: ['alpha', 'bravo', 'charlie', 'delta'], why: 'a reviewer lists' },
        { who: 'coordinator', sees: ['alpha', 'charlie', 'delta'], why: 'a coordinator lists (own members and unaffiliated, not other synergies)' },
        { who: 'synergyViewer', sees: ['alpha'], why: 'a synergy viewer lists' },
        { who: 'bravoEditor', sees: ['bravo'], why: 'a partner editor lists' },
        { who: 'otherAdmin', sees: ['otherAlpha', 'otherLoner'], why: 'an admin of another network lists' },
        { who: null, sees: [], why: 'nobody is signed in' },
      ];
      it.each(listings)('should show only visible partners when $why', async ({ who, sees }) => {
        const world = await seedWorld();
        const label = new Map(Object.entries(world.partners).map(([key, id]) => [id, key]));
        const ctx = await as(who && world.users[who]);
        // Other tests' networks share the database: any of their partners showing up here is a leak.
        const page = await listPartners(ctx, null, { first: 100 });
        expect(page.items.map((p) => label.get(p.id) ?? `leaked: ${p.name}`)).toEqual(sees);
        expect(page.totalCount).toBe(sees.length);
        for (const [key, id] of Object.entries(world.partners)) {
          const found = await findPartner(await as(who && world.users[who]), id);
          expect(found !== null, `findPartner(${key}) agrees with the list`).toBe(sees.includes(key as keyof World['partners']));
        }
      });

      it('should walk every page once in order when following cursors', async () => {
        const em = fresh();
        const network = buildNetwork(em);
        const admin = buildUser(em);
        buildGrant(em, admin, 'NETWORK_ADMIN', 'NETWORK', network.id, network);
        const names = ['delta', 'Alpha', 'alpha', 'Bravo', 'bravo 2', 'Charlie', 'echo', 'Foxtrot', 'golf'];
        for (const name of names) buildPartner(em, network, { name });
        await persistSeed(em);

        const all = await listPartners(await as(admin.id), { networkId: network.id }, { first: 100 });
        expect(all.items).toHaveLength(names.length);

        const seen: string[] = [];
        const flags: [boolean, boolean][] = [];
        let after: string | undefined;
        for (let guard = 0; guard < 10; guard++) {
          const page = await listPartners(await as(admin.id), { networkId: network.id }, { first: 4, after });
          expect(page.totalCount).toBe(names.length);
          expect(page.cursors).toHaveLength(page.items.length);
          seen.push(...page.items.map((p) => p.id));
          flags.push([page.hasPreviousPage, page.hasNextPage]);
          if (!page.hasNextPage) break;
          after = page.cursors.at(-1);
        }
        expect(seen).toEqual(all.items.map((p) => p.id));
        expect(new Set(seen).size).toBe(names.length);
        expect(flags).toEqual([
          [false, true],
          [true, true],
          [true, false],
        ]);
      });

      it('should walk a coordinator’s filtered list once when following cursors', async () => {
        const world = await seedWorld();
        const all = await listPartners(await as(world.users.coordinator), { networkId: world.networkId }, { first: 100 });
        const seen: string[] = [];
        let after: string | undefined;
        do {
          const page = await listPartners(await as(world.users.coordinator), { networkId: world.networkId }, { first: 1, after });
          seen.push(...page.items.map((p) => p.id));
          after = page.hasNextPage ? page.cursors.at(-1) : undefined;
        } while (after);
        expect(seen).toEqual(all.items.map((p) => p.id));
        expect(seen).toHaveLength(3);
      });
    });

    describe('listPartnersOfSynergies', () => {
      /** S1: Alpha, Bravo, Charlie, Delta, Echo, Golf (Golf also in S2), Hotel (left S1); S2: Bravo, Golf, India. */
      async function seedSynergies() {
        const em = fresh();
        const network = buildNetwork(em);
        const s1 = buildSynergy(em, network);
        const s2 = buildSynergy(em, network);
        const s3 = buildSynergy(em, network); // no members
        const names = ['Alpha', 'bravo', 'Charlie', 'Delta union', 'Echo', 'Golf', 'Hotel', 'Bravo union', 'India', 'Juliet'] as const;
        const partner = Object.fromEntries(names.map((name) => [name, buildPartner(em, network, { name })])) as Record<(typeof names)[number], Partner>;
        for (const name of ['Alpha', 'bravo', 'Charlie', 'Delta union', 'Echo', 'Golf'] as const) buildMembership(em, s1, partner[name]);
        buildMembership(em, s1, partner.Hotel, { since: '2020-01-01', until: '2021-01-01' });
        for (const name of ['Golf', 'Bravo union', 'India'] as const) buildMembership(em, s2, partner[name]);
        // Juliet stays unaffiliated.
        const admin = buildUser(em);
        buildGrant(em, admin, 'NETWORK_ADMIN', 'NETWORK', network.id, network);
        const coordinator = buildUser(em);
        buildGrant(em, coordinator, 'SYNERGY_COORDINATOR', 'SYNERGY', s1.id, network);
        await persistSeed(em);
        return { synergyIds: [s1.id, s2.id, s3.id], users: { admin: admin.id, coordinator: coordinator.id } };
      }

      const comparable = (page: Awaited<ReturnType<typeof listPartners>>) => ({
        ids: page.items.map((p) => p.id),
        cursors: page.cursors,
        totalCount: page.totalCount,
        hasNextPage: page.hasNextPage,
      });

      it.each([
        { who: 'admin' as const, filter: null, size: 2 },
        { who: 'admin' as const, filter: { search: 'union' }, size: 1 },
        { who: 'coordinator' as const, filter: null, size: 2 },
        { who: 'admin' as const, filter: null, size: 100 },
      ])('should give the same pages as listPartners(filter: { synergyId }) when $who walks pages of $size with $filter', async ({ who, filter, size }) => {
        const { synergyIds, users } = await seedSynergies();
        for (const synergyId of synergyIds) {
          let after: string | undefined;
          let pages = 0;
          do {
            const expected = await listPartners(await as(users[who]), { ...filter, synergyId }, { first: size, after });
            const batch = await listPartnersOfSynergies(await as(users[who]), synergyIds, filter as PartnerFilter | null, { first: size, after });
            expect(comparable(batch.get(synergyId)!)).toEqual(comparable(expected));
            expect(batch.get(synergyId)!.hasPreviousPage).toBe(expected.hasPreviousPage);
            // The same cursor handed to the other synergies (as a nested list does) must page them as listPartners would.
            for (const otherId of synergyIds.filter((id) => id !== synergyId)) {
              const otherExpected = await listPartners(await as(users[who]), { ...filter, synergyId: otherId }, { first: size, after });
              expect(comparable(batch.get(otherId)!), `synergy ${synergyIds.indexOf(otherId) + 1} after a cursor of another`).toEqual(comparable(otherExpected));
            }
            after = expected.hasNextPage ? expected.cursors.at(-1) : undefined;
            pages++;
          } while (after && pages < 10);
        }
      });

      it('should list each synergy’s current, visible members when asked for several synergies at once', async () => {
        const { synergyIds, users } = await seedSynergies();
        const [s1, s2, s3] = synergyIds as [string, string, string];
        const names = (pages: Map<string, { items: Partner[] }>, id: string) => pages.get(id)!.items.map((p) => p.name);
        const byAdmin = await listPartnersOfSynergies(await as(users.admin), synergyIds, null, { first: 100 });
        expect(names(byAdmin, s1).sort()).toEqual(['Alpha', 'Charlie', 'Delta union', 'Echo', 'Golf', 'bravo']);
        expect(names(byAdmin, s2).sort()).toEqual(['Bravo union', 'Golf', 'India']);
        expect(names(byAdmin, s3)).toEqual([]);
        // A coordinator of S1 sees S2's members only where they also belong to S1.
        const byCoordinator = await listPartnersOfSynergies(await as(users.coordinator), synergyIds, null, { first: 100 });
        expect(names(byCoordinator, s2)).toEqual(['Golf']);
        expect(byCoordinator.get(s2)!.totalCount).toBe(1);
        const signedOut = await listPartnersOfSynergies(await as(null), synergyIds, null, { first: 100 });
        expect([...signedOut.values()].map((page) => page.items.length)).toEqual([0, 0, 0]);
      });
    });

    describe('addSynergyMember', () => {
      it('should add an unaffiliated partner and audit it in the coordinator’s name when a coordinator adds it to their synergy', async () => {
        const world = await seedWorld();
        const membership = valueOf(await addSynergyMember(await as(world.users.coordinator), { synergyId: world.s1, partnerId: world.partners.charlie }));
        const stored = await fresh().findOneOrFail(SynergyMembership, { id: membership.id });
        expect({ synergy: stored.synergy.id, partner: stored.partner.id, role: stored.role, since: stored.since, until: stored.until }).toEqual({
          synergy: world.s1,
          partner: world.partners.charlie,
          role: 'MEMBER',
          since: todayIso(),
          until: null,
        });
        expect(await fresh().count(AuditEntry, { entityId: membership.id, action: 'CREATE', actorId: world.users.coordinator, networkId: world.networkId })).toBe(1);
      });

      it('should refuse a second current membership with a ConflictError when the partner is already a member', async () => {
        const world = await seedWorld();
        const before = await rowCounts();
        const result = await addSynergyMember(await as(world.users.coordinator), { synergyId: world.s1, partnerId: world.partners.alpha });
        expect(errorsOf(result)).toEqual([{ kind: 'ConflictError', path: ['partnerId'] }]);
        expect(await rowCounts()).toEqual(before);
      });

      it('should refuse a start within the previous membership and accept the day after it when a former member rejoins', async () => {
        const world = await seedWorld();
        const overlapping = await addSynergyMember(await as(world.users.coordinator), { synergyId: world.s1, partnerId: world.partners.delta, since: '2024-06-30' });
        expect(errorsOf(overlapping)).toEqual([{ kind: 'ValidationError', path: ['since'] }]);
        const rejoined = await addSynergyMember(await as(world.users.coordinator), { synergyId: world.s1, partnerId: world.partners.delta, since: '2024-07-01' });
        expect(valueOf(rejoined).since).toBe('2024-07-01');
      });

      const refusedAdds: { who: UserKey; synergy: 's1' | 's2'; partner: keyof World['partners']; error: Pick<UserError, 'kind' | 'path'>; why: string }[] = [
        { who: 'coordinator', synergy: 's1', partner: 'bravo', error: { kind: 'NotFoundError', path: ['partnerId'] }, why: 'a coordinator adds a partner they cannot see' },
        { who: 'coordinator', synergy: 's1', partner: 'otherLoner', error: { kind: 'NotFoundError', path: ['partnerId'] }, why: 'the partner is in another network' },
        { who: 'coordinator', synergy: 's2', partner: 'charlie', error: { kind: 'NotFoundError', path: ['synergyId'] }, why: 'a coordinator adds to another synergy' },
        { who: 'reviewer', synergy: 's1', partner: 'charlie', error: { kind: 'ForbiddenError', path: ['synergyId'] }, why: 'a reviewer adds a member' },
        { who: 'alphaEditor', synergy: 's1', partner: 'charlie', error: { kind: 'ForbiddenError', path: ['synergyId'] }, why: 'a partner editor adds a member' },
      ];
      it.each(refusedAdds)('should refuse and write nothing when $why', async ({ who, synergy, partner, error }) => {
        const world = await seedWorld();
        const before = await rowCounts();
        const result = await addSynergyMember(await as(world.users[who]), { synergyId: world[synergy], partnerId: world.partners[partner] });
        expect(errorsOf(result)).toEqual([error]);
        expect(await rowCounts()).toEqual(before);
      });
    });

    describe('endSynergyMembership', () => {
      it('should end the membership and audit before/after when a coordinator ends it', async () => {
        const world = await seedWorld();
        valueOf(await endSynergyMembership(await as(world.users.coordinator), { membershipId: world.s1Alpha, until: '2024-06-30' }));
        const stored = await fresh().findOneOrFail(SynergyMembership, { id: world.s1Alpha });
        expect(stored.until).toBe('2024-06-30');
        const entries = await fresh().find(AuditEntry, { entityId: world.s1Alpha, action: 'UPDATE' });
        expect(entries.map(({ actorId, networkId, before, after }) => ({ actorId, networkId, before, after }))).toEqual([
          { actorId: world.users.coordinator, networkId: world.networkId, before: { until: null }, after: { until: '2024-06-30' } },
        ]);
      });

      it('should refuse with a ValidationError naming until and change nothing when the end is before the start', async () => {
        const world = await seedWorld();
        const before = await rowCounts();
        const result = await endSynergyMembership(await as(world.users.coordinator), { membershipId: world.s1Alpha, until: '2023-12-31' });
        expect(errorsOf(result)).toEqual([{ kind: 'ValidationError', path: ['until'] }]);
        expect(result.ok ? '' : result.errors[0]!.message).toMatch(/^until: .*2024-01-01/);
        expect(await fresh().findOneOrFail(SynergyMembership, { id: world.s1Alpha })).toMatchObject({ until: null, version: 1 });
        expect(await rowCounts()).toEqual(before);
      });

      it('should refuse with a ConflictError and keep the first end when a membership is ended twice', async () => {
        const world = await seedWorld();
        valueOf(await endSynergyMembership(await as(world.users.coordinator), { membershipId: world.s1Alpha, until: '2024-06-30' }));
        const before = await rowCounts();
        const again = await endSynergyMembership(await as(world.users.coordinator), { membershipId: world.s1Alpha, until: '2024-07-31' });
        expect(errorsOf(again)).toEqual([{ kind: 'ConflictError', path: ['membershipId'] }]);
        expect((await fresh().findOneOrFail(SynergyMembership, { id: world.s1Alpha })).until).toBe('2024-06-30');
        expect(await rowCounts()).toEqual(before);
      });

      // Regression: a membership ended today still counts as current, yet must not be ended (backdated) again.
      it('should refuse with a ConflictError and keep the first end when a membership ended today is ended again', async () => {
        const world = await seedWorld();
        valueOf(await endSynergyMembership(await as(world.users.coordinator), { membershipId: world.s1Alpha }));
        const before = await rowCounts();
        const again = await endSynergyMembership(await as(world.users.coordinator), { membershipId: world.s1Alpha, until: '2024-06-30' });
        expect(errorsOf(again)).toEqual([{ kind: 'ConflictError', path: ['membershipId'] }]);
        expect((await fresh().findOneOrFail(SynergyMembership, { id: world.s1Alpha })).until).toBe(todayIso());
        expect(await rowCounts()).toEqual(before);
      });

      it.each([
        { who: 'alphaEditor' as const, kind: 'ForbiddenError' as const, why: 'the partner’s editor, who can see it, ends it' },
        { who: 'reviewer' as const, kind: 'ForbiddenError' as const, why: 'a reviewer ends it' },
        { who: 'bravoEditor' as const, kind: 'NotFoundError' as const, why: 'someone who cannot see it ends it' },
        { who: 'otherAdmin' as const, kind: 'NotFoundError' as const, why: 'an admin of another network ends it' },
      ])('should refuse with a $kind and change nothing when $why', async ({ who, kind }) => {
        const world = await seedWorld();
        const before = await rowCounts();
        const result = await endSynergyMembership(await as(world.users[who]), { membershipId: world.s1Alpha, until: '2024-06-30' });
        expect(errorsOf(result)).toEqual([{ kind, path: ['membershipId'] }]);
        expect((await fresh().findOneOrFail(SynergyMembership, { id: world.s1Alpha })).until).toBeNull();
        expect(await rowCounts()).toEqual(before);
      });
    });
  });
}
