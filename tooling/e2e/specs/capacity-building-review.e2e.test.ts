import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { useHarness } from '../support/harness.ts';
import { describedBy, expectGone } from '../support/page.ts';

const coordinator = 'coordinator.ph@example.org';
const reviewer = 'reviewer@example.org';
const partnerName = 'Alliance of Filipino Informal Workers';

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type Payload = { errors: { __typename: string; message: string; path: string[] | null }[] };
type ApiReview = { id: string; status: string; version: number; changeRequest: string | null; organiserResponse: string | null };
type ApiMission = {
  id: string;
  version: number;
  reviewStatus: string | null;
  locked: boolean;
  evaluation: { formsReturned: number; relevance: number | null } | null;
  followUps: { description: string; status: string; doneOn: string | null; evidence: string | null }[];
  review: ApiReview | null;
};

const ERRORS = 'errors { __typename message path }';

/** The reviewer's steps on the continental app's review page (/continental/reviews/:id). */
const REVIEW_UI = {
  /** Rates all four criteria, submits the review, then asks the organiser for changes with `note`. */
  async requestChanges(page: Page, reviewId: string, note: string) {
    await page.goto(`/continental/reviews/${encodeURIComponent(reviewId)}`);
    await page.getByRole('heading', { level: 2, name: 'The review' }).waitFor();
    for (const criterion of ['Relevance', 'Effectiveness', 'Follow-up', 'Gender']) {
      await page.getByRole('group', { name: criterion, exact: true }).getByLabel('4 — Very good').check();
    }
    await page.getByLabel('Comments').fill('A well-run workshop; the evaluation is missing.');
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByRole('status').filter({ hasText: 'Review submitted.' }).waitFor();
    await expectAccessible(page, 'the submitted review');
    await page.getByRole('button', { name: 'Request changes', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Request changes' });
    await dialog.getByLabel(/^What should the organiser change\?/).fill(note);
    await dialog.getByRole('button', { name: 'Send change request' }).click();
    await page.getByRole('status').filter({ hasText: 'Change request sent to the organiser.' }).waitFor();
  },
  /** Opens the review afresh (the organiser answered meanwhile) and approves it. */
  async approve(page: Page, reviewId: string) {
    await page.goto(`/continental/reviews/${encodeURIComponent(reviewId)}`);
    await page.getByRole('heading', { level: 2, name: 'Change requests' }).waitFor();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByRole('dialog', { name: 'Approve this review?' }).getByRole('button', { name: 'Confirm approval' }).click();
    await page.getByRole('status').filter({ hasText: 'Review approved.' }).waitFor();
  },
};

await describeInBrowser('capacity building: the continental review of a mission, answered in the national app', () => {
  const harness = useHarness('e2e-capacity-building-review');

  /** Runs an operation as `email`; a GraphQL error (not a user error) fails the test. */
  async function api<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await harness.gateway.graphql<T>(query, variables, await harness.token(email));
    expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
    return result.body.data!;
  }

  /** A mutation's payload, which must carry no user error. */
  async function change<P extends Payload>(email: string, query: string, input: Record<string, unknown>, field: string): Promise<P> {
    const data = await api<Record<string, P>>(email, query, { input });
    const payload = data[field]!;
    expect(payload.errors, `${field}: ${JSON.stringify(payload.errors)}`).toEqual([]);
    return payload;
  }

  async function apiMission(id: string): Promise<ApiMission> {
    const data = await api<{ mission: ApiMission }>(
      coordinator,
      `query($id: ID!) { mission(id: $id) { id version reviewStatus locked evaluation { formsReturned relevance }
        followUps { description status doneOn evidence } review { id status version changeRequest organiserResponse } } }`,
      { id },
    );
    return data.mission;
  }

  /**
   * A workshop the Philippines synergy organised for one of its partners,
   * completed five weeks ago, with two follow-up actions (one overdue) and
   * a review the reviewer has started: the data of this test, made through the API.
   */
  async function completedMission(title: string, followUps: readonly string[]): Promise<{ missionId: string; reviewId: string }> {
    const { synergies } = await api<{ synergies: { edges: { node: { id: string; country: string; network: { ageBands: { id: string }[] } } }[] } }>(
      coordinator,
      '{ synergies(first: 20) { edges { node { id country network { ageBands { id } } } } } }',
    );
    const synergy = synergies.edges.map((e) => e.node).find((s) => s.country === 'PH')!;
    const { partners } = await api<{ partners: { edges: { node: { id: string; name: string } }[] } }>(
      coordinator,
      'query($filter: PartnerFilter) { partners(filter: $filter, first: 100) { edges { node { id name } } } }',
      { filter: { synergyId: synergy.id } },
    );
    const partner = partners.edges.map((e) => e.node).find((p) => p.name === partnerName)!;
    const [band] = synergy.network.ageBands;
    const created = await change<Payload & { mission: { id: string; version: number } }>(
      coordinator,
      'mutation($input: CreateMissionInput!) { createMission(input: $input) { mission { id version } ' + ERRORS + ' } }',
      {
        organiserSynergyId: synergy.id,
        format: 'WORKSHOP',
        themes: ['POLITICAL_ACTION_METHODS', 'GENDER'],
        title,
        objectives: 'Partners plan advocacy for a universal social pension.',
        plannedStartDate: daysFromToday(-37),
        plannedEndDate: daysFromToday(-35),
        country: 'PH',
        city: 'Quezon City',
        targetPartnerIds: [partner.id],
        participants: [
          { sex: 'WOMEN', ageBandId: band!.id, count: 14 },
          { sex: 'MEN', ageBandId: band!.id, count: 9 },
        ],
      },
      'createMission',
    );
    const missionId = created.mission.id;
    const dated = await change<Payload & { mission: { version: number } }>(
      coordinator,
      'mutation($input: UpdateMissionInput!) { updateMission(input: $input) { mission { version } ' + ERRORS + ' } }',
      { id: missionId, version: created.mission.version, actualStartDate: daysFromToday(-37), actualEndDate: daysFromToday(-35) },
      'updateMission',
    );
    await change(
      coordinator,
      'mutation($input: ChangeMissionStatusInput!) { changeMissionStatus(input: $input) { mission { status } ' + ERRORS + ' } }',
      { id: missionId, version: dated.mission.version, status: 'COMPLETED' },
      'changeMissionStatus',
    );
    for (const [index, description] of followUps.entries()) {
      await change(
        coordinator,
        'mutation($input: AddFollowUpActionInput!) { addFollowUpAction(input: $input) { followUpAction { id } ' + ERRORS + ' } }',
        // The first is overdue (due a week ago), the others due next month.
        { missionId, ownerPartnerId: partner.id, description, dueDate: daysFromToday(index === 0 ? -7 : 30) },
        'addFollowUpAction',
      );
    }
    const started = await change<Payload & { review: { id: string } }>(
      reviewer,
      'mutation($input: StartCapacityBuildingReviewInput!) { startCapacityBuildingReview(input: $input) { review { id } ' + ERRORS + ' } }',
      { missionId },
      'startCapacityBuildingReview',
    );
    return { missionId, reviewId: started.review.id };
  }

  it('lets the coordinator answer the reviewer’s change request; once approved, the evaluation and the mission are locked', async () => {
    const title = 'E2E workshop on political action for a social pension';
    const overdue = 'Brief the Senate labour committee';
    const later = 'Train ten local organisers';
    const { missionId, reviewId } = await completedMission(title, [overdue, later]);
    const changeRequest = 'Please record the participants’ evaluation and report on the overdue follow-up.';

    // The reviewer asks for changes.
    const reviewerPage = await harness.newPage({ signedInAs: reviewer });
    await REVIEW_UI.requestChanges(reviewerPage, reviewId, changeRequest);
    await expect.poll(async () => (await apiMission(missionId)).reviewStatus).toBe('CHANGES_REQUESTED');

    // The coordinator finds the mission in the national app, with its review status.
    const page = await harness.newPage({ signedInAs: coordinator });
    await page.goto('/national/');
    await page.getByRole('navigation').getByRole('link', { name: 'Missions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Capacity-building missions' }).waitFor();
    await page.getByLabel('Review', { exact: true }).selectOption({ label: 'Changes requested' });
    const list = page.getByRole('table', { name: 'Missions' });
    const row = list.getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Completed[\s\S]*Workshop[\s\S]*Political action methods, Gender[\s\S]*Changes requested/);
    await expectAccessible(page, 'the mission list');
    await row.getByRole('link', { name: title }).click();

    // The mission page shows the change request; an empty answer is refused at the field, nothing is sent.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const review = page.getByRole('region', { name: 'Continental review' });
    await review.getByRole('region', { name: 'Change request from the reviewer' }).getByText(changeRequest).waitFor();
    const answer = page.getByRole('form', { name: 'Answer the change request' });
    await answer.getByRole('button', { name: 'Answer change request' }).click();
    const note = answer.getByLabel(/^Your answer/);
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(note)).toContain('Required.');
    expect((await apiMission(missionId)).review?.status).toBe('CHANGES_REQUESTED');
    await expectAccessible(page, 'the mission page with its change request');

    // The coordinator records the evaluation the reviewer asked for (a rating out of range is refused first).
    const evaluation = page.getByRole('form', { name: 'Record the evaluation' });
    await evaluation.getByLabel(/^Evaluation forms returned/).fill('18');
    await evaluation.getByLabel('Relevance (average)').fill('6');
    await evaluation.getByRole('button', { name: 'Save evaluation' }).click();
    expect(await describedBy(evaluation.getByLabel('Relevance (average)'))).toContain('An average from 1 to 5.');
    await evaluation.getByLabel('Relevance (average)').fill('4.4');
    await evaluation.getByLabel('Usefulness (average)').fill('4.1');
    await evaluation.getByRole('button', { name: 'Save evaluation' }).click();
    await page.getByRole('status').filter({ hasText: 'The evaluation was saved.' }).waitFor();
    expect((await apiMission(missionId)).evaluation).toEqual({ formsReturned: 18, relevance: 4.4 });

    // …then answers the change request.
    const response = 'Evaluation recorded (18 forms); the committee briefing is reported in Follow-ups.';
    await page.getByRole('form', { name: 'Answer the change request' }).getByLabel(/^Your answer/).fill(response);
    await page.getByRole('form', { name: 'Answer the change request' }).getByRole('button', { name: 'Answer change request' }).click();
    await page.getByRole('status').filter({ hasText: 'Your answer was sent to the reviewer.' }).waitFor();
    await review.getByText("Awaiting the reviewer's decision.").waitFor();
    await review.getByRole('region', { name: "The organiser's answer" }).getByText(response).waitFor();
    expect(await page.getByRole('form', { name: 'Answer the change request' }).count()).toBe(0);
    const answered = await apiMission(missionId);
    expect(answered.review).toMatchObject({ status: 'SUBMITTED', organiserResponse: response });

    // The overdue follow-up, reported done from the follow-up list.
    await page.getByRole('navigation').getByRole('link', { name: 'Follow-ups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Follow-up actions' }).waitFor();
    // The demo's older overdue actions come first by due date: narrow to the last eight days.
    await page.getByLabel('Overdue', { exact: true }).selectOption({ label: 'Overdue only' });
    await page.getByLabel('Due on or after').fill(daysFromToday(-8));
    await page.getByRole('status').filter({ hasText: /follow-up actions? match/ }).waitFor();
    expect(page.url()).toContain('overdue=yes');
    const followUps = page.getByRole('table', { name: 'Follow-up actions' });
    const overdueRow = followUps.getByRole('row', { name: new RegExp(overdue) });
    expect(await overdueRow.innerText()).toMatch(/Open\s+Overdue/);
    await overdueRow.getByRole('button', { name: `Mark “${overdue}” done` }).click();
    const report = page.getByRole('form', { name: `Report “${overdue}” done` });
    await report.getByLabel('Evidence').fill('Minutes of the committee hearing');
    await expectAccessible(page, 'the follow-up list with a report form');
    await report.getByRole('button', { name: 'Save as done' }).click();
    await page.getByRole('status').filter({ hasText: `“${overdue}” was marked done.` }).waitFor();
    // Done, it is no longer overdue: it leaves the overdue list and shows as done without the filter.
    await expectGone(overdueRow);
    await page.getByLabel('Overdue', { exact: true }).selectOption({ label: 'Any' });
    await expect.poll(() => overdueRow.innerText()).toMatch(/Done\s+Done on [\s\S]*Minutes of the committee hearing/);
    expect(await overdueRow.innerText()).not.toMatch(/Overdue/);

    // Back on the mission page, opened before the reviewer approves.
    await page.goto(`/national/missions/${encodeURIComponent(missionId)}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await REVIEW_UI.approve(reviewerPage, reviewId);
    await expect.poll(async () => (await apiMission(missionId)).locked).toBe(true);

    // Correcting the evaluation now is refused with the API's LockedError, said plainly, and nothing changes.
    const stale = page.getByRole('form', { name: 'Correct the evaluation' });
    await stale.getByLabel(/^Evaluation forms returned/).fill('20');
    await stale.getByRole('button', { name: 'Save evaluation' }).click();
    const locked = stale.getByRole('alert').filter({ hasText: 'This mission is locked' });
    await locked.waitFor();
    expect(await locked.innerText()).toMatch(/approved/);
    expect(await describedBy(stale.getByLabel(/^Evaluation forms returned/))).toMatch(/approved/);
    expect((await apiMission(missionId)).evaluation?.formsReturned).toBe(18);

    // Reloaded, the page shows the approval and offers no evaluation form; follow-ups stay open.
    await page.reload();
    await review.getByText('Review approved: this mission is locked').waitFor();
    expect(await page.getByRole('form', { name: /evaluation/ }).count()).toBe(0);
    await page.getByText('The approved review locks the evaluation.').waitFor();
    await page.getByRole('button', { name: `Drop “${later}”` }).click();
    const drop = page.getByRole('form', { name: `Drop “${later}”` });
    await drop.getByLabel(/^Why it is dropped/).fill('The partner merged its training with the network’s.');
    await drop.getByRole('button', { name: 'Drop follow-up action' }).click();
    await page.getByRole('status').filter({ hasText: `“${later}” was dropped.` }).waitFor();
    await page.getByRole('button', { name: `Change “${overdue}”` }).click();
    const edit = page.getByRole('form', { name: `Change “${overdue}”` });
    await edit.getByLabel(/^Follow-up action/).fill(`${overdue} and the Senate`);
    await edit.getByRole('button', { name: 'Save follow-up action' }).click();
    await page.getByRole('status').filter({ hasText: `“${overdue}” was saved.` }).waitFor();
    await expectAccessible(page, 'the approved mission page');

    // Through the API too, an edit of a reviewed field is refused with a LockedError naming it.
    const current = await apiMission(missionId);
    const refused = await api<{ updateMission: Payload & { mission: null } }>(
      coordinator,
      'mutation($input: UpdateMissionInput!) { updateMission(input: $input) { mission { id } ' + ERRORS + ' } }',
      { input: { id: missionId, version: current.version, title: 'Renamed after approval' } },
    );
    expect(refused.updateMission.mission).toBeNull();
    expect(refused.updateMission.errors).toEqual([expect.objectContaining({ __typename: 'LockedError', path: expect.arrayContaining(['title']) })]);
    const after = await apiMission(missionId);
    expect(after.followUps.map((f) => [f.description, f.status])).toEqual([
      [`${overdue} and the Senate`, 'DONE'],
      [later, 'DROPPED'],
    ]);
    expect(after.review?.status).toBe('APPROVED');
    // Two apps, two users and the whole workflow: longer than one page's test.
  }, 240_000);

  it('shows a partner editor the follow-up actions its partner owns, and missions read only', async () => {
    const editor = 'editor.ph@example.org';
    const { viewer } = await api<{ viewer: { roleGrants: { scope: { __typename: string; id?: string; name?: string } }[] } }>(
      editor,
      '{ viewer { roleGrants { scope { __typename ... on Partner { id name } } } } }',
    );
    const own = viewer.roleGrants.map((g) => g.scope).find((scope) => scope.__typename === 'Partner')!;
    expect(own.name).toBe(partnerName);
    const { followUpActions } = await api<{ followUpActions: { totalCount: number } }>(
      editor,
      'query($filter: FollowUpActionFilter) { followUpActions(filter: $filter, first: 1) { totalCount } }',
      { filter: { ownerPartnerId: own.id } },
    );
    expect(followUpActions.totalCount).toBeGreaterThan(0);

    const page = await harness.newPage({ signedInAs: editor });
    await page.goto('/national/follow-ups');
    await page.getByRole('heading', { level: 1, name: 'Follow-up actions' }).waitFor();
    expect(await page.getByLabel('Owned by').locator('option:checked').innerText()).toBe(partnerName);
    const count = followUpActions.totalCount;
    await page.getByRole('status').filter({ hasText: `${count} follow-up action${count === 1 ? '' : 's'}` }).waitFor();
    const table = page.getByRole('table', { name: 'Follow-up actions' });
    const owners = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(owners.length).toBe(Math.min(count, 20));
    expect(new Set(owners.map((o) => o.trim()))).toEqual(new Set([partnerName]));
    await expectAccessible(page, 'the partner editor’s follow-up actions');

    // The mission of the first action: the review and evaluation are shown, with nothing to change.
    await table.locator('tbody tr').first().locator('td:nth-child(2) a').click();
    await page.getByRole('region', { name: 'Continental review' }).waitFor();
    await page.getByRole('region', { name: "Participants' evaluation" }).waitFor();
    expect(await page.getByRole('form').count()).toBe(0);
  });
});
