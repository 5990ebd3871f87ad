import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { useHarness } from '../support/harness.ts';

const admin = 'admin@example.org';
const partner = 'Alliance of Filipino Informal Workers (AFIW)';

await describeInBrowser('continental app: the mission planner and the mission page (network admin)', () => {
  const harness = useHarness('e2e-continental-missions');

  it('plans a mission, records its evaluation (refusing an out-of-range rating at the field) and adds a follow-up', async () => {
    const title = `Gender workshop for informal workers ${Date.now()}`;
    const page = await harness.newPage({ signedInAs: admin });
    await page.goto('/continental/missions');
    await page.getByRole('heading', { level: 1, name: 'Capacity-building missions' }).waitFor();
    await page.getByRole('status').filter({ hasText: /missions?$/ }).waitFor();
    await expectAccessible(page, 'the mission list');

    // Plan it: the network organises it, for one partner, in Manila.
    await page.getByRole('link', { name: 'Plan a mission' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Plan a mission' }).waitFor();
    await page.getByRole('combobox', { name: 'Format' }).selectOption('WORKSHOP');
    await page.getByRole('checkbox', { name: 'Gender', exact: true }).check();
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByRole('textbox', { name: 'Objectives' }).fill('Train informal workers’ leaders on gender-responsive social protection.');
    await page.getByLabel('Planned first day').fill('2026-03-02');
    await page.getByLabel('Planned last day').fill('2026-03-04');
    await page.getByRole('combobox', { name: 'Country' }).selectOption('PH');
    await page.getByRole('textbox', { name: 'City' }).fill('Manila');
    await page.getByRole('checkbox', { name: partner }).check();
    await page.getByRole('button', { name: 'Add a facilitator' }).click();
    await page.getByRole('group', { name: 'Facilitator 1' }).getByRole('textbox', { name: 'Name' }).fill('Maria Santos');
    await page.getByRole('spinbutton', { name: 'Women, 18–35', exact: true }).fill('12');
    await page.getByRole('spinbutton', { name: 'Men, 18–35', exact: true }).fill('8');
    await expectAccessible(page, 'the mission planner form');
    await page.getByRole('button', { name: 'Plan the mission' }).click();

    // The mission page: its fields, the participants with the shares, no review yet.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('The mission was planned.').waitFor();
    const details = page.getByRole('region', { name: 'About the mission' });
    await details.getByText('Manila, Philippines').waitFor();
    await details.getByText('Maria Santos').waitFor();
    const participants = page.getByRole('region', { name: 'Participants' });
    await participants.getByText('60% women').waitFor();
    await page.getByRole('region', { name: 'Network review' }).getByText('Not reviewed').waitFor();

    // It took place: completed (its actual dates default to today), so it can be evaluated.
    await page.getByRole('button', { name: 'Mark as Completed' }).click();
    await page.getByRole('region', { name: 'Status' }).getByText('Completed', { exact: true }).waitFor();

    // The evaluation: a rating of 6 is refused beside the field, then 4.5 is recorded.
    const evaluation = page.getByRole('region', { name: "Participants' evaluation" });
    await evaluation.getByRole('button', { name: 'Record the evaluation' }).click();
    await evaluation.getByRole('spinbutton', { name: 'Evaluation forms returned' }).fill('15');
    const relevance = evaluation.getByRole('spinbutton', { name: 'Relevance' });
    await relevance.fill('6');
    await evaluation.getByRole('spinbutton', { name: 'Quality' }).fill('4');
    await evaluation.getByRole('button', { name: 'Save the evaluation' }).click();
    await expect.poll(() => relevance.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await relevance.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`).innerText();
    expect(message).toMatch(/5/);
    expect(await evaluation.getByRole('spinbutton', { name: 'Quality' }).getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(page, 'the evaluation form with a refused rating');
    await relevance.fill('4.5');
    await evaluation.getByRole('textbox', { name: 'What participants learned' }).fill('How to cost maternity cover for domestic workers.');
    await evaluation.getByRole('button', { name: 'Save the evaluation' }).click();
    await evaluation.getByText('The evaluation was saved.').waitFor();
    await evaluation.getByText('4.5 out of 5').waitFor();

    // A follow-up action for the target partner.
    const followUps = page.getByRole('region', { name: 'Follow-up actions' });
    await followUps.getByRole('button', { name: 'Add a follow-up action' }).click();
    await followUps.getByRole('combobox', { name: 'Owner partner' }).selectOption({ label: partner });
    await followUps.getByRole('textbox', { name: 'What' }).fill('Hold a training for 30 domestic workers');
    await followUps.getByLabel('Due date').fill('2026-09-30');
    await followUps.getByRole('button', { name: 'Add the follow-up action' }).click();
    await followUps.getByText('The follow-up action was added.').waitFor();
    const table = followUps.getByRole('table', { name: `Follow-up actions of “${title}”` });
    const row = table.locator('tbody tr').filter({ hasText: 'Hold a training for 30 domestic workers' });
    await row.getByText('Alliance of Filipino Informal Workers').waitFor();
    await row.getByText('Open', { exact: true }).waitFor();
    await expectAccessible(page, 'the mission page');

    // The edit form starts from what was recorded and saves a change.
    await page.getByRole('link', { name: 'Edit the mission' }).click();
    await page.getByRole('heading', { level: 1, name: `Edit “${title}”` }).waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Women, 18–35', exact: true }).inputValue()).toBe('12');
    expect(await page.getByRole('checkbox', { name: partner }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: 'City' }).fill('Quezon City');
    await page.getByRole('button', { name: 'Save the mission' }).click();
    await page.getByText('The mission was saved.').waitFor();
    await page.getByRole('region', { name: 'About the mission' }).getByText('Quezon City, Philippines').waitFor();

    // What the page shows is what the API recorded.
    const token = await harness.token(admin);
    const result = await harness.gateway.graphql<{ missions: { edges: { node: { title: string; evaluation: { formsReturned: number; relevance: number; quality: number } | null; followUps: { description: string; status: string }[]; participants: { total: number } } }[] } }>(
      'query E2EMission($search: String) { missions(filter: { search: $search }, first: 5) { edges { node { title evaluation { formsReturned relevance quality } followUps { description status } participants { total } } } } }',
      { search: title },
      token,
    );
    expect(result.body.errors).toBeUndefined();
    const recorded = result.body.data!.missions.edges.map((e) => e.node).find((m) => m.title === title);
    expect(recorded).toMatchObject({
      evaluation: { formsReturned: 15, relevance: 4.5, quality: 4 },
      followUps: [{ description: 'Hold a training for 30 domestic workers', status: 'OPEN' }],
      participants: { total: 20 },
    });

    // The list finds it, and exports what it shows with the same filters.
    await page.goto(`/continental/missions?q=${encodeURIComponent(title)}&format=WORKSHOP`);
    await page.getByRole('status').filter({ hasText: '1 mission matches the filters' }).waitFor();
    await page.getByRole('table', { name: /^Missions in / }).getByRole('link', { name: title }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(title);
    expect(csv).toContain('Quezon City');

    // The timeline shows it under its month.
    await page.goto(`/continental/missions?view=timeline&q=${encodeURIComponent(title)}`);
    const timeline = page.getByRole('region', { name: 'Missions by month' });
    await timeline.getByRole('heading', { level: 3, name: 'March 2026' }).waitFor();
    await timeline.getByRole('link', { name: title }).waitFor();
    await expectAccessible(page, 'the mission timeline');

    // The follow-ups page lists it, and "Mark done" closes it.
    await page.goto('/continental/follow-ups?status=OPEN');
    await page.getByRole('heading', { level: 1, name: 'Follow-up actions' }).waitFor();
    const listed = page.locator('tbody tr').filter({ hasText: 'Hold a training for 30 domestic workers' });
    await listed.waitFor();
    await expectAccessible(page, 'the follow-ups list');
    await listed.getByRole('button', { name: /^Mark done/ }).click();
    await listed.waitFor({ state: 'detached' });
  });

  it('starts a review from the mission page, and shows the mission locked once the review is approved', async () => {
    const token = await harness.token(admin);
    async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
      const result = await harness.gateway.graphql<T>(query, variables, token);
      expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
      return result.body.data!;
    }
    const { networks } = await api<{ networks: { id: string }[] }>('{ networks { id } }', {});
    const title = `Coaching on political action ${Date.now()}`;
    const created = await api<{ createMission: { mission: { id: string } | null; errors: { message: string }[] } }>(
      'mutation E2ECreate($input: CreateMissionInput!) { createMission(input: $input) { mission { id } errors { message } } }',
      { input: { networkId: networks[0]!.id, format: 'COACHING', themes: ['POLITICAL_ACTION_METHODS'], title, plannedStartDate: '2026-02-02', plannedEndDate: '2026-02-03', online: true } },
    );
    expect(created.createMission.errors).toEqual([]);
    const missionId = created.createMission.mission!.id;

    // Two people edit it at once: the second save is refused as stale, and "Reload" starts again from the saved version.
    const editUrl = `/continental/missions/${encodeURIComponent(missionId)}/edit`;
    const [first, second] = [await harness.newPage({ signedInAs: admin }), await harness.newPage({ signedInAs: admin })];
    for (const p of [first, second]) {
      await p.goto(editUrl);
      await p.getByRole('heading', { level: 1, name: `Edit “${title}”` }).waitFor();
    }
    await first.getByRole('textbox', { name: 'Objectives' }).fill('Plan a campaign with each synergy.');
    await first.getByRole('button', { name: 'Save the mission' }).click();
    await first.getByText('The mission was saved.').waitFor();
    await second.getByRole('textbox', { name: 'City' }).fill('Jakarta');
    await second.getByRole('button', { name: 'Save the mission' }).click();
    const stale = second.getByRole('alert').filter({ hasText: 'Someone changed this mission since you opened it' });
    await stale.waitFor();
    await expectAccessible(second, 'the mission form refused as stale');
    await stale.getByRole('button', { name: 'Reload' }).click();
    await stale.waitFor({ state: 'detached' });
    expect(await second.getByRole('textbox', { name: 'Objectives' }).inputValue()).toBe('Plan a campaign with each synergy.');

    const page = await harness.newPage({ signedInAs: admin });
    await page.goto(`/continental/missions/${encodeURIComponent(missionId)}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('region', { name: 'Network review' }).getByRole('button', { name: 'Start review' }).click();
    await page.waitForURL(/\/continental\/reviews\/[^/]+$/);
    const reviewId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

    // The reviewer rates, submits and approves it through the API.
    type Review = { review: { id: string; version: number; status: string } | null; errors: { message: string }[] };
    const started = await api<{ capacityBuildingReview: { version: number; status: string } | null }>('query E2EReview($id: ID!) { capacityBuildingReview(id: $id) { version status } }', { id: reviewId });
    expect(started.capacityBuildingReview?.status).toBe('DRAFT');
    const rated = await api<{ updateCapacityBuildingReview: Review }>(
      'mutation E2ERate($input: UpdateCapacityBuildingReviewInput!) { updateCapacityBuildingReview(input: $input) { review { id version status } errors { message } } }',
      { input: { id: reviewId, version: started.capacityBuildingReview!.version, ratingRelevance: 4, ratingEffectiveness: 4, ratingFollowUp: 3, ratingGender: 3 } },
    );
    expect(rated.updateCapacityBuildingReview.errors).toEqual([]);
    let review = rated.updateCapacityBuildingReview.review!;
    for (const move of ['SUBMIT', 'APPROVE']) {
      const moved = await api<{ moveCapacityBuildingReview: Review }>(
        'mutation E2EMove($input: MoveCapacityBuildingReviewInput!) { moveCapacityBuildingReview(input: $input) { review { id version status } errors { message } } }',
        { input: { id: review.id, version: review.version, move } },
      );
      expect(moved.moveCapacityBuildingReview.errors).toEqual([]);
      review = moved.moveCapacityBuildingReview.review!;
    }
    expect(review.status).toBe('APPROVED');

    await page.goto(`/continental/missions/${encodeURIComponent(missionId)}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Locked: the review was approved').first().waitFor();
    await page.getByRole('region', { name: 'Network review' }).getByText('Review approved').waitFor();
    expect(await page.getByRole('link', { name: 'Edit the mission' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Mark as/ }).count()).toBe(0);
    await expectAccessible(page, 'a mission locked by an approved review');
    await page.goto(`/continental/missions/${encodeURIComponent(missionId)}/edit`);
    await page.getByText('Locked: the review was approved').waitFor();
    expect(await page.getByRole('button', { name: 'Save the mission' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Open the review' }).first().click();
    await page.waitForURL(new RegExp(`/continental/reviews/${encodeURIComponent(reviewId)}$`));
  });
});
