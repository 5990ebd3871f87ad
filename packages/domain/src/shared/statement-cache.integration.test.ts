import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { loadDemoData } from '../demo/load-demo.ts';
import { Activity } from '../activities/activity.entity.ts';
import { currentMemberIds } from '../activities/activity.queries.ts';
import { cachedStatementStats, executeCached } from './statement-cache.ts';
import { containsText } from './search.ts';
import { findPage } from './pagination.ts';

const dialects = await testDialects();

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`statements built once per shape on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    let activities: { id: string; network: string; synergy: string | null; partner: string; startDate: string; title: string }[];
    const fresh = () => db.orm.em.fork() as EntityManager;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'statement_cache');
      await loadDemoData(fresh());
      activities = (await fresh().getConnection().execute('select id, network_id as network, synergy_id as synergy, partner_id as partner, start_date as "startDate", title from activity order by id')) as never;
    }, 120_000);
    afterAll(async () => {
      await db?.close();
    });

    /** A statement as the list pages build theirs: columns, a join, an order and a limit around the where clause. */
    const build = (em: EntityManager) => (where: unknown) =>
      em
        .createQueryBuilder(Activity, 'e0')
        .select(['e0.id', 'e0.title', 'e0.start_date'])
        .leftJoinAndSelect('e0.partner', 'j0')
        .where(where as FilterQuery<Activity>)
        .orderBy({ startDate: 'desc', id: 'desc' })
        .limit(30) as never;
    const statement = 'activities by start date, with their partner';
    /** What the query builder itself answers, built fresh: what every cached answer must equal. */
    const direct = async (where: FilterQuery<Activity>) => (await (build(fresh())(where) as { execute(method: 'all', map: false): Promise<unknown[]> }).execute('all', false)) as Record<string, unknown>[];
    const cached = (where: FilterQuery<Activity>, em = fresh()) => executeCached(em, statement, where, build(em));
    const counting = async <R>(run: () => Promise<R>) => {
      const before = { ...cachedStatementStats };
      const result = await run();
      return { result, templated: cachedStatementStats.templated - before.templated, built: cachedStatementStats.built - before.built };
    };
    const distinct = <K extends keyof (typeof activities)[number]>(key: K) => [...new Set(activities.map((row) => row[key]).filter((value) => value !== null))] as string[];

    it('should answer every value of a shape exactly as the query builder does, from a template after the first request', async () => {
      const networks = distinct('network');
      const synergies = distinct('synergy');
      const dates = [...new Set(activities.map((row) => row.startDate))].sort();
      expect(synergies.length, 'the demo has activities in several synergies').toBeGreaterThan(1);
      const whereOf = (synergy: string, from: string, text: string): FilterQuery<Activity> => ({
        $and: [{ $or: [{ network: { $in: networks } }, { partner: { $in: [] } }] }, { synergy }, { startDate: { $gte: from } }, { title: containsText(fresh(), text)! }],
      });
      const cases = synergies.flatMap((synergy, index) => [whereOf(synergy, dates[0]!, 'a'), whereOf(synergy, dates[Math.floor(dates.length / 2)]!, index % 2 ? 'o' : 'e')]);
      const answers: string[] = [];
      for (const [index, where] of cases.entries()) {
        const { result, templated, built } = await counting(() => cached(where));
        expect(result, `case ${index}`).toEqual(await direct(where));
        answers.push(result.map((row) => row['id']).join());
        expect({ templated, built }, `case ${index}`).toEqual(index === 0 ? { templated: 0, built: 1 } : { templated: 1, built: 0 });
      }
      expect(new Set(answers).size, 'the cases differ in their answers, so values did land').toBeGreaterThan(1);
    });

    it('should keep apart shapes that differ only in how many values a list holds, or in a constant', async () => {
      const synergies = distinct('synergy');
      for (const where of [{ synergy: { $in: synergies.slice(0, 1) } }, { synergy: { $in: synergies.slice(0, 2) } }, { synergy: null }, { synergy: { $ne: null } }] as FilterQuery<Activity>[]) {
        for (let round = 0; round < 2; round++) {
          const { result, templated } = await counting(() => cached(where));
          expect(result, JSON.stringify(where)).toEqual(await direct(where));
          expect(templated, `${JSON.stringify(where)}, round ${round}`).toBe(round);
        }
      }
    });

    it('should take a subquery’s values as part of the shape, so another actor’s subquery is not answered with the first one’s', async () => {
      const em = fresh();
      const [first, second] = distinct('synergy');
      for (const synergy of [first!, second!, first!]) {
        const where = { partner: { $in: currentMemberIds(em, [synergy]) } } as unknown as FilterQuery<Activity>;
        expect(await cached(where, em)).toEqual(await direct(where));
      }
    });

    it('should build every time a where clause it cannot template: a raw fragment, a value the ORM converts', async () => {
      const title = activities[0]!.title;
      const fragment = (): FilterQuery<Activity> => ({ [raw('lower(e0.title)')]: title.toLowerCase() }) as never;
      const converted: FilterQuery<Activity> = { branches: { $ne: ['none of these'] } } as never;
      for (const where of [fragment, () => converted]) {
        for (let round = 0; round < 3; round++) {
          const { result, templated, built } = await counting(() => cached(where()));
          expect(result).toEqual(await direct(where()));
          expect({ templated, built }).toEqual({ templated: 0, built: 1 });
        }
      }
      expect((await cached(fragment())).length).toBeGreaterThan(0);
    });

    it('should read inside the transaction of the EntityManager it is given', async () => {
      const target = activities[0]!;
      const where = { id: target.id } as FilterQuery<Activity>;
      await cached(where);
      await fresh()
        .transactional(async (em) => {
          await em.nativeUpdate(Activity, { id: target.id }, { title: 'Changed inside the transaction' });
          const { result, templated } = await counting(() => cached(where, em as EntityManager));
          expect(templated).toBe(1);
          expect(result[0]?.['title']).toBe('Changed inside the transaction');
          throw new Error('roll back');
        })
        .catch((error: Error) => expect(error.message).toBe('roll back'));
      expect((await cached(where))[0]?.['title']).toBe(target.title);
    });

    it('should give findPage pages of the size asked, each size its own statement', async () => {
      const where = { network: { $in: distinct('network') } } as FilterQuery<Activity>;
      for (const first of [2, 3, 2, 3]) {
        const page = await findPage(fresh(), Activity, where, { first, after: undefined, orderBy: { startDate: 'desc', id: 'desc' }, fields: ['title'] });
        expect(page.items).toHaveLength(first);
        expect(page.totalCount).toBe(activities.length);
        expect(page.hasNextPage).toBe(true);
      }
    });
  });
}
