import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { Reference, ReferenceKind, helper, type EntityMetadata } from '@mikro-orm/core';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { loadDemoData } from '../demo/load-demo.ts';
import { Activity } from '../activities/activity.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { User } from '../users/user.entity.ts';
import { findReadOnly, findReadOnlyByKeys, isPartial, joinToOne, joinedEntity, readOnlyEntities, rowsAsJson, rowsOfJson } from './read-only-entities.ts';
import { JointAction, JointActionPartner } from '../joint-actions/joint-action.entity.ts';
import { findPage } from './pagination.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { currentMembershipWhere } from '../synergies/membership.rules.ts';

const dialects = await testDialects();

const isToOne = (kind: ReferenceKind) => kind === ReferenceKind.MANY_TO_ONE || kind === ReferenceKind.ONE_TO_ONE;
const unwrap = (value: unknown) => (value instanceof Reference ? value.unwrap() : value) as Record<string, unknown> | null | undefined;

/** Every scalar equal, every to-one relation pointing at the same id; joined ones compared one level down too. */
function expectSameEntity(meta: EntityMetadata, readOnly: Record<string, unknown>, managed: Record<string, unknown>, depth = 0): void {
  for (const prop of meta.props) {
    const label = `${meta.className}.${prop.name}`;
    if (prop.kind === ReferenceKind.SCALAR) {
      expect(readOnly[prop.name], label).toEqual(managed[prop.name]);
    } else if (isToOne(prop.kind) && !prop.mappedBy) {
      expect(readOnly[prop.name] instanceof Reference, `${label} is a reference`).toBe(managed[prop.name] instanceof Reference);
      const [mine, theirs] = [unwrap(readOnly[prop.name]), unwrap(managed[prop.name])];
      expect(mine?.['id'] ?? null, label).toEqual(theirs?.['id'] ?? null);
      if (mine && theirs && depth === 0 && helper(theirs).__initialized) expectSameEntity(prop.targetMeta!, mine, theirs, depth + 1);
    }
  }
}

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`read-only entities on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    const fresh = () => db.orm.em.fork() as EntityManager;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'read_only_entities');
      await loadDemoData(fresh());
    }, 120_000);
    afterAll(async () => {
      await db?.close();
    });

    /** Up to 40 rows of an entity with every owned to-one relation joined, as the list pages read them: raw and as em.map takes them. */
    const rowsOf = async (em: EntityManager, meta: EntityMetadata, without: string[] = []) => {
      const populate = meta.props.filter((prop) => isToOne(prop.kind) && !prop.mappedBy && !without.includes(prop.name)).map((prop) => prop.name);
      const query = () => joinToOne(em.createQueryBuilder(meta.className, 'e0').select('*'), populate).orderBy(Object.fromEntries(meta.primaryKeys.map((pk) => [pk, 'asc']))).limit(40);
      return {
        populate,
        raw: (await query().execute('all', false)) as Record<string, unknown>[],
        mapped: (await query().execute('all', true)) as Record<string, unknown>[],
      };
    };
    const supported = () =>
      Object.values(db.orm.getMetadata().getAll())
        .filter((meta) => !meta.embeddable && !meta.virtual && !meta.pivotTable);

    it('should give every entity the values em.map gives it, relations included, for every entity the demo fills', async () => {
      const metas = supported();
      expect(metas.map((meta) => meta.className)).toEqual(expect.arrayContaining(['Activity', 'Partner', 'JointAction', 'CapacityBuildingMission', 'SynergyMembership', 'Synergy', 'Network', 'User']));
      let compared = 0;
      for (const meta of metas) {
        const { raw, mapped, populate } = await rowsOf(fresh(), meta);
        const readOnly = readOnlyEntities<Record<string, unknown>>(fresh(), meta.className, raw, populate);
        const em = fresh();
        const managed = mapped.map((row) => em.map(meta.className, row as never) as Record<string, unknown>);
        expect(readOnly).toHaveLength(managed.length);
        readOnly.forEach((entity, index) => expectSameEntity(meta, entity, managed[index]!));
        compared += raw.length;
      }
      expect(compared).toBeGreaterThan(500);
    });

    it('should read as an entity of its class: type, joined relations loaded, the others loading on demand', async () => {
      const em = fresh();
      const { raw, populate } = await rowsOf(em, em.getMetadata().get('Activity'), ['network']);
      // The process's first reference is the ORM's own (see keyReference): this test is about the others.
      readOnlyEntities<Activity>(fresh(), Activity, raw, populate);
      const [activity] = readOnlyEntities<Activity>(em, Activity, raw, populate);
      expect(helper(activity!).__meta.className).toBe('Activity');
      expect(activity!.partner.isInitialized()).toBe(true);
      expect(activity!.partner.id).toBe(raw[0]!['partner_id']);
      expect(activity!.partner.unwrap().name).toBe(raw[0]!['j0__name']);
      expect(activity!.partner.getEntity().acronym).toBe(raw[0]!['j0__acronym']);
      expect((await activity!.partner.load({ dataloader: true }))?.name).toEqual(expect.any(String));
      // Not joined: a managed reference, loaded from the database when asked.
      expect(activity!.network.isInitialized()).toBe(false);
      expect((await activity!.network.load({ dataloader: true }))?.name).toEqual(expect.any(String));
      // Resolvers take a joined entity at once; any other reference still loads.
      expect(joinedEntity(activity!.partner)).toBe(activity!.partner.unwrap());
      expect(joinedEntity(activity!.network)).toBeUndefined();
      expect(joinedEntity(em.getReference(Partner, activity!.partner.id, { wrapped: true }))).toBeUndefined();
      expect(joinedEntity(null)).toBeUndefined();
    });

    it('should give a bare key without making its managed entity, and make it on first use', async () => {
      const em = fresh();
      const { raw, populate } = await rowsOf(em, em.getMetadata().get('Activity'), ['network']);
      // The process's first key reference is a real one (it reads MikroORM's marker off it): make it elsewhere.
      readOnlyEntities<Activity>(fresh(), Activity, raw, populate);
      const [first] = readOnlyEntities<Activity>(em, Activity, raw, populate);
      const networkId = raw[0]!['network_id'] as string;
      const registered = () => em.getUnitOfWork().getById('Network', networkId);
      expect(first!.network.id).toBe(networkId);
      expect(Reference.isReference(first!.network)).toBe(true);
      expect(first!.network).toBeInstanceOf(Reference);
      expect(registered()).toBeUndefined();
      // A query given the reference uses its key.
      expect((await em.find(Activity, { network: first!.network, id: first!.id })).map((activity) => activity.id)).toEqual([first!.id]);
      const network = await first!.network.load();
      expect(network?.id).toBe(networkId);
      expect(network?.name).toEqual(expect.any(String));
      expect(registered()).toBe(first!.network.unwrap());
      expect(first!.network.isInitialized()).toBe(true);
      expect(first!.network.getEntity().name).toBe(network!.name);
    });

    it('should share one object per joined row within a page, as an identity map would', async () => {
      const em = fresh();
      const { raw, populate } = await rowsOf(em, em.getMetadata().get('Activity'));
      const activities = readOnlyEntities<Activity>(em, Activity, raw, populate);
      const byPartner = new Map<string, Partner>();
      let shared = 0;
      for (const activity of activities) {
        const partner = activity.partner.unwrap();
        if (byPartner.has(partner.id)) {
          expect(byPartner.get(partner.id)).toBe(partner);
          shared += 1;
        }
        byPartner.set(partner.id, partner);
      }
      expect(shared).toBeGreaterThan(0);
    });

    it('should find what em.find finds, in its order, with the relations asked for joined', async () => {
      const where = { ...currentMembershipWhere() } as never;
      const orderBy = { until: 'desc nulls first', since: 'desc', id: 'asc' } as const;
      const managed = await fresh().find(SynergyMembership, where, { orderBy });
      const readOnly = await findReadOnly(fresh(), SynergyMembership, where, { orderBy, populate: ['synergy'] });
      expect(readOnly.map((membership) => membership.id)).toEqual(managed.map((membership) => membership.id));
      expect(readOnly.length).toBeGreaterThan(10);
      expect(readOnly.every((membership) => membership.synergy.isInitialized() && membership.synergy.unwrap().name.length > 0)).toBe(true);
    });

    it('should find by keys what em.find finds, building its statement once whatever the number of keys', async () => {
      const orderBy = { until: 'desc nulls first', since: 'desc', id: 'asc' } as const;
      const partnerIds = [...new Set((await fresh().find(SynergyMembership, {}, { orderBy: { id: 'asc' } })).map((membership) => membership.partner.id))];
      expect(partnerIds.length).toBeGreaterThan(10);
      let built = 0;
      for (const keys of [partnerIds.slice(0, 1), partnerIds.slice(0, 5), partnerIds, [...partnerIds.slice(0, 2), '00000000-0000-4000-8000-000000000000']]) {
        for (const today of ['2000-01-01', '2026-12-02']) {
          const managed = await fresh().find(SynergyMembership, { partner: { $in: keys }, ...currentMembershipWhere(today) } as never, { orderBy });
          const em = fresh();
          const build = vi.spyOn(em, 'createQueryBuilder');
          const readOnly = await findReadOnlyByKeys(em, SynergyMembership, 'partner', keys, { where: currentMembershipWhere('?'), params: [today], orderBy, populate: ['synergy'] });
          built += build.mock.calls.length;
          expect(readOnly.map((membership) => membership.id)).toEqual(managed.map((membership) => membership.id));
          expect(readOnly.every((membership) => membership.synergy.isInitialized())).toBe(true);
        }
      }
      // Built at most once: an earlier test of this file may have built it already.
      expect(built).toBeLessThanOrEqual(1);
      expect(await findReadOnlyByKeys(fresh(), SynergyMembership, 'partner', [])).toEqual([]);
    });

    it('should find by keys with only the properties asked: the same rows and values, the others refused by name', async () => {
      const orderBy = { until: 'desc nulls first', since: 'desc', id: 'asc' } as const;
      const partnerIds = [...new Set((await fresh().find(SynergyMembership, {}, { orderBy: { id: 'asc' } })).map((membership) => membership.partner.id))];
      const whole = await findReadOnlyByKeys(fresh(), SynergyMembership, 'partner', partnerIds, { orderBy });
      const em = fresh();
      const execute = vi.spyOn(em.getConnection(), 'execute');
      const narrow = await findReadOnlyByKeys(em, SynergyMembership, 'partner', partnerIds, { orderBy, fields: ['role', 'since'] });
      const statement = String(execute.mock.calls[0]![0]);
      expect(narrow.length).toBeGreaterThan(10);
      expect(narrow.map((m) => [m.id, m.partner.id, m.role, m.since])).toEqual(whole.map((m) => [m.id, m.partner.id, m.role, m.since]));
      expect(isPartial(narrow[0]!)).toBe(true);
      expect(isPartial(whole[0]!)).toBe(false);
      expect(() => narrow[0]!.createdAt).toThrow('SynergyMembership.createdAt was not loaded');
      expect(() => narrow[0]!.synergy).toThrow('SynergyMembership.synergy was not loaded');
      expect(statement).toContain('role');
      expect(statement).not.toMatch(/created_at|\*/);
    });

    it('should give a page’s nested rows as JSON in its own statement, read as the same entities a loader reads', async () => {
      const em = fresh();
      const orderBy = { createdAt: 'asc', id: 'asc' } as const;
      const partners = rowsAsJson(em, JointActionPartner, 'jointAction', { orderBy, populate: ['partner'] });
      const page = await findPage(em, JointAction, {}, { first: 100, after: undefined, orderBy: { id: 'asc' }, populate: ['synergy'], correlated: { partners } });
      expect(page.correlated).toHaveLength(page.items.length);
      const meta = em.getMetadata().get('JointActionPartner');
      let compared = 0;
      for (const [index, action] of page.items.entries()) {
        const fromJson = readOnlyEntities<JointActionPartner>(fresh(), JointActionPartner, rowsOfJson(page.correlated![index]!['partners']), ['partner']);
        const loaded = await findReadOnlyByKeys(fresh(), JointActionPartner, 'jointAction', [action.id], { orderBy, populate: ['partner'] });
        expect(fromJson.map((taking) => taking.id)).toEqual(loaded.map((taking) => taking.id));
        fromJson.forEach((taking, position) => expectSameEntity(meta, taking as never, loaded[position] as never));
        expect(fromJson.every((taking) => joinedEntity(taking.partner)?.name === taking.partner.unwrap().name && taking.partner.unwrap().name.length > 0)).toBe(true);
        compared += fromJson.length;
      }
      expect(compared, 'the demo has joint actions with partners').toBeGreaterThan(5);
      // After a cursor the page comes without them: its caller loads them as before.
      const next = await findPage(em, JointAction, {}, { first: 2, after: page.cursors[0], orderBy: { id: 'asc' }, correlated: { partners } });
      expect(next.correlated).toBeUndefined();
    });

    it('should give nested rows and their joined relation with only the properties asked, partial and refusing the others', async () => {
      const em = fresh();
      const orderBy = { createdAt: 'asc', id: 'asc' } as const;
      const narrow = rowsAsJson(em, JointActionPartner, 'jointAction', { orderBy, populate: ['partner'], fields: ['role'], joinedFields: { partner: ['name'] } });
      const whole = rowsAsJson(em, JointActionPartner, 'jointAction', { orderBy, populate: ['partner'] });
      const page = await findPage(em, JointAction, {}, { first: 100, after: undefined, orderBy: { id: 'asc' }, correlated: { narrow, whole } });
      const takings = (name: string) => readOnlyEntities<JointActionPartner>(fresh(), JointActionPartner, page.correlated!.flatMap((values) => rowsOfJson(values[name])), ['partner']);
      const [narrowTakings, wholeTakings] = [takings('narrow'), takings('whole')];
      expect(narrowTakings.length).toBeGreaterThan(5);
      expect(narrowTakings.map((taking) => [taking.id, taking.role, taking.partner.id, joinedEntity(taking.partner)!.name])).toEqual(
        wholeTakings.map((taking) => [taking.id, taking.role, taking.partner.id, joinedEntity(taking.partner)!.name]),
      );
      expect(narrowTakings.every((taking, index) => taking.jointAction.id === wholeTakings[index]!.jointAction.id)).toBe(true);
      expect(isPartial(narrowTakings[0]!)).toBe(true);
      expect(() => narrowTakings[0]!.contributionInKind).toThrow('JointActionPartner.contributionInKind was not loaded');
      const partner = joinedEntity(narrowTakings[0]!.partner)!;
      expect(isPartial(partner)).toBe(true);
      expect(isPartial(joinedEntity(wholeTakings[0]!.partner)!)).toBe(false);
      expect(() => partner.contactEmail).toThrow('Partner.contactEmail was not loaded');
      expect(() => rowsAsJson(em, JointActionPartner, 'jointAction', { orderBy, populate: ['partner'], joinedFields: { partner: ['memberships'] } })).toThrow(
        'rowsAsJson: Partner.memberships is not a property stored in a column',
      );
    });

    it('should give only the nested rows a where clause keeps, and refuse a value that is not a plain word in its text', async () => {
      const em = fresh();
      const keptBy = async (where: NonNullable<Parameters<typeof rowsAsJson>[3]['where']>) => {
        const nested = rowsAsJson(em, SynergyMembership, 'partner', { orderBy: { id: 'asc' }, where });
        const rows = (await em.getConnection().execute(`select e0.id, ${nested} as memberships from partner as e0`)) as { memberships: unknown }[];
        return readOnlyEntities<SynergyMembership>(em, SynergyMembership, rows.flatMap((row) => rowsOfJson(row.memberships))).map((membership) => membership.id).sort();
      };
      const ids = async (where: object) => (await em.find(SynergyMembership, where)).map((membership) => membership.id).sort();
      const open = await keptBy({ until: [null] });
      expect(open.length).toBeGreaterThan(0);
      expect(open).toEqual(await ids({ until: null }));
      expect(await keptBy({ until: [{ $gte: '2000-01-01' }] })).toEqual(await ids({ until: { $gte: '2000-01-01' } }));
      expect(await keptBy({ until: [null, { $gte: '2025-06-01' }] })).toEqual(await ids(currentMembershipWhere('2025-06-01')));
      expect(() => rowsAsJson(em, SynergyMembership, 'partner', { orderBy: { id: 'asc' }, where: { until: [{ $gte: "2025-06-01' or '1'='1" }] } })).toThrow(
        'rowsAsJson: SynergyMembership.until cannot be compared with',
      );
    });

    it('should never be written: changing one and flushing leaves the row as it was', async () => {
      const em = fresh();
      const { raw, populate } = await rowsOf(em, em.getMetadata().get('Partner'));
      const [partner] = readOnlyEntities<Partner>(em, Partner, raw, populate);
      const name = partner!.name;
      partner!.name = 'Changed by mistake';
      await em.flush();
      expect((await fresh().findOneOrFail(Partner, partner!.id)).name).toBe(name);
    });

    it('should refuse to read a property whose column the query left out, naming it, and give what it selected', async () => {
      const em = fresh();
      const select = () => em.createQueryBuilder(Activity, 'e0').select(['e0.id', 'e0.title', 'e0.partner_id']).orderBy({ id: 'asc' }).limit(3);
      const [activity] = readOnlyEntities<Activity>(em, Activity, (await select().execute('all', false)) as Record<string, unknown>[]);
      const whole = await fresh().findOneOrFail(Activity, activity!.id);
      const prototype = em.getMetadata().get('Activity').prototype as object;
      expect(Object.prototype.isPrototypeOf.call(prototype, activity!)).toBe(true);
      expect([activity!.title, activity!.partner.id]).toEqual([whole.title, whole.partner.id]);
      expect(() => activity!.description).toThrow('Activity.description was not loaded');
      expect(() => activity!.participantCells).toThrow('Activity.participantCells was not loaded');
      activity!.description = 'set afterwards';
      expect(activity!.description).toBe('set afterwards');
      // Rows with every column build plain entities of the class, as before.
      const [complete] = readOnlyEntities<Activity>(em, Activity, (await select().select('*').execute('all', false)) as Record<string, unknown>[]);
      expect(Object.getPrototypeOf(complete)).toBe(prototype);
      expect(complete!.description).toEqual(whole.description);
    });

    it('should give a collection as on an entity loaded without it: there, not loaded', async () => {
      const em = fresh();
      const rows = (await em.createQueryBuilder(User, 'u').select('*').limit(1).execute('all', false)) as Record<string, unknown>[];
      const [user] = readOnlyEntities<User>(em, User, rows);
      expect(user!.grants.isInitialized()).toBe(false);
      expect(() => user!.grants.getItems()).toThrow(/not initialized/);
    });
  });
}
