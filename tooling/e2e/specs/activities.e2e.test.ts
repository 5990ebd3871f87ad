import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { demoPassword, useHarness } from '../support/harness.ts';
import { describedBy, expectHasNoHorizontalScroll, expectRowNames, expectRowNamesToInclude } from '../support/page.ts';

const editor = 'editor.ph@example.org';
const partnerName = 'Alliance of Filipino Informal Workers';
const title = 'E2E training on maternity protection for vendors';

const activityQuery = `query E2EActivities($search: String) {
  activities(filter: { search: $search }, first: 10) {
    edges { node { id title status version partner { name } synergy { name }
      participants { total women youth cells { sex ageBand { id } count } }
      genderMarker { score missingCriteria } } }
  }
}`;

type ApiActivity = {
  id: string;
  title: string;
  status: string;
  version: number;
  partner: { name: string };
  synergy: { name: string } | null;
  participants: { total: number; women: number; youth: number; cells: { sex: string; ageBand: { id: string } | null; count: number }[] };
  genderMarker: { score: number; missingCriteria: string[] };
};

await describeInBrowser('activities in the national app (editor of a Philippine partner)', () => {
  const harness = useHarness('e2e-activities');

  async function apiActivity(search: string): Promise<ApiActivity | undefined> {
    const token = await harness.token(editor);
    const result = await harness.gateway.graphql<{ activities: { edges: { node: ApiActivity }[] } }>(activityQuery, { search }, token);
    expect(result.body.errors).toBeUndefined();
    return result.body.data?.activities.edges.map((e) => e.node).find((a) => a.title === search);
  }

  async function signIn(page: Page) {
    await page.goto('/national/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail address').fill(editor);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  it('records an activity: the API refuses score 1 with an incomplete checklist, then saves it; it shows with its totals and is found and exported from the list', async () => {
    const page = await harness.newPage();
    await signIn(page);

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Activities' }).click();
    await page.getByRole('heading', { level: 1, name: 'Activities' }).waitFor();
    await page.getByRole('link', { name: 'Record an activity' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Record an activity' }).waitFor();
    await expectAccessible(page, 'the new activity form');

    // The editor records for one partner only: it is chosen, with its synergy and country.
    expect(await page.getByLabel('Partner').locator('option:checked').textContent()).toContain(partnerName);
    expect(await page.getByLabel('Synergy').locator('option:checked').textContent()).toBe('Philippine Synergy for Social Protection');
    expect(await page.getByLabel('Country').inputValue()).toBe('PH');

    await page.getByLabel('Type of activity').selectOption({ label: 'Individual support' });
    await page.getByLabel('Sub-type').selectOption({ label: 'Access to social protection' });
    await page.getByLabel('Type of activity').selectOption({ label: 'Basic training' });
    expect(await page.getByLabel('Sub-type').count()).toBe(0);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Description').fill('Two mornings on maternity cash benefits for market vendors.');
    await page.getByLabel('First day').fill('2026-02-10');
    await page.getByLabel('Last day').fill('2026-02-11');
    await page.getByLabel('Place').fill('Quezon City');
    await page.getByLabel('Status').selectOption({ label: 'Completed' });
    await page.getByRole('group', { name: /Social protection branches/ }).getByLabel('Maternity').check();
    await page.getByRole('group', { name: 'Worker categories reached' }).getByLabel('Informal economy').check();
    await page.getByRole('group', { name: 'Informal sectors reached' }).getByLabel('Street vending').check();

    // The participants grid: totals and shares follow the typing.
    await page.getByLabel('Women, 18–35', { exact: true }).fill('12');
    await page.getByLabel('Women, 36–59', { exact: true }).fill('8');
    await page.getByLabel('Men, 18–35', { exact: true }).fill('5');
    await page.getByLabel('Not recorded, Age unknown', { exact: true }).fill('3');
    const grid = page.getByRole('table', { name: 'People reached by sex and age band' });
    await expect.poll(() => grid.getByRole('row', { name: /^Total/ }).innerText()).toMatch(/17\s+8\s+0\s+3\s+28$/);
    expect(await grid.getByRole('row', { name: /^Women/ }).innerText()).toMatch(/20$/);
    await page.getByText('28 people · 71% women · 61% young people (18–35)').waitFor();

    // Score 1 with three of the five criteria: the live explanation warns, the API refuses.
    const checklist = page.getByRole('group', { name: 'Checklist' });
    await checklist.getByLabel('A gender analysis was done.').check();
    await checklist.getByLabel('Its findings shaped the design, with a “do no harm” approach.').check();
    await checklist.getByLabel('At least one explicit gender equality objective with at least one gender indicator.').check();
    await page.getByLabel('1 – Significant').check();
    await page.getByText('Score 1 is higher than the checklist allows (0)').waitFor();
    await page.getByRole('button', { name: 'Record activity' }).click();

    const refusal = page.locator('#genderMarker-criteria-error');
    await refusal.getByText('Score 1 was refused').waitFor();
    expect(await refusal.innerText()).toContain('Data and indicators are disaggregated by sex.');
    expect(await refusal.innerText()).toContain('A commitment to monitor and report the gender results.');
    expect(await refusal.innerText()).not.toContain('A gender analysis was done.');
    const firstMissing = checklist.getByLabel('Data and indicators are disaggregated by sex.');
    expect(await firstMissing.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(firstMissing)).toContain('Score 1 was refused');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('genderMarker-SEX_DISAGGREGATED_DATA');
    await page.getByRole('alert').filter({ hasText: 'Please correct the fields marked below.' }).waitFor();
    // Nothing typed is lost, and nothing was saved.
    expect(await page.getByLabel('Title').inputValue()).toBe(title);
    expect(await page.getByLabel('Women, 18–35', { exact: true }).inputValue()).toBe('12');
    expect(new URL(page.url()).pathname).toBe('/national/activities/new');
    expect(await apiActivity(title)).toBeUndefined();
    await expectAccessible(page, 'the new activity form with the refusal');

    await firstMissing.check();
    await checklist.getByLabel('A commitment to monitor and report the gender results.').check();
    await page.getByText('The checklist allows a score up to 1 (significant).').waitFor();
    await page.getByRole('button', { name: 'Record activity' }).click();

    // The detail page, with the totals the API derived.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('status').filter({ hasText: `“${title}” was recorded.` }).waitFor();
    const people = page.getByRole('table', { name: `People reached by “${title}”, by sex and age band` });
    await expectRowNames(people, ['Women', 'Men', 'Other', 'Not recorded', 'Total']);
    expect(await people.getByRole('row', { name: /^Women/ }).innerText()).toMatch(/^Women\s+0\s+12\s+8\s+0\s[\s\S]*\s20$/);
    expect(await people.getByRole('row', { name: /^Total/ }).innerText()).toMatch(/28$/);
    await page.getByText('28 people · 71% women · 61% young people (18–35)').waitFor();
    await page.getByText('1 – Significant').first().waitFor();
    await page.getByText('The checklist allows a score up to 1 (significant).').waitFor();
    await page.getByText('Completed and cancelled activities are final.').waitFor();
    await page.getByText('Only planned activities can be deleted. Finished and cancelled activities keep their record.').waitFor();
    await expectAccessible(page, 'the activity detail page');

    const saved = await apiActivity(title);
    expect(saved).toMatchObject({
      status: 'COMPLETED',
      partner: { name: partnerName },
      synergy: { name: 'Philippine Synergy for Social Protection' },
      participants: { total: 28, women: 20, youth: 17 },
      genderMarker: { score: 1, missingCriteria: [] },
    });

    // The list, filtered from the URL: the filter bar shows what the URL says.
    await page.goto(`/national/activities?q=${encodeURIComponent('maternity protection')}&status=COMPLETED&type=BASIC_TRAINING&sort=title`);
    const table = page.getByRole('table', { name: 'Activities' });
    await expectRowNames(table, [title]);
    await page.getByRole('status').filter({ hasText: '1 activity matches the filters' }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search activities' }).inputValue()).toBe('maternity protection');
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('COMPLETED');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('TITLE:ASC');
    expect(await table.getByRole('row', { name: new RegExp(title) }).innerText()).toMatch(/28\s+71%\s+61%/);
    await expectAccessible(page, 'the filtered activity list');

    // A filter chosen in the bar goes into the URL.
    await page.getByLabel('Gender marker', { exact: true }).selectOption({ label: '2 – Principal' });
    await page.getByText('No activity matches these filters.').waitFor();
    expect(new URL(page.url()).searchParams.get('score')).toBe('2');
    await page.getByLabel('Gender marker', { exact: true }).selectOption({ label: '1 – Significant' });
    await expectRowNames(table, [title]);

    // The export of the same filtered list.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(title);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(2);
  });

  it("lists a synergy's activities from the synergy page and opens one", async () => {
    const page = await harness.newPage({ signedInAs: 'coordinator.ph@example.org' });
    await page.goto('/national/');
    await page.getByRole('heading', { level: 1, name: 'Philippine Synergy for Social Protection' }).waitFor();
    await page.getByRole('link', { name: 'Activities', exact: true }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Activities of Philippine Synergy for Social Protection' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/national\/synergies\/[^/]+\/activities$/);
    const table = page.getByRole('table', { name: 'Activities of Philippine Synergy for Social Protection' });
    await table.waitFor();
    // The synergy is fixed by the page: no synergy filter.
    expect(await page.getByLabel('Synergy', { exact: true }).count()).toBe(0);
    await expectAccessible(page, "the synergy's activity list");

    const firstTitle = (await table.getByRole('rowheader').first().innerText()).trim();
    await table.getByRole('link', { name: firstTitle }).click();
    await page.getByRole('heading', { level: 1, name: firstTitle }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'People reached' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gender marker' }).waitFor();
  });

  it('deletes a planned activity and cancels a started one', async () => {
    const token = await harness.token(editor);
    const partners = await harness.gateway.graphql<{ partners: { edges: { node: { id: string; name: string } }[] } }>(
      '{ partners(first: 10) { edges { node { id name } } } }',
      {},
      token,
    );
    const partnerId = partners.body.data?.partners.edges.find((e) => e.node.name === partnerName)?.node.id;
    const create = async (activityTitle: string, status: string) => {
      const result = await harness.gateway.graphql<{ createActivity: { activity: { id: string } | null; errors: unknown[] } }>(
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } errors { message } } }`,
        { input: { partnerId, type: 'AWARENESS_RAISING', title: activityTitle, startDate: '2026-05-04', branches: ['GENERAL'], status } },
        token,
      );
      expect(result.body.data?.createActivity.errors).toEqual([]);
      return result.body.data?.createActivity.activity?.id ?? '';
    };
    const plannedId = await create('E2E planned stall to delete', 'PLANNED');
    const ongoingId = await create('E2E ongoing forum to cancel', 'ONGOING');

    const page = await harness.newPage({ signedInAs: editor });
    await page.goto(`/national/activities/${encodeURIComponent(plannedId)}`);
    await page.getByRole('heading', { level: 1, name: 'E2E planned stall to delete' }).waitFor();
    await page.getByRole('button', { name: 'Delete activity' }).click();
    await page.getByRole('region', { name: 'Delete “E2E planned stall to delete”?' }).getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByRole('status').filter({ hasText: '“E2E planned stall to delete” was deleted.' }).waitFor();
    await expectRowNamesToInclude(page.getByRole('table', { name: /^Activities/ }), ['E2E ongoing forum to cancel']);
    expect(await apiActivity('E2E planned stall to delete')).toBeUndefined();

    await page.goto(`/national/activities/${encodeURIComponent(ongoingId)}`);
    await page.getByRole('heading', { level: 1, name: 'E2E ongoing forum to cancel' }).waitFor();
    await page.getByText('Only planned activities can be deleted. This one has started, so it is cancelled instead: the record is kept.').waitFor();
    expect(await page.getByRole('button', { name: 'Delete activity' }).count()).toBe(0);
    // Completing needs participants: the API says so.
    await page.getByRole('button', { name: 'Mark as completed' }).click();
    await page.getByRole('alert').filter({ hasText: 'Record how many people took part before marking the activity completed' }).waitFor();
    await page.getByRole('button', { name: 'Cancel the activity' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.getByRole('status').filter({ hasText: 'The status is now: Cancelled.' }).waitFor();
    await page.getByText('Completed and cancelled activities are final.').waitFor();
    expect((await apiActivity('E2E ongoing forum to cancel'))?.status).toBe('CANCELLED');
  });

  it('offers to reload when someone else changed the activity during an edit', async () => {
    const token = await harness.token(editor);
    const found = await harness.gateway.graphql<{ activities: { edges: { node: { id: string; title: string; version: number } }[] } }>(
      '{ activities(filter: { statuses: [PLANNED] }, first: 1) { edges { node { id title version } } } }',
      {},
      token,
    );
    const activity = found.body.data?.activities.edges[0]?.node;
    expect(activity).toBeDefined();
    const page = await harness.newPage({ signedInAs: editor });
    await page.goto(`/national/activities/${encodeURIComponent(activity!.id)}/edit`);
    await page.getByRole('heading', { level: 1, name: `Edit “${activity!.title}”` }).waitFor();
    await expectAccessible(page, 'the edit activity form');

    // Meanwhile, another session renames it.
    const renamed = await harness.gateway.graphql<{ updateActivity: { errors: unknown[] } }>(
      'mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { errors { message } } }',
      { input: { id: activity!.id, version: activity!.version, title: 'E2E renamed elsewhere' } },
      token,
    );
    expect(renamed.body.data?.updateActivity.errors).toEqual([]);

    await page.getByLabel('Place').fill('Pasig City');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this activity while you were editing.' });
    await conflict.waitFor();
    expect(await page.getByLabel('Place').inputValue()).toBe('Pasig City');
    await conflict.getByRole('button', { name: 'Reload current data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit “E2E renamed elsewhere”' }).waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe('E2E renamed elsewhere');
  });

  it('lists every activity of the network read-only in the continental app, filtered by country from the URL', async () => {
    const page = await harness.newPage({ signedInAs: 'reviewer@example.org' });
    await page.goto('/continental/activities?country=ID&status=COMPLETED&sort=participants');
    await page.getByRole('heading', { level: 1, name: 'Activities' }).waitFor();
    const table = page.getByRole('table', { name: /^Activities in / });
    await table.waitFor();
    expect(await page.getByLabel('Country', { exact: true }).inputValue()).toBe('ID');
    const countries = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(countries.length).toBeGreaterThan(0);
    expect(new Set(countries)).toEqual(new Set(['Indonesia']));
    // Most participants first.
    const totals = (await table.locator('tbody tr td:nth-child(7)').allInnerTexts()).map((text) => Number(text.replace(/\D/g, '')));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(await page.getByRole('link', { name: 'Record an activity' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Export CSV' }).waitFor();
    await expectAccessible(page, 'the continental activity list');

    const firstTitle = (await table.getByRole('rowheader').first().innerText()).trim();
    await table.getByRole('link', { name: firstTitle }).click();
    await page.getByRole('heading', { level: 1, name: firstTitle }).waitFor();
    await page.getByRole('table', { name: `People reached by “${firstTitle}”, by sex and age band` }).waitFor();
    expect(await page.getByRole('link', { name: /Edit/ }).count()).toBe(0);
    await expectAccessible(page, 'the continental activity page');
  });

  it('fits a 375×740 screen without sideways scrolling', async () => {
    const page = await harness.newPage({ signedInAs: editor, viewport: { width: 375, height: 740 } });
    await page.goto('/national/activities/new');
    await page.getByRole('heading', { level: 1, name: 'Record an activity' }).waitFor();
    await expectHasNoHorizontalScroll(page);
    await page.goto('/national/activities');
    await page.getByRole('table', { name: 'Activities' }).waitFor();
    await expectHasNoHorizontalScroll(page);
  });
});
