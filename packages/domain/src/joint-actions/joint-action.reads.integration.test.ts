import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '../testing/builders.ts';
import { loadActor } from '../users/actor.ts';
import { newId } from '../shared/ids.ts';
import { todayIso } from '../shared/dates.ts';
import { InvalidArgumentError, type DomainContext } from '../shared/context.ts';
import type { Result } from '../shared/errors.ts';
import type { Page } from '../shared/pagination.ts';
import type { JointAction, JointActionMilestone, PolicyOutcome } from './joint-action.entity.ts';
import type { CreateJointActionInput } from './joint-action.schemas.ts';
import type { JointActionFilter, JointActionOrder } from './joint-action.filter.ts';
import type { PolicyStage, TargetLevel } from './joint-action.vocabulary.ts';
import { addPolicyTarget, changeJointActionStatus, createJointAction, listJointActions, recordPolicyOutcome } from './joint-actions.service.ts';
import {
  listJointActionMilestones,
  listJointActionsOfPartners,
  listJointActionsOfSynergies,
  listPolicyOutcomes,
  type JointActionMilestoneFilter,
  type PolicyOutcomeFilter,
} from './joint-action.reads.ts';

const dialects = await testDialects();

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.errors)}`);
  return result.value;
};

/** A page as plain facts, for comparing two pages. */
const facts = <T extends { id: string }>(page: Page<T>) => ({
  ids: page.items.map((item) => item.id),
  cursors: page.cursors,
  totalCount: page.totalCount,
  hasNextPage: page.hasNextPage,
  hasPreviousPage: page.hasPreviousPage,
});

/** Milestones and outcomes are named by the first word of their title or description. */
const names = (page: Page<JointActionMilestone> | Page<PolicyOutcome>) =>
  page.items.map((item) => ('title' in item ? item.title : item.description).split(' ')[0]);

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const orders: (JointActionOrder | null)[] = [
  null,
  { field: 'TITLE', direction: 'ASC' },
  { field: 'PARTICIPANTS', direction: 'DESC' },
  { field: 'UPDATED_AT', direction: 'ASC' },
];

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`joint action reads on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    let statements = 0;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'joint_action_reads', (message) => {
        if (message.startsWith('[query]')) statements += 1;
      });
    });
    afterAll(async () => {
      await db?.close();
    });

    const fresh = () => db.orm.em.fork() as EntityManager;
    const as = async (userId: string | null): Promise<DomainContext> => {
      const em = fresh();
      return { em, actor: userId ? await loadActor(em, userId) : null };
    };
    const lead = (partnerId: string) => ({ partnerId, role: 'LEAD' as const });

    describe('pages of joint actions per synergy and per partner', () => {
      /**
       * 20 synergies, each with its own partner; Xavier is also a member of the
       * first two. Synergy i has [5, 3, 0, 1, 2][i % 5] joint actions (the
       * first with distinct start dates, the second all on one day, so ties
       * fall to the id), with a few participant counts alike; one continental
       * action led by the first partner with Xavier and the sixth partner.
       */
      async function seedWorld() {
        const em = fresh();
        const network = buildNetwork(em);
        const synergies = Array.from({ length: 20 }, (_, i) => buildSynergy(em, network, { country: ['PH', 'KH', 'NP'][i % 3]! }));
        const partners = synergies.map((synergy, i) => {
          const partner = buildPartner(em, network, { name: `Partner ${String(i).padStart(2, '0')}` });
          buildMembership(em, synergy, partner, { since: '2020-01-01' });
          return partner;
        });
        const xavier = buildPartner(em, network, { name: 'Xavier union' });
        buildMembership(em, synergies[0]!, xavier, { since: '2020-01-01' });
        buildMembership(em, synergies[1]!, xavier, { since: '2020-01-01' });
        const user = (role: Parameters<typeof buildGrant>[2], scopeType: Parameters<typeof buildGrant>[3], scopeId: string) => {
          const u = buildUser(em);
          buildGrant(em, u, role, scopeType, scopeId, network);
          return u.id;
        };
        const users = {
          admin: user('NETWORK_ADMIN', 'NETWORK', network.id),
          coordinator: user('SYNERGY_COORDINATOR', 'SYNERGY', synergies[0]!.id),
          xavierEditor: user('PARTNER_EDITOR', 'PARTNER', xavier.id),
        };
        await persistSeed(em);

        const admin = await as(users.admin);
        const create = async (input: Omit<CreateJointActionInput, 'branches'>) => valueOf(await createJointAction(admin, { branches: ['GENERAL'], ...input })).id;
        const titles = ['Bravo hearing', 'alpha campaign', 'Charlie clinic', 'delta caravan', 'Echo forum'];
        const actionsOf = new Map<string, string[]>();
        for (const [i, synergy] of synergies.entries()) {
          const ids: string[] = [];
          for (let n = 0; n < [5, 3, 0, 1, 2][i % 5]!; n++) {
            const withXavier = i <= 1 && n === 0;
            ids.push(
              await create({
                synergyId: synergy.id,
                kind: n % 2 ? 'POLITICAL_ACTION' : 'JOINT_CAMPAIGN',
                title: `${titles[n]} ${i}`,
                plannedStartDate: i === 1 ? '2025-03-01' : `2025-0${n + 1}-1${i % 10}`,
                plannedEndDate: '2025-12-31',
                partners: withXavier ? [lead(xavier.id), { partnerId: partners[i]!.id, role: 'CONTRIBUTOR' }] : [lead(partners[i]!.id)],
                participants: [{ sex: 'WOMEN', ageBandId: '18-35', count: [4, 9, 4, 0, 7][n]! }],
              }),
            );
          }
          actionsOf.set(synergy.id, ids);
        }
        const continental = await create({
          networkId: network.id,
          kind: 'POLITICAL_ACTION',
          title: 'Foxtrot regional floor',
          plannedStartDate: '2025-06-01',
          plannedEndDate: '2025-06-30',
          partners: [lead(partners[0]!.id), { partnerId: xavier.id, role: 'CO_ORGANISER' }, { partnerId: partners[5]!.id, role: 'CONTRIBUTOR' }],
        });
        return {
          synergyIds: synergies.map((synergy) => synergy.id),
          partnerIds: [...partners.map((partner) => partner.id), xavier.id],
          xavier: xavier.id,
          actionsOf,
          continental,
          users,
        };
      }
      type World = Awaited<ReturnType<typeof seedWorld>>;
      let world: World;
      beforeAll(async () => {
        world = await seedWorld();
      });

      it('should page a synergy’s joint actions latest start first, with totals and both page flags, when walked with first and after', async () => {
        const s0 = world.synergyIds[0]!;
        const [newest, , , , oldest] = [...world.actionsOf.get(s0)!].reverse();
        const page = async (first: number, after?: string) =>
          (await listJointActionsOfSynergies(await as(world.users.admin), [s0], null, null, { first, after })).get(s0)!;
        const first = await page(2);
        expect(first.items.map((action) => action.title)).toEqual(['Echo forum 0', 'delta caravan 0']);
        expect(first.items[0]!.id).toBe(newest);
        expect(first).toMatchObject({ totalCount: 5, hasNextPage: true, hasPreviousPage: false });
        const second = await page(2, first.cursors[1]);
        expect(second.items.map((action) => action.title)).toEqual(['Charlie clinic 0', 'alpha campaign 0']);
        expect(second).toMatchObject({ totalCount: 5, hasNextPage: true, hasPreviousPage: true });
        const last = await page(2, second.cursors[1]);
        expect(last.items.map((action) => action.id)).toEqual([oldest]);
        expect(last).toMatchObject({ totalCount: 5, hasNextPage: false, hasPreviousPage: true });
        expect(facts(await page(0))).toEqual({ ids: [], cursors: [], totalCount: 5, hasNextPage: true, hasPreviousPage: false });
        // The synergy's own only: the continental action its partner leads is not among them.
        expect((await page(100)).items.map((action) => action.id)).not.toContain(world.continental);
      });

      it('should give every parent the page listJointActions gives for it, cursors included, in every order and from every cursor', async () => {
        const parents = {
          synergies: [0, 1, 2, 3, 4, 5].map((i) => world.synergyIds[i]!),
          partners: [world.xavier, world.partnerIds[0]!, world.partnerIds[1]!, world.partnerIds[5]!, world.partnerIds[2]!],
        };
        // The admin in every order and with a filter; the narrower actors in the default order.
        const cases: { who: keyof World['users']; order: JointActionOrder | null; filter: JointActionFilter | null }[] = [
          ...orders.map((order) => ({ who: 'admin' as const, order, filter: null })),
          { who: 'admin', order: null, filter: { kinds: ['JOINT_CAMPAIGN'] } },
          { who: 'coordinator', order: null, filter: null },
          { who: 'xavierEditor', order: { field: 'TITLE', direction: 'DESC' }, filter: null },
        ];
        for (const { who, order, filter } of cases) {
          const ctx = await as(world.users[who]);
          for (const [kind, ids] of Object.entries(parents) as [keyof typeof parents, string[]][]) {
            const batch = kind === 'synergies' ? listJointActionsOfSynergies : listJointActionsOfPartners;
            const alone = (id: string, first: number, after?: string) =>
              listJointActions(ctx, { ...filter, ...(kind === 'synergies' ? { synergyId: id } : { partnerId: id }) }, order, { first, after });
            // Every cursor of the first parent's list, each used as `after` for all parents at once.
            const { cursors } = await alone(ids[0]!, 100);
            for (const after of [undefined, ...cursors]) {
              const pages = await batch(ctx, ids, filter, order, { first: 2, after });
              for (const id of ids) {
                const label = `${who} ${kind} ${JSON.stringify(order)} ${JSON.stringify(filter)} after ${after}`;
                expect(facts(pages.get(id)!), label).toEqual(facts(await alone(id, 2, after)));
              }
            }
          }
        }
      });

      it('should run the same number of SQL statements for 2 parents as for 20, with or without a cursor', async () => {
        const count = async (run: (ctx: DomainContext) => Promise<unknown>) => {
          const ctx = await as(world.users.admin);
          const before = statements;
          await run(ctx);
          return statements - before;
        };
        const after = (await listJointActionsOfSynergies(await as(world.users.admin), [world.synergyIds[0]!], null, null, { first: 1 })).get(
          world.synergyIds[0]!,
        )!.cursors[0];
        for (const page of [{ first: 2 }, { first: 2, after }]) {
          const bySynergies = (n: number) => count((ctx) => listJointActionsOfSynergies(ctx, world.synergyIds.slice(0, n), null, null, page));
          const byPartners = (n: number) => count((ctx) => listJointActionsOfPartners(ctx, world.partnerIds.slice(0, n), null, null, page));
          const [synergies2, synergies20, partners2, partners20] = [await bySynergies(2), await bySynergies(20), await byPartners(2), await byPartners(21)];
          expect(synergies20).toBe(synergies2);
          expect(partners20).toBe(partners2);
          // The windowed query, the joint actions by id, their synergies.
          expect(synergies20).toBeLessThanOrEqual(3);
          expect(partners20).toBeLessThanOrEqual(3);
        }
      });

      it('should leave out what the actor may not see, and give an empty page to unknown ids and signed-out callers', async () => {
        const [s0, s5] = [world.synergyIds[0]!, world.synergyIds[5]!];
        const p5 = world.partnerIds[5]!;
        const byCoordinator = await listJointActionsOfSynergies(await as(world.users.coordinator), [s0, s5], null, null, { first: 10 });
        expect(byCoordinator.get(s0)!.totalCount).toBe(5);
        expect(facts(byCoordinator.get(s5)!)).toEqual({ ids: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false });
        const byAdmin = await listJointActionsOfSynergies(await as(world.users.admin), [s5], null, null, { first: 10 });
        expect(byAdmin.get(s5)!.totalCount).toBe(5);
        // Xavier's editor sees, of the sixth partner's actions, only the continental one Xavier takes part in.
        const byEditor = await listJointActionsOfPartners(await as(world.users.xavierEditor), [world.xavier, p5], null, null, { first: 10 });
        expect(byEditor.get(p5)!.items.map((action) => action.id)).toEqual([world.continental]);
        expect(byEditor.get(world.xavier)!.totalCount).toBe(3);
        const unknown = newId();
        const signedOut = await listJointActionsOfSynergies(await as(null), [s0, unknown], null, null, { first: 10 });
        expect([...signedOut.values()].map((page) => page.totalCount)).toEqual([0, 0]);
        expect((await listJointActionsOfSynergies(await as(world.users.admin), [unknown], null, null, {})).get(unknown)!.totalCount).toBe(0);
        await expect(listJointActionsOfSynergies(await as(world.users.admin), [s0], null, null, { first: 101 })).rejects.toThrow(InvalidArgumentError);
        await expect(listJointActionsOfPartners(await as(world.users.admin), [p5], null, null, { after: 'nonsense' })).rejects.toThrow('after:');
        await expect(listJointActionsOfPartners(await as(world.users.admin), [p5], { from: '2025-13-01' }, null, {})).rejects.toThrow('filter.from');
      });
    });

    describe('milestones and policy outcomes', () => {
      /**
       * PH synergy with Alpha and Bravo, KH synergy with Kilo, created through the service:
       * P1 (PH, political, target NATIONAL): m1 due 2025-01-10 done, m2 due 2025-02-01, m3 due 2099-01-01;
       *   outcomes o1 2025-02-01 AGENDA_SETTING, o2 2025-05-01 FORMULATION.
       * J (PH, campaign, then CANCELLED): m4 due 2025-01-20; outcome o5 2025-01-15 without stage.
       * P2 (KH, political, target LOCAL, ONGOING): m5 due 2025-03-01; outcome o3 2025-03-01 ADOPTION.
       * C (continental, political, Alpha and Kilo, target INTERNATIONAL): m6 due 2025-01-15; outcome o4 2025-04-01 AGENDA_SETTING.
       */
      async function seedWorld() {
        const em = fresh();
        const network = buildNetwork(em);
        const ph = buildSynergy(em, network, { country: 'PH' });
        const kh = buildSynergy(em, network, { country: 'KH' });
        const alpha = buildPartner(em, network, { name: 'Alpha union' });
        const bravo = buildPartner(em, network, { name: 'Bravo mutual' });
        const kilo = buildPartner(em, network, { name: 'Kilo cooperative', country: 'KH' });
        buildMembership(em, ph, alpha, { since: '2020-01-01' });
        buildMembership(em, ph, bravo, { since: '2020-01-01' });
        buildMembership(em, kh, kilo, { since: '2020-01-01' });
        const other = buildNetwork(em);
        const user = (role: Parameters<typeof buildGrant>[2], scopeId: string) => {
          const u = buildUser(em);
          buildGrant(em, u, role, role === 'NETWORK_ADMIN' ? 'NETWORK' : 'SYNERGY', scopeId, network);
          return u.id;
        };
        const users = {
          admin: user('NETWORK_ADMIN', network.id),
          phCoordinator: user('SYNERGY_COORDINATOR', ph.id),
          khCoordinator: user('SYNERGY_COORDINATOR', kh.id),
        };
        await persistSeed(em);

        const admin = await as(users.admin);
        const create = async (input: Omit<CreateJointActionInput, 'branches'>) => valueOf(await createJointAction(admin, { branches: ['GENERAL'], ...input }));
        const target = async (action: JointAction, level: TargetLevel) =>
          valueOf(await addPolicyTarget(admin, { jointActionId: action.id, version: action.version, name: `${level} decision maker`, level, askKind: 'MEETING' }));
        const outcome = async (action: JointAction, description: string, observedOn: string, stage: PolicyStage | null) =>
          valueOf(await recordPolicyOutcome(admin, { jointActionId: action.id, version: action.version, observedOn, description, stage, contribution: 'PARTIAL' }));
        const political = { kind: 'POLITICAL_ACTION' as const, plannedStartDate: '2025-01-01', plannedEndDate: '2025-12-31' };

        let p1 = await create({
          ...political,
          synergyId: ph.id,
          title: 'P1 pension bill',
          partners: [lead(alpha.id), { partnerId: bravo.id, role: 'CONTRIBUTOR' }],
          milestones: [
            { title: 'm1 position paper', dueDate: '2025-01-10', doneDate: '2025-01-09' },
            { title: 'm2 senate meeting', dueDate: '2025-02-01' },
            { title: 'm3 evaluation', dueDate: '2099-01-01' },
          ],
        });
        p1 = await target(p1, 'NATIONAL');
        p1 = await outcome(p1, 'o1 on the agenda', '2025-02-01', 'AGENDA_SETTING');
        await outcome(p1, 'o2 bill drafted', '2025-05-01', 'FORMULATION');
        let campaign = await create({
          ...political,
          kind: 'JOINT_CAMPAIGN',
          synergyId: ph.id,
          title: 'J enrolment campaign',
          partners: [lead(alpha.id)],
          milestones: [{ title: 'm4 leaflets', dueDate: '2025-01-20' }],
        });
        campaign = await outcome(campaign, 'o5 enrolment rose', '2025-01-15', null);
        valueOf(await changeJointActionStatus(admin, { id: campaign.id, version: campaign.version, status: 'CANCELLED' }));
        let p2 = await create({
          ...political,
          synergyId: kh.id,
          title: 'P2 health fund',
          partners: [lead(kilo.id)],
          milestones: [{ title: 'm5 hearing', dueDate: '2025-03-01', responsiblePartnerId: kilo.id }],
        });
        p2 = await target(p2, 'LOCAL');
        p2 = await outcome(p2, 'o3 fund adopted', '2025-03-01', 'ADOPTION');
        valueOf(await changeJointActionStatus(admin, { id: p2.id, version: p2.version, status: 'ONGOING' }));
        let continental = await create({
          ...political,
          networkId: network.id,
          title: 'C regional floor',
          partners: [lead(alpha.id), { partnerId: kilo.id, role: 'CONTRIBUTOR' }],
          milestones: [{ title: 'm6 regional meeting', dueDate: '2025-01-15' }],
        });
        continental = await target(continental, 'INTERNATIONAL');
        await outcome(continental, 'o4 regional agenda', '2025-04-01', 'AGENDA_SETTING');
        return { networkId: network.id, otherNetworkId: other.id, ph: ph.id, kh: kh.id, kilo: kilo.id, p2: p2.id, users };
      }
      type World = Awaited<ReturnType<typeof seedWorld>>;
      let world: World;
      beforeAll(async () => {
        world = await seedWorld();
      });

      const milestones = async (filter: JointActionMilestoneFilter | null, who: keyof World['users'] = 'admin', first = 100) =>
        names(await listJointActionMilestones(await as(world.users[who]), filter, { first }));
      const outcomes = async (filter: PolicyOutcomeFilter | null, who: keyof World['users'] = 'admin') =>
        names(await listPolicyOutcomes(await as(world.users[who]), filter, { first: 100 }));

      it('should list milestones by due date, those of completed and cancelled actions left out unless activeOnly is false', async () => {
        expect(await milestones(null)).toEqual(['m1', 'm6', 'm2', 'm5', 'm3']);
        expect(await milestones({ activeOnly: false })).toEqual(['m1', 'm6', 'm4', 'm2', 'm5', 'm3']);
      });

      it('should list the overdue milestones when asked for open ones due by yesterday', async () => {
        expect(await milestones({ done: false, dueTo: yesterday() })).toEqual(['m6', 'm2', 'm5']);
        expect(await milestones({ done: false, dueTo: yesterday(), activeOnly: false })).toEqual(['m6', 'm4', 'm2', 'm5']);
        expect(await milestones({ done: false, dueFrom: todayIso() })).toEqual(['m3']);
      });

      it('should narrow milestones by done, due dates, network, synergy, partner and joint action', async () => {
        expect(await milestones({ done: true })).toEqual(['m1']);
        expect(await milestones({ dueFrom: '2025-01-15', dueTo: '2025-02-01' })).toEqual(['m6', 'm2']);
        expect(await milestones({ synergyId: world.ph })).toEqual(['m1', 'm2', 'm3']);
        expect(await milestones({ synergyId: world.ph, activeOnly: false })).toEqual(['m1', 'm4', 'm2', 'm3']);
        expect(await milestones({ partnerId: world.kilo })).toEqual(['m6', 'm5']);
        expect(await milestones({ jointActionId: world.p2 })).toEqual(['m5']);
        expect(await milestones({ networkId: world.networkId })).toHaveLength(5);
        expect(await milestones({ networkId: world.otherNetworkId })).toEqual([]);
      });

      it('should page milestones with cursors and count them all', async () => {
        const ctx = await as(world.users.admin);
        const first = await listJointActionMilestones(ctx, null, { first: 2 });
        expect(names(first)).toEqual(['m1', 'm6']);
        expect(first).toMatchObject({ totalCount: 5, hasNextPage: true, hasPreviousPage: false });
        const second = await listJointActionMilestones(ctx, null, { first: 2, after: first.cursors[1] });
        expect(names(second)).toEqual(['m2', 'm5']);
        const last = await listJointActionMilestones(ctx, null, { first: 2, after: second.cursors[1] });
        expect(names(last)).toEqual(['m3']);
        expect(last).toMatchObject({ totalCount: 5, hasNextPage: false, hasPreviousPage: true });
      });

      it('should list only the milestones of joint actions the actor may see', async () => {
        // Kilo takes part in the continental action, so KH's coordinator sees its milestone too.
        expect(await milestones(null, 'khCoordinator')).toEqual(['m6', 'm5']);
        expect(await milestones(null, 'phCoordinator')).toEqual(['m1', 'm6', 'm2', 'm3']);
        expect((await listJointActionMilestones(await as(null), null, {})).totalCount).toBe(0);
        await expect(listJointActionMilestones(await as(world.users.admin), { dueFrom: '2025-02-30' }, {})).rejects.toThrow(
          new InvalidArgumentError('filter.dueFrom', 'must be a date in the form YYYY-MM-DD'),
        );
      });

      it('should list policy outcomes latest observed first, narrowed by stage, owner, country, target level, kind and period', async () => {
        expect(await outcomes(null)).toEqual(['o2', 'o4', 'o3', 'o1', 'o5']);
        expect(await outcomes({ stages: ['AGENDA_SETTING'] })).toEqual(['o4', 'o1']);
        expect(await outcomes({ continental: true })).toEqual(['o4']);
        expect(await outcomes({ continental: false })).toEqual(['o2', 'o3', 'o1', 'o5']);
        expect(await outcomes({ countries: ['kh'] })).toEqual(['o3']);
        expect(await outcomes({ targetLevels: ['NATIONAL'] })).toEqual(['o2', 'o1']);
        expect(await outcomes({ targetLevels: ['NATIONAL', 'INTERNATIONAL'] })).toEqual(['o2', 'o4', 'o1']);
        expect(await outcomes({ kinds: ['JOINT_CAMPAIGN'] })).toEqual(['o5']);
        expect(await outcomes({ from: '2025-02-01', to: '2025-04-01' })).toEqual(['o4', 'o3', 'o1']);
        expect(await outcomes({ synergyId: world.ph })).toEqual(['o2', 'o1', 'o5']);
        expect(await outcomes({ networkId: world.otherNetworkId })).toEqual([]);
      });

      it('should page policy outcomes and list only those of joint actions the actor may see', async () => {
        const ctx = await as(world.users.admin);
        const first = await listPolicyOutcomes(ctx, null, { first: 2 });
        expect(names(first)).toEqual(['o2', 'o4']);
        expect(first).toMatchObject({ totalCount: 5, hasNextPage: true });
        const second = await listPolicyOutcomes(ctx, null, { first: 2, after: first.cursors[1] });
        expect(names(second)).toEqual(['o3', 'o1']);
        expect(second).toMatchObject({ totalCount: 5, hasNextPage: true, hasPreviousPage: true });
        expect(await outcomes(null, 'khCoordinator')).toEqual(['o4', 'o3']);
        expect((await listPolicyOutcomes(await as(null), null, {})).items).toEqual([]);
        await expect(listPolicyOutcomes(ctx, { to: '2025-1-1' }, {})).rejects.toThrow('filter.to: must be a date');
      });
    });
  });
}
