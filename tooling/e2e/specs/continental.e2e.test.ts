import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { demoPassword, useHarness } from '../support/harness.ts';
import { describedBy, expectGone, expectHasNoHorizontalScroll } from '../support/page.ts';

const admin = 'admin@example.org';
const viewer = 'viewer@example.org';
const networkHeading = /^Asia Network on the Right to Social Protection/;
/** The main navigation everyone who reads the network sees; administrators see more after it. */
const readerNavigation = [
  'Overview',
  'Activities',
  'Participation',
  'Joint actions',
  'Joint actions by country',
  'Policy outcomes',
  'Missions',
  'Follow-ups',
  'Reviews',
  'Capacity assessments',
  'Capacity building',
];
const newSynergy = { name: 'Viet Nam Synergy for Social Protection', country: 'VN' };

/** The five demo synergies with their partner counts. */
const demoSynergies = [
  { country: 'KH', name: 'Cambodian Social Protection Synergy', partners: 4 },
  { country: 'IN', name: 'Indian Synergy on Universal Social Protection', partners: 7 },
  { country: 'ID', name: 'Indonesian Synergy for Social Security', partners: 5 },
  { country: 'NP', name: 'Nepal Synergy for Social Security', partners: 3 },
  { country: 'PH', name: 'Philippine Synergy for Social Protection', partners: 6 },
];

type OverviewGroup = { country: string; countryName: string; synergies: { name: string; status: string; partners: number }[] };

/** The overview table read back as groups: each country's heading row, then its synergies with status and partner count. */
function overviewGroups(table: Locator): Promise<OverviewGroup[]> {
  return table.evaluate((element) =>
    Array.from(element.querySelectorAll('tbody')).map((body) => {
      const heading = body.querySelector('th[scope="rowgroup"]');
      const code = heading?.querySelector('.country-code')?.textContent?.trim() ?? '';
      const rows = Array.from(body.querySelectorAll('tr')).filter((row) => !row.querySelector('th[scope="rowgroup"]'));
      return {
        country: code,
        countryName: (heading?.textContent ?? '').replace(code, '').trim(),
        synergies: rows.map((row) => {
          const cells = Array.from(row.querySelectorAll('th, td')).map((cell) => (cell as HTMLElement).innerText.trim());
          return { name: cells[0] ?? '', status: cells[1] ?? '', partners: Number((cells[2] ?? '').replace(/\D/g, '')) };
        }),
      };
    }),
  );
}

const usersQuery = `query E2EUsers($networkId: ID!, $search: String) {
  users(networkId: $networkId, search: $search) {
    edges { node { email roleGrants { id role scope { __typename ... on Synergy { name country } ... on Network { name } } } } }
  }
}`;

type ApiGrant = { id: string; role: string; scope: { __typename: string; name?: string; country?: string } };

await describeInBrowser('continental app (network administrator and viewer)', () => {
  const harness = useHarness('e2e-continental');

  async function networkId(token: string): Promise<string> {
    const result = await harness.gateway.graphql<{ networks: { id: string }[] }>('{ networks { id } }', {}, token);
    const id = result.body.data?.networks[0]?.id;
    if (!id) throw new Error(`no network: ${JSON.stringify(result.body)}`);
    return id;
  }

  /** The new synergy, created through the API when an earlier test has not made it (tests stay independent). */
  async function ensureNewSynergy(): Promise<void> {
    const token = await harness.token(admin);
    const id = await networkId(token);
    const found = await harness.gateway.graphql<{ synergies: { totalCount: number } }>(
      'query Find($filter: SynergyFilter) { synergies(filter: $filter) { totalCount } }',
      { filter: { networkId: id, countries: [newSynergy.country] } },
      token,
    );
    if (found.body.data?.synergies.totalCount) return;
    const created = await harness.gateway.graphql(
      'mutation Create($input: CreateSynergyInput!) { createSynergy(input: $input) { synergy { id } errors { message } } }',
      { input: { networkId: id, ...newSynergy } },
      token,
    );
    expect(created.body.data?.createSynergy.errors).toEqual([]);
  }

  async function grantsOf(email: string): Promise<ApiGrant[]> {
    const token = await harness.token(admin);
    const result = await harness.gateway.graphql<{ users: { edges: { node: { email: string; roleGrants: ApiGrant[] } }[] } }>(
      usersQuery,
      { networkId: await networkId(token), search: email },
      token,
    );
    expect(result.body.errors).toBeUndefined();
    return result.body.data?.users.edges.find((e) => e.node.email === email)?.node.roleGrants ?? [];
  }

  async function openOverview(page: Page): Promise<Locator> {
    await page.goto('/continental/');
    await page.getByRole('heading', { level: 1, name: networkHeading }).waitFor();
    const table = page.getByRole('table', { name: 'Synergies grouped by country, with their status and number of partners' });
    await table.waitFor();
    return table;
  }

  async function openNewSynergyForm(page: Page): Promise<void> {
    await openOverview(page);
    await page.getByRole('link', { name: 'Add a synergy' }).click();
    await page.getByRole('heading', { level: 1, name: 'New synergy' }).waitFor();
  }

  it('signs the administrator in and shows the synergies by country with their partner counts', async () => {
    const page = await harness.newPage();
    await page.goto('/continental/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail address').fill(admin);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { level: 1, name: networkHeading }).waitFor();
    const table = page.getByRole('table', { name: 'Synergies grouped by country, with their status and number of partners' });
    await table.waitFor();
    await page.getByRole('status').filter({ hasText: '5 synergies.' }).waitFor();
    const groups = await overviewGroups(table);
    expect(groups.map((g) => g.country)).toEqual(demoSynergies.map((s) => s.country));
    expect(groups.map((g) => g.countryName)).toEqual(['Cambodia', 'India', 'Indonesia', 'Nepal', 'Philippines']);
    expect(groups.map((g) => g.synergies)).toEqual(demoSynergies.map((s) => [{ name: s.name, status: 'Active', partners: s.partners }]));
    expect(await table.getByRole('row', { name: /^Total: 5 synergies/ }).innerText()).toMatch(/25\s*$/);

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([...readerNavigation, 'New synergy', 'People and roles', 'Audit log']);
    await expectAccessible(page, 'the continental overview');
  });

  it('creates a synergy that then appears on the overview', async () => {
    const page = await harness.newPage({ signedInAs: admin });
    await openNewSynergyForm(page);
    await expectAccessible(page, 'the new synergy form');

    await page.getByLabel('Name').fill(newSynergy.name);
    await page.getByLabel('Country').selectOption(newSynergy.country);
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('FORMING');
    await page.getByRole('button', { name: 'Create synergy' }).click();

    await page.getByRole('heading', { level: 1, name: newSynergy.name }).waitFor();
    await page.getByRole('status').filter({ hasText: `Synergy “${newSynergy.name}” created.` }).waitFor();

    await page.getByRole('link', { name: 'Back to the overview' }).click();
    const table = page.getByRole('table', { name: 'Synergies grouped by country, with their status and number of partners' });
    await table.getByRole('link', { name: newSynergy.name }).waitFor();
    const vietNam = (await overviewGroups(table)).find((g) => g.country === 'VN');
    expect(vietNam?.countryName).toMatch(/^Vi[eệ]t ?nam$/i);
    expect(vietNam?.synergies).toEqual([{ name: newSynergy.name, status: 'Forming', partners: 0 }]);
  });

  it("shows the API's errors next to the name field", async () => {
    const page = await harness.newPage({ signedInAs: admin });
    await openNewSynergyForm(page);
    const name = page.getByLabel('Name');

    await name.fill('Philippine Synergy for Social Protection');
    await page.getByLabel('Country').selectOption('PH');
    await page.getByRole('button', { name: 'Create synergy' }).click();
    const duplicate = 'A synergy named "Philippine Synergy for Social Protection" already exists in this network.';
    await page.getByText(duplicate).waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(name)).toContain(duplicate);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('synergy-name');
    expect(new URL(page.url()).pathname).toBe('/continental/synergies/new');
    await expectAccessible(page, 'the new synergy form with an error');

    // Too short for the API (2 to 200 characters), though not empty for the form's own check.
    await name.fill('X');
    await page.getByRole('button', { name: 'Create synergy' }).click();
    await page.getByText(duplicate).waitFor({ state: 'hidden' });
    // The old error clears on submit before the new one arrives: wait for the new one.
    await expect.poll(() => describedBy(name)).toMatch(/2/);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/continental/synergies/new');
  });

  it('grants a role on the new synergy, then revokes it', async () => {
    await ensureNewSynergy();
    const page = await harness.newPage({ signedInAs: admin });
    await openOverview(page);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People and roles' }).click();
    await page.getByRole('heading', { level: 1, name: 'People and roles' }).waitFor();
    const people = page.getByRole('table', { name: 'People of the network and their roles' });
    await people.getByRole('row', { name: /Sokha Chan/ }).waitFor();
    await expectAccessible(page, 'the people and roles page');

    await people.getByRole('button', { name: 'Grant a role to Sokha Chan' }).click();
    const form = page.getByRole('region', { name: 'Grant a role' });
    const person = form.getByRole('combobox', { name: 'Person' });
    await expect.poll(async () => (await person.locator('option:checked').innerText()).trim()).toBe('Sokha Chan — viewer@example.org');
    await form.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Synergy coordinator' });
    await form.getByRole('combobox', { name: 'Synergy' }).selectOption({ label: `${newSynergy.name} (VN)` });
    await form.getByRole('button', { name: 'Grant role' }).click();

    await form.getByRole('status').filter({ hasText: `Sokha Chan is now Synergy coordinator on ${newSynergy.name}.` }).waitFor();
    const revoke = people.getByRole('button', { name: `Revoke Synergy coordinator on ${newSynergy.name} (VN) from Sokha Chan` });
    await revoke.waitFor();
    expect(await grantsOf(viewer)).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'SYNERGY_COORDINATOR', scope: { __typename: 'Synergy', name: newSynergy.name, country: 'VN' } })]),
    );

    await revoke.click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this role?' });
    await dialog.getByText(`Sokha Chan will no longer be Synergy coordinator on ${newSynergy.name} (VN).`).waitFor();
    await dialog.getByRole('button', { name: 'Revoke role' }).click();
    await expectGone(dialog);
    await page.getByRole('status').filter({ hasText: `Synergy coordinator on ${newSynergy.name} (VN): revoked from Sokha Chan.` }).waitFor();
    await expectGone(revoke);
    const remaining = await grantsOf(viewer);
    expect(remaining.map((g) => g.role)).toEqual(['VIEWER']);
  });

  it('does not offer the administrator-only actions to a viewer', async () => {
    const page = await harness.newPage({ signedInAs: viewer });
    const table = await openOverview(page);
    await table.getByRole('link', { name: 'Philippine Synergy for Social Protection' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(readerNavigation);
    expect(await page.getByRole('link', { name: 'Add a synergy' }).count()).toBe(0);

    for (const [path, reason] of [
      ['/continental/synergies/new', 'Only administrators of this network create synergies.'],
      ['/continental/roles', 'Only administrators of this network manage people and roles.'],
      ['/continental/audit', 'Only administrators and reviewers of this network read the audit log.'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Not available to you' }).waitFor();
      await page.getByText(reason).waitFor();
      expect(await page.getByRole('button', { name: /Create synergy|Grant role|Revoke/ }).count()).toBe(0);
    }

    // The API refuses too: hiding the button is not the only guard.
    const token = await harness.token(viewer);
    const refused = await harness.gateway.graphql(
      'mutation Create($input: CreateSynergyInput!) { createSynergy(input: $input) { synergy { id } errors { __typename message } } }',
      { input: { networkId: await networkId(token), name: 'Lao Synergy', country: 'LA' } },
      token,
    );
    expect(refused.body.data?.createSynergy.synergy).toBeNull();
    expect(refused.body.data?.createSynergy.errors).toEqual([expect.objectContaining({ __typename: 'ForbiddenError' })]);
  });

  it('fits a 375×740 screen without sideways scrolling, on the overview and the roles page', async () => {
    const page = await harness.newPage({ signedInAs: admin, viewport: { width: 375, height: 740 } });
    await openOverview(page);
    await expectHasNoHorizontalScroll(page);
    await page.goto('/continental/roles');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('table').first().waitFor();
    await expectHasNoHorizontalScroll(page);
  });
});
