import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Activity, AuditEntry } from '@synergia/domain';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';

const activityFields = `id title type subType status nextStatuses startDate endDate country countryName branches version
  partner { name } synergy { country }
  participants { total women men other notRecorded youth womenShare youthShare cells { sex ageBand { id label youth } count } }
  genderMarker { score criteria { genderAnalysis sexDisaggregatedData } missingCriteria principalObjective justification allowedMaxScore }
  viewerCan { update delete }`;
const errorFields = 'errors { __typename message path ... on ValidationError { field } }';

const createActivity = `mutation Create($input: CreateActivityInput!) { createActivity(input: $input) { activity { ${activityFields} } ${errorFields} } }`;
const updateActivity = `mutation Update($input: UpdateActivityInput!) { updateActivity(input: $input) { activity { id title version place } ${errorFields} } }`;
const changeStatus = `mutation Status($input: ChangeActivityStatusInput!) { changeActivityStatus(input: $input) { activity { status version viewerCan { delete } } ${errorFields} } }`;
const deleteActivity = `mutation Delete($input: DeleteActivityInput!) { deleteActivity(input: $input) { deletedActivityId ${errorFields} } }`;
const summaryQuery = `query Summary($scope: ParticipationScope!, $from: Date, $to: Date) {
  participationSummary(scope: $scope, from: $from, to: $to) {
    activityCount total women men other notRecorded youth womenShare youthShare
    bySexAndAgeBand { sex ageBand { id } count }
    byType { type activityCount total women youth }
    byBranch { branch activityCount total }
    byGenderMarkerScore { score activityCount total womenShare }
    byCountry { country countryName total }
    byMonth { month total }
  }
}`;

const fullChecklist = {
  genderAnalysis: true,
  analysisShapedDesign: true,
  genderObjectiveAndIndicator: true,
  sexDisaggregatedData: true,
  genderMonitoringCommitment: true,
};

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`activities API on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    let editor: string;
    let admin: string;
    let editorPartnerId: string;
    let freshPartnerId: string;
    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'activities' });
      editor = await gateway.signIn('editor.ph@example.org');
      admin = await gateway.signIn('admin@example.org');
      const viewer = await gateway.graphql('{ viewer { roleGrants { role scope { ... on Partner { id } } } } }', {}, editor);
      editorPartnerId = viewer.body.data?.viewer.roleGrants.find((grant: { role: string }) => grant.role === 'PARTNER_EDITOR').scope.id;
      // A partner with no demo activities, so its summary is exactly what these tests record.
      const networks = await gateway.graphql('{ networks { id } }', {}, admin);
      const created = await gateway.graphql(
        'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { message } } }',
        { input: { networkId: networks.body.data?.networks[0].id, name: 'Summary test union', type: 'TRADE_UNION', country: 'PH' } },
        admin,
      );
      freshPartnerId = created.body.data?.createPartner.partner.id;
    });
    afterAll(() => gateway?.close());

    const activityRows = () => gateway.db.orm.em.fork().count(Activity, {});
    const auditRows = () => gateway.db.orm.em.fork().count(AuditEntry, {});

    const input = (overrides: Record<string, unknown> = {}) => ({
      partnerId: editorPartnerId,
      type: 'BASIC_TRAINING',
      title: 'Know your rights: maternity cover',
      startDate: '2026-02-10',
      endDate: '2026-02-11',
      branches: ['MATERNITY', 'MEDICAL_CARE'],
      status: 'COMPLETED',
      participants: [
        { sex: 'WOMEN', ageBandId: '18-35', count: 21 },
        { sex: 'WOMEN', ageBandId: '36-59', count: 9 },
        { sex: 'MEN', ageBandId: '18-35', count: 6 },
        { sex: 'NOT_RECORDED', ageBandId: null, count: 4 },
      ],
      genderMarker: { score: 1, criteria: fullChecklist, principalObjective: false },
      ...overrides,
    });

    it('should record an activity for the editor’s partner with derived totals, the checklist and what may happen next', async () => {
      const result = await gateway.graphql(createActivity, { input: input() }, editor);
      const payload = result.body.data?.createActivity;
      expect(payload.errors).toEqual([]);
      expect(payload.activity).toMatchObject({
        title: 'Know your rights: maternity cover',
        status: 'COMPLETED',
        nextStatuses: [],
        country: 'PH',
        countryName: 'Philippines',
        synergy: { country: 'PH' },
        participants: { total: 40, women: 30, men: 6, other: 0, notRecorded: 4, youth: 27, womenShare: 0.75, youthShare: 27 / 40 },
        genderMarker: { score: 1, missingCriteria: [], principalObjective: false, justification: null, allowedMaxScore: 1 },
        viewerCan: { update: true, delete: false },
        version: 1,
      });
      expect(payload.activity.participants.cells).toEqual([
        { sex: 'WOMEN', ageBand: { id: '18-35', label: '18–35', youth: true }, count: 21 },
        { sex: 'WOMEN', ageBand: { id: '36-59', label: '36–59', youth: false }, count: 9 },
        { sex: 'MEN', ageBand: { id: '18-35', label: '18–35', youth: true }, count: 6 },
        { sex: 'NOT_RECORDED', ageBand: null, count: 4 },
      ]);
      const node = await gateway.graphql('query($id: ID!) { node(id: $id) { __typename ... on Activity { title } } }', { id: payload.activity.id }, editor);
      expect(node.body.data?.node).toEqual({ __typename: 'Activity', title: 'Know your rights: maternity cover' });
    });

    it('should refuse score 1 with an incomplete checklist, naming the missing criteria, and write nothing', async () => {
      const [activities, audit] = [await activityRows(), await auditRows()];
      const result = await gateway.graphql(
        createActivity,
        { input: input({ genderMarker: { score: 1, criteria: { ...fullChecklist, genderAnalysis: false }, principalObjective: false } }) },
        editor,
      );
      expect(result.body.data?.createActivity).toEqual({
        activity: null,
        errors: [
          {
            __typename: 'ValidationError',
            message: 'genderMarker.criteria: score 1 needs all five checklist criteria; missing: a gender analysis was done',
            path: ['input', 'genderMarker', 'criteria'],
            field: 'criteria',
          },
        ],
      });
      expect([await activityRows(), await auditRows()]).toEqual([activities, audit]);
    });

    it('should name the cell at fault when a count is negative', async () => {
      const result = await gateway.graphql(createActivity, { input: input({ participants: [{ sex: 'MEN', ageBandId: '60-plus', count: -1 }] }) }, editor);
      expect(result.body.data?.createActivity.errors).toEqual([
        {
          __typename: 'ValidationError',
          message: 'participants.cells.0.count: men aged 60+ must not be negative (-1)',
          path: ['input', 'participants', 'cells', '0', 'count'],
          field: 'count',
        },
      ]);
    });

    it.each([
      ['reviewer@example.org', 'ForbiddenError'],
      ['viewer@example.org', 'ForbiddenError'],
      ['coordinator.id@example.org', 'NotFoundError'],
    ])('should refuse %s recording for a Philippine partner and write nothing', async (email, typename) => {
      const token = await gateway.signIn(email);
      const [activities, audit] = [await activityRows(), await auditRows()];
      const result = await gateway.graphql(createActivity, { input: input() }, token);
      expect(result.body.data?.createActivity.activity).toBeNull();
      expect(result.body.data?.createActivity.errors).toMatchObject([{ __typename: typename, path: ['input', 'partnerId'] }]);
      expect([await activityRows(), await auditRows()]).toEqual([activities, audit]);
    });

    it('should update with the version, refuse a stale one, move the status and delete only a planned activity', async () => {
      const created = await gateway.graphql(createActivity, { input: input({ status: 'PLANNED', participants: [], title: 'Pension hearing prep' }) }, editor);
      const id = created.body.data?.createActivity.activity.id;
      expect(created.body.data?.createActivity.activity).toMatchObject({ nextStatuses: ['ONGOING', 'COMPLETED', 'CANCELLED'], viewerCan: { delete: true } });

      const updated = await gateway.graphql(updateActivity, { input: { id, version: 1, place: 'Davao City', title: null } }, editor);
      expect(updated.body.data?.updateActivity).toEqual({ activity: { id, title: 'Pension hearing prep', version: 2, place: 'Davao City' }, errors: [] });
      const stale = await gateway.graphql(updateActivity, { input: { id, version: 1, place: 'Cebu' } }, editor);
      expect(stale.body.data?.updateActivity.errors).toMatchObject([{ __typename: 'ConflictError', path: ['input', 'version'] }]);

      const ongoing = await gateway.graphql(changeStatus, { input: { id, version: 2, status: 'ONGOING' } }, editor);
      expect(ongoing.body.data?.changeActivityStatus).toEqual({ activity: { status: 'ONGOING', version: 3, viewerCan: { delete: false } }, errors: [] });
      const refused = await gateway.graphql(deleteActivity, { input: { id, version: 3 } }, editor);
      expect(refused.body.data?.deleteActivity).toMatchObject({ deletedActivityId: null, errors: [{ __typename: 'ConflictError', path: ['input', 'id'] }] });

      const planned = await gateway.graphql(createActivity, { input: input({ status: 'PLANNED', participants: [], title: 'To be dropped' }) }, editor);
      const plannedId = planned.body.data?.createActivity.activity.id;
      const deleted = await gateway.graphql(deleteActivity, { input: { id: plannedId, version: 1 } }, editor);
      expect(deleted.body.data?.deleteActivity).toEqual({ deletedActivityId: plannedId, errors: [] });
      const gone = await gateway.graphql('query($id: ID!) { activity(id: $id) { id } }', { id: plannedId }, editor);
      expect(gone.body.data?.activity).toBeNull();
    });

    it('should list with filters and order, and name a bad argument', async () => {
      const list = await gateway.graphql(
        `query($filter: ActivityFilter, $orderBy: ActivityOrder) { activities(filter: $filter, orderBy: $orderBy, first: 10) { totalCount edges { node { title partner { id } } } } }`,
        { filter: { search: 'maternity cover', branches: ['MATERNITY'], genderMarkerScores: [1] }, orderBy: { field: 'TITLE', direction: 'ASC' } },
        editor,
      );
      expect(list.body.data?.activities.totalCount).toBeGreaterThanOrEqual(1);
      for (const edge of list.body.data?.activities.edges ?? []) expect(edge.node.partner.id).toBe(editorPartnerId);
      const badScore = await gateway.graphql('{ activities(filter: { genderMarkerScores: [5] }) { totalCount } }', {}, editor);
      expect(badScore.body.errors?.[0]).toMatchObject({
        message: 'filter.genderMarkerScores: must be 0, 1 or 2, not 5',
        extensions: { code: 'BAD_USER_INPUT', argument: 'filter.genderMarkerScores' },
      });
      const badDate = await gateway.graphql('{ activities(filter: { from: "2026-13-01" }) { totalCount } }', {}, editor);
      expect(badDate.body.errors?.[0]?.message).toContain('YYYY-MM-DD, got "2026-13-01"');
    });

    it('should sum a partner’s ongoing and completed activities in the summary, by every breakdown', async () => {
      const record = async (overrides: Record<string, unknown>) => {
        const result = await gateway.graphql(createActivity, { input: input({ partnerId: freshPartnerId, ...overrides }) }, admin);
        expect(result.body.data?.createActivity.errors).toEqual([]);
      };
      await record({ startDate: '2025-06-01', endDate: '2025-06-01' }); // 40 people: 30 women, 27 youth, score 1, MATERNITY + MEDICAL_CARE
      await record({
        type: 'POLITICAL_ACTION',
        subType: 'DRAFT_LAW',
        status: 'ONGOING',
        startDate: '2025-07-15',
        endDate: '2025-07-20',
        branches: ['OLD_AGE'],
        participants: [{ sex: 'MEN', ageBandId: '60-plus', count: 10 }],
        genderMarker: null,
      });
      await record({ status: 'PLANNED', startDate: '2025-08-01', endDate: '2025-08-01' }); // not counted

      const result = await gateway.graphql(summaryQuery, { scope: { partnerId: freshPartnerId } }, admin);
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data?.participationSummary).toEqual({
        activityCount: 2,
        total: 50,
        women: 30,
        men: 16,
        other: 0,
        notRecorded: 4,
        youth: 27,
        womenShare: 0.6,
        youthShare: 0.54,
        bySexAndAgeBand: [
          { sex: 'WOMEN', ageBand: { id: '18-35' }, count: 21 },
          { sex: 'WOMEN', ageBand: { id: '36-59' }, count: 9 },
          { sex: 'MEN', ageBand: { id: '18-35' }, count: 6 },
          { sex: 'MEN', ageBand: { id: '60-plus' }, count: 10 },
          { sex: 'NOT_RECORDED', ageBand: null, count: 4 },
        ],
        byType: [
          { type: 'BASIC_TRAINING', activityCount: 1, total: 40, women: 30, youth: 27 },
          { type: 'POLITICAL_ACTION', activityCount: 1, total: 10, women: 0, youth: 0 },
        ],
        byBranch: [
          { branch: 'MATERNITY', activityCount: 1, total: 40 },
          { branch: 'MEDICAL_CARE', activityCount: 1, total: 40 },
          { branch: 'OLD_AGE', activityCount: 1, total: 10 },
        ],
        byGenderMarkerScore: [
          { score: 0, activityCount: 1, total: 10, womenShare: 0 },
          { score: 1, activityCount: 1, total: 40, womenShare: 0.75 },
        ],
        byCountry: [{ country: 'PH', countryName: 'Philippines', total: 50 }],
        byMonth: [
          { month: '2025-06', total: 40 },
          { month: '2025-07', total: 10 },
        ],
      });
      const july = await gateway.graphql(summaryQuery, { scope: { partnerId: freshPartnerId }, from: '2025-07-01', to: '2025-07-31' }, admin);
      expect(july.body.data?.participationSummary).toMatchObject({ activityCount: 1, total: 10 });
    });

    it('should refuse a summary scope the user may not read, naming the argument', async () => {
      const networks = await gateway.graphql('{ networks { id } }', {}, admin);
      const coordinator = await gateway.signIn('coordinator.ph@example.org');
      const result = await gateway.graphql(summaryQuery, { scope: { networkId: networks.body.data?.networks[0].id } }, coordinator);
      expect(result.body.errors?.[0]).toMatchObject({ message: 'scope.networkId: names nothing you may see', extensions: { code: 'BAD_USER_INPUT' } });
      const both = await gateway.graphql(summaryQuery, { scope: {} }, admin);
      expect(both.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'scope' });
    });
  });
}
