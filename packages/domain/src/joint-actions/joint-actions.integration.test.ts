import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { createTestDatabase, testDialects, type TestDatabase } from '../testing/database.ts';
import { buildGrant, buildMembership, buildNetwork, buildPartner, buildSynergy, buildUser, persistSeed } from '../testing/builders.ts';
import { loadActor } from '../users/actor.ts';
import { AuditEntry } from '../audit/audit-entry.entity.ts';
import type { DomainContext } from '../shared/context.ts';
import type { Result, UserError } from '../shared/errors.ts';
import { todayIso } from '../shared/dates.ts';
import { JointAction, JointActionMilestone, JointActionPartner, PolicyOutcome, PolicyTarget } from './joint-action.entity.ts';
import {
  addJointActionMilestone,
  addJointActionPartner,
  addPolicyTarget,
  changeJointActionStatus,
  createJointAction,
  deleteJointAction,
  findJointAction,
  jointActionPermissions,
  jointActionSubject,
  listJointActions,
  recordPolicyOutcome,
  removeJointActionMilestone,
  removeJointActionPartner,
  removePolicyTarget,
  updateJointAction,
  updateJointActionMilestone,
  updateJointActionPartner,
  updatePolicyOutcome,
} from './joint-actions.service.ts';
import type { CreateJointActionInput, RecordPolicyOutcomeInput } from './joint-action.schemas.ts';
import type { JointActionFilter } from './joint-action.filter.ts';

const dialects = await testDialects();

const partTables = [JointActionPartner, JointActionMilestone, PolicyTarget, PolicyOutcome] as const;
const jointActionEntityTypes = ['JointAction', 'JointActionPartner', 'JointActionMilestone', 'PolicyTarget', 'PolicyOutcome'];

/** ISO date `days` from today (UTC). */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`joint actions on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, 'joint_actions');
    });
    afterAll(async () => {
      await db?.close();
    });

    const fresh = () => db.orm.em.fork() as EntityManager;
    const as = async (userId: string | null): Promise<DomainContext> => {
      const em = fresh();
      return { em, actor: userId ? await loadActor(em, userId) : null };
    };

    /**
     * A new network per test. S1 (PH): Alpha and Bravo since 2020, Carol
     * until 2024-12-31, Dan since 2025-07-01, Delta (also in S2). S2 (KH):
     * Kilo and Delta. Charlie in no synergy; Oscar in another network.
     * One user per role.
     */
    async function seedWorld() {
      const em = fresh();
      const network = buildNetwork(em);
      const s1 = buildSynergy(em, network, { name: 'Philippines synergy', country: 'PH' });
      const s2 = buildSynergy(em, network, { name: 'Cambodia synergy', country: 'KH' });
      const alpha = buildPartner(em, network, { name: 'Alpha union' });
      const bravo = buildPartner(em, network, { name: 'Bravo mutual', type: 'HEALTH_MUTUAL' });
      const carol = buildPartner(em, network, { name: 'Carol cooperative', type: 'COOPERATIVE' });
      const dan = buildPartner(em, network, { name: 'Dan institute', type: 'NGO' });
      const delta = buildPartner(em, network, { name: 'Delta vendors', type: 'INFORMAL_WORKERS_ORGANISATION' });
      const kilo = buildPartner(em, network, { name: 'Kilo union', country: 'KH' });
      const charlie = buildPartner(em, network, { name: 'Charlie cooperative', type: 'COOPERATIVE' });
      buildMembership(em, s1, alpha, { since: '2020-01-01' });
      buildMembership(em, s1, bravo, { since: '2020-01-01' });
      buildMembership(em, s1, carol, { since: '2020-01-01', until: '2024-12-31' });
      buildMembership(em, s1, dan, { since: '2025-07-01' });
      buildMembership(em, s1, delta, { since: '2020-01-01' });
      buildMembership(em, s2, delta, { since: '2020-01-01' });
      buildMembership(em, s2, kilo, { since: '2020-01-01' });
      const other = buildNetwork(em);
      const otherSynergy = buildSynergy(em, other, { country: 'VN' });
      const oscar = buildPartner(em, other, { name: 'Oscar union', country: 'VN' });
      buildMembership(em, otherSynergy, oscar, { since: '2020-01-01' });
      const user = (role: Parameters<typeof buildGrant>[2], scopeType: Parameters<typeof buildGrant>[3], scopeId: string, net = network) => {
        const u = buildUser(em);
        buildGrant(em, u, role, scopeType, scopeId, net);
        return u.id;
      };
      const users = {
        admin: user('NETWORK_ADMIN', 'NETWORK', network.id),
        reviewer: user('NETWORK_REVIEWER', 'NETWORK', network.id),
        networkViewer: user('VIEWER', 'NETWORK', network.id),
        coordinator: user('SYNERGY_COORDINATOR', 'SYNERGY', s1.id),
        otherCoordinator: user('SYNERGY_COORDINATOR', 'SYNERGY', s2.id),
        synergyViewer: user('VIEWER', 'SYNERGY', s1.id),
        alphaEditor: user('PARTNER_EDITOR', 'PARTNER', alpha.id),
        bravoEditor: user('PARTNER_EDITOR', 'PARTNER', bravo.id),
        kiloEditor: user('PARTNER_EDITOR', 'PARTNER', kilo.id),
        otherAdmin: user('NETWORK_ADMIN', 'NETWORK', other.id, other),
      };
      await persistSeed(em);
      return {
        networkId: network.id,
        otherNetworkId: other.id,
        s1: s1.id,
        s2: s2.id,
        partners: { alpha: alpha.id, bravo: bravo.id, carol: carol.id, dan: dan.id, delta: delta.id, kilo: kilo.id, charlie: charlie.id, oscar: oscar.id },
        users,
      };
    }
    type World = Awaited<ReturnType<typeof seedWorld>>;
    type UserKey = keyof World['users'];

    const errorsOf = <T>(result: Result<T>): Pick<UserError, 'kind' | 'path'>[] => {
      expect(result.ok, 'the operation should fail').toBe(false);
      return result.ok ? [] : result.errors.map(({ kind, path }) => ({ kind, path }));
    };
    const messagesOf = <T>(result: Result<T>): string[] => (result.ok ? [] : result.errors.map((error) => error.message));
    const valueOf = <T>(result: Result<T>): T => {
      if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.errors)}`);
      return result.value;
    };

    /** Everything a joint-action operation may write: the five tables, row by row, and the size of the audit log. */
    const snapshot = async () => {
      const em = fresh();
      const actions = await em.find(JointAction, {}, { orderBy: { id: 'asc' } });
      const rows = async (entity: (typeof partTables)[number]) =>
        (await em.find(entity as typeof JointActionMilestone, {}, { orderBy: { id: 'asc' } })).map((row) => JSON.stringify(row));
      return {
        actions: actions.map((a) => `${a.id}@${a.version}:${a.status}:${a.stageReached}:${a.title}:${a.plannedStartDate}`),
        partners: await rows(JointActionPartner),
        milestones: await rows(JointActionMilestone),
        targets: await rows(PolicyTarget),
        outcomes: await rows(PolicyOutcome),
        audit: await em.count(AuditEntry, {}),
      };
    };
    const versionOf = async (id: string) => (await fresh().findOneOrFail(JointAction, { id })).version;
    const partnersOf = async (id: string) =>
      (await fresh().find(JointActionPartner, { jointAction: id }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map((row) => [row.partner.id, row.role]);
    const participationOf = async (id: string, partnerId: string) => fresh().findOneOrFail(JointActionPartner, { jointAction: id, partner: partnerId });

    /** A synergy political action led by Alpha with Bravo, and two milestones (one done, one Alpha's). */
    const politicalAction = (world: World, overrides: Partial<CreateJointActionInput> = {}): CreateJointActionInput => ({
      synergyId: world.s1,
      kind: 'POLITICAL_ACTION',
      title: 'Maternity cover for domestic workers',
      objective: 'Get the Senate to extend maternity benefits to domestic workers',
      branches: ['MATERNITY', 'MEDICAL_CARE'],
      plannedStartDate: '2025-03-01',
      plannedEndDate: '2025-06-30',
      partners: [
        { partnerId: world.partners.alpha, role: 'LEAD', contributionAmount: 15000, contributionCurrency: 'php' },
        { partnerId: world.partners.bravo, role: 'CO_ORGANISER', contributionPeople: 4, contributionInKind: 'Meeting hall' },
      ],
      milestones: [
        { title: 'Position paper drafted', dueDate: '2025-04-15', doneDate: '2025-04-10', responsiblePartnerId: world.partners.alpha },
        { title: 'Senate hearing', dueDate: '2025-06-01' },
      ],
      ...overrides,
    });
    const plan = async (world: World, overrides: Partial<CreateJointActionInput> = {}, who: UserKey = 'coordinator') =>
      valueOf(await createJointAction(await as(world.users[who]), politicalAction(world, overrides)));
    const outcome = (id: string, version: number, overrides: Partial<RecordPolicyOutcomeInput> = {}): RecordPolicyOutcomeInput => ({
      jointActionId: id,
      version,
      observedOn: '2025-05-20',
      description: 'The Senate committee put the bill on its agenda',
      stage: 'AGENDA_SETTING',
      contribution: 'SIGNIFICANT',
      evidenceLinks: ['https://senate.example/hearing'],
      ...overrides,
    });

    describe('createJointAction', () => {
      it('should store a synergy political action with its partners and milestones, in the coordinator’s name and audited under the network', async () => {
        const world = await seedWorld();
        const action = await plan(world);
        const stored = await fresh().findOneOrFail(JointAction, { id: action.id });
        expect(stored).toMatchObject({
          kind: 'POLITICAL_ACTION',
          title: 'Maternity cover for domestic workers',
          country: 'PH',
          status: 'PLANNED',
          plannedStartDate: '2025-03-01',
          plannedEndDate: '2025-06-30',
          actualStartDate: null,
          stageReached: null,
          participantsTotal: 0,
          genderScore: 0,
          version: 1,
        });
        expect(stored.synergy?.id).toBe(world.s1);
        expect(stored.network.id).toBe(world.networkId);
        expect(stored.createdBy?.id).toBe(world.users.coordinator);
        const alpha = await participationOf(action.id, world.partners.alpha);
        expect(alpha).toMatchObject({ role: 'LEAD', contributionCurrency: 'PHP', contributionPeople: null });
        expect(Number(alpha.contributionAmount)).toBe(15000);
        expect(await participationOf(action.id, world.partners.bravo)).toMatchObject({
          role: 'CO_ORGANISER',
          contributionPeople: 4,
          contributionAmount: null,
          contributionInKind: 'Meeting hall',
        });
        const milestones = await fresh().find(JointActionMilestone, { jointAction: action.id }, { orderBy: { dueDate: 'asc' } });
        expect(milestones.map((m) => [m.title, m.dueDate, m.doneDate, m.responsiblePartner?.id ?? null])).toEqual([
          ['Position paper drafted', '2025-04-15', '2025-04-10', world.partners.alpha],
          ['Senate hearing', '2025-06-01', null, null],
        ]);
        const entries = await fresh().find(AuditEntry, { entityType: { $in: jointActionEntityTypes }, networkId: world.networkId });
        expect(entries.map((e) => `${e.action} ${e.entityType}`).sort()).toEqual([
          'CREATE JointAction',
          'CREATE JointActionMilestone',
          'CREATE JointActionMilestone',
          'CREATE JointActionPartner',
          'CREATE JointActionPartner',
        ]);
        expect(new Set(entries.map((e) => e.actorId))).toEqual(new Set([world.users.coordinator]));
      });

      it('should let a network admin plan a continental action with partners from two synergies', async () => {
        const world = await seedWorld();
        const action = valueOf(
          await createJointAction(
            await as(world.users.admin),
            politicalAction(world, {
              synergyId: null,
              networkId: world.networkId,
              kind: 'JOINT_CAMPAIGN',
              title: 'Asia day of action for social protection',
              partners: [
                { partnerId: world.partners.kilo, role: 'LEAD' },
                { partnerId: world.partners.alpha, role: 'CONTRIBUTOR', contributionAmount: 200.5, contributionCurrency: 'USD' },
              ],
              milestones: [{ title: 'Joint statement', dueDate: '2025-05-01', responsiblePartnerId: world.partners.kilo }],
            }),
          ),
        );
        const stored = await fresh().findOneOrFail(JointAction, { id: action.id });
        expect({ synergy: stored.synergy, country: stored.country, network: stored.network.id, kind: stored.kind }).toEqual({
          synergy: null,
          country: null,
          network: world.networkId,
          kind: 'JOINT_CAMPAIGN',
        });
        expect(await partnersOf(action.id)).toEqual(
          expect.arrayContaining([
            [world.partners.kilo, 'LEAD'],
            [world.partners.alpha, 'CONTRIBUTOR'],
          ]),
        );
        expect(Number((await participationOf(action.id, world.partners.alpha)).contributionAmount)).toBe(200.5);
      });

      const refusals: { name: string; input: (world: World) => Partial<CreateJointActionInput>; errors: Pick<UserError, 'kind' | 'path'>[]; message: RegExp }[] = [
        {
          name: 'no lead',
          input: (world) => ({ partners: [{ partnerId: world.partners.alpha, role: 'CO_ORGANISER' }] }),
          errors: [{ kind: 'ValidationError', path: ['partners'] }],
          message: /^partners: one partner must be the LEAD$/,
        },
        {
          name: 'two leads',
          input: (world) => ({
            partners: [
              { partnerId: world.partners.alpha, role: 'LEAD' },
              { partnerId: world.partners.bravo, role: 'LEAD' },
            ],
          }),
          errors: [{ kind: 'ValidationError', path: ['partners', '1', 'role'] }],
          message: /^partners\.1\.role: only one partner can be the LEAD; Alpha union already is$/,
        },
        {
          name: 'a partner named twice',
          input: (world) => ({
            partners: [
              { partnerId: world.partners.alpha, role: 'LEAD' },
              { partnerId: world.partners.alpha, role: 'CONTRIBUTOR' },
            ],
            milestones: [],
          }),
          errors: [{ kind: 'ValidationError', path: ['partners', '1', 'partnerId'] }],
          message: /^partners\.1\.partnerId: Alpha union is named twice$/,
        },
        {
          name: 'a partner whose membership ended before the planned dates',
          input: (world) => ({
            partners: [
              { partnerId: world.partners.alpha, role: 'LEAD' },
              { partnerId: world.partners.carol, role: 'CONTRIBUTOR' },
            ],
          }),
          errors: [{ kind: 'ValidationError', path: ['partners', '1', 'partnerId'] }],
          message: /^partners\.1\.partnerId: Carol cooperative was not a member of Philippines synergy between 2025-03-01 and 2025-06-30$/,
        },
        {
          name: 'a partner whose membership started after the planned dates',
          input: (world) => ({
            partners: [
              { partnerId: world.partners.dan, role: 'LEAD' },
              { partnerId: world.partners.alpha, role: 'CONTRIBUTOR' },
            ],
          }),
          errors: [{ kind: 'ValidationError', path: ['partners', '0', 'partnerId'] }],
          message: /^partners\.0\.partnerId: Dan institute was not a member of Philippines synergy/,
        },
        {
          name: 'a partner of another synergy',
          input: (world) => ({
            partners: [
              { partnerId: world.partners.alpha, role: 'LEAD' },
              { partnerId: world.partners.kilo, role: 'CONTRIBUTOR' },
            ],
          }),
          errors: [{ kind: 'ValidationError', path: ['partners', '1', 'partnerId'] }],
          message: /^partners\.1\.partnerId: Kilo union was not a member of Philippines synergy/,
        },
        {
          name: 'a partner of another network',
          input: (world) => ({
            partners: [
              { partnerId: world.partners.alpha, role: 'LEAD' },
              { partnerId: world.partners.oscar, role: 'CONTRIBUTOR' },
            ],
          }),
          errors: [{ kind: 'NotFoundError', path: ['partners', '1', 'partnerId'] }],
          message: /^partners\.1\.partnerId: no such partner in this network$/,
        },
        {
          name: 'a responsible partner not taking part',
          input: (world) => ({ milestones: [{ title: 'Press conference', dueDate: '2025-05-01', responsiblePartnerId: world.partners.delta }] }),
          errors: [{ kind: 'ValidationError', path: ['milestones', '0', 'responsiblePartnerId'] }],
          message: /^milestones\.0\.responsiblePartnerId: the responsible partner must be one of the partners taking part$/,
        },
        {
          name: 'an amount without currency',
          input: (world) => ({
            partners: [
              { partnerId: world.partners.alpha, role: 'LEAD' },
              { partnerId: world.partners.bravo, role: 'CONTRIBUTOR', contributionAmount: 500 },
            ],
          }),
          errors: [{ kind: 'ValidationError', path: ['partners', '1', 'contributionCurrency'] }],
          message: /^partners\.1\.contributionCurrency: say which currency the amount is in$/,
        },
        {
          name: 'an unknown currency',
          input: (world) => ({ partners: [{ partnerId: world.partners.alpha, role: 'LEAD', contributionAmount: 500, contributionCurrency: 'PHX' }] }),
          errors: [{ kind: 'ValidationError', path: ['partners', '0', 'contributionCurrency'] }],
          message: /^contributionCurrency: must be an ISO 4217 currency code/,
        },
        {
          name: 'an end before the start',
          input: () => ({ plannedEndDate: '2025-02-01' }),
          errors: [{ kind: 'ValidationError', path: ['plannedEndDate'] }],
          message: /^plannedEndDate: the last day \(2025-02-01\) is before the first \(2025-03-01\)$/,
        },
        {
          name: 'a milestone done in the future',
          input: () => ({ milestones: [{ title: 'Bill adopted', dueDate: '2025-06-01', doneDate: fromToday(2) }] }),
          errors: [{ kind: 'ValidationError', path: ['milestones', '0', 'doneDate'] }],
          message: /is in the future/,
        },
      ];
      it.each(refusals)('should refuse $name, naming the field, and write nothing', async ({ input, errors, message }) => {
        const world = await seedWorld();
        const before = await snapshot();
        const result = await createJointAction(await as(world.users.coordinator), politicalAction(world, input(world)));
        expect(errorsOf(result)).toEqual(errors);
        expect(messagesOf(result)[0]).toMatch(message);
        expect(await snapshot()).toEqual(before);
      });

      it('should report every problem at once', async () => {
        const world = await seedWorld();
        const before = await snapshot();
        const result = await createJointAction(
          await as(world.users.coordinator),
          politicalAction(world, {
            plannedEndDate: '2025-01-01',
            partners: [
              { partnerId: world.partners.carol, role: 'CONTRIBUTOR', contributionCurrency: 'EUR' },
              { partnerId: world.partners.alpha, role: 'CONTRIBUTOR' },
            ],
            milestones: [{ title: 'Hearing', dueDate: '2025-04-01', responsiblePartnerId: world.partners.kilo }],
          }),
        );
        expect(errorsOf(result)).toEqual([
          { kind: 'ValidationError', path: ['plannedEndDate'] },
          { kind: 'ValidationError', path: ['partners'] },
          { kind: 'ValidationError', path: ['partners', '0', 'partnerId'] },
          { kind: 'ValidationError', path: ['partners', '0', 'contributionAmount'] },
          { kind: 'ValidationError', path: ['milestones', '0', 'responsiblePartnerId'] },
        ]);
        expect(await snapshot()).toEqual(before);
      });

      it('should refuse a continental action from a coordinator (Forbidden) and from another network’s admin (NotFound), and write nothing', async () => {
        const world = await seedWorld();
        const before = await snapshot();
        const continental = politicalAction(world, {
          synergyId: null,
          networkId: world.networkId,
          partners: [{ partnerId: world.partners.kilo, role: 'LEAD' }],
          milestones: [],
        });
        expect(errorsOf(await createJointAction(await as(world.users.coordinator), continental))).toEqual([{ kind: 'ForbiddenError', path: ['networkId'] }]);
        expect(errorsOf(await createJointAction(await as(world.users.otherAdmin), continental))).toEqual([{ kind: 'NotFoundError', path: ['networkId'] }]);
        expect(errorsOf(await createJointAction(await as(world.users.reviewer), politicalAction(world)))).toEqual([{ kind: 'ForbiddenError', path: ['synergyId'] }]);
        expect(errorsOf(await createJointAction(await as(world.users.alphaEditor), politicalAction(world)))).toEqual([{ kind: 'ForbiddenError', path: ['synergyId'] }]);
        expect(errorsOf(await createJointAction(await as(world.users.otherCoordinator), politicalAction(world)))[0]?.path).toEqual(['synergyId']);
        expect(errorsOf(await createJointAction(await as(null), politicalAction(world)))).toEqual([{ kind: 'NotFoundError', path: ['synergyId'] }]);
        expect(await snapshot()).toEqual(before);
      });

      it('should name each malformed field, and an unknown synergy or a network that does not own it', async () => {
        const world = await seedWorld();
        const before = await snapshot();
        const ctx = async () => as(world.users.admin);
        const malformed = await createJointAction(
          await ctx(),
          politicalAction(world, { title: ' ', branches: [], plannedStartDate: '2025-02-30', kind: 'LOBBYING' as never, partners: [] }),
        );
        expect(
          errorsOf(malformed)
            .map((error) => error.path?.join('.'))
            .sort(),
        ).toEqual(['branches', 'kind', 'partners', 'plannedStartDate', 'title']);
        expect(messagesOf(malformed)).toContain('plannedStartDate: must be a date in the form YYYY-MM-DD');
        expect(errorsOf(await createJointAction(await ctx(), politicalAction(world, { synergyId: world.networkId })))).toEqual([
          { kind: 'NotFoundError', path: ['synergyId'] },
        ]);
        expect(errorsOf(await createJointAction(await ctx(), politicalAction(world, { networkId: world.otherNetworkId })))).toEqual([
          { kind: 'ValidationError', path: ['networkId'] },
        ]);
        expect(errorsOf(await createJointAction(await ctx(), politicalAction(world, { synergyId: null })))).toEqual([{ kind: 'ValidationError', path: ['networkId'] }]);
        expect(await snapshot()).toEqual(before);
      });

      it('should refuse a continental partner that belongs to no synergy of the network on the dates', async () => {
        const world = await seedWorld();
        const result = await createJointAction(
          await as(world.users.admin),
          politicalAction(world, {
            synergyId: null,
            networkId: world.networkId,
            partners: [
              { partnerId: world.partners.kilo, role: 'LEAD' },
              { partnerId: world.partners.charlie, role: 'CONTRIBUTOR' },
            ],
            milestones: [],
          }),
        );
        expect(errorsOf(result)).toEqual([{ kind: 'ValidationError', path: ['partners', '1', 'partnerId'] }]);
        expect(messagesOf(result)[0]).toContain('Charlie cooperative was not a member of any synergy of the network');
      });
    });

    describe('permissions', () => {
      /** A political action of S1 (Alpha leads, Bravo co-organises) with a target and an outcome. */
      async function planWithParts(world: World, overrides: Partial<CreateJointActionInput> = {}) {
        const { id } = await plan(world, overrides);
        valueOf(await addPolicyTarget(await as(world.users.admin), { jointActionId: id, version: 1, name: 'Senate', level: 'NATIONAL', askKind: 'MEETING' }));
        valueOf(await recordPolicyOutcome(await as(world.users.admin), outcome(id, 2)));
        return { id };
      }

      /** Every change an actor could try on one action, each against the version it has now. */
      async function tryEveryChange(world: World, who: UserKey | null, id: string) {
        const ctx = async () => as(who && world.users[who]);
        const version = await versionOf(id);
        const bravo = await participationOf(id, world.partners.bravo);
        const [milestone] = await fresh().find(JointActionMilestone, { jointAction: id });
        const [target] = await fresh().find(PolicyTarget, { jointAction: id });
        const [recorded] = await fresh().find(PolicyOutcome, { jointAction: id });
        const results: Result<unknown>[] = [
          await updateJointAction(await ctx(), { id, version, title: 'Not yours to rename' }),
          await changeJointActionStatus(await ctx(), { id, version, status: 'CANCELLED' }),
          await deleteJointAction(await ctx(), { id, version }),
          await addJointActionPartner(await ctx(), { jointActionId: id, version, partner: { partnerId: world.partners.delta, role: 'CONTRIBUTOR' } }),
          await updateJointActionPartner(await ctx(), { id: bravo.id, version, contributionPeople: 99 }),
          await removeJointActionPartner(await ctx(), { id: bravo.id, version }),
          await addJointActionMilestone(await ctx(), { jointActionId: id, version, milestone: { title: 'Sneaky milestone', dueDate: '2025-05-05' } }),
          await updateJointActionMilestone(await ctx(), { id: milestone!.id, version, doneDate: '2025-05-05' }),
          await removeJointActionMilestone(await ctx(), { id: milestone!.id, version }),
          await addPolicyTarget(await ctx(), { jointActionId: id, version, name: 'Senate', level: 'NATIONAL', askKind: 'MEETING' }),
          await recordPolicyOutcome(await ctx(), outcome(id, version)),
          await removePolicyTarget(await ctx(), { id: target!.id, version }),
          await updatePolicyOutcome(await ctx(), { id: recorded!.id, version: recorded!.version, description: 'Rewritten by someone else' }),
        ];
        return results;
      }

      it('should let the synergy’s coordinator and the network admin change it', async () => {
        const world = await seedWorld();
        const action = await plan(world);
        expect(valueOf(await updateJointAction(await as(world.users.coordinator), { id: action.id, version: 1, title: 'Maternity cover, phase one' })).version).toBe(2);
        expect(valueOf(await updateJointAction(await as(world.users.admin), { id: action.id, version: 2, title: 'Maternity cover, phase two' })).version).toBe(3);
        const stored = await fresh().findOneOrFail(JointAction, { id: action.id });
        expect({ title: stored.title, updatedBy: stored.updatedBy?.id }).toEqual({ title: 'Maternity cover, phase two', updatedBy: world.users.admin });
        const before = await snapshot();
        expect(errorsOf(await updateJointAction(await as(world.users.coordinator), { id: action.id, version: 2, title: 'Too late' }))).toEqual([
          { kind: 'ConflictError', path: ['version'] },
        ]);
        expect(await snapshot()).toEqual(before);
      });

      it('should tell what the actor may do with it: update and, while planned, delete', async () => {
        const world = await seedWorld();
        const { id } = await plan(world);
        const mayDo = async (who: UserKey) => {
          const ctx = await as(world.users[who]);
          const action = await ctx.em.findOneOrFail(JointAction, { id });
          return jointActionPermissions(ctx.actor, action, await jointActionSubject(ctx.em, action));
        };
        expect(await mayDo('coordinator')).toEqual({ update: true, delete: true });
        expect(await mayDo('admin')).toEqual({ update: true, delete: true });
        expect(await mayDo('alphaEditor')).toEqual({ update: false, delete: false });
        expect(await mayDo('reviewer')).toEqual({ update: false, delete: false });
        expect(await mayDo('otherCoordinator')).toEqual({ update: false, delete: false });
        valueOf(await changeJointActionStatus(await as(world.users.coordinator), { id, version: 1, status: 'CANCELLED' }));
        expect(await mayDo('coordinator')).toEqual({ update: true, delete: false });
      });

      const readers: { who: UserKey; sees: boolean; kind: UserError['kind'] }[] = [
        { who: 'otherCoordinator', sees: false, kind: 'NotFoundError' },
        { who: 'kiloEditor', sees: false, kind: 'NotFoundError' },
        { who: 'otherAdmin', sees: false, kind: 'NotFoundError' },
        { who: 'alphaEditor', sees: true, kind: 'ForbiddenError' },
        { who: 'bravoEditor', sees: true, kind: 'ForbiddenError' },
        { who: 'reviewer', sees: true, kind: 'ForbiddenError' },
        { who: 'networkViewer', sees: true, kind: 'ForbiddenError' },
        { who: 'synergyViewer', sees: true, kind: 'ForbiddenError' },
      ];
      it.each(readers)('should let $who see it: $sees, and refuse every change with $kind, writing nothing', async ({ who, sees, kind }) => {
        const world = await seedWorld();
        const action = await planWithParts(world);
        const ctx = await as(world.users[who]);
        expect((await findJointAction(ctx, action.id))?.id ?? null).toBe(sees ? action.id : null);
        expect((await listJointActions(await as(world.users[who]), null, null, { first: 10 })).items.map((a) => a.id)).toEqual(sees ? [action.id] : []);
        const before = await snapshot();
        for (const result of await tryEveryChange(world, who, action.id)) {
          const errors = errorsOf(result);
          expect(errors).toHaveLength(1);
          expect(errors[0]!.kind).toBe(kind);
        }
        expect(await snapshot()).toEqual(before);
      });

      it('should give another synergy’s coordinator a ForbiddenError once a partner of theirs takes part, and NotFound to nobody signed in', async () => {
        const world = await seedWorld();
        const action = await planWithParts(world, {
          partners: [
            { partnerId: world.partners.alpha, role: 'LEAD' },
            { partnerId: world.partners.bravo, role: 'CO_ORGANISER' },
            { partnerId: world.partners.delta, role: 'CONTRIBUTOR' },
          ],
        });
        expect((await findJointAction(await as(world.users.otherCoordinator), action.id))?.id).toBe(action.id);
        expect((await listJointActions(await as(world.users.otherCoordinator), null, null, { first: 10 })).items.map((a) => a.id)).toEqual([action.id]);
        const before = await snapshot();
        for (const result of await tryEveryChange(world, 'otherCoordinator', action.id)) {
          expect(errorsOf(result).map((error) => error.kind)).toEqual(['ForbiddenError']);
        }
        for (const result of await tryEveryChange(world, null, action.id)) {
          expect(errorsOf(result).map((error) => error.kind)).toEqual(['NotFoundError']);
        }
        expect(await snapshot()).toEqual(before);
        expect(await findJointAction(await as(null), action.id)).toBeNull();
      });
    });

    describe('status', () => {
      it('should start, then complete only with participants and an outcome or a reason, filling the actual dates', async () => {
        const world = await seedWorld();
        const { id } = await plan(world);
        const ctx = async () => as(world.users.coordinator);
        const started = valueOf(await changeJointActionStatus(await ctx(), { id, version: 1, status: 'ONGOING' }));
        // Planned to start in the past: it started then.
        expect({ status: started.status, actualStartDate: started.actualStartDate, actualEndDate: started.actualEndDate, version: started.version }).toEqual({
          status: 'ONGOING',
          actualStartDate: '2025-03-01',
          actualEndDate: null,
          version: 2,
        });
        expect(errorsOf(await changeJointActionStatus(await ctx(), { id, version: 2, status: 'PLANNED' }))).toEqual([{ kind: 'ValidationError', path: ['status'] }]);

        const bareBefore = await snapshot();
        const bare = await changeJointActionStatus(await ctx(), { id, version: 2, status: 'COMPLETED' });
        expect(errorsOf(bare)).toEqual([
          { kind: 'ValidationError', path: ['status'] },
          { kind: 'ValidationError', path: ['noOutcomeReason'] },
        ]);
        expect(messagesOf(bare)[0]).toBe('status: record how many people took part before marking the joint action COMPLETED');
        expect(await snapshot()).toEqual(bareBefore);
        valueOf(await updateJointAction(await ctx(), { id, version: 2, participants: [{ sex: 'WOMEN', ageBandId: '18-35', count: 40 }] }));
        const countedBefore = await snapshot();
        expect(errorsOf(await changeJointActionStatus(await ctx(), { id, version: 3, status: 'COMPLETED' }))).toEqual([
          { kind: 'ValidationError', path: ['noOutcomeReason'] },
        ]);
        expect(await snapshot()).toEqual(countedBefore);

        const done = valueOf(await changeJointActionStatus(await ctx(), { id, version: 3, status: 'COMPLETED', noOutcomeReason: 'The Senate adjourned early' }));
        expect(done).toMatchObject({ status: 'COMPLETED', actualStartDate: '2025-03-01', actualEndDate: todayIso(), noOutcomeReason: 'The Senate adjourned early' });
        expect(messagesOf(await changeJointActionStatus(await ctx(), { id, version: 4, status: 'CANCELLED' }))).toEqual([
          'status: this joint action is COMPLETED, which is final',
        ]);
        // A completed action keeps its reason (or gets an outcome) and its participants.
        expect(errorsOf(await updateJointAction(await ctx(), { id, version: 4, noOutcomeReason: null }))).toEqual([{ kind: 'ValidationError', path: ['noOutcomeReason'] }]);
        expect(errorsOf(await updateJointAction(await ctx(), { id, version: 4, participants: [] }))).toEqual([{ kind: 'ValidationError', path: ['participants'] }]);
      });

      it('should complete with an outcome instead of a reason, straight from planned', async () => {
        const world = await seedWorld();
        const { id } = await plan(world, { participants: [{ sex: 'MEN', ageBandId: '36-59', count: 12 }] });
        const ctx = async () => as(world.users.coordinator);
        valueOf(await recordPolicyOutcome(await ctx(), outcome(id, 1)));
        const done = valueOf(await changeJointActionStatus(await ctx(), { id, version: 2, status: 'COMPLETED' }));
        expect({ status: done.status, start: done.actualStartDate, end: done.actualEndDate, reason: done.noOutcomeReason }).toEqual({
          status: 'COMPLETED',
          start: '2025-03-01',
          end: todayIso(),
          reason: null,
        });
      });

      it('should take today as the actual start of an action started or completed before its planned start', async () => {
        const world = await seedWorld();
        const early = { plannedStartDate: fromToday(30), plannedEndDate: fromToday(60), milestones: [] };
        const { id } = await plan(world, early);
        const started = valueOf(await changeJointActionStatus(await as(world.users.coordinator), { id, version: 1, status: 'ONGOING' }));
        expect(started.actualStartDate).toBe(todayIso());
        // Completed work never has actual dates in the future.
        const done = await plan(world, { ...early, participants: [{ sex: 'NOT_RECORDED', ageBandId: null, count: 25 }] });
        const completed = valueOf(
          await changeJointActionStatus(await as(world.users.coordinator), { id: done.id, version: 1, status: 'COMPLETED', noOutcomeReason: 'Too early to tell' }),
        );
        expect({ start: completed.actualStartDate, end: completed.actualEndDate }).toEqual({ start: todayIso(), end: todayIso() });
      });

      it('should keep a cancelled action with its parts, refuse deleting it, and delete a planned one with all its parts', async () => {
        const world = await seedWorld();
        const ctx = async () => as(world.users.coordinator);
        const cancelled = await plan(world);
        valueOf(await changeJointActionStatus(await ctx(), { id: cancelled.id, version: 1, status: 'CANCELLED' }));
        const refused = await deleteJointAction(await ctx(), { id: cancelled.id, version: 2 });
        expect(errorsOf(refused)).toEqual([{ kind: 'ConflictError', path: ['id'] }]);
        expect(await fresh().count(JointAction, { id: cancelled.id, status: 'CANCELLED' })).toBe(1);
        expect(await fresh().count(JointActionPartner, { jointAction: cancelled.id })).toBe(2);

        const planned = await plan(world);
        valueOf(await addPolicyTarget(await ctx(), { jointActionId: planned.id, version: 1, name: 'Senate Committee on Labor', level: 'NATIONAL', askKind: 'DRAFT_LAW' }));
        valueOf(await recordPolicyOutcome(await ctx(), outcome(planned.id, 2)));
        expect(errorsOf(await deleteJointAction(await ctx(), { id: planned.id, version: 1 }))).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(valueOf(await deleteJointAction(await ctx(), { id: planned.id, version: 3 }))).toBe(planned.id);
        const em = fresh();
        expect(await em.count(JointAction, { id: planned.id })).toBe(0);
        for (const entity of partTables) expect(await em.count(entity as typeof JointActionMilestone, { jointAction: planned.id })).toBe(0);
        const deletions = await em.find(AuditEntry, { action: 'DELETE', networkId: world.networkId });
        expect(deletions.map((e) => e.entityType).sort()).toEqual([
          'JointAction',
          'JointActionMilestone',
          'JointActionMilestone',
          'JointActionPartner',
          'JointActionPartner',
          'PolicyOutcome',
          'PolicyTarget',
        ]);
        // The cancelled one is untouched.
        expect(await em.count(JointActionMilestone, { jointAction: cancelled.id })).toBe(2);
      });
    });

    describe('participating partners', () => {
      it('should add a partner, and refuse a second lead, a duplicate and a non-member, naming the field and writing nothing', async () => {
        const world = await seedWorld();
        const { id } = await plan(world);
        const ctx = async () => as(world.users.coordinator);
        const added = valueOf(
          await addJointActionPartner(await ctx(), {
            jointActionId: id,
            version: 1,
            partner: { partnerId: world.partners.delta, role: 'CONTRIBUTOR', contributionAmount: 50, contributionCurrency: 'usd' },
          }),
        );
        expect(added.version).toBe(2);
        expect(await participationOf(id, world.partners.delta)).toMatchObject({ role: 'CONTRIBUTOR', contributionCurrency: 'USD' });

        const before = await snapshot();
        const secondLead = await addJointActionPartner(await ctx(), { jointActionId: id, version: 2, partner: { partnerId: world.partners.dan, role: 'LEAD' } });
        // Dan joined S1 after the action's dates, too.
        expect(errorsOf(secondLead)).toEqual([
          { kind: 'ValidationError', path: ['partner', 'partnerId'] },
          { kind: 'ValidationError', path: ['partner', 'role'] },
        ]);
        expect(messagesOf(secondLead)[0]).toMatch(/^partner\.partnerId: Dan institute was not a member of Philippines synergy/);
        expect(messagesOf(secondLead)[1]).toMatch(/^partner\.role: Alpha union already leads/);
        const duplicate = await addJointActionPartner(await ctx(), { jointActionId: id, version: 2, partner: { partnerId: world.partners.bravo, role: 'CONTRIBUTOR' } });
        expect(errorsOf(duplicate)).toEqual([{ kind: 'ConflictError', path: ['partner', 'partnerId'] }]);
        expect(messagesOf(duplicate)).toEqual(['partner.partnerId: Bravo mutual already takes part']);
        const stranger = await addJointActionPartner(await ctx(), { jointActionId: id, version: 2, partner: { partnerId: world.partners.oscar, role: 'CONTRIBUTOR' } });
        expect(errorsOf(stranger)).toEqual([{ kind: 'NotFoundError', path: ['partner', 'partnerId'] }]);
        const noCurrency = await addJointActionPartner(await ctx(), {
          jointActionId: id,
          version: 2,
          partner: { partnerId: world.partners.charlie, role: 'CONTRIBUTOR', contributionAmount: 10 },
        });
        expect(errorsOf(noCurrency)).toEqual([
          { kind: 'ValidationError', path: ['partner', 'partnerId'] },
          { kind: 'ValidationError', path: ['partner', 'contributionCurrency'] },
        ]);
        expect(messagesOf(noCurrency)[1]).toBe('partner.contributionCurrency: say which currency the amount is in');
        const stale = await addJointActionPartner(await ctx(), { jointActionId: id, version: 1, partner: { partnerId: world.partners.charlie, role: 'CONTRIBUTOR' } });
        expect(errorsOf(stale)).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(await snapshot()).toEqual(before);
      });

      it('should turn a change that lands between reading and writing into a ConflictError and write nothing', async () => {
        const world = await seedWorld();
        const { id } = await plan(world);
        // This request has read the action at version 1 …
        const slow = await as(world.users.coordinator);
        expect((await findJointAction(slow, id))?.version).toBe(1);
        // … when another request changes it.
        valueOf(await updateJointAction(await as(world.users.admin), { id, version: 1, title: 'Renamed meanwhile' }));
        const before = await snapshot();
        const late = await addJointActionPartner(slow, { jointActionId: id, version: 1, partner: { partnerId: world.partners.delta, role: 'CONTRIBUTOR' } });
        expect(errorsOf(late)).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(await snapshot()).toEqual(before);
      });

      it('should hand over the lead: the new LEAD leads, the previous one becomes CO_ORGANISER, and there is still exactly one lead', async () => {
        const world = await seedWorld();
        const { id } = await plan(world);
        const ctx = async () => as(world.users.coordinator);
        const bravo = await participationOf(id, world.partners.bravo);
        expect(valueOf(await updateJointActionPartner(await ctx(), { id: bravo.id, version: 1, role: 'LEAD', contributionPeople: 6 })).version).toBe(2);
        expect(await partnersOf(id)).toEqual(
          expect.arrayContaining([
            [world.partners.alpha, 'CO_ORGANISER'],
            [world.partners.bravo, 'LEAD'],
          ]),
        );
        expect(await fresh().count(JointActionPartner, { jointAction: id, role: 'LEAD' })).toBe(1);
        expect((await participationOf(id, world.partners.bravo)).contributionPeople).toBe(6);
        // Clearing the amount clears its currency; a currency alone is refused.
        const alpha = await participationOf(id, world.partners.alpha);
        valueOf(await updateJointActionPartner(await ctx(), { id: alpha.id, version: 2, contributionAmount: null }));
        expect(await participationOf(id, world.partners.alpha)).toMatchObject({ contributionAmount: null, contributionCurrency: null });
        expect(errorsOf(await updateJointActionPartner(await ctx(), { id: alpha.id, version: 3, contributionCurrency: 'EUR' }))).toEqual([
          { kind: 'ValidationError', path: ['contributionAmount'] },
        ]);
      });

      it('should neither remove nor demote the lead', async () => {
        const world = await seedWorld();
        const { id } = await plan(world);
        const ctx = async () => as(world.users.coordinator);
        const alpha = await participationOf(id, world.partners.alpha);
        const before = await snapshot();
        expect(errorsOf(await updateJointActionPartner(await ctx(), { id: alpha.id, version: 1, role: 'CONTRIBUTOR' }))).toEqual([
          { kind: 'ValidationError', path: ['role'] },
        ]);
        expect(errorsOf(await removeJointActionPartner(await ctx(), { id: alpha.id, version: 1 }))).toEqual([{ kind: 'ValidationError', path: ['id'] }]);
        expect(await snapshot()).toEqual(before);
      });

      it('should remove a partner and clear the responsible partner of its milestones', async () => {
        const world = await seedWorld();
        const { id } = await plan(world, {
          milestones: [
            { title: 'Health camp', dueDate: '2025-04-01', responsiblePartnerId: world.partners.bravo },
            { title: 'Position paper', dueDate: '2025-05-01', responsiblePartnerId: world.partners.alpha },
          ],
        });
        const bravo = await participationOf(id, world.partners.bravo);
        expect(valueOf(await removeJointActionPartner(await as(world.users.coordinator), { id: bravo.id, version: 1 })).version).toBe(2);
        expect(await partnersOf(id)).toEqual([[world.partners.alpha, 'LEAD']]);
        const milestones = await fresh().find(JointActionMilestone, { jointAction: id }, { orderBy: { dueDate: 'asc' } });
        expect(milestones.map((m) => [m.title, m.responsiblePartner?.id ?? null])).toEqual([
          ['Health camp', null],
          ['Position paper', world.partners.alpha],
        ]);
        expect(errorsOf(await removeJointActionPartner(await as(world.users.coordinator), { id: bravo.id, version: 2 }))).toEqual([
          { kind: 'NotFoundError', path: ['id'] },
        ]);
      });

      it('should refuse moving the planned dates outside a partner’s membership, naming plannedStartDate', async () => {
        const world = await seedWorld();
        const { id } = await plan(world, {
          plannedStartDate: '2025-06-01',
          plannedEndDate: '2025-08-31',
          partners: [
            { partnerId: world.partners.alpha, role: 'LEAD' },
            { partnerId: world.partners.dan, role: 'CONTRIBUTOR' },
          ],
          milestones: [],
        });
        const ctx = async () => as(world.users.coordinator);
        const before = await snapshot();
        const moved = await updateJointAction(await ctx(), { id, version: 1, plannedStartDate: '2025-03-01', plannedEndDate: '2025-05-31' });
        expect(errorsOf(moved)).toEqual([{ kind: 'ValidationError', path: ['plannedStartDate'] }]);
        expect(messagesOf(moved)[0]).toBe('plannedStartDate: Dan institute was not a member of Philippines synergy between 2025-03-01 and 2025-05-31');
        const backwards = await updateJointAction(await ctx(), { id, version: 1, plannedEndDate: '2025-05-01' });
        expect(errorsOf(backwards).map((error) => error.path)).toContainEqual(['plannedEndDate']);
        expect(await snapshot()).toEqual(before);
        // Still overlapping Dan's membership: allowed.
        const kept = valueOf(await updateJointAction(await ctx(), { id, version: 1, plannedStartDate: '2025-05-01' }));
        expect({ start: kept.plannedStartDate, end: kept.plannedEndDate, version: kept.version }).toEqual({ start: '2025-05-01', end: '2025-08-31', version: 2 });
        // Actual dates record what happened: none in the future, and the last not before the first.
        const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
        const ahead = await updateJointAction(await ctx(), { id, version: 2, actualStartDate: '2025-05-02', actualEndDate: tomorrow });
        expect(errorsOf(ahead)).toEqual([{ kind: 'ValidationError', path: ['actualEndDate'] }]);
        expect(messagesOf(ahead)[0]).toBe(`actualEndDate: ${tomorrow} is in the future; actual dates record what happened`);
        const reversed = await updateJointAction(await ctx(), { id, version: 2, actualStartDate: '2025-05-10', actualEndDate: '2025-05-02' });
        expect(errorsOf(reversed)).toEqual([{ kind: 'ValidationError', path: ['actualEndDate'] }]);
        const recorded = valueOf(await updateJointAction(await ctx(), { id, version: 2, actualStartDate: '2025-05-02', actualEndDate: '2025-08-30' }));
        expect({ start: recorded.actualStartDate, end: recorded.actualEndDate }).toEqual({ start: '2025-05-02', end: '2025-08-30' });
      });
    });

    describe('milestones, targets and outcomes', () => {
      it('should add, check off, reopen and remove a milestone, bumping the action’s version each time', async () => {
        const world = await seedWorld();
        const { id } = await plan(world, { milestones: [] });
        const ctx = async () => as(world.users.coordinator);
        expect(
          valueOf(
            await addJointActionMilestone(await ctx(), {
              jointActionId: id,
              version: 1,
              milestone: { title: 'Meet the committee chair', dueDate: '2025-04-01', responsiblePartnerId: world.partners.bravo },
            }),
          ).version,
        ).toBe(2);
        const [milestone] = await fresh().find(JointActionMilestone, { jointAction: id });
        expect(milestone).toMatchObject({ title: 'Meet the committee chair', dueDate: '2025-04-01', doneDate: null });
        expect(milestone!.responsiblePartner?.id).toBe(world.partners.bravo);

        expect(
          valueOf(await updateJointActionMilestone(await ctx(), { id: milestone!.id, version: 2, doneDate: '2025-04-03', title: 'Meet the chair', dueDate: '2025-04-05' }))
            .version,
        ).toBe(3);
        expect(await fresh().findOneOrFail(JointActionMilestone, { id: milestone!.id })).toMatchObject({ title: 'Meet the chair', dueDate: '2025-04-05', doneDate: '2025-04-03' });
        expect(valueOf(await updateJointActionMilestone(await ctx(), { id: milestone!.id, version: 3, doneDate: null, responsiblePartnerId: null })).version).toBe(4);
        const reopened = await fresh().findOneOrFail(JointActionMilestone, { id: milestone!.id });
        expect({ doneDate: reopened.doneDate, responsible: reopened.responsiblePartner }).toEqual({ doneDate: null, responsible: null });

        const before = await snapshot();
        const future = await updateJointActionMilestone(await ctx(), { id: milestone!.id, version: 4, doneDate: fromToday(1) });
        expect(errorsOf(future)).toEqual([{ kind: 'ValidationError', path: ['doneDate'] }]);
        expect(messagesOf(future)[0]).toMatch(/^doneDate: \d{4}-\d{2}-\d{2} is in the future/);
        expect(errorsOf(await updateJointActionMilestone(await ctx(), { id: milestone!.id, version: 4, responsiblePartnerId: world.partners.delta }))).toEqual([
          { kind: 'ValidationError', path: ['responsiblePartnerId'] },
        ]);
        expect(
          errorsOf(await addJointActionMilestone(await ctx(), { jointActionId: id, version: 4, milestone: { title: 'Later', dueDate: '2025-05-01', doneDate: fromToday(3) } })),
        ).toEqual([{ kind: 'ValidationError', path: ['milestone', 'doneDate'] }]);
        expect(errorsOf(await updateJointActionMilestone(await ctx(), { id: milestone!.id, version: 3, doneDate: '2025-04-04' }))).toEqual([
          { kind: 'ConflictError', path: ['version'] },
        ]);
        expect(errorsOf(await removeJointActionMilestone(await ctx(), { id: milestone!.id, version: 2 }))).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(await snapshot()).toEqual(before);

        expect(valueOf(await removeJointActionMilestone(await ctx(), { id: milestone!.id, version: 4 })).version).toBe(5);
        expect(await fresh().count(JointActionMilestone, { jointAction: id })).toBe(0);
      });

      it('should refuse a change of kind that leaves targets on an action that is not political, or outcomes of a political action without a stage', async () => {
        const world = await seedWorld();
        const ctx = async () => as(world.users.coordinator);
        const political = await plan(world);
        valueOf(await addPolicyTarget(await ctx(), { jointActionId: political.id, version: 1, name: 'Senate', level: 'NATIONAL', askKind: 'MEETING' }));
        const service = await plan(world, { kind: 'JOINT_SERVICE' });
        valueOf(await recordPolicyOutcome(await ctx(), outcome(service.id, 1, { stage: null })));
        const before = await snapshot();
        const targeted = await updateJointAction(await ctx(), { id: political.id, version: 2, kind: 'JOINT_CAMPAIGN' });
        expect(errorsOf(targeted)).toEqual([{ kind: 'ValidationError', path: ['kind'] }]);
        expect(messagesOf(targeted)[0]).toMatch(/^kind: only political actions have targets/);
        const unstaged = await updateJointAction(await ctx(), { id: service.id, version: 2, kind: 'POLITICAL_ACTION' });
        expect(errorsOf(unstaged)).toEqual([{ kind: 'ValidationError', path: ['kind'] }]);
        expect(messagesOf(unstaged)[0]).toMatch(/^kind: .*policy-change stage/);
        expect(await snapshot()).toEqual(before);
        // Without targets, a political action may become a campaign.
        const bare = await plan(world);
        expect(valueOf(await updateJointAction(await ctx(), { id: bare.id, version: 1, kind: 'JOINT_CAMPAIGN' })).kind).toBe('JOINT_CAMPAIGN');
      });

      it('should take targets only on political actions', async () => {
        const world = await seedWorld();
        const ctx = async () => as(world.users.coordinator);
        const campaign = await plan(world, { kind: 'JOINT_CAMPAIGN' });
        const before = await snapshot();
        const refused = await addPolicyTarget(await ctx(), { jointActionId: campaign.id, version: 1, name: 'Department of Labor', level: 'NATIONAL', askKind: 'MEETING' });
        expect(errorsOf(refused)).toEqual([{ kind: 'ValidationError', path: ['jointActionId'] }]);
        expect(messagesOf(refused)[0]).toBe('jointActionId: only political actions have targets; this one is a JOINT_CAMPAIGN');
        expect(await snapshot()).toEqual(before);

        const political = await plan(world);
        const targeted = valueOf(
          await addPolicyTarget(await ctx(), {
            jointActionId: political.id,
            version: 1,
            name: 'Senate Committee on Labor',
            level: 'NATIONAL',
            askKind: 'DRAFT_LAW',
            ask: 'Extend maternity benefits to domestic workers',
          }),
        );
        expect(targeted.version).toBe(2);
        const [target] = await fresh().find(PolicyTarget, { jointAction: political.id });
        expect(target).toMatchObject({ name: 'Senate Committee on Labor', level: 'NATIONAL', askKind: 'DRAFT_LAW', ask: 'Extend maternity benefits to domestic workers' });
        expect(errorsOf(await removePolicyTarget(await ctx(), { id: target!.id, version: 1 }))).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(valueOf(await removePolicyTarget(await ctx(), { id: target!.id, version: 2 })).version).toBe(3);
        expect(await fresh().count(PolicyTarget, { jointAction: political.id })).toBe(0);
      });

      it('should record outcomes with their stage, keep stageReached the furthest, and follow corrections', async () => {
        const world = await seedWorld();
        const { id } = await plan(world);
        const ctx = async () => as(world.users.coordinator);
        const before = await snapshot();
        const noStage = await recordPolicyOutcome(await ctx(), outcome(id, 1, { stage: null }));
        expect(errorsOf(noStage)).toEqual([{ kind: 'ValidationError', path: ['stage'] }]);
        const future = await recordPolicyOutcome(await ctx(), outcome(id, 1, { observedOn: fromToday(1) }));
        expect(errorsOf(future)).toEqual([{ kind: 'ValidationError', path: ['observedOn'] }]);
        expect(messagesOf(future)[0]).toMatch(/^observedOn: .* is in the future/);
        expect(errorsOf(await recordPolicyOutcome(await ctx(), outcome(id, 1, { evidenceLinks: ['senate.example'] })))).toEqual([
          { kind: 'ValidationError', path: ['evidenceLinks', '0'] },
        ]);
        expect(await snapshot()).toEqual(before);

        const first = valueOf(await recordPolicyOutcome(await ctx(), outcome(id, 1, { stage: 'FORMULATION' })));
        expect({ version: first.version, stageReached: first.stageReached }).toEqual({ version: 2, stageReached: 'FORMULATION' });
        const second = valueOf(await recordPolicyOutcome(await ctx(), outcome(id, 2, { stage: 'AGENDA_SETTING', observedOn: '2025-04-01' })));
        expect(second.stageReached).toBe('FORMULATION');
        const third = valueOf(await recordPolicyOutcome(await ctx(), outcome(id, 3, { stage: 'ADOPTION', description: 'The Senate passed the bill' })));
        expect({ version: third.version, stageReached: third.stageReached }).toEqual({ version: 4, stageReached: 'ADOPTION' });
        expect((await fresh().findOneOrFail(JointAction, { id })).stageReached).toBe('ADOPTION');

        const adoption = await fresh().findOneOrFail(PolicyOutcome, { jointAction: id, stage: 'ADOPTION' });
        expect(adoption.recordedBy?.id).toBe(world.users.coordinator);
        // Corrected down: the furthest is now the other outcome's.
        const corrected = valueOf(await updatePolicyOutcome(await ctx(), { id: adoption.id, version: adoption.version, stage: 'AGENDA_SETTING' }));
        expect({ version: corrected.version, stageReached: corrected.stageReached }).toEqual({ version: 5, stageReached: 'FORMULATION' });
        const reread = await fresh().findOneOrFail(PolicyOutcome, { id: adoption.id });
        expect(reread.version).toBe(adoption.version + 1);
        const upward = valueOf(await updatePolicyOutcome(await ctx(), { id: adoption.id, version: reread.version, stage: 'EVALUATION' }));
        expect(upward.stageReached).toBe('EVALUATION');

        const beforeRefusals = await snapshot();
        expect(errorsOf(await updatePolicyOutcome(await ctx(), { id: adoption.id, version: adoption.version, description: 'Stale edit' }))).toEqual([
          { kind: 'ConflictError', path: ['version'] },
        ]);
        const current = await fresh().findOneOrFail(PolicyOutcome, { id: adoption.id });
        expect(errorsOf(await updatePolicyOutcome(await ctx(), { id: adoption.id, version: current.version, stage: null }))).toEqual([
          { kind: 'ValidationError', path: ['stage'] },
        ]);
        expect(errorsOf(await updatePolicyOutcome(await ctx(), { id: adoption.id, version: current.version, observedOn: fromToday(5) }))).toEqual([
          { kind: 'ValidationError', path: ['observedOn'] },
        ]);
        expect(errorsOf(await recordPolicyOutcome(await ctx(), outcome(id, 3)))).toEqual([{ kind: 'ConflictError', path: ['version'] }]);
        expect(await snapshot()).toEqual(beforeRefusals);
      });

      it('should record an outcome without a stage on an action that is not political', async () => {
        const world = await seedWorld();
        const { id } = await plan(world, { kind: 'JOINT_SERVICE' });
        const recorded = valueOf(await recordPolicyOutcome(await as(world.users.coordinator), outcome(id, 1, { stage: null, description: 'Forty vendors enrolled in the health mutual' })));
        expect({ version: recorded.version, stageReached: recorded.stageReached }).toEqual({ version: 2, stageReached: null });
      });

      it('should record every change of the action and its parts in the audit log under the action’s network', async () => {
        const world = await seedWorld();
        const { id } = await plan(world);
        const ctx = async () => as(world.users.coordinator);
        const bravo = await participationOf(id, world.partners.bravo);
        valueOf(await addJointActionPartner(await ctx(), { jointActionId: id, version: 1, partner: { partnerId: world.partners.delta, role: 'CONTRIBUTOR' } }));
        valueOf(await updateJointActionPartner(await ctx(), { id: bravo.id, version: 2, role: 'LEAD' }));
        valueOf(await addPolicyTarget(await ctx(), { jointActionId: id, version: 3, name: 'Senate', level: 'NATIONAL', askKind: 'MEETING' }));
        valueOf(await recordPolicyOutcome(await ctx(), outcome(id, 4)));
        const [milestone] = await fresh().find(JointActionMilestone, { jointAction: id, doneDate: null });
        valueOf(await updateJointActionMilestone(await ctx(), { id: milestone!.id, version: 5, doneDate: '2025-06-01' }));
        const delta = await participationOf(id, world.partners.delta);
        valueOf(await removeJointActionPartner(await ctx(), { id: delta.id, version: 6 }));
        valueOf(await updateJointAction(await ctx(), { id, version: 7, title: 'Maternity cover, renamed' }));

        const em = fresh();
        const entries = await em.find(AuditEntry, { entityType: { $in: jointActionEntityTypes }, networkId: world.networkId }, { orderBy: { at: 'asc', id: 'asc' } });
        const seen = entries.map((e) => `${e.action} ${e.entityType}`);
        for (const change of [
          'CREATE JointActionPartner',
          'UPDATE JointActionPartner',
          'CREATE PolicyTarget',
          'CREATE PolicyOutcome',
          'UPDATE JointActionMilestone',
          'DELETE JointActionPartner',
          'UPDATE JointAction',
        ]) {
          expect(seen).toContain(change);
        }
        expect(entries.every((e) => e.actorId === world.users.coordinator)).toBe(true);
        const handover = entries.filter((e) => e.action === 'UPDATE' && e.entityType === 'JointActionPartner');
        expect(handover.map((e) => [e.entityId, e.before?.role, e.after?.role]).sort()).toEqual(
          [
            [bravo.id, 'CO_ORGANISER', 'LEAD'],
            [(await participationOf(id, world.partners.alpha)).id, 'LEAD', 'CO_ORGANISER'],
          ].sort(),
        );
        // Nothing about joint actions lands in the log without its network.
        expect(await em.count(AuditEntry, { entityType: { $in: jointActionEntityTypes }, networkId: null })).toBe(0);
      });
    });

    describe('listJointActions and findJointAction', () => {
      /**
       *   j1 S1 POLITICAL_ACTION [MATERNITY]     2025-03-01..06-30  Alpha (lead), Bravo; target NATIONAL; outcome FORMULATION
       *   j2 S1 JOINT_SERVICE    [MEDICAL_CARE]  2025-07-01..12-31  Bravo (lead); ONGOING
       *   j3 S2 JOINT_CAMPAIGN   [OLD_AGE]       2025-01-01..02-15  Kilo (lead)
       *   j4 continental POLITICAL_ACTION [OLD_AGE] 2025-05-01..05-31  Kilo (lead), Delta (in S1 and S2); target INTERNATIONAL; outcome ADOPTION
       *   j5 continental JOINT_CAMPAIGN [GENERAL] 2025-10-01..10-31  Kilo (lead)
       */
      async function seedActions(world: World) {
        const admin = async () => as(world.users.admin);
        const make = async (overrides: Partial<CreateJointActionInput>) => valueOf(await createJointAction(await admin(), politicalAction(world, { milestones: [], ...overrides }))).id;
        const j1 = await make({});
        valueOf(await addPolicyTarget(await admin(), { jointActionId: j1, version: 1, name: 'Senate Committee on Labor', level: 'NATIONAL', askKind: 'DRAFT_LAW' }));
        valueOf(await recordPolicyOutcome(await admin(), outcome(j1, 2, { stage: 'FORMULATION' })));
        const j2 = await make({
          kind: 'JOINT_SERVICE',
          title: 'Health camps for street vendors',
          objective: 'Free check-ups',
          branches: ['MEDICAL_CARE'],
          plannedStartDate: '2025-07-01',
          plannedEndDate: '2025-12-31',
          partners: [{ partnerId: world.partners.bravo, role: 'LEAD' }],
        });
        valueOf(await changeJointActionStatus(await admin(), { id: j2, version: 1, status: 'ONGOING' }));
        const j3 = await make({
          synergyId: world.s2,
          kind: 'JOINT_CAMPAIGN',
          title: 'Pension campaign',
          objective: null,
          branches: ['OLD_AGE'],
          plannedStartDate: '2025-01-01',
          plannedEndDate: '2025-02-15',
          partners: [{ partnerId: world.partners.kilo, role: 'LEAD' }],
        });
        const j4 = await make({
          synergyId: null,
          networkId: world.networkId,
          title: 'Regional pension floor',
          objective: 'An ASEAN declaration on social pensions',
          branches: ['OLD_AGE'],
          plannedStartDate: '2025-05-01',
          plannedEndDate: '2025-05-31',
          partners: [
            { partnerId: world.partners.kilo, role: 'LEAD' },
            { partnerId: world.partners.delta, role: 'CONTRIBUTOR' },
          ],
        });
        valueOf(await addPolicyTarget(await admin(), { jointActionId: j4, version: 1, name: 'ASEAN secretariat', level: 'INTERNATIONAL', askKind: 'POSITION_PAPER' }));
        valueOf(await recordPolicyOutcome(await admin(), outcome(j4, 2, { stage: 'ADOPTION' })));
        const j5 = await make({
          synergyId: null,
          networkId: world.networkId,
          kind: 'JOINT_CAMPAIGN',
          title: 'Asia day of action',
          objective: null,
          branches: ['GENERAL'],
          plannedStartDate: '2025-10-01',
          plannedEndDate: '2025-10-31',
          partners: [{ partnerId: world.partners.kilo, role: 'LEAD' }],
        });
        return { j1, j2, j3, j4, j5 };
      }

      it('should show each role only what it may see', async () => {
        const world = await seedWorld();
        const ids = await seedActions(world);
        const seenBy = async (who: UserKey) => (await listJointActions(await as(world.users[who]), null, null, { first: 50 })).items.map((a) => a.id).sort();
        const all = Object.values(ids).sort();
        expect(await seenBy('admin')).toEqual(all);
        expect(await seenBy('reviewer')).toEqual(all);
        expect(await seenBy('networkViewer')).toEqual(all);
        // Its synergy's, and the continental one its partner Delta takes part in.
        expect(await seenBy('coordinator')).toEqual([ids.j1, ids.j2, ids.j4].sort());
        expect(await seenBy('synergyViewer')).toEqual([ids.j1, ids.j2, ids.j4].sort());
        expect(await seenBy('otherCoordinator')).toEqual([ids.j3, ids.j4, ids.j5].sort());
        expect(await seenBy('alphaEditor')).toEqual([ids.j1]);
        expect(await seenBy('bravoEditor')).toEqual([ids.j1, ids.j2].sort());
        expect(await seenBy('kiloEditor')).toEqual([ids.j3, ids.j4, ids.j5].sort());
        expect(await seenBy('otherAdmin')).toEqual([]);
        expect(await findJointAction(await as(world.users.coordinator), ids.j3)).toBeNull();
        expect(await findJointAction(await as(world.users.coordinator), ids.j5)).toBeNull();
        expect((await findJointAction(await as(world.users.coordinator), ids.j4))?.title).toBe('Regional pension floor');
        expect(await findJointAction(await as(world.users.alphaEditor), ids.j2)).toBeNull();
        // A coordinator may read the continental action, not change it.
        expect(errorsOf(await updateJointAction(await as(world.users.coordinator), { id: ids.j4, version: 3, title: 'Ours now' }))).toEqual([
          { kind: 'ForbiddenError', path: ['id'] },
        ]);
      });

      it('should narrow by every filter field, and narrow further when combined', async () => {
        const world = await seedWorld();
        const ids = await seedActions(world);
        const ctx = async () => as(world.users.admin);
        const found = async (filter: JointActionFilter) => (await listJointActions(await ctx(), filter, null, { first: 50 })).items.map((a) => a.id);
        // Default order: latest planned start first.
        expect(await found({})).toEqual([ids.j5, ids.j2, ids.j4, ids.j1, ids.j3]);
        expect(await found({ networkId: world.networkId })).toHaveLength(5);
        expect(await found({ synergyId: world.s1 })).toEqual([ids.j2, ids.j1]);
        expect(await found({ continental: true })).toEqual([ids.j5, ids.j4]);
        expect(await found({ continental: false })).toEqual([ids.j2, ids.j1, ids.j3]);
        expect(await found({ partnerId: world.partners.bravo })).toEqual([ids.j2, ids.j1]);
        expect(await found({ partnerId: world.partners.delta })).toEqual([ids.j4]);
        expect(await found({ countries: ['kh'] })).toEqual([ids.j3]);
        expect(await found({ kinds: ['POLITICAL_ACTION'] })).toEqual([ids.j4, ids.j1]);
        expect(await found({ kinds: ['JOINT_SERVICE', 'JOINT_CAMPAIGN'] })).toEqual([ids.j5, ids.j2, ids.j3]);
        expect(await found({ statuses: ['ONGOING'] })).toEqual([ids.j2]);
        expect(await found({ branches: ['MATERNITY'] })).toEqual([ids.j1]);
        expect(await found({ branches: ['OLD_AGE', 'GENERAL'] })).toEqual([ids.j5, ids.j4, ids.j3]);
        expect(await found({ targetLevels: ['INTERNATIONAL'] })).toEqual([ids.j4]);
        expect(await found({ targetLevels: ['NATIONAL', 'INTERNATIONAL'] })).toEqual([ids.j4, ids.j1]);
        expect(await found({ stagesReached: ['ADOPTION'] })).toEqual([ids.j4]);
        expect(await found({ stagesReached: ['FORMULATION', 'ADOPTION'] })).toEqual([ids.j4, ids.j1]);
        // The planned period overlaps [from, to]; both ends count.
        expect(await found({ from: '2025-02-01', to: '2025-02-28' })).toEqual([ids.j3]);
        expect(await found({ from: '2025-02-15', to: '2025-03-01' })).toEqual([ids.j1, ids.j3]);
        expect(await found({ from: '2025-10-31' })).toEqual([ids.j5, ids.j2]);
        expect(await found({ to: '2025-01-01' })).toEqual([ids.j3]);
        expect(await found({ search: 'maternity' })).toEqual([ids.j1]);
        expect(await found({ search: 'ASEAN' })).toEqual([ids.j4]);
        expect(await found({ search: 'nothing like this' })).toEqual([]);
        expect(await found({ continental: false, kinds: ['POLITICAL_ACTION'], partnerId: world.partners.alpha, from: '2025-06-01' })).toEqual([ids.j1]);
        expect(await found({ synergyId: world.s1, continental: true })).toEqual([]);

        const coordinatorSees = async (filter: JointActionFilter) =>
          (await listJointActions(await as(world.users.coordinator), filter, null, { first: 50 })).items.map((a) => a.id);
        expect(await coordinatorSees({ synergyId: world.s2 })).toEqual([]);
        expect(await coordinatorSees({ continental: true })).toEqual([ids.j4]);
      });

      it('should order and page with stable cursors and a total count', async () => {
        const world = await seedWorld();
        await seedActions(world);
        const ctx = async () => as(world.users.admin);
        const page = await listJointActions(await ctx(), null, { field: 'TITLE', direction: 'ASC' }, { first: 2 });
        expect(page.items.map((a) => a.title)).toEqual(['Asia day of action', 'Health camps for street vendors']);
        expect({ total: page.totalCount, next: page.hasNextPage }).toEqual({ total: 5, next: true });
        const next = await listJointActions(await ctx(), null, { field: 'TITLE', direction: 'ASC' }, { first: 3, after: page.cursors.at(-1) });
        expect(next.items.map((a) => a.title)).toEqual(['Maternity cover for domestic workers', 'Pension campaign', 'Regional pension floor']);
        expect(next.hasNextPage).toBe(false);
      });

      it('should name the argument when a filter date is malformed', async () => {
        const world = await seedWorld();
        await expect(listJointActions(await as(world.users.admin), { to: '2025-13-01' }, null, {})).rejects.toThrow('filter.to');
      });
    });
  });
}
