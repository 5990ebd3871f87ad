import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, JointAction } from '@synergia/domain';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { toGlobalId } from '../../graphql/global-id.ts';

const errorFields = 'errors { __typename message path ... on ValidationError { field } }';
const actionFields = `id version title kind status nextStatuses continental country countryName branches objective
  plannedStartDate plannedEndDate actualStartDate actualEndDate stageReached noOutcomeReason
  synergy { name } network { name } lead { name }
  partners { id role partner { id name } contribution { people money { amount currency } inKind } }
  milestones { id title dueDate doneDate overdue responsiblePartner { name } }
  targets { id name level askKind ask }
  outcomes { id observedOn description stage evidence evidenceLinks contribution version recordedBy { email } jointAction { title } }
  participants { total women youth womenShare cells { sex ageBand { id } count } }
  genderMarker { score allowedMaxScore missingCriteria }
  createdBy { email } viewerCan { update delete }`;

const mutations = {
  create: `mutation($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { ${actionFields} } ${errorFields} } }`,
  update: `mutation($input: UpdateJointActionInput!) { updateJointAction(input: $input) { jointAction { id version title objective kind plannedEndDate } ${errorFields} } }`,
  status: `mutation($input: ChangeJointActionStatusInput!) { changeJointActionStatus(input: $input) { jointAction { version status actualStartDate viewerCan { delete } } ${errorFields} } }`,
  delete: `mutation($input: DeleteJointActionInput!) { deleteJointAction(input: $input) { deletedJointActionId ${errorFields} } }`,
  ...Object.fromEntries(
    [
      'addJointActionPartner',
      'updateJointActionPartner',
      'removeJointActionPartner',
      'addJointActionMilestone',
      'updateJointActionMilestone',
      'removeJointActionMilestone',
      'addPolicyTarget',
      'removePolicyTarget',
      'recordPolicyOutcome',
      'updatePolicyOutcome',
    ].map((name) => [
      name,
      `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { jointAction { ${actionFields} } ${errorFields} } }`,
    ]),
  ),
} as Record<string, string>;

const fullChecklist = {
  genderAnalysis: true,
  analysisShapedDesign: true,
  genderObjectiveAndIndicator: true,
  sexDisaggregatedData: true,
  genderMonitoringCommitment: true,
};

const addDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`joint actions API on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    const tokens: Record<'admin' | 'coordinatorPh' | 'coordinatorId' | 'reviewer' | 'editorPh', string> = {} as never;
    let networkId: string;
    let phSynergyId: string;
    let idSynergyId: string;
    /** Demo partners by acronym (AFIW leads PH, CIWW is in Indonesia), and two fresh PH partners only these tests use. */
    const partners: Record<string, string> = {};

    /** Runs a query that must not fail as a whole and returns its data. */
    const data = async (query: string, variables: Record<string, unknown>, token: string) => {
      const result = await gateway.graphql(query, variables, token);
      expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
      return result.body.data!;
    };
    const mutate = async (name: string, input: Record<string, unknown>, token = tokens.coordinatorPh) => {
      const key = { create: 'createJointAction', update: 'updateJointAction', status: 'changeJointActionStatus', delete: 'deleteJointAction' }[name] ?? name;
      return (await data(mutations[name]!, { input }, token))[key] as { jointAction: any; deletedJointActionId?: string | null; errors: any[] };
    };
    const succeed = async (name: string, input: Record<string, unknown>, token = tokens.coordinatorPh) => {
      const result = await mutate(name, input, token);
      expect(result.errors).toEqual([]);
      return result.jointAction;
    };
    const readBack = async (id: string) => (await data(`query($id: ID!) { jointAction(id: $id) { ${actionFields} } }`, { id }, tokens.admin)).jointAction;
    const jointActionRows = () => gateway.db.orm.em.fork().count(JointAction, {});
    const auditRows = () => gateway.db.orm.em.fork().count(AuditEntry, {});

    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'joint_actions' });
      tokens.admin = await gateway.signIn('admin@example.org');
      tokens.coordinatorPh = await gateway.signIn('coordinator.ph@example.org');
      tokens.coordinatorId = await gateway.signIn('coordinator.id@example.org');
      tokens.reviewer = await gateway.signIn('reviewer@example.org');
      tokens.editorPh = await gateway.signIn('editor.ph@example.org');
      const world = await data('{ networks { id } synergies(first: 20) { edges { node { id country } } } }', {}, tokens.admin);
      networkId = world.networks[0].id;
      for (const { node } of world.synergies.edges) {
        if (node.country === 'PH') phSynergyId = node.id;
        if (node.country === 'ID') idSynergyId = node.id;
      }
      for (const synergyId of [phSynergyId, idSynergyId]) {
        const members = await data('query($id: ID!) { synergy(id: $id) { partners(first: 50) { edges { node { id acronym } } } } }', { id: synergyId }, tokens.admin);
        for (const { node } of members.synergy.partners.edges) partners[node.acronym] = node.id;
      }
      // Fresh partners, members of the PH synergy since 2020: their joint actions are only those recorded here.
      for (const name of ['Test Union of Street Vendors', 'Test Health Mutual']) {
        const created = await data(
          'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { message } } }',
          { input: { networkId, name, type: 'TRADE_UNION', country: 'PH' } },
          tokens.admin,
        );
        const partnerId = created.createPartner.partner.id;
        const joined = await data(
          'mutation($input: AddSynergyMemberInput!) { addSynergyMember(input: $input) { membership { id } errors { message } } }',
          { input: { synergyId: phSynergyId, partnerId, since: '2020-01-01' } },
          tokens.admin,
        );
        expect(joined.addSynergyMember.errors).toEqual([]);
        partners[name.startsWith('Test Union') ? 'union' : 'mutual'] = partnerId;
      }
    });
    afterAll(() => gateway?.close());

    const politicalAction = (overrides: Record<string, unknown> = {}) => ({
      synergyId: phSynergyId,
      kind: 'POLITICAL_ACTION',
      title: 'Maternity cover for informal workers [api-test]',
      objective: 'Extend maternity benefits to informal workers',
      branches: ['MATERNITY', 'MEDICAL_CARE'],
      plannedStartDate: '2025-03-01',
      plannedEndDate: '2025-12-31',
      partners: [
        { partnerId: partners.union, role: 'LEAD', contributionPeople: 4 },
        { partnerId: partners.mutual, role: 'CO_ORGANISER', contributionAmount: 15000.5, contributionCurrency: 'php', contributionInKind: 'Meeting room' },
      ],
      milestones: [
        { title: 'Position paper drafted', dueDate: '2025-04-15', doneDate: '2025-04-10', responsiblePartnerId: partners.union },
        { title: 'Meeting with the Senate committee', dueDate: '2025-06-30', responsiblePartnerId: partners.mutual },
      ],
      participants: [
        { sex: 'WOMEN', ageBandId: '18-35', count: 30 },
        { sex: 'MEN', ageBandId: '36-59', count: 10 },
      ],
      genderMarker: { score: 1, criteria: fullChecklist, principalObjective: false },
      ...overrides,
    });

    it('should plan a political action with its partners and milestones, and read it back by id and as a node', async () => {
      const created = await succeed('create', politicalAction());
      expect(created).toMatchObject({
        version: 1,
        title: 'Maternity cover for informal workers [api-test]',
        kind: 'POLITICAL_ACTION',
        status: 'PLANNED',
        nextStatuses: ['ONGOING', 'COMPLETED', 'CANCELLED'],
        continental: false,
        country: 'PH',
        countryName: 'Philippines',
        synergy: { name: expect.any(String) },
        lead: { name: 'Test Union of Street Vendors' },
        partners: [
          { role: 'LEAD', partner: { id: partners.union }, contribution: { people: 4, money: null, inKind: null } },
          {
            role: 'CO_ORGANISER',
            partner: { id: partners.mutual },
            contribution: { people: null, money: { amount: 15000.5, currency: 'PHP' }, inKind: 'Meeting room' },
          },
        ],
        milestones: [
          { title: 'Position paper drafted', dueDate: '2025-04-15', doneDate: '2025-04-10', overdue: false, responsiblePartner: { name: 'Test Union of Street Vendors' } },
          { title: 'Meeting with the Senate committee', dueDate: '2025-06-30', doneDate: null, overdue: true, responsiblePartner: { name: 'Test Health Mutual' } },
        ],
        targets: [],
        outcomes: [],
        stageReached: null,
        participants: { total: 40, women: 30, youth: 30, womenShare: 0.75 },
        genderMarker: { score: 1, allowedMaxScore: 1, missingCriteria: [] },
        createdBy: { email: 'coordinator.ph@example.org' },
        viewerCan: { update: true, delete: true },
      });
      expect(await readBack(created.id)).toEqual(created);
      const node = await data('query($id: ID!) { node(id: $id) { __typename ... on JointAction { title } } }', { id: created.id }, tokens.coordinatorPh);
      expect(node.node).toEqual({ __typename: 'JointAction', title: created.title });
      // Not visible to another synergy's coordinator: null, as if it did not exist.
      const hidden = await data('query($id: ID!) { node(id: $id) { id } jointAction(id: $id) { id } }', { id: created.id }, tokens.coordinatorId);
      expect(hidden).toEqual({ node: null, jointAction: null });
    });

    it('should refuse a bad plan naming each field at fault, and write nothing', async () => {
      const [actions, audit] = [await jointActionRows(), await auditRows()];
      const twoLeads = await mutate(
        'create',
        politicalAction({
          partners: [
            { partnerId: partners.union, role: 'LEAD' },
            { partnerId: partners.mutual, role: 'LEAD' },
          ],
          milestones: [],
        }),
      );
      expect(twoLeads.jointAction).toBeNull();
      expect(twoLeads.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', path: expect.arrayContaining(['input', 'partners']) })]);

      const badId = await mutate('create', politicalAction({ partners: [{ partnerId: 'nope', role: 'LEAD' }], milestones: [] }));
      expect(badId).toEqual({
        jointAction: null,
        errors: [
          {
            __typename: 'ValidationError',
            message: 'partners.0.partnerId: is not a valid Partner id',
            path: ['input', 'partners', '0', 'partnerId'],
            field: 'partnerId',
          },
        ],
      });

      // CIWW is a member of the Indonesian synergy, not of the Philippine one.
      const outsider = await mutate('create', politicalAction({ partners: [{ partnerId: partners.CIWW, role: 'LEAD' }], milestones: [] }));
      expect(outsider.errors).toEqual([
        {
          __typename: 'ValidationError',
          message: expect.stringMatching(/^partners\.0\.partnerId: Confederation of Indonesian Workers for Welfare was not a member of .* between 2025-03-01 and 2025-12-31$/),
          path: ['input', 'partners', '0', 'partnerId'],
          field: 'partnerId',
        },
      ]);

      const backwards = await mutate('create', politicalAction({ plannedEndDate: '2025-01-01' }));
      expect(backwards.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'plannedEndDate'], field: 'plannedEndDate' }]);
      expect([await jointActionRows(), await auditRows()]).toEqual([actions, audit]);
    });

    it("should not let a coordinator plan or touch another synergy's joint action, and change nothing", async () => {
      const action = await succeed('create', politicalAction({ title: 'Guarded action [api-test]' }));
      const [actions, audit] = [await jointActionRows(), await auditRows()];

      const plan = await mutate('create', politicalAction(), tokens.coordinatorId);
      expect(plan.jointAction).toBeNull();
      expect(plan.errors).toMatchObject([{ __typename: expect.stringMatching(/^(ForbiddenError|NotFoundError)$/), path: ['input', 'synergyId'] }]);

      const refusals = [
        await mutate('update', { id: action.id, version: 1, title: 'Hijacked' }, tokens.coordinatorId),
        await mutate('status', { id: action.id, version: 1, status: 'CANCELLED' }, tokens.coordinatorId),
        await mutate('delete', { id: action.id, version: 1 }, tokens.coordinatorId),
        await mutate('addPolicyTarget', { jointActionId: action.id, version: 1, name: 'Senate', level: 'NATIONAL', askKind: 'MEETING' }, tokens.coordinatorId),
        await mutate('removeJointActionPartner', { id: action.partners[1].id, version: 1 }, tokens.coordinatorId),
        await mutate('updateJointActionMilestone', { id: action.milestones[1].id, version: 1, doneDate: '2025-06-01' }, tokens.coordinatorId),
      ];
      for (const refused of refusals) {
        // The action is not theirs to see: it is not found, under the field that named it.
        expect(refused.errors).toMatchObject([{ __typename: 'NotFoundError' }]);
        expect(refused.jointAction ?? refused.deletedJointActionId ?? null).toBeNull();
      }
      // A reviewer reads the whole network but writes no joint actions: forbidden.
      const reviewer = await mutate('update', { id: action.id, version: 1, title: 'Reviewed' }, tokens.reviewer);
      expect(reviewer.errors).toMatchObject([{ __typename: 'ForbiddenError', path: ['input', 'id'] }]);

      expect(await readBack(action.id)).toEqual(action);
      expect([await jointActionRows(), await auditRows()]).toEqual([actions, audit]);
    });

    it('should update with the version, keep a field given as null when it is required, and refuse a stale version', async () => {
      const action = await succeed('create', politicalAction({ title: 'Pension reform hearing [api-test]', kind: 'JOINT_CAMPAIGN', milestones: [] }));
      const updated = await mutate('update', { id: action.id, version: 1, title: null, kind: null, objective: null, plannedEndDate: '2025-11-30' });
      expect(updated).toEqual({
        jointAction: { id: action.id, version: 2, title: 'Pension reform hearing [api-test]', objective: null, kind: 'JOINT_CAMPAIGN', plannedEndDate: '2025-11-30' },
        errors: [],
      });
      const stale = await mutate('update', { id: action.id, version: 1, title: 'Too late' });
      expect(stale).toMatchObject({ jointAction: null, errors: [{ __typename: 'ConflictError', path: ['input', 'version'] }] });
      const badId = await mutate('update', { id: toGlobalId('Activity', '00000000-0000-4000-8000-000000000000'), version: 1 });
      expect(badId.errors).toEqual([{ __typename: 'ValidationError', message: 'id: is not a valid JointAction id', path: ['input', 'id'], field: 'id' }]);
      const missing = await mutate('update', { id: toGlobalId('JointAction', '00000000-0000-4000-8000-000000000000'), version: 1 });
      expect(missing.errors).toMatchObject([{ __typename: 'NotFoundError', path: ['input', 'id'] }]);
      expect((await readBack(action.id)).title).toBe('Pension reform hearing [api-test]');
    });

    it('should move the status, require an outcome or a reason to complete, and delete only a planned action', async () => {
      const action = await succeed('create', politicalAction({ title: 'Campaign to complete [api-test]', kind: 'JOINT_CAMPAIGN', milestones: [] }));
      const ongoing = await mutate('status', { id: action.id, version: 1, status: 'ONGOING' });
      expect(ongoing).toMatchObject({ jointAction: { version: 2, status: 'ONGOING', actualStartDate: '2025-03-01', viewerCan: { delete: false } }, errors: [] });
      const noReason = await mutate('status', { id: action.id, version: 2, status: 'COMPLETED' });
      expect(noReason.errors).toMatchObject([{ __typename: 'ValidationError' }]);
      const refusedDelete = await mutate('delete', { id: action.id, version: 2 });
      expect(refusedDelete).toMatchObject({ deletedJointActionId: null, errors: [{ __typename: 'ConflictError', path: ['input', 'id'] }] });
      const completed = await mutate('status', { id: action.id, version: 2, status: 'COMPLETED', noOutcomeReason: 'The campaign built awareness only' });
      expect(completed).toMatchObject({ jointAction: { version: 3, status: 'COMPLETED' }, errors: [] });
      const final = await mutate('status', { id: action.id, version: 3, status: 'ONGOING' });
      expect(final.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'status'], field: 'status' }]);

      const planned = await succeed('create', politicalAction({ title: 'To be dropped [api-test]', milestones: [] }));
      const deleted = await mutate('delete', { id: planned.id, version: 1 });
      expect(deleted).toEqual({ deletedJointActionId: planned.id, errors: [] });
      expect(await data('query($id: ID!) { jointAction(id: $id) { id } }', { id: planned.id }, tokens.admin)).toEqual({ jointAction: null });
    });

    it('should add, hand the lead to, and remove participating partners', async () => {
      const action = await succeed('create', politicalAction({ title: 'Partners change [api-test]', milestones: [], partners: [{ partnerId: partners.union, role: 'LEAD' }] }));
      const added = await succeed('addJointActionPartner', {
        jointActionId: action.id,
        version: 1,
        partner: { partnerId: partners.mutual, role: 'CONTRIBUTOR', contributionPeople: 2 },
      });
      expect(added.partners.map((taking: any) => [taking.role, taking.partner.id])).toEqual([
        ['LEAD', partners.union],
        ['CONTRIBUTOR', partners.mutual],
      ]);
      expect(added.version).toBe(2);

      const secondLead = await mutate('addJointActionPartner', { jointActionId: action.id, version: 2, partner: { partnerId: partners.AFIW, role: 'LEAD' } });
      expect(secondLead.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'partner', 'role'], field: 'role' }]);
      const twice = await mutate('addJointActionPartner', { jointActionId: action.id, version: 2, partner: { partnerId: partners.mutual, role: 'CONTRIBUTOR' } });
      expect(twice.errors).toMatchObject([{ __typename: 'ConflictError', path: ['input', 'partner', 'partnerId'] }]);
      const stale = await mutate('addJointActionPartner', { jointActionId: action.id, version: 1, partner: { partnerId: partners.AFIW, role: 'CONTRIBUTOR' } });
      expect(stale.errors).toMatchObject([{ __typename: 'ConflictError', path: ['input', 'version'] }]);

      const mutualTaking = added.partners[1].id;
      const handedOver = await succeed('updateJointActionPartner', { id: mutualTaking, version: 2, role: 'LEAD', contributionPeople: null });
      expect(handedOver).toMatchObject({ version: 3, lead: { name: 'Test Health Mutual' } });
      expect(handedOver.partners.map((taking: any) => [taking.role, taking.partner.id, taking.contribution.people])).toEqual([
        ['LEAD', partners.mutual, null],
        ['CO_ORGANISER', partners.union, null],
      ]);
      const leadLeaves = await mutate('removeJointActionPartner', { id: mutualTaking, version: 3 });
      expect(leadLeaves.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'id'], field: 'id' }]);
      const removed = await succeed('removeJointActionPartner', { id: handedOver.partners[1].id, version: 3 });
      expect(removed.partners.map((taking: any) => taking.partner.id)).toEqual([partners.mutual]);
      const badId = await mutate('removeJointActionPartner', { id: action.id, version: 4 });
      expect(badId.errors).toEqual([{ __typename: 'ValidationError', message: 'id: is not a valid JointActionPartner id', path: ['input', 'id'], field: 'id' }]);
    });

    it('should add, check off, reopen and remove milestones', async () => {
      const action = await succeed('create', politicalAction({ title: 'Milestones [api-test]', milestones: [] }));
      const added = await succeed('addJointActionMilestone', {
        jointActionId: action.id,
        version: 1,
        milestone: { title: 'Draft bill submitted', dueDate: '2025-05-01', responsiblePartnerId: partners.mutual },
      });
      expect(added.milestones).toMatchObject([{ title: 'Draft bill submitted', overdue: true, doneDate: null, responsiblePartner: { name: 'Test Health Mutual' } }]);
      const milestoneId = added.milestones[0].id;
      const checked = await succeed('updateJointActionMilestone', { id: milestoneId, version: 2, doneDate: '2025-05-03', title: null });
      expect(checked.milestones).toMatchObject([{ title: 'Draft bill submitted', doneDate: '2025-05-03', overdue: false }]);
      const future = await mutate('updateJointActionMilestone', { id: milestoneId, version: 3, doneDate: addDays(30) });
      expect(future.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'doneDate'], field: 'doneDate' }]);
      const outsider = await mutate('addJointActionMilestone', {
        jointActionId: action.id,
        version: 3,
        milestone: { title: 'Outsider task', dueDate: '2025-05-01', responsiblePartnerId: partners.AFIW },
      });
      expect(outsider.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'milestone', 'responsiblePartnerId'] }]);
      const reopened = await succeed('updateJointActionMilestone', { id: milestoneId, version: 3, doneDate: null, responsiblePartnerId: null });
      expect(reopened.milestones).toMatchObject([{ doneDate: null, overdue: true, responsiblePartner: null }]);
      const removed = await succeed('removeJointActionMilestone', { id: milestoneId, version: 4 });
      expect(removed.milestones).toEqual([]);
      const gone = await mutate('removeJointActionMilestone', { id: milestoneId, version: 5 });
      expect(gone.errors).toMatchObject([{ __typename: 'NotFoundError', path: ['input', 'id'] }]);
    });

    it('should add targets to political actions only, and record and correct outcomes with the stage reached', async () => {
      const action = await succeed('create', politicalAction({ title: 'Outcomes [api-test]', milestones: [] }));
      const targeted = await succeed('addPolicyTarget', {
        jointActionId: action.id,
        version: 1,
        name: 'Senate Committee on Labor',
        level: 'NATIONAL',
        askKind: 'DRAFT_LAW',
        ask: 'Table the maternity bill',
      });
      expect(targeted.targets).toMatchObject([{ name: 'Senate Committee on Labor', level: 'NATIONAL', askKind: 'DRAFT_LAW', ask: 'Table the maternity bill' }]);

      const campaign = await succeed('create', politicalAction({ title: 'No targets [api-test]', kind: 'JOINT_SERVICE', milestones: [] }));
      const refused = await mutate('addPolicyTarget', { jointActionId: campaign.id, version: 1, name: 'Mayor', level: 'LOCAL', askKind: 'MEETING' });
      expect(refused.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'jointActionId'], field: 'jointActionId' }]);

      const noStage = await mutate('recordPolicyOutcome', {
        jointActionId: action.id,
        version: 2,
        observedOn: '2025-06-01',
        description: 'The bill was tabled',
        contribution: 'SIGNIFICANT',
      });
      expect(noStage.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'stage'], field: 'stage' }]);
      const badLink = await mutate('recordPolicyOutcome', {
        jointActionId: action.id,
        version: 2,
        observedOn: '2025-06-01',
        description: 'The bill was tabled',
        stage: 'FORMULATION',
        evidenceLinks: ['ftp://example.org/bill'],
        contribution: 'SIGNIFICANT',
      });
      expect(badLink.errors).toMatchObject([{ __typename: 'ValidationError', path: ['input', 'evidenceLinks', '0'] }]);

      const recorded = await succeed('recordPolicyOutcome', {
        jointActionId: action.id,
        version: 2,
        observedOn: '2025-06-01',
        description: 'The bill was tabled',
        stage: 'FORMULATION',
        evidence: 'Senate journal',
        evidenceLinks: ['https://example.org/senate/bill-123'],
        contribution: 'SIGNIFICANT',
      });
      expect(recorded).toMatchObject({
        version: 3,
        stageReached: 'FORMULATION',
        outcomes: [
          {
            observedOn: '2025-06-01',
            stage: 'FORMULATION',
            evidenceLinks: ['https://example.org/senate/bill-123'],
            version: 1,
            recordedBy: { email: 'coordinator.ph@example.org' },
            jointAction: { title: 'Outcomes [api-test]' },
          },
        ],
      });
      const outcomeId = recorded.outcomes[0].id;
      const corrected = await succeed('updatePolicyOutcome', { id: outcomeId, version: 1, stage: 'ADOPTION', description: null, evidence: null });
      expect(corrected).toMatchObject({ stageReached: 'ADOPTION', outcomes: [{ stage: 'ADOPTION', description: 'The bill was tabled', evidence: null, version: 2 }] });
      const stale = await mutate('updatePolicyOutcome', { id: outcomeId, version: 1, stage: 'EVALUATION' });
      expect(stale.errors).toMatchObject([{ __typename: 'ConflictError', path: ['input', 'version'] }]);

      const node = await data('query($id: ID!) { node(id: $id) { __typename ... on PolicyOutcome { stage jointAction { title } } } }', { id: outcomeId }, tokens.admin);
      expect(node.node).toEqual({ __typename: 'PolicyOutcome', stage: 'ADOPTION', jointAction: { title: 'Outcomes [api-test]' } });
      const hidden = await data('query($id: ID!) { node(id: $id) { id } }', { id: outcomeId }, tokens.coordinatorId);
      expect(hidden.node).toBeNull();

      const untargeted = await succeed('removePolicyTarget', { id: targeted.targets[0].id, version: corrected.version });
      expect(untargeted.targets).toEqual([]);
    });

    it('should filter the list, the synergy’s and the partner’s joint actions, and name a bad argument', async () => {
      const titles = async (filter: Record<string, unknown>, token = tokens.admin) =>
        (
          await data(
            'query($filter: JointActionFilter) { jointActions(filter: $filter, orderBy: { field: TITLE, direction: ASC }, first: 100) { totalCount edges { node { title } } } }',
            { filter: { partnerId: partners.mutual, ...filter } },
            token,
          )
        ).jointActions.edges.map((edge: any) => edge.node.title);
      const all = await titles({});
      expect(all.length).toBeGreaterThanOrEqual(5);
      expect(all).toEqual([...all].sort());
      expect(await titles({ stagesReached: ['ADOPTION'] })).toEqual(['Outcomes [api-test]']);
      expect(await titles({ kinds: ['JOINT_SERVICE'] })).toEqual(['No targets [api-test]']);
      expect(await titles({ statuses: ['COMPLETED'] })).toEqual(['Campaign to complete [api-test]']);
      expect(await titles({ search: 'pension reform' })).toEqual(['Pension reform hearing [api-test]']);
      expect(await titles({ countries: ['ID'] })).toEqual([]);
      expect(await titles({ continental: true })).toEqual([]);
      expect(await titles({ from: '2026-01-01' })).toEqual([]);
      expect((await titles({ branches: ['MATERNITY'], synergyId: phSynergyId })).length).toBe(all.length);
      // The coordinator of Indonesia sees none of them.
      expect(await titles({}, tokens.coordinatorId)).toEqual([]);

      const nested = await data(
        `query($synergy: ID!, $partner: ID!) {
          synergy(id: $synergy) { jointActions(filter: { search: "[api-test]", kinds: [JOINT_SERVICE] }) { totalCount edges { node { title } } } }
          partner: node(id: $partner) { ... on Partner { jointActions(orderBy: { field: TITLE, direction: ASC }, first: 2) { totalCount pageInfo { hasNextPage } edges { node { title } } } } }
        }`,
        { synergy: phSynergyId, partner: partners.mutual },
        tokens.coordinatorPh,
      );
      expect(nested.synergy.jointActions).toEqual({ totalCount: 1, edges: [{ node: { title: 'No targets [api-test]' } }] });
      expect(nested.partner.jointActions).toMatchObject({ totalCount: all.length, pageInfo: { hasNextPage: true }, edges: [{ node: { title: all[0] } }, { node: { title: all[1] } }] });

      const bad = await gateway.graphql('{ jointActions(filter: { partnerId: "nope" }) { totalCount } }', {}, tokens.admin);
      expect(bad.body.errors?.[0]).toMatchObject({ message: 'filter.partnerId: is not a valid Partner id', extensions: { code: 'BAD_USER_INPUT', argument: 'filter.partnerId' } });
      const badDate = await gateway.graphql('{ jointActions(filter: { from: "2025-13-01" }) { totalCount } }', {}, tokens.admin);
      expect(badDate.body.errors?.[0]?.message).toContain('YYYY-MM-DD, got "2025-13-01"');
    });

    it('should list the milestones and the policy outcomes the user may see', async () => {
      const milestones = await data(
        `query($filter: JointActionMilestoneFilter) { jointActionMilestones(filter: $filter, first: 50) { totalCount edges { node { title dueDate overdue jointAction { title } } } } }`,
        { filter: { partnerId: partners.union, done: false, dueTo: '2025-12-31' } },
        tokens.coordinatorPh,
      );
      const rows = milestones.jointActionMilestones.edges.map((edge: any) => edge.node);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatchObject({ overdue: true });
      expect(rows.map((row: any) => row.dueDate)).toEqual(rows.map((row: any) => row.dueDate).sort());
      expect(rows.some((row: any) => row.title === 'Meeting with the Senate committee')).toBe(true);

      const outcomes = await data(
        `query($filter: PolicyOutcomeFilter) { policyOutcomes(filter: $filter) { totalCount edges { node { description stage jointAction { title } } } } }`,
        { filter: { synergyId: phSynergyId, stages: ['ADOPTION'], from: '2025-06-01', to: '2025-06-01', kinds: ['POLITICAL_ACTION'] } },
        tokens.admin,
      );
      expect(outcomes.policyOutcomes.edges.map((edge: any) => edge.node)).toContainEqual({
        description: 'The bill was tabled',
        stage: 'ADOPTION',
        jointAction: { title: 'Outcomes [api-test]' },
      });
      const elsewhere = await data('query($filter: PolicyOutcomeFilter) { policyOutcomes(filter: $filter) { totalCount } }', { filter: { countries: ['PH'] } }, tokens.coordinatorId);
      expect(elsewhere.policyOutcomes.totalCount).toBe(0);
    });

    it('should sum up a partner’s joint actions by kind, status, stage and country, with milestones overdue and upcoming', async () => {
      // A partner of its own, so the sums are exactly what is recorded here.
      const created = await data(
        'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }',
        { input: { networkId, name: 'Summary Test Cooperative', type: 'COOPERATIVE', country: 'PH' } },
        tokens.admin,
      );
      const partnerId = created.createPartner.partner.id;
      await data('mutation($input: AddSynergyMemberInput!) { addSynergyMember(input: $input) { membership { id } } }', { input: { synergyId: phSynergyId, partnerId, since: '2020-01-01' } }, tokens.admin);
      const lead = [{ partnerId, role: 'LEAD' }];
      const political = await succeed(
        'create',
        politicalAction({
          title: 'Summary political',
          partners: lead,
          milestones: [
            { title: 'Overdue', dueDate: '2025-02-01' },
            { title: 'Upcoming', dueDate: addDays(10) },
            { title: 'Done', dueDate: '2025-02-01', doneDate: '2025-01-20' },
          ],
        }),
      );
      await succeed('status', { id: political.id, version: 1, status: 'ONGOING' });
      await succeed('recordPolicyOutcome', { jointActionId: political.id, version: 2, observedOn: '2025-05-01', description: 'On the agenda', stage: 'AGENDA_SETTING', contribution: 'PARTIAL' });
      await succeed(
        'create',
        politicalAction({
          title: 'Summary service',
          kind: 'JOINT_SERVICE',
          partners: lead,
          milestones: [],
          participants: [{ sex: 'WOMEN', ageBandId: '60-plus', count: 5 }],
        }),
      );

      const summary = await data(
        `query($scope: JointActionScope!, $from: Date, $to: Date) { jointActionSummary(scope: $scope, from: $from, to: $to) {
          count participants women youth womenShare youthShare milestonesOverdue milestonesUpcoming
          byKind { kind count } byStatus { status count } byStageReached { stage count }
          byCountry { country countryName count withOutcomes participants womenShare youthShare }
        } }`,
        { scope: { partnerId } },
        tokens.coordinatorPh,
      );
      expect(summary.jointActionSummary).toEqual({
        count: 2,
        // Only the ongoing action reached people; the planned service did not yet.
        participants: 40,
        women: 30,
        youth: 30,
        womenShare: 0.75,
        youthShare: 0.75,
        milestonesOverdue: 1,
        milestonesUpcoming: 1,
        byKind: expect.arrayContaining([
          { kind: 'POLITICAL_ACTION', count: 1 },
          { kind: 'JOINT_SERVICE', count: 1 },
        ]),
        byStatus: expect.arrayContaining([
          { status: 'ONGOING', count: 1 },
          { status: 'PLANNED', count: 1 },
        ]),
        byStageReached: [{ stage: 'AGENDA_SETTING', count: 1 }],
        byCountry: [{ country: 'PH', countryName: 'Philippines', count: 2, withOutcomes: 1, participants: 40, womenShare: 0.75, youthShare: 0.75 }],
      });
      const outside = await data('query($scope: JointActionScope!) { jointActionSummary(scope: $scope, from: "2026-01-01") { count } }', { scope: { partnerId } }, tokens.admin);
      expect(outside.jointActionSummary.count).toBe(0);
      const refused = await gateway.graphql('query($scope: JointActionScope!) { jointActionSummary(scope: $scope) { count } }', { scope: { synergyId: phSynergyId } }, tokens.coordinatorId);
      expect(refused.body.errors?.[0]).toMatchObject({ message: 'scope.synergyId: names nothing you may see', extensions: { code: 'BAD_USER_INPUT' } });
      const two = await gateway.graphql('query($scope: JointActionScope!) { jointActionSummary(scope: $scope) { count } }', { scope: { partnerId, synergyId: phSynergyId } }, tokens.admin);
      expect(two.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scope' });
    });

    it('should let only a network admin plan a continental action with partners of several synergies, shown to those synergies read-only', async () => {
      const continental = {
        networkId,
        kind: 'POLITICAL_ACTION',
        title: 'Regional social protection floor [api-test]',
        branches: ['GENERAL'],
        plannedStartDate: '2025-05-01',
        plannedEndDate: '2025-10-31',
        partners: [
          { partnerId: partners.AFIW, role: 'LEAD' },
          { partnerId: partners.CIWW, role: 'CO_ORGANISER' },
        ],
      };
      const [actions, audit] = [await jointActionRows(), await auditRows()];
      const byCoordinator = await mutate('create', continental, tokens.coordinatorPh);
      expect(byCoordinator).toMatchObject({ jointAction: null, errors: [{ __typename: 'ForbiddenError', path: ['input', 'networkId'] }] });
      expect([await jointActionRows(), await auditRows()]).toEqual([actions, audit]);

      const action = await succeed('create', continental, tokens.admin);
      expect(action).toMatchObject({ continental: true, synergy: null, country: null, countryName: null, lead: { name: 'Alliance of Filipino Informal Workers' } });
      const listed = await data(
        '{ jointActions(filter: { continental: true, search: "[api-test]" }) { edges { node { title viewerCan { update } } } } }',
        {},
        tokens.coordinatorId,
      );
      // Indonesia's coordinator sees it through CIWW, a partner of their synergy, but may not change it.
      expect(listed.jointActions.edges).toEqual([{ node: { title: 'Regional social protection floor [api-test]', viewerCan: { update: false } } }]);
      const refused = await mutate('update', { id: action.id, version: 1, title: 'Taken over' }, tokens.coordinatorId);
      expect(refused.errors).toMatchObject([{ __typename: 'ForbiddenError', path: ['input', 'id'] }]);
      expect((await readBack(action.id)).title).toBe('Regional social protection floor [api-test]');
    });

    it('should show a partner editor the joint actions their partner takes part in, read-only', async () => {
      const afiwAction = await succeed('create', politicalAction({ title: 'AFIW takes part [api-test]', milestones: [], partners: [{ partnerId: partners.AFIW, role: 'LEAD' }] }));
      const seen = await data('query($id: ID!) { jointAction(id: $id) { title viewerCan { update delete } } }', { id: afiwAction.id }, tokens.editorPh);
      expect(seen.jointAction).toEqual({ title: 'AFIW takes part [api-test]', viewerCan: { update: false, delete: false } });
      const refused = await mutate('update', { id: afiwAction.id, version: 1, title: 'Edited by the editor' }, tokens.editorPh);
      expect(refused.errors).toMatchObject([{ __typename: 'ForbiddenError' }]);
    });
  });
}
