import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '../testing/builders.ts';
import { loadActor } from '../users/actor.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import { createActivity } from './activities.service.ts';
import { ExportTooLargeError, openActivityExport, type ExportRow } from './activity-export.ts';

const dialects = await testDialects();

const collect = async (rows: AsyncIterable<ExportRow>): Promise<ExportRow[]> => {
  const all: ExportRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
};

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`openActivityExport on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    let statements = 0;
    let world: { admin: string; viewer: string; partner: string; titles: string[] };
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'export', (message) => {
        if (message.startsWith('[query]')) statements += 1;
      });
      const em = db.orm.em.fork() as EntityManager;
      const network = buildNetwork(em);
      const synergy = buildSynergy(em, network, { name: 'Export synergy' });
      const partner = buildPartner(em, network, { name: 'Export partner', acronym: 'EP' });
      const stranger = buildPartner(em, network, { name: 'Someone else' });
      buildMembership(em, synergy, partner, { since: '2020-01-01' });
      const admin = buildUser(em);
      buildGrant(em, admin, 'NETWORK_ADMIN', 'NETWORK', network.id, network);
      const viewer = buildUser(em);
      buildGrant(em, viewer, 'PARTNER_EDITOR', 'PARTNER', stranger.id, network);
      await persistSeed(em);
      const titles = ['Echo', 'Alpha', 'Delta', 'Charlie', 'Bravo'];
      for (const [index, title] of titles.entries()) {
        const ctxEm = db.orm.em.fork() as EntityManager;
        const result = await createActivity(
          { em: ctxEm, actor: await loadActor(ctxEm, admin.id) },
          { partnerId: partner.id, type: 'BASIC_TRAINING', title: `${title} training`, startDate: `2025-0${index + 1}-01`, branches: ['GENERAL'] },
        );
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
      }
      world = { admin: admin.id, viewer: viewer.id, partner: partner.id, titles };
    });
    afterAll(async () => {
      await db?.close();
    });

    const as = async (userId: string): Promise<DomainContext> => {
      const em = db.orm.em.fork() as EntityManager;
      return { em, actor: await loadActor(em, userId) };
    };

    it('should walk every page in the list order with names loaded once per page when pages are small', async () => {
      const opened = await openActivityExport(await as(world.admin), { partnerId: world.partner }, { field: 'TITLE', direction: 'ASC' }, { pageSize: 2 });
      expect(opened.rowCount).toBe(5);
      statements = 0;
      const rows = await collect(opened.rows());
      expect(rows.map((row) => row['title'])).toEqual(['Alpha training', 'Bravo training', 'Charlie training', 'Delta training', 'Echo training']);
      expect(rows.every((row) => row['partner'] === 'Export partner' && row['synergy'] === 'Export synergy')).toBe(true);
      // Three pages (2 + 2 + 1), each: activities, partners, synergies.
      expect(statements).toBe(9);
    });

    it('should refuse with ExportTooLargeError before reading any row when more activities match than the limit', async () => {
      await expect(openActivityExport(await as(world.admin), {}, null, { maxRows: 4 })).rejects.toThrow(ExportTooLargeError);
      await expect(openActivityExport(await as(world.admin), {}, null, { maxRows: 4 })).rejects.toMatchObject({ rowCount: 5, limit: 4 });
      const exact = await openActivityExport(await as(world.admin), {}, null, { maxRows: 5 });
      expect((await collect(exact.rows())).length).toBe(5);
    });

    it('should name the field when a filter value is bad', async () => {
      const opening = openActivityExport(await as(world.admin), { from: '2025-02-30' }, null);
      await expect(opening).rejects.toThrow(InvalidArgumentError);
      await expect(openActivityExport(await as(world.admin), { from: '2025-02-30' }, null)).rejects.toMatchObject({ argument: 'filter.from' });
    });

    it('should export nothing when the actor may not see the activities', async () => {
      const opened = await openActivityExport(await as(world.viewer), {}, null);
      expect(opened.rowCount).toBe(0);
      expect(await collect(opened.rows())).toEqual([]);
      const anonymous = await openActivityExport({ em: db.orm.em.fork() as EntityManager, actor: null }, {}, null);
      expect(await collect(anonymous.rows())).toEqual([]);
    });
  });
}
