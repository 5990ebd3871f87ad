import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import {
  AuditEntry,
  CapacityBuildingMission,
  CapacityBuildingReview,
  Network,
  Synergy,
  User,
  hashPassword,
  loadActor,
  missionIsLocked,
  moveCapacityBuildingReview,
  startCapacityBuildingReview,
  updateCapacityBuildingReview,
  type DomainContext,
} from '@synergia/domain';
import { buildGrant, buildMission, buildNetwork, buildSynergy, buildUser, persistSeed } from '@synergia/domain/testing';
import { describeTitle, dialects, startTestGateway, type TestGateway } from '../../testing/index.ts';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.ts';

const errorFields = 'errors { __typename message path ... on ValidationError { field } }';
const reviewFields = `id version status year ratingRelevance ratingEffectiveness ratingFollowUp ratingGender comments recommendation
  changeRequest organiserResponse submittedAt approvedAt reopenReason createdAt updatedAt viewerMoves viewerCanEdit
  reviewer { email } approvedBy { email } mission { title reviewStatus } synergy { name }`;
const mutations = {
  start: `mutation($input: StartCapacityBuildingReviewInput!) { startCapacityBuildingReview(input: $input) { review { ${reviewFields} } ${errorFields} } }`,
  update: `mutation($input: UpdateCapacityBuildingReviewInput!) { updateCapacityBuildingReview(input: $input) { review { ${reviewFields} } ${errorFields} } }`,
  move: `mutation($input: MoveCapacityBuildingReviewInput!) { moveCapacityBuildingReview(input: $input) { review { ${reviewFields} } ${errorFields} } }`,
};
const mutationNames = { start: 'startCapacityBuildingReview', update: 'updateCapacityBuildingReview', move: 'moveCapacityBuildingReview' } as const;
type Who = 'admin' | 'reviewer' | 'coordinatorPh' | 'coordinatorId' | 'viewer' | 'editorPh';
const ratings = { ratingRelevance: 4, ratingEffectiveness: 3, ratingFollowUp: 5, ratingGender: 4 };

for (const { dialect, skipReason } of dialects) {
  describe.skipIf(skipReason !== null)(`capacity-building reviews API on ${describeTitle(dialect, skipReason)}`, () => {
    let gateway: TestGateway;
    const tokens = {} as Record<Who, string>;
    let networkId: string;
    const synergies = {} as Record<'ph' | 'id', string>;

    const data = async (query: string, variables: Record<string, unknown>, who: Who) => {
      const result = await gateway.graphql(query, variables, tokens[who]);
      expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
      return result.body.data!;
    };
    const mutate = async (name: keyof typeof mutations, input: Record<string, unknown>, who: Who) =>
      (await data(mutations[name], { input }, who))[mutationNames[name]] as { review: any; errors: any[] };
    const succeed = async (name: keyof typeof mutations, input: Record<string, unknown>, who: Who) => {
      const result = await mutate(name, input, who);
      expect(result.errors).toEqual([]);
      return result.review;
    };
    const refused = async (name: keyof typeof mutations, input: Record<string, unknown>, who: Who) => {
      const before = await reviewRows();
      const result = await mutate(name, input, who);
      expect(result.review).toBeNull();
      expect(await reviewRows(), 'nothing written').toEqual(before);
      return result.errors.map(({ __typename, path, field }: any) => ({ __typename, path, ...(field ? { field } : {}) }));
    };
    const reviewRows = async () =>
      (await gateway.db.orm.em.fork().find(CapacityBuildingReview, {}, { orderBy: { id: 'asc' } })).map((row) => `${row.id}@${row.version}:${row.status}`);
    const readReview = async (id: string, who: Who) => (await data(`query($id: ID!) { capacityBuildingReview(id: $id) { ${reviewFields} } }`, { id }, who)).capacityBuildingReview;
    const userId = async (email: string) => (await gateway.db.orm.em.fork().findOneOrFail(User, { email })).id;
    const missionRow = (id: string) => gateway.db.orm.em.fork().findOneOrFail(CapacityBuildingMission, { id });

    /** The organiser renames a mission through the missions API, at its current version. */
    const renameMission = async (globalId: string, title: string) => {
      const { version } = await missionRow(fromGlobalId(globalId)!.id);
      const result = await data(
        'mutation($input: UpdateMissionInput!) { updateMission(input: $input) { mission { title } errors { __typename path } } }',
        { input: { id: globalId, version, title } },
        'coordinatorPh',
      );
      return result.updateMission;
    };

    /** A completed mission seeded straight into the database (the missions API is another module's). */
    const seedMission = async (organiser: 'ph' | 'id' | null, title: string) => {
      const em = gateway.db.orm.em.fork() as EntityManager;
      const network = await em.findOneOrFail(Network, { id: networkId });
      const synergy = organiser ? await em.findOneOrFail(Synergy, { id: synergies[organiser] }) : null;
      const mission = buildMission(em, network, synergy, { title });
      await persistSeed(em);
      return { id: mission.id, globalId: toGlobalId('CapacityBuildingMission', mission.id) };
    };

    beforeAll(async () => {
      gateway = await startTestGateway({ dialect, label: 'reviews_api' });
      tokens.admin = await gateway.signIn('admin@example.org');
      tokens.reviewer = await gateway.signIn('reviewer@example.org');
      tokens.coordinatorPh = await gateway.signIn('coordinator.ph@example.org');
      tokens.coordinatorId = await gateway.signIn('coordinator.id@example.org');
      tokens.viewer = await gateway.signIn('viewer@example.org');
      tokens.editorPh = await gateway.signIn('editor.ph@example.org');
      const em = gateway.db.orm.em.fork();
      const ph = await em.findOneOrFail(Synergy, { country: 'PH' });
      const id = await em.findOneOrFail(Synergy, { country: 'ID' });
      networkId = ph.network.id;
      synergies.ph = ph.id;
      synergies.id = id.id;
    });
    afterAll(() => gateway?.close());

    it('should run the whole workflow over HTTP: DRAFT → SUBMITTED → CHANGES_REQUESTED → SUBMITTED → APPROVED → (admin) REOPEN', async () => {
      const mission = await seedMission('ph', 'Paralegal training in Cebu [review-flow]');
      const started = await succeed('start', { missionId: mission.globalId }, 'reviewer');
      expect(started).toMatchObject({
        version: 1,
        status: 'DRAFT',
        year: null,
        reviewer: { email: 'reviewer@example.org' },
        mission: { title: 'Paralegal training in Cebu [review-flow]', reviewStatus: 'DRAFT' },
        synergy: null,
        viewerMoves: ['SUBMIT'],
        viewerCanEdit: true,
      });
      const id = started.id;
      // The organiser reads the draft but may neither edit nor move it.
      expect(await readReview(id, 'coordinatorPh')).toMatchObject({ status: 'DRAFT', viewerMoves: [], viewerCanEdit: false });

      const rated = await succeed('update', { id, version: 1, ...ratings, comments: 'Well run', recommendation: 'SCALE_UP' }, 'reviewer');
      expect(rated).toMatchObject({ version: 2, ...ratings, comments: 'Well run', recommendation: 'SCALE_UP' });
      const submitted = await succeed('move', { id, version: 2, move: 'SUBMIT' }, 'reviewer');
      expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedAt: expect.any(String), viewerMoves: ['REQUEST_CHANGES', 'APPROVE'], mission: { reviewStatus: 'SUBMITTED' } });
      const requested = await succeed('move', { id, version: 3, move: 'REQUEST_CHANGES', note: 'Add the follow-up owners' }, 'reviewer');
      expect(requested).toMatchObject({ status: 'CHANGES_REQUESTED', changeRequest: 'Add the follow-up owners', viewerMoves: [], viewerCanEdit: false });
      expect(await readReview(id, 'coordinatorPh')).toMatchObject({ viewerMoves: ['ANSWER'], viewerCanEdit: false });
      const answered = await succeed('move', { id, version: 4, move: 'ANSWER', note: 'Owners added to each follow-up' }, 'coordinatorPh');
      expect(answered).toMatchObject({ status: 'SUBMITTED', organiserResponse: 'Owners added to each follow-up', mission: { reviewStatus: 'SUBMITTED' } });
      const approved = await succeed('move', { id, version: 5, move: 'APPROVE' }, 'reviewer');
      expect(approved).toMatchObject({
        status: 'APPROVED',
        approvedAt: expect.any(String),
        approvedBy: { email: 'reviewer@example.org' },
        viewerMoves: [],
        mission: { reviewStatus: 'APPROVED' },
      });
      expect(missionIsLocked((await missionRow(mission.id)).reviewStatus)).toBe(true);
      // The missions API refuses the organiser's edit of a reviewed field while the review is approved.
      const renamed = await renameMission(mission.globalId, 'Renamed while approved');
      expect(renamed).toEqual({ mission: null, errors: [{ __typename: 'LockedError', path: ['input', 'title'] }] });
      expect(await readReview(id, 'admin')).toMatchObject({ viewerMoves: ['REOPEN'], viewerCanEdit: false });

      const reopened = await succeed('move', { id, version: 6, move: 'REOPEN', note: 'Participant numbers were counted twice' }, 'admin');
      expect(reopened).toMatchObject({
        status: 'CHANGES_REQUESTED',
        reopenReason: 'Participant numbers were counted twice',
        approvedAt: null,
        approvedBy: null,
        mission: { reviewStatus: 'CHANGES_REQUESTED' },
      });
      expect(missionIsLocked((await missionRow(mission.id)).reviewStatus)).toBe(false);
      expect(await renameMission(mission.globalId, 'Paralegal training in Cebu, corrected')).toEqual({
        mission: { title: 'Paralegal training in Cebu, corrected' },
        errors: [],
      });

      // The audit subscriber recorded the reopen in the admin's name, with the status change and the reason.
      const entries = await gateway.db.orm.em.fork().find(AuditEntry, { entityId: fromGlobalId(id)!.id, action: 'UPDATE' });
      expect(entries.find((entry) => entry.after?.reopenReason)).toMatchObject({
        entityType: 'CapacityBuildingReview',
        networkId,
        actorId: await userId('admin@example.org'),
        before: { status: 'APPROVED' },
        after: { status: 'CHANGES_REQUESTED', reopenReason: 'Participant numbers were counted twice' },
      });
    });

    it('should refuse the wrong party, bad ratings, a missing note and a stale version, writing nothing', async () => {
      const mission = await seedMission('ph', 'Coaching on statutes [review-refusals]');
      const { id } = await succeed('start', { missionId: mission.globalId }, 'reviewer');
      // Nobody but reviewers and admins starts a review; a second one is a conflict.
      expect(await refused('start', { missionId: mission.globalId }, 'coordinatorPh')).toEqual([{ __typename: 'ForbiddenError', path: ['input', 'missionId'] }]);
      expect(await refused('start', { missionId: mission.globalId }, 'admin')).toEqual([{ __typename: 'ConflictError', path: ['input', 'missionId'] }]);
      expect(await refused('start', { missionId: mission.globalId, synergyId: toGlobalId('Synergy', synergies.ph), year: 2025 }, 'reviewer')).toEqual([
        { __typename: 'ValidationError', path: ['input', 'missionId'], field: 'missionId' },
      ]);
      expect(await refused('start', { missionId: 'not-an-id' }, 'reviewer')).toEqual([{ __typename: 'ValidationError', path: ['input', 'missionId'], field: 'missionId' }]);

      // Ratings 1–5, whole numbers; each bad one named.
      expect(await refused('update', { id, version: 1, ratingRelevance: 0, ratingGender: 6 }, 'reviewer')).toEqual([
        { __typename: 'ValidationError', path: ['input', 'ratingRelevance'], field: 'ratingRelevance' },
        { __typename: 'ValidationError', path: ['input', 'ratingGender'], field: 'ratingGender' },
      ]);
      expect(await refused('update', { id, version: 1, ratingGender: 3 }, 'coordinatorPh')).toEqual([{ __typename: 'ForbiddenError', path: ['input', 'id'] }]);
      expect(await refused('move', { id, version: 1, move: 'SUBMIT' }, 'reviewer')).toEqual(
        ['ratingRelevance', 'ratingEffectiveness', 'ratingFollowUp', 'ratingGender'].map((field) => ({ __typename: 'ValidationError', path: ['input', field], field })),
      );
      await succeed('update', { id, version: 1, ...ratings }, 'reviewer');
      expect(await refused('update', { id, version: 1, comments: 'Late edit' }, 'reviewer')).toEqual([{ __typename: 'ConflictError', path: ['input', 'version'] }]);
      expect(await refused('move', { id, version: 1, move: 'SUBMIT' }, 'reviewer')).toEqual([{ __typename: 'ConflictError', path: ['input', 'version'] }]);
      expect(await refused('move', { id, version: 2, move: 'APPROVE' }, 'reviewer')).toEqual([{ __typename: 'ConflictError', path: ['input', 'move'] }]);
      // The viewer reads it and may do nothing.
      expect(await readReview(id, 'viewer')).toMatchObject({ viewerMoves: [], viewerCanEdit: false });
      expect(await refused('move', { id, version: 2, move: 'SUBMIT' }, 'viewer')).toEqual([{ __typename: 'ForbiddenError', path: ['input', 'move'] }]);
      expect(await refused('update', { id, version: 2, ratingGender: 1 }, 'viewer')).toEqual([{ __typename: 'ForbiddenError', path: ['input', 'id'] }]);
      await succeed('move', { id, version: 2, move: 'SUBMIT' }, 'reviewer');

      // The coordinator cannot approve or request changes.
      expect(await refused('move', { id, version: 3, move: 'APPROVE' }, 'coordinatorPh')).toEqual([{ __typename: 'ForbiddenError', path: ['input', 'move'] }]);
      expect(await refused('move', { id, version: 3, move: 'REQUEST_CHANGES', note: 'x' }, 'coordinatorPh')).toEqual([
        { __typename: 'ForbiddenError', path: ['input', 'move'] },
      ]);
      expect(await refused('move', { id, version: 3, move: 'REQUEST_CHANGES' }, 'reviewer')).toEqual([{ __typename: 'ValidationError', path: ['input', 'note'], field: 'note' }]);
      expect(await refused('move', { id, version: 3, move: 'REQUEST_CHANGES', note: ' ' }, 'reviewer')).toEqual([
        { __typename: 'ValidationError', path: ['input', 'note'], field: 'note' },
      ]);
      await succeed('move', { id, version: 3, move: 'REQUEST_CHANGES', note: 'Name the trainers' }, 'reviewer');

      // The reviewer cannot answer, nor may another synergy's coordinator (who does not even see it); the organiser needs a note.
      expect(await refused('move', { id, version: 4, move: 'ANSWER', note: 'x' }, 'reviewer')).toEqual([{ __typename: 'ForbiddenError', path: ['input', 'move'] }]);
      expect(await refused('move', { id, version: 4, move: 'ANSWER', note: 'x' }, 'coordinatorId')).toEqual([{ __typename: 'NotFoundError', path: ['input', 'id'] }]);
      expect(await refused('move', { id, version: 4, move: 'ANSWER' }, 'coordinatorPh')).toEqual([{ __typename: 'ValidationError', path: ['input', 'note'], field: 'note' }]);
      expect(await refused('update', { id, version: 4, ratingGender: 2 }, 'reviewer')).toEqual([{ __typename: 'ConflictError', path: ['input', 'id'] }]);
      await succeed('move', { id, version: 4, move: 'ANSWER', note: 'Trainers named' }, 'coordinatorPh');
      await succeed('move', { id, version: 5, move: 'APPROVE' }, 'reviewer');

      // Only an admin reopens, with a reason.
      expect(await refused('move', { id, version: 6, move: 'REOPEN', note: 'x' }, 'reviewer')).toEqual([{ __typename: 'ForbiddenError', path: ['input', 'move'] }]);
      expect(await refused('move', { id, version: 6, move: 'REOPEN', note: 'x' }, 'coordinatorPh')).toEqual([{ __typename: 'ForbiddenError', path: ['input', 'move'] }]);
      expect(await refused('move', { id, version: 6, move: 'REOPEN' }, 'admin')).toEqual([{ __typename: 'ValidationError', path: ['input', 'note'], field: 'note' }]);
      expect((await readReview(id, 'admin')).status).toBe('APPROVED');
    });

    it('should list the reviews each user may see, filter them, and reach them by node id, synergy and mission', async () => {
      const phMission = await seedMission('ph', 'Exchange with Cambodian unions [review-lists]');
      const idMission = await seedMission('id', 'Gender audit training [review-lists]');
      const ph = await succeed('start', { missionId: phMission.globalId }, 'reviewer');
      const idReview = await succeed('start', { missionId: idMission.globalId }, 'admin');
      const phYear = await succeed('start', { synergyId: toGlobalId('Synergy', synergies.ph), year: 2024 }, 'reviewer');
      expect(phYear).toMatchObject({ year: 2024, mission: null, synergy: { name: expect.any(String) } });
      expect(await refused('start', { synergyId: toGlobalId('Synergy', synergies.ph), year: 2024 }, 'admin')).toEqual([
        { __typename: 'ConflictError', path: ['input', 'year'] },
      ]);
      expect(await refused('start', { synergyId: toGlobalId('Synergy', synergies.ph), year: 1999 }, 'admin')).toEqual([
        { __typename: 'ValidationError', path: ['input', 'year'], field: 'year' },
      ]);
      const mine = new Set([ph.id, idReview.id, phYear.id]);
      const listed = async (who: Who, filter: Record<string, unknown> = {}) => {
        const result = await data(
          'query($filter: CapacityBuildingReviewFilter) { capacityBuildingReviews(filter: $filter, first: 100) { totalCount edges { node { id } } } }',
          { filter },
          who,
        );
        const ids = result.capacityBuildingReviews.edges.map((edge: any) => edge.node.id);
        expect(result.capacityBuildingReviews.totalCount).toBe(ids.length);
        return ids.filter((id: string) => mine.has(id));
      };
      expect(await listed('reviewer')).toEqual([phYear.id, idReview.id, ph.id]);
      expect(await listed('viewer')).toEqual([phYear.id, idReview.id, ph.id]);
      expect(await listed('coordinatorPh')).toEqual([phYear.id, ph.id]);
      expect(await listed('coordinatorId')).toEqual([idReview.id]);
      expect(await listed('editorPh')).toEqual([]);
      expect(await listed('reviewer', { synergyId: toGlobalId('Synergy', synergies.ph) })).toEqual([phYear.id, ph.id]);
      expect(await listed('reviewer', { reviewerId: toGlobalId('User', await userId('admin@example.org')) })).toEqual([idReview.id]);
      expect(await listed('reviewer', { networkId: toGlobalId('Network', networkId), statuses: ['SUBMITTED'] })).toEqual([]);
      const bad = await gateway.graphql('{ capacityBuildingReviews(filter: { synergyId: "nope" }) { totalCount } }', {}, tokens.reviewer);
      expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.synergyId' });

      // Hidden reviews are null, by id and as nodes.
      expect(await readReview(idReview.id, 'coordinatorPh')).toBeNull();
      const node = await data('query($id: ID!) { node(id: $id) { __typename ... on CapacityBuildingReview { status } } }', { id: ph.id }, 'coordinatorPh');
      expect(node.node).toEqual({ __typename: 'CapacityBuildingReview', status: 'DRAFT' });
      const nested = await data(
        `query($id: ID!) { capacityBuildingReview(id: $id) { mission { review { id } } } synergy(id: "${toGlobalId('Synergy', synergies.ph)}") { capacityBuildingReviews { id year } } }`,
        { id: ph.id },
        'coordinatorPh',
      );
      expect(nested.capacityBuildingReview.mission.review.id).toBe(ph.id);
      expect(nested.synergy.capacityBuildingReviews).toContainEqual({ id: phYear.id, year: 2024 });
      const unauthenticated = await gateway.graphql('{ capacityBuildingReviews { totalCount } }', {}, null);
      expect(unauthenticated.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('should answer a nested review list in a fixed number of SQL statements, whatever the number of reviews', async () => {
      const password = 'review-batching-password';
      const seed = async (count: number, email: string) => {
        const em = gateway.db.orm.em.fork() as EntityManager;
        const network = buildNetwork(em, { name: `Network of ${email}` });
        const admin = buildUser(em, { email, passwordHash: await hashPassword(password) });
        buildGrant(em, admin, 'NETWORK_ADMIN', 'NETWORK', network.id, network);
        const synergy = buildSynergy(em, network);
        const missions = Array.from({ length: count }, (_, index) => buildMission(em, network, index % 2 ? synergy : null, { title: `Mission ${email} ${index}` }));
        await persistSeed(em);
        const ctxEm = () => gateway.db.orm.em.fork() as EntityManager;
        const as = async (): Promise<DomainContext> => {
          const em = ctxEm();
          return { em, actor: await loadActor(em, admin.id) };
        };
        // One review per mission and as many synergy-year reviews, each submitted.
        const targets = [...missions.map((mission) => ({ missionId: mission.id })), ...missions.map((_, index) => ({ synergyId: synergy.id, year: 2015 + index }))];
        for (const target of targets) {
          const review = await startCapacityBuildingReview(await as(), target);
          if (!review.ok) throw new Error(JSON.stringify(review.errors));
          await updateCapacityBuildingReview(await as(), { id: review.value.id, version: 1, ...ratings });
          const submitted = await moveCapacityBuildingReview(await as(), { id: review.value.id, version: 2, move: 'SUBMIT' });
          if (!submitted.ok) throw new Error(JSON.stringify(submitted.errors));
        }
        return gateway.signIn(email, password);
      };
      const query = `{ capacityBuildingReviews(first: 100) { edges { node {
        status year viewerMoves viewerCanEdit reviewer { name } approvedBy { name }
        synergy { name capacityBuildingReviews { year status } } mission { title review { status } }
      } } } }`;
      const statementsFor = async (token: string, expected: number) => {
        gateway.resetQueryCount();
        const result = await gateway.graphql(query, {}, token);
        expect(result.body.errors).toBeUndefined();
        const nodes = result.body.data!.capacityBuildingReviews.edges.map((edge: any) => edge.node);
        expect(nodes).toHaveLength(expected * 2);
        for (const node of nodes) {
          expect(node).toMatchObject({ status: 'SUBMITTED', viewerMoves: ['REQUEST_CHANGES', 'APPROVE'], viewerCanEdit: true });
          if (node.year === null) expect(node.mission.review).toEqual({ status: 'SUBMITTED' });
          else expect(node.synergy.capacityBuildingReviews).toHaveLength(expected);
        }
        return gateway.queryCount();
      };
      const few = await statementsFor(await seed(2, 'few.reviews@test.example'), 2);
      const many = await statementsFor(await seed(6, 'many.reviews@test.example'), 6);
      expect(many).toBe(few);
    });
  });
}
