import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { OptimisticLockError, ref } from '@mikro-orm/core';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildActivity, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, buildGrant } from '../testing/builders.ts';
import { Activity } from '../activities/activity.entity.ts';
import { assignParticipants } from '../activities/activity.values.ts';
import { ParticipationSummary, participationBreakdowns } from '../activities/participation-summary.ts';
import { activityTypes, socialProtectionBranches } from '../activities/activity.vocabulary.ts';
import { defaultAgeBands } from '../networks/age-bands.rules.ts';
import type { Network } from '../networks/network.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import type { ParticipantCell } from '../activities/participant-counts.rules.ts';
import { loadActor } from '../users/actor.ts';
import type { DomainContext } from '../shared/context.ts';
import { rollupStatuses } from './participation-rollup.rules.ts';
import { rebuildParticipationRollup } from './participation-rollup.store.ts';

const dialects = await testDialects();

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

const bands = defaultAgeBands();
type Rng = ReturnType<typeof random>;
const day = (rng: Rng) => `${rng.pick(['2024-11', '2024-12', '2025-01', '2025-02', '2025-03'])}-${String(rng.int(1, 28)).padStart(2, '0')}`;
const cellsOf = (rng: Rng): ParticipantCell[] => [
  { sex: 'WOMEN', ageBandId: rng.pick(bands).id, count: rng.int(0, 30) },
  { sex: 'MEN', ageBandId: rng.pick(bands).id, count: rng.int(0, 30) },
  ...(rng.next() < 0.3 ? [{ sex: 'NOT_RECORDED' as const, ageBandId: null, count: rng.int(1, 9) }] : []),
];

/** The rollup table, sorted, as plain rows. */
async function rollupRows(em: EntityManager) {
  const rows = (await em.execute('select * from participation_rollup')) as Record<string, unknown>[];
  return rows
    .map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value])))
    .filter((row) => ['activity_count', 'total', 'women', 'youth', 'men', 'other', 'not_recorded'].some((column) => row[column] !== 0))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The same summary computed in JavaScript from the activity rows: the oracle the rollup answers must equal. */
function oracle(activities: Activity[], from: string | null, to: string | null) {
  const counted = activities.filter(
    (a) => (rollupStatuses as readonly string[]).includes(a.status) && (!from || a.startDate >= from) && (!to || a.startDate <= to),
  );
  const groups = (keysOf: (a: Activity) => string[]) => {
    const out = new Map<string, { activityCount: number; total: number; women: number; youth: number }>();
    for (const a of counted) {
      for (const key of keysOf(a)) {
        const g = out.get(key) ?? { activityCount: 0, total: 0, women: 0, youth: 0 };
        g.activityCount += 1;
        g.total += a.participantsTotal;
        g.women += a.participantsWomen;
        g.youth += a.participantsYouth;
        out.set(key, g);
      }
    }
    return Object.fromEntries([...out].sort(([a], [b]) => a.localeCompare(b)));
  };
  const sum = (pick: (a: Activity) => number) => counted.reduce((total, a) => total + pick(a), 0);
  const cells = new Map<string, number>();
  for (const a of counted) for (const c of a.participantCells) cells.set(`${c.sex}:${c.ageBandId}`, (cells.get(`${c.sex}:${c.ageBandId}`) ?? 0) + c.count);
  return {
    totals: [counted.length, sum((a) => a.participantsTotal), sum((a) => a.participantsWomen), sum((a) => a.participantsMen), sum((a) => a.participantsYouth), sum((a) => a.participantsNotRecorded)],
    byType: groups((a) => [a.type]),
    byBranch: groups((a) => [...a.branches]),
    byCountry: groups((a) => [a.country]),
    byScore: groups((a) => [String(a.genderScore)]),
    byMonth: groups((a) => [a.startDate.slice(0, 7)]),
    cells: Object.fromEntries([...cells].filter(([, count]) => count > 0).sort(([a], [b]) => a.localeCompare(b))),
  };
}

async function answered(summary: ParticipationSummary) {
  const keyed = (rows: { key: string; activityCount: number; total: number; women: number; youth: number }[]) =>
    Object.fromEntries(rows.map(({ key, activityCount, total, women, youth }) => [key, { activityCount, total, women, youth }]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  const t = await summary.totals();
  return {
    totals: [t.activityCount, t.total, t.women, t.men, t.youth, t.notRecorded],
    byType: keyed(await summary.byType()),
    byBranch: keyed(await summary.byBranch()),
    byCountry: keyed(await summary.byCountry()),
    byScore: keyed(await summary.byGenderMarkerScore()),
    byMonth: keyed(await summary.byMonth()),
    cells: Object.fromEntries(
      (await summary.bySexAndAgeBand()).map((c) => [`${c.sex}:${c.ageBandId}`, c.count]).sort(([a], [b]) => String(a).localeCompare(String(b))),
    ),
  };
}

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`participation rollup on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    let network: Network;
    let synergies: Synergy[];
    let partners: Partner[];
    let ctx: DomainContext;
    const rng = random(7);
    let statements: string[] | null = null;

    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'rollup', (sql) => statements?.push(sql));
      const em = db.orm.em.fork() as EntityManager;
      network = buildNetwork(em);
      synergies = [buildSynergy(em, network), buildSynergy(em, network)];
      partners = [0, 1, 2, 3].map(() => buildPartner(em, network));
      partners.forEach((partner, index) => buildMembership(em, synergies[index % 2]!, partner, { since: '2020-01-01' }));
      const admin = buildUser(em);
      buildGrant(em, admin, 'NETWORK_ADMIN', 'NETWORK', network.id, network);
      await em.flush();
      ctx = { em: db.orm.em.fork() as EntityManager, actor: await loadActor(em, admin.id) };
    });
    afterAll(async () => {
      await db?.close();
    });

    const randomFields = () => ({
      type: rng.pick(activityTypes),
      status: rng.pick(['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'] as const),
      startDate: day(rng),
      country: rng.pick(['PH', 'ID', 'KH']),
      branches: socialProtectionBranches.filter(() => rng.next() < 0.3),
      genderScore: rng.int(0, 2),
    });

    it('should keep the rollup equal to a rebuild from the activities through creates, updates, deletes and a failed flush', async () => {
      const em = db.orm.em.fork() as EntityManager;
      // Created in batches: one flush writes many activities, and their deltas merge.
      for (let batch = 0; batch < 4; batch++) {
        for (let i = 0; i < 15; i++) {
          const partner = rng.pick(partners);
          const synergy = rng.next() < 0.2 ? null : synergies[partners.indexOf(partner) % 2]!;
          const fields = randomFields();
          buildActivity(em, partner, { ...fields, endDate: fields.startDate, synergy: synergy && ref(synergy) }, cellsOf(rng));
        }
        await em.flush();
      }
      const all = await em.find(Activity, {}, { orderBy: { id: 'asc' } });
      // Updated one by one and several in one flush: dates across months, status, synergy, grid, branches, type.
      for (const [index, activity] of all.slice(0, 24).entries()) {
        const fields = randomFields();
        Object.assign(activity, { ...fields, endDate: fields.startDate });
        if (index % 3 === 0) activity.synergy = null;
        assignParticipants(activity, cellsOf(rng), bands);
        if (index % 2 === 0) await em.flush();
      }
      await em.flush();
      for (const activity of all.slice(24, 30)) em.remove(activity);
      await em.flush();

      // A flush that fails (a concurrent change got there first) rolls its counts back with it.
      const staleEm = db.orm.em.fork() as EntityManager;
      const stale = await staleEm.findOneOrFail(Activity, { id: all[40]!.id });
      all[40]!.status = 'COMPLETED';
      assignParticipants(all[40]!, [{ sex: 'WOMEN', ageBandId: '18-35', count: 500 }], bands);
      await em.flush();
      stale.status = 'ONGOING';
      assignParticipants(stale, [{ sex: 'MEN', ageBandId: '36-59', count: 700 }], bands);
      await expect(staleEm.flush()).rejects.toThrow(OptimisticLockError);

      const maintained = await rollupRows(em);
      expect(maintained.length).toBeGreaterThan(50);
      await rebuildParticipationRollup(em);
      expect(await rollupRows(em)).toEqual(maintained);
    });

    it('should answer every breakdown as the activities themselves do, for whole months, part-months and open periods', async () => {
      const em = db.orm.em.fork() as EntityManager;
      const activities = await em.find(Activity, {}, { populate: ['synergy'] });
      const periods: [string | null, string | null][] = [
        [null, null],
        ['2024-12-01', '2025-01-31'],
        ['2024-11-10', '2025-02-20'],
        ['2025-01-05', '2025-01-20'],
        ['2024-12-15', null],
        [null, '2025-02-14'],
        ['2025-02-01', '2025-02-28'],
        ['2025-01-31', '2025-02-01'],
      ];
      const scopes = [
        { scope: { networkId: network.id }, of: () => activities },
        { scope: { synergyId: synergies[0]!.id }, of: () => activities.filter((a) => a.synergy?.id === synergies[0]!.id) },
        { scope: { partnerId: partners[1]!.id }, of: () => activities.filter((a) => a.partner.id === partners[1]!.id) },
      ];
      for (const [from, to] of periods) {
        for (const { scope, of } of scopes) {
          const summary = await ParticipationSummary.open({ ...ctx, em: db.orm.em.fork() as EntityManager }, scope, from, to);
          const expected = { scope, from, to, ...oracle(of(), from, to) };
          expect({ scope, from, to, ...(await answered(summary)) }).toEqual(expected);
          // Every breakdown prefetched together: the same answer from one statement.
          const together = await ParticipationSummary.open({ ...ctx, em: db.orm.em.fork() as EntityManager }, scope, from, to);
          statements = [];
          together.prefetch(participationBreakdowns);
          const answer = await answered(together);
          expect(statements.filter((sql) => /select/i.test(sql))).toHaveLength(1);
          statements = null;
          expect({ scope, from, to, ...answer }).toEqual(expected);
        }
      }
    });

    // SQLite has one writer at a time; PostgreSQL's concurrent upserts must add up.
    if (dialect === 'postgresql') it('should not lose counts when many writes touch the same rows at once', async () => {
      const before = await rollupRows(db.orm.em.fork() as EntityManager);
      await Promise.all(
        Array.from({ length: 12 }, async () => {
          const em = db.orm.em.fork() as EntityManager;
          const partner = await em.findOneOrFail(Partner, { id: partners[0]!.id });
          buildActivity(em, partner, { startDate: '2025-03-10', endDate: '2025-03-10', synergy: em.getReference(Synergy, synergies[0]!.id, { wrapped: true }), status: 'COMPLETED' });
          await em.flush();
        }),
      );
      const em = db.orm.em.fork() as EntityManager;
      const maintained = await rollupRows(em);
      expect(maintained).not.toEqual(before);
      await rebuildParticipationRollup(em);
      expect(await rollupRows(em)).toEqual(maintained);
    });
  });
}
