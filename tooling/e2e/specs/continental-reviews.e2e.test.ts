import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { useHarness } from '../support/harness.ts';
import { describedBy, expectHasNoHorizontalScroll } from '../support/page.ts';

const reviewer = 'reviewer@example.org';
const admin = 'admin@example.org';
const network = 'Asia Network on the Right to Social Protection';

type UserError = { __typename: string; message: string; path: string[] | null };
type ApiReview = {
  id: string;
  status: string;
  version: number;
  ratingRelevance: number | null;
  ratingEffectiveness: number | null;
  ratingFollowUp: number | null;
  ratingGender: number | null;
  changeRequest: string | null;
  mission: { id: string; reviewStatus: string | null; locked: boolean } | null;
};

const REVIEW_FIELDS = `id status version ratingRelevance ratingEffectiveness ratingFollowUp ratingGender changeRequest mission { id reviewStatus locked }`;

/** A day `days` before today, YYYY-MM-DD (UTC). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

await describeInBrowser('continental app: the review workflow (network reviewer)', () => {
  const harness = useHarness('e2e-continental-reviews');

  // One session per user for the file: signing in hashes the password, which is slow on purpose.
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (email: string) => {
    if (!tokens.has(email)) tokens.set(email, harness.token(email));
    return tokens.get(email)!;
  };

  async function api<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await harness.gateway.graphql<T>(query, variables, await tokenOf(email));
    expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
    return result.body.data!;
  }

  /** A payload's data, asserting it has no user errors. */
  function ok<P extends { errors: UserError[] }>(payload: P): P {
    expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
    return payload;
  }

  /**
   * A completed network workshop nobody reviews yet, made through the API as the admin:
   * 20 participants (12 women, 6 of them in the youth band) and an evaluation.
   */
  async function completedMission(title: string): Promise<string> {
    const { networks } = await api<{ networks: { id: string; name: string; ageBands: { id: string; youth: boolean }[] }[] }>(
      admin,
      '{ networks { id name ageBands { id youth } } }',
    );
    const net = networks.find((n) => n.name === network)!;
    const youth = net.ageBands.find((b) => b.youth)!.id;
    const older = net.ageBands.find((b) => !b.youth && b.id !== youth)!.id;
    const created = await api<{ createMission: { mission: { id: string; version: number } | null; errors: UserError[] } }>(
      admin,
      `mutation E2ECreateMission($input: CreateMissionInput!) { createMission(input: $input) { mission { id version } errors { __typename message path } } }`,
      {
        input: {
          networkId: net.id,
          format: 'WORKSHOP',
          themes: ['GENDER', 'RIGHT_TO_SOCIAL_PROTECTION'],
          title,
          objectives: 'Partners plan gender-responsive campaigns for maternity cover.',
          plannedStartDate: daysAgo(40),
          plannedEndDate: daysAgo(38),
          country: 'PH',
          city: 'Quezon City',
          participants: [
            { sex: 'WOMEN', ageBandId: youth, count: 6 },
            { sex: 'WOMEN', ageBandId: older, count: 6 },
            { sex: 'MEN', ageBandId: older, count: 8 },
          ],
        },
      },
    );
    const mission = ok(created.createMission).mission!;
    const completed = await api<{ changeMissionStatus: { mission: { version: number } | null; errors: UserError[] } }>(
      admin,
      `mutation E2ECompleteMission($input: ChangeMissionStatusInput!) { changeMissionStatus(input: $input) { mission { version } errors { __typename message path } } }`,
      { input: { id: mission.id, version: mission.version, status: 'COMPLETED' } },
    );
    const version = ok(completed.changeMissionStatus).mission!.version;
    ok(
      (
        await api<{ recordMissionEvaluation: { errors: UserError[] } }>(
          admin,
          `mutation E2EEvaluate($input: RecordMissionEvaluationInput!) { recordMissionEvaluation(input: $input) { errors { __typename message path } } }`,
          { input: { missionId: mission.id, version, formsReturned: 15, relevance: 4.5, quality: 4, usefulness: 3.8 } },
        )
      ).recordMissionEvaluation,
    );
    return mission.id;
  }

  async function reviewOf(missionId: string): Promise<ApiReview> {
    const data = await api<{ mission: { review: ApiReview | null } | null }>(reviewer, `query E2EReviewOf($id: ID!) { mission(id: $id) { review { ${REVIEW_FIELDS} } } }`, {
      id: missionId,
    });
    return data.mission!.review!;
  }

  async function moveAs(email: string, review: ApiReview, move: string, note?: string): Promise<ApiReview> {
    const data = await api<{ moveCapacityBuildingReview: { review: ApiReview | null; errors: UserError[] } }>(
      email,
      `mutation E2EMove($input: MoveCapacityBuildingReviewInput!) { moveCapacityBuildingReview(input: $input) { review { ${REVIEW_FIELDS} } errors { __typename message path } } }`,
      { input: { id: review.id, version: review.version, move, ...(note ? { note } : {}) } },
    );
    return ok(data.moveCapacityBuildingReview).review!;
  }

  async function startReview(missionId: string): Promise<ApiReview> {
    const data = await api<{ startCapacityBuildingReview: { review: ApiReview | null; errors: UserError[] } }>(
      reviewer,
      `mutation E2EStart($input: StartCapacityBuildingReviewInput!) { startCapacityBuildingReview(input: $input) { review { ${REVIEW_FIELDS} } errors { __typename message path } } }`,
      { input: { missionId } },
    );
    return ok(data.startCapacityBuildingReview).review!;
  }

  const rating = (page: Page, legend: string, label: string) => page.getByRole('group', { name: legend, exact: true }).getByRole('radio', { name: label, exact: true });

  // The long walks through the workflow get more than the default minute on a busy machine.
  const long = 120_000;

  it('starts a review from the queue, names the missing rating at its field, submits and requests changes', async () => {
    const title = `Maternity cover workshop (review e2e ${Date.now()})`;
    const missionId = await completedMission(title);

    const page = await harness.newPage({ signedInAs: reviewer });
    await page.goto('/continental/reviews');
    await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    const awaiting = page.getByRole('table', { name: `Completed missions not reviewed yet in ${network}, most recently changed first` });
    await awaiting.getByRole('link', { name: title, exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Awaiting review', exact: true }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'the review queue');

    await awaiting.getByRole('button', { name: `Start review of ${title}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/continental\/reviews\/.+/);
    const started = await reviewOf(missionId);
    expect(started.status).toBe('DRAFT');
    expect(new URL(page.url()).pathname).toBe(`/continental/reviews/${encodeURIComponent(started.id)}`);

    // What is reviewed: the mission's figures as the API computes them.
    const subject = page.getByRole('region', { name: 'What is reviewed' });
    await subject.getByText('20 people').waitFor();
    await subject.getByText('12 (60%)').waitFor();
    await subject.getByText('6 (30%)').waitFor();
    await subject.getByText('15 forms returned').waitFor();
    await subject.getByText('Relevance: 4.5 / 5').waitFor();
    expect(await subject.getByRole('link', { name: 'Open the mission page' }).getAttribute('href')).toBe(`/continental/missions/${encodeURIComponent(missionId)}`);
    await expectAccessible(page, 'a draft review');

    // Three of four ratings: submitting names the fourth at its field and asks nothing of the API.
    await rating(page, 'Relevance', '4 — Very good').check();
    await rating(page, 'Effectiveness', '3 — Good').check();
    await rating(page, 'Follow-up', '2 — Fair').check();
    await page.getByLabel('Comments').fill('Strong design; the follow-up plan needs owners.');
    await page.getByRole('button', { name: 'Submit review', exact: true }).click();
    const gender = rating(page, 'Gender', '1 — Poor');
    await expect.poll(() => gender.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(gender)).toContain('Rate Gender from 1 to 5 before submitting.');
    expect(await rating(page, 'Relevance', '4 — Very good').getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('review-ratingGender');
    await page.getByRole('alert').filter({ hasText: 'Every rating is needed to submit the review.' }).waitFor();
    await expectAccessible(page, 'a review with a missing rating');
    expect((await reviewOf(missionId)).status).toBe('DRAFT');

    // The fourth rating: the edits are saved, then the review is submitted.
    await rating(page, 'Gender', '5 — Excellent').check();
    await page.getByRole('button', { name: 'Submit review', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Review submitted.' }).waitFor();
    await page.getByText('Submitted', { exact: true }).first().waitFor();
    const submitted = await reviewOf(missionId);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', ratingRelevance: 4, ratingEffectiveness: 3, ratingFollowUp: 2, ratingGender: 5 });
    expect(submitted.mission!.reviewStatus).toBe('SUBMITTED');

    // Request changes: the note is required, then sent.
    await page.getByRole('button', { name: 'Request changes', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Request changes' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Send change request', exact: true }).click();
    const note = dialog.getByRole('textbox', { name: 'What should the organiser change?' });
    await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(note)).toContain('Write a note: it is required for this step.');
    await expectAccessible(page, 'the change request dialog');
    const request = 'Please name an owner partner for each follow-up action.';
    await note.fill(request);
    await dialog.getByRole('button', { name: 'Send change request', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Change request sent to the organiser.' }).waitFor();
    const history = page.getByRole('region', { name: 'Change requests' });
    await history.getByText(request).waitFor();
    await history.getByText('The organiser has not answered yet.').waitFor();
    const changes = await reviewOf(missionId);
    expect(changes).toMatchObject({ status: 'CHANGES_REQUESTED', changeRequest: request });
    expect(changes.mission!.reviewStatus).toBe('CHANGES_REQUESTED');
    // The reviewer now waits: no form, no move.
    expect(await page.getByRole('button', { name: 'Save review' }).count()).toBe(0);
    await page.getByText('Waiting for the organiser to answer the change request.').waitFor();

    // The queue lists it under "Changes requested", and no longer among the missions to start.
    await page.getByRole('link', { name: 'All reviews', exact: true }).first().click();
    await page.getByRole('link', { name: 'Changes requested', exact: true }).click();
    await page.waitForURL(/tab=changes/);
    const list = page.getByRole('table', { name: `Changes requested: reviews in ${network}, most recently changed first` });
    const row = list.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await row.waitFor();
    await row.getByText('Rahul Mehta').waitFor();
    await row.getByText('Changes requested', { exact: true }).waitFor();
    await expectAccessible(page, 'the changes-requested tab of the review queue');
  }, long);

  it('approves an answered review after confirming, and says the mission is now locked', async () => {
    const title = `Coaching on maternity cover (approval e2e ${Date.now()})`;
    const missionId = await completedMission(title);
    let review = await startReview(missionId);
    const rated = await api<{ updateCapacityBuildingReview: { review: ApiReview | null; errors: UserError[] } }>(
      reviewer,
      `mutation E2EUpdate($input: UpdateCapacityBuildingReviewInput!) { updateCapacityBuildingReview(input: $input) { review { ${REVIEW_FIELDS} } errors { __typename message path } } }`,
      { input: { id: review.id, version: review.version, ratingRelevance: 5, ratingEffectiveness: 4, ratingFollowUp: 4, ratingGender: 3, recommendation: 'SCALE_UP' } },
    );
    review = ok(rated.updateCapacityBuildingReview).review!;
    review = await moveAs(reviewer, review, 'SUBMIT');
    review = await moveAs(reviewer, review, 'REQUEST_CHANGES', 'Add the evaluation forms.');
    // The admin may update a network mission, so answers as its organiser.
    review = await moveAs(admin, review, 'ANSWER', 'The 15 forms are recorded now.');

    const page = await harness.newPage({ signedInAs: reviewer });
    await page.goto(`/continental/reviews/${encodeURIComponent(review.id)}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('region', { name: 'Change requests' }).getByText('The 15 forms are recorded now.').waitFor();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve this review?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Confirm approval', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Review approved.' }).waitFor();
    await page.getByText('The mission is now locked.').waitFor();
    const approved = await reviewOf(missionId);
    expect(approved.status).toBe('APPROVED');
    expect(approved.mission).toMatchObject({ reviewStatus: 'APPROVED', locked: true });
    // A reviewer cannot reopen: only an admin can.
    expect(await page.getByRole('button', { name: 'Reopen review' }).count()).toBe(0);
    await expectAccessible(page, 'an approved review');

    // A network admin reopens it, with a reason: the mission is unlocked and the review goes back to the organiser.
    const adminPage = await harness.newPage({ signedInAs: admin });
    await adminPage.goto(`/continental/reviews/${encodeURIComponent(review.id)}`);
    await adminPage.getByText('The mission is now locked.').waitFor();
    await adminPage.getByRole('button', { name: 'Reopen review', exact: true }).click();
    const reopen = adminPage.getByRole('dialog', { name: 'Reopen the review' });
    await reopen.getByRole('button', { name: 'Confirm reopening', exact: true }).click();
    const reason = reopen.getByRole('textbox', { name: 'Why reopen it?' });
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('The budget spent was recorded in the wrong currency.');
    await reopen.getByRole('button', { name: 'Confirm reopening', exact: true }).click();
    await adminPage.getByRole('status').filter({ hasText: 'Review reopened.' }).waitFor();
    await adminPage.getByRole('region', { name: 'Change requests' }).getByText('The budget spent was recorded in the wrong currency.').waitFor();
    expect(await adminPage.getByText('The mission is now locked.').count()).toBe(0);
    const reopened = await reviewOf(missionId);
    expect(reopened.status).toBe('CHANGES_REQUESTED');
    expect(reopened.mission).toMatchObject({ reviewStatus: 'CHANGES_REQUESTED', locked: false });
  }, long);

  it('shows the synergy and the year of a synergy-year review, in the queue and on its page', async () => {
    const { networks } = await api<{ networks: { id: string; name: string; synergies: { edges: { node: { id: string; name: string } }[] } }[] }>(
      reviewer,
      '{ networks { id name synergies(first: 1) { edges { node { id name } } } } }',
    );
    const synergy = networks.find((n) => n.name === network)!.synergies.edges[0]!.node;
    // A year the demo's reviews leave alone.
    const year = 2020;
    const data = await api<{ startCapacityBuildingReview: { review: { id: string } | null; errors: UserError[] } }>(
      reviewer,
      `mutation E2EStartYear($input: StartCapacityBuildingReviewInput!) { startCapacityBuildingReview(input: $input) { review { id } errors { __typename message path } } }`,
      { input: { synergyId: synergy.id, year } },
    );
    const review = ok(data.startCapacityBuildingReview).review!;

    const page = await harness.newPage({ signedInAs: reviewer });
    await page.goto('/continental/reviews?tab=all');
    const list = page.getByRole('table', { name: `All reviews: reviews in ${network}, most recently changed first` });
    await list.getByRole('rowheader', { name: `${synergy.name}, ${year}`, exact: true }).waitFor();
    await list.getByRole('link', { name: `Open the review of ${synergy.name}, ${year}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `${synergy.name}: capacity building in ${year}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/continental/reviews/${encodeURIComponent(review.id)}`);
    const subject = page.getByRole('region', { name: 'What is reviewed' });
    await subject.getByText(String(year), { exact: true }).waitFor();
    await subject.getByRole('link', { name: 'Open the synergy page' }).waitFor();
    expect(await subject.getByRole('link', { name: 'Open the mission page' }).count()).toBe(0);
    await expectAccessible(page, 'a synergy-year review');

    // On a phone the page scrolls only down; so does the queue (its table scrolls inside its own region).
    await page.setViewportSize({ width: 375, height: 800 });
    await expectHasNoHorizontalScroll(page);
    await page.getByRole('link', { name: 'All reviews', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    await expectHasNoHorizontalScroll(page);
  });

  it('explains a stale save and reloads the review someone else changed', async () => {
    const missionId = await completedMission(`Exchange visit (conflict e2e ${Date.now()})`);
    const review = await startReview(missionId);

    const page = await harness.newPage({ signedInAs: reviewer });
    await page.goto(`/continental/reviews/${encodeURIComponent(review.id)}`);
    await page.getByRole('button', { name: 'Save review', exact: true }).waitFor();

    // Meanwhile, the review changes through the API (another tab, another person).
    ok(
      (
        await api<{ updateCapacityBuildingReview: { errors: UserError[] } }>(
          reviewer,
          `mutation E2EUpdate($input: UpdateCapacityBuildingReviewInput!) { updateCapacityBuildingReview(input: $input) { errors { __typename message path } } }`,
          { input: { id: review.id, version: review.version, ratingRelevance: 2 } },
        )
      ).updateCapacityBuildingReview,
    );

    await rating(page, 'Relevance', '5 — Excellent').check();
    await page.getByRole('button', { name: 'Save review', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Someone else changed this review.' }).waitFor();
    expect((await reviewOf(missionId)).ratingRelevance).toBe(2);
    await page.getByRole('button', { name: 'Reload the review', exact: true }).click();
    await expect.poll(() => rating(page, 'Relevance', '2 — Fair').isChecked()).toBe(true);
    await page.getByRole('alert').filter({ hasText: 'Someone else changed this review.' }).waitFor({ state: 'detached' });
  });
});
