import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { useHarness } from '../support/harness.ts';
import { describedBy, expectHasNoHorizontalScroll, expectRowNames, expectRowNamesToInclude } from '../support/page.ts';

const coordinator = 'coordinator.ph@example.org';
const editor = 'editor.ph@example.org';
const lead = 'Alliance of Filipino Informal Workers';
const coOrganiser = 'Luzon Federation of Labour Unions';

type ApiJointAction = {
  id: string;
  title: string;
  kind: string;
  stageReached: string | null;
  partners: { role: string; partner: { name: string } }[];
  milestones: { title: string; doneDate: string | null }[];
  targets: { name: string; level: string; askKind: string }[];
  outcomes: { description: string; stage: string | null; contribution: string; evidenceLinks: string[] }[];
};

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

await describeInBrowser('joint actions in the national app', () => {
  const harness = useHarness('e2e-joint-actions');

  /** The joint action with this title as the API returns it to the coordinator, or undefined. */
  async function apiJointAction(title: string): Promise<ApiJointAction | undefined> {
    const token = await harness.token(coordinator);
    const result = await harness.gateway.graphql<{ jointActions: { edges: { node: ApiJointAction }[] } }>(
      `query($filter: JointActionFilter) { jointActions(filter: $filter, first: 10) { edges { node {
        id title kind stageReached
        partners { role partner { name } }
        milestones { title doneDate }
        targets { name level askKind }
        outcomes { description stage contribution evidenceLinks }
      } } } }`,
      { filter: { search: title } },
      token,
    );
    expect(result.body.errors).toBeUndefined();
    return result.body.data?.jointActions.edges.map((e) => e.node).find((a) => a.title === title);
  }

  /** Fills the new joint action form up to the gender marker. */
  async function fillPlan(page: Page, title: string) {
    await page.getByRole('combobox', { name: /^Kind/ }).selectOption({ label: 'Political action' });
    await page.getByRole('textbox', { name: /^Title/ }).fill(title);
    await page.getByRole('textbox', { name: 'Objective' }).fill('A universal social pension for informal workers aged 60 and over.');
    await page.getByLabel('Planned last day').fill(inDays(120));
    await page.getByRole('group', { name: /Social protection branches addressed/ }).getByLabel('Old age').check();
    const first = page.getByRole('group', { name: 'Partner 1' });
    await first.getByRole('combobox', { name: /^Partner/ }).selectOption({ label: `${lead} (AFIW)` });
    expect(await first.getByLabel('Role').inputValue()).toBe('LEAD');
    await first.getByLabel('People contributed').fill('4');
    await page.getByRole('button', { name: 'Add a partner' }).click();
    const second = page.getByRole('group', { name: 'Partner 2' });
    await second.getByRole('combobox', { name: /^Partner/ }).selectOption({ label: `${coOrganiser} (LFLU)` });
    await second.getByLabel('Role').selectOption({ label: 'Co-organiser' });
    await second.getByLabel('Money contributed').fill('25000');
    await second.getByLabel('Currency').fill('PHP');
  }

  it('plans a political action with two partners, checks a milestone off, adds a target, records an outcome and prints it', async () => {
    const title = 'E2E social pension bill for informal workers';
    const page = await harness.newPage({ signedInAs: coordinator });
    await page.goto('/national/joint-actions');
    await page.getByRole('heading', { level: 1, name: 'Joint actions' }).waitFor();
    await page.getByRole('link', { name: 'Plan a joint action' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan a joint action' }).waitFor();
    await fillPlan(page, title);

    // A score the checklist does not support: the API refuses, the checklist says why, nothing is written.
    const checklist = page.getByRole('group', { name: 'Checklist' });
    await checklist.getByLabel('A gender analysis was done.').check();
    await page.getByLabel('1 – Significant').check();
    await page.getByRole('button', { name: 'Plan joint action' }).click();
    const refusal = page.locator('#genderMarker-criteria-error');
    await refusal.getByText('Score 1 was refused').waitFor();
    const missing = checklist.getByLabel('Its findings shaped the design, with a “do no harm” approach.');
    expect(await missing.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(missing)).toContain('Score 1 was refused');
    await page.getByRole('alert').filter({ hasText: 'Please correct the fields marked below.' }).waitFor();
    expect(await page.getByRole('textbox', { name: /^Title/ }).inputValue()).toBe(title);
    expect(new URL(page.url()).pathname).toBe('/national/joint-actions/new');
    expect(await apiJointAction(title)).toBeUndefined();
    await expectAccessible(page, 'the new joint action form with the refusal');

    await page.getByLabel('0 – Not targeted').check();
    await page.getByRole('button', { name: 'Plan joint action' }).click();

    // The joint action's page.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('status').filter({ hasText: `“${title}” was planned.` }).waitFor();
    const partners = page.getByRole('table', { name: `Partners of “${title}”` });
    await expectRowNames(partners, [lead, coOrganiser]);
    expect(await partners.getByRole('row', { name: new RegExp(lead) }).innerText()).toMatch(/Lead\s+4 people/);
    expect(await partners.getByRole('row', { name: new RegExp(coOrganiser) }).innerText()).toMatch(/Co-organiser\s+PHP\s?25,000\.00|₱25,000\.00/);

    // A milestone, added then checked off.
    const addMilestone = page.getByRole('form', { name: 'Add a milestone' });
    await addMilestone.getByLabel('Milestone').fill('Position paper sent to the Senate');
    await addMilestone.getByLabel('Due on').fill(inDays(14));
    await addMilestone.getByLabel('Responsible partner').selectOption({ label: lead });
    await addMilestone.getByRole('button', { name: 'Add milestone' }).click();
    await page.getByRole('status').filter({ hasText: 'Milestone “Position paper sent to the Senate” added.' }).waitFor();
    const milestones = page.getByRole('table', { name: `Milestones of “${title}”` });
    await expectRowNames(milestones, ['Position paper sent to the Senate']);
    await page.getByRole('button', { name: 'Mark “Position paper sent to the Senate” done' }).click();
    await page.getByRole('status').filter({ hasText: 'Milestone “Position paper sent to the Senate” marked done.' }).waitFor();
    await milestones.getByText(/^Done on /).waitFor();

    // A target, and an outcome at the formulation stage.
    const addTarget = page.getByRole('form', { name: 'Add a target' });
    await addTarget.getByLabel('Decision maker or institution').fill('Senate Committee on Labor');
    await addTarget.getByLabel('Level').selectOption({ label: 'National' });
    await addTarget.getByRole('combobox', { name: /^Ask/ }).selectOption({ label: 'Draft law' });
    await addTarget.getByLabel('What is asked').fill('Table the universal social pension bill');
    await addTarget.getByRole('button', { name: 'Add target' }).click();
    await page.getByRole('status').filter({ hasText: 'Target “Senate Committee on Labor” added.' }).waitFor();
    await expectRowNames(page.getByRole('table', { name: /^Decision makers and institutions targeted/ }), ['Senate Committee on Labor']);

    const outcome = page.getByRole('form', { name: 'Record an outcome' });
    await outcome.getByLabel('Policy-change stage reached').selectOption({ label: 'Formulation' });
    await outcome.getByLabel('Our contribution').selectOption({ label: 'Significant' });
    await outcome.getByLabel('What changed').fill('The committee drafted a bill on the universal social pension.');
    await outcome.getByLabel('Evidence', { exact: true }).fill('Committee report no. 12');
    await outcome.getByLabel('Links to the evidence').fill('https://example.org/senate/report-12');
    await outcome.getByRole('button', { name: 'Record outcome' }).click();
    await page.getByRole('status').filter({ hasText: 'The outcome was recorded.' }).waitFor();
    const log = page.getByRole('region', { name: 'Outcome log' });
    await log.getByText('The committee drafted a bill on the universal social pension.').waitFor();
    expect(await log.innerText()).toContain('Formulation');
    expect(await log.innerText()).toContain('Contribution: Significant');
    await page.getByRole('region', { name: 'Details' }).getByText('Formulation').waitFor();
    await expectAccessible(page, 'the joint action page');

    // The API says the same.
    const saved = await apiJointAction(title);
    expect(saved).toMatchObject({
      kind: 'POLITICAL_ACTION',
      stageReached: 'FORMULATION',
      partners: [
        { role: 'LEAD', partner: { name: lead } },
        { role: 'CO_ORGANISER', partner: { name: coOrganiser } },
      ],
      milestones: [{ title: 'Position paper sent to the Senate', doneDate: today() }],
      targets: [{ name: 'Senate Committee on Labor', level: 'NATIONAL', askKind: 'DRAFT_LAW' }],
      outcomes: [{ stage: 'FORMULATION', contribution: 'SIGNIFICANT', evidenceLinks: ['https://example.org/senate/report-12'] }],
    });

    // The printed summary: no navigation, no controls, one A4 page.
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print summary' }).isVisible()).toBe(false);
    expect(await page.getByRole('form', { name: 'Record an outcome' }).isVisible()).toBe(false);
    expect(await partners.isVisible()).toBe(true);
    await page.getByText(/^Printed on /).waitFor();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    // A PDF has one "/Type /Page" object per page ("/Type /Pages" is the page tree).
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    // The plan lists it, filtered from the URL.
    await page.goto(`/national/joint-actions?kind=POLITICAL_ACTION&stage=FORMULATION&q=${encodeURIComponent('social pension bill')}`);
    const table = page.getByRole('table', { name: 'Joint actions' });
    await expectRowNames(table, [title]);
    expect(await page.getByLabel('Stage reached').inputValue()).toBe('FORMULATION');
    await page.getByRole('status').filter({ hasText: '1 joint action matches the filters' }).waitFor();
    await expectAccessible(page, 'the filtered joint action list');

    // The export of the same filtered list.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(title);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(2);
  });

  it('hands the lead to another partner when editing, asks why there is no outcome when completing, and offers to reload after a conflict', async () => {
    const token = await harness.token(coordinator);
    const found = await harness.gateway.graphql<{
      synergies: { edges: { node: { id: string; name: string } }[] };
      partners: { edges: { node: { id: string; name: string } }[] };
    }>('{ synergies(first: 10) { edges { node { id name } } } partners(first: 50) { edges { node { id name } } } }', {}, token);
    const synergyId = found.body.data?.synergies.edges.find((e) => e.node.name === 'Philippine Synergy for Social Protection')?.node.id;
    const partnerId = (name: string) => found.body.data?.partners.edges.find((e) => e.node.name === name)?.node.id;
    const title = 'E2E maternity benefit campaign';
    const created = await harness.gateway.graphql<{ createJointAction: { jointAction: { id: string; version: number } | null; errors: unknown[] } }>(
      'mutation($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id version } errors { message } } }',
      {
        input: {
          synergyId,
          kind: 'JOINT_CAMPAIGN',
          title,
          branches: ['MATERNITY'],
          plannedStartDate: today(),
          partners: [
            { partnerId: partnerId(lead), role: 'LEAD' },
            { partnerId: partnerId('Kalinga Health Mutual'), role: 'CONTRIBUTOR' },
          ],
        },
      },
      token,
    );
    expect(created.body.data?.createJointAction.errors).toEqual([]);
    const id = created.body.data!.createJointAction.jointAction!.id;

    const page = await harness.newPage({ signedInAs: coordinator });
    await page.goto(`/national/joint-actions/${encodeURIComponent(id)}/edit`);
    await page.getByRole('heading', { level: 1, name: `Edit “${title}”` }).waitFor();
    await page.getByRole('group', { name: 'Partner 2' }).getByLabel('Role').selectOption({ label: 'Lead' });
    // Exactly one lead: the former lead steps down at once.
    expect(await page.getByRole('group', { name: 'Partner 1' }).getByLabel('Role').inputValue()).toBe('CO_ORGANISER');
    await expectAccessible(page, 'the edit joint action form');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: `“${title}” was saved.` }).waitFor();
    await expectRowNames(page.getByRole('table', { name: `Partners of “${title}”` }), ['Kalinga Health Mutual', lead]);
    expect((await apiJointAction(title))?.partners).toEqual([
      { role: 'LEAD', partner: { name: 'Kalinga Health Mutual' } },
      { role: 'CO_ORGANISER', partner: { name: lead } },
    ]);

    // Completing without an outcome asks why; without participants the API still refuses, and says so.
    await page.getByRole('button', { name: 'Mark as ongoing' }).click();
    await page.getByRole('status').filter({ hasText: 'The status is now: Ongoing.' }).waitFor();
    await page.getByRole('button', { name: 'Mark as completed' }).click();
    const reason = page.getByRole('form', { name: /No outcome is recorded yet/ });
    await reason.getByLabel('Why there is no outcome').fill('The ministry postponed the consultation.');
    await reason.getByRole('button', { name: 'Mark as completed' }).click();
    await page.getByRole('alert').filter({ hasText: 'Record how many people took part' }).waitFor();
    expect((await apiJointAction(title))?.kind).toBe('JOINT_CAMPAIGN');

    // Meanwhile someone else renames it: saving the edit offers to reload.
    await page.goto(`/national/joint-actions/${encodeURIComponent(id)}/edit`);
    await page.getByRole('heading', { level: 1, name: `Edit “${title}”` }).waitFor();
    const current = await harness.gateway.graphql<{ jointAction: { version: number } }>('query($id: ID!) { jointAction(id: $id) { version } }', { id }, token);
    const renamed = await harness.gateway.graphql<{ updateJointAction: { errors: unknown[] } }>(
      'mutation($input: UpdateJointActionInput!) { updateJointAction(input: $input) { errors { message } } }',
      { input: { id, version: current.body.data!.jointAction.version, title: 'E2E campaign renamed elsewhere' } },
      token,
    );
    expect(renamed.body.data?.updateJointAction.errors).toEqual([]);
    await page.getByRole('textbox', { name: 'Objective' }).fill('Paid maternity leave for informal workers.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this joint action while you were editing.' });
    await conflict.waitFor();
    expect(await page.getByRole('textbox', { name: 'Objective' }).inputValue()).toBe('Paid maternity leave for informal workers.');
    await conflict.getByRole('button', { name: 'Reload current data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit “E2E campaign renamed elsewhere”' }).waitFor();
  });

  it('shows the milestones by month with the overdue ones marked, and the overdue and upcoming panel', async () => {
    const page = await harness.newPage({ signedInAs: coordinator });
    await page.goto('/national/');
    await page.getByRole('heading', { level: 1, name: 'Philippine Synergy for Social Protection' }).waitFor();
    const panel = page.getByRole('region', { name: 'Milestones overdue and coming up' });
    await panel.waitFor();
    expect(await panel.innerText()).toMatch(/\d+ overdue · \d+ due in the next 30 days/);

    await page.getByRole('link', { name: 'Joint actions', exact: true }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Joint actions of Philippine Synergy for Social Protection' }).waitFor();
    await page.getByRole('link', { name: 'Timeline of milestones' }).click();
    await page.getByRole('heading', { level: 2, name: 'Milestones by month' }).waitFor();
    const overdue = page.locator('.milestone-timeline__item--overdue').first();
    await overdue.getByText('Overdue').waitFor();
    await expectAccessible(page, 'the milestone timeline');

    // Checking one off takes it off the open milestones.
    const overdueTitle = (await overdue.locator('strong').innerText()).trim();
    await overdue.getByRole('button', { name: `Mark “${overdueTitle}” done` }).click();
    await page.getByRole('status').filter({ hasText: `Milestone “${overdueTitle}” marked done.` }).waitFor();
    await expect.poll(() => page.locator('.milestone-timeline__item strong', { hasText: overdueTitle }).count()).toBe(0);
  });

  it('fits a 375×740 screen without sideways scrolling', async () => {
    const page = await harness.newPage({ signedInAs: coordinator, viewport: { width: 375, height: 740 } });
    await page.goto('/national/joint-actions/new');
    await page.getByRole('heading', { level: 1, name: 'Plan a joint action' }).waitFor();
    await page.getByRole('group', { name: 'Partner 1' }).waitFor();
    await expectHasNoHorizontalScroll(page);
    await page.goto('/national/joint-actions');
    await page.getByRole('table', { name: 'Joint actions' }).waitFor();
    await expectHasNoHorizontalScroll(page);
  });

  it("shows a partner editor the joint actions its partner takes part in, read only", async () => {
    const page = await harness.newPage({ signedInAs: editor });
    await page.goto('/national/joint-actions');
    const table = page.getByRole('table', { name: 'Joint actions' });
    await table.waitFor();
    expect(await page.getByRole('link', { name: 'Plan a joint action' }).count()).toBe(0);
    const firstTitle = (await table.getByRole('rowheader').first().innerText()).trim();
    await table.getByRole('link', { name: firstTitle }).click();
    await page.getByRole('heading', { level: 1, name: firstTitle }).waitFor();
    await expectRowNamesToInclude(page.getByRole('table', { name: `Partners of “${firstTitle}”` }), [lead]);
    expect(await page.getByRole('link', { name: 'Edit joint action' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Add a milestone' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Mark “.*” done$/ }).count()).toBe(0);
    await expectAccessible(page, 'a joint action read by a partner editor');
  });
});
