import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { demoPassword, useHarness } from '../support/harness.ts';
import { describedBy, expectGone, expectHasNoHorizontalScroll, expectRowNames, expectRowNamesToInclude } from '../support/page.ts';

const coordinator = 'coordinator.ph@example.org';
const synergyName = 'Philippine Synergy for Social Protection';
const philippinePartners = [
  'Alliance of Filipino Informal Workers',
  'Luzon Federation of Labour Unions',
  'Kalinga Health Mutual',
  'Visayas Vendors Cooperative',
  'Mindanao Centre for Social Justice',
  'Domestic Workers Association of Manila',
];

const partnerQuery = `query E2EPartner($search: String) {
  partners(filter: { search: $search }, first: 10) {
    edges { node { id name acronym type country contactName website members { women men total }
      memberships(includeEnded: true) { role since until active synergy { name country } } } }
  }
}`;

type ApiPartner = {
  id: string;
  name: string;
  acronym: string | null;
  type: string;
  country: string;
  contactName: string | null;
  website: string | null;
  members: { women: number | null; men: number | null; total: number | null };
  memberships: { role: string; since: string; until: string | null; active: boolean; synergy: { name: string; country: string } }[];
};

await describeInBrowser('national app (coordinator of the Philippine synergy)', () => {
  const harness = useHarness('e2e-national');

  /** The partner of that exact name, as the API gives it to the coordinator. */
  async function apiPartner(name: string): Promise<ApiPartner | undefined> {
    const token = await harness.token(coordinator);
    const result = await harness.gateway.graphql<{ partners: { edges: { node: ApiPartner }[] } }>(partnerQuery, { search: name }, token);
    expect(result.body.errors).toBeUndefined();
    return result.body.data?.partners.edges.map((e) => e.node).find((p) => p.name === name);
  }

  /** Opens the coordinator's start page (already signed in) and waits for the synergy and its partner table. */
  async function openSynergy(page: Page) {
    await page.goto('/national/');
    await page.getByRole('heading', { level: 1, name: synergyName }).waitFor();
    const table = page.getByRole('table', { name: `Partners of ${synergyName}` });
    await table.waitFor();
    return table;
  }

  async function signInThroughForm(page: Page, email: string, password = demoPassword) {
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('signs in from the sign-in page and lands on the Philippine synergy with its partners', async () => {
    const page = await harness.newPage();
    await page.goto('/national/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/national/sign-in');
    await expectAccessible(page, 'the sign-in page');

    await signInThroughForm(page, coordinator, 'not-the-password');
    await page.getByRole('alert').filter({ hasText: 'Sign-in failed' }).waitFor();

    await signInThroughForm(page, coordinator);
    await page.getByRole('heading', { level: 1, name: synergyName }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/national\/synergies\/[^/]+$/);
    await expectRowNamesToInclude(page.getByRole('table', { name: `Partners of ${synergyName}` }), philippinePartners);
    await page.getByRole('group', { name: 'Account' }).getByText('Maria Reyes').waitFor();
    await expectAccessible(page, 'the synergy page');
  });

  it('sends only persisted operation ids to /graphql, never query text', async () => {
    const page = await harness.newPage();
    const bodies: Record<string, unknown>[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname !== '/graphql') return;
      const url = new URL(request.url());
      bodies.push(request.method() === 'GET' ? Object.fromEntries(url.searchParams) : (request.postDataJSON() as Record<string, unknown>));
    });
    await page.goto('/national/');
    await signInThroughForm(page, coordinator);
    await expectRowNamesToInclude(page.getByRole('table', { name: `Partners of ${synergyName}` }), philippinePartners);
    await page.getByRole('searchbox', { name: 'Search partners' }).fill('kalinga');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expectRowNames(page.getByRole('table', { name: 'Partners matching “kalinga”' }), ['Kalinga Health Mutual']);

    // The sign-in mutation and the queries after it.
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    for (const body of bodies) {
      expect(body).not.toHaveProperty('query');
      expect(JSON.stringify(body['extensions'])).toMatch(/"sha256Hash":"[0-9a-f]{64}"/);
    }
  });

  it('narrows the partner list with the search', async () => {
    const page = await harness.newPage({ signedInAs: coordinator });
    const table = await openSynergy(page);

    await page.getByRole('searchbox', { name: 'Search partners' }).fill('kalinga');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const filtered = page.getByRole('table', { name: 'Partners matching “kalinga”' });
    await expectRowNames(filtered, ['Kalinga Health Mutual']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('kalinga');

    await page.getByRole('searchbox', { name: 'Search partners' }).fill('no such organisation');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No partner matches “no such organisation”.').waitFor();

    await page.getByRole('button', { name: 'Clear search' }).first().click();
    await expectRowNamesToInclude(table, philippinePartners);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
  });

  it("opens a partner's detail page", async () => {
    const page = await harness.newPage({ signedInAs: coordinator });
    const table = await openSynergy(page);
    await table.getByRole('link', { name: 'Luzon Federation of Labour Unions' }).click();

    await page.getByRole('heading', { level: 1, name: 'Luzon Federation of Labour Unions' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/national\/partners\/[^/]+$/);
    await page.getByText('LFLU · Trade union').waitFor();
    const members = page.getByRole('table', { name: 'Members of Luzon Federation of Labour Unions by sex' });
    await expectRowNames(members, ['Women', 'Men', 'Other', 'Total', 'Share of women']);
    expect(await members.getByRole('row', { name: /^Total/ }).textContent()).toContain('13,000');
    const memberships = page.getByRole('table', { name: 'Synergy memberships of Luzon Federation of Labour Unions' });
    await memberships.getByRole('link', { name: synergyName }).waitFor();
    await page.getByRole('link', { name: 'Edit partner' }).waitFor();
    await expectAccessible(page, 'the partner detail page');
  });

  it('creates a new partner that joins the synergy', async () => {
    const page = await harness.newPage({ signedInAs: coordinator });
    await openSynergy(page);
    await page.getByRole('link', { name: 'Add a new partner' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Add a new partner' }).waitFor();
    await expectAccessible(page, 'the new partner form');

    // The country starts as the synergy's.
    expect(await page.getByLabel('Country').inputValue()).toBe('PH');
    await page.getByLabel('Name').fill('Tondo Fisherfolk Association');
    await page.getByLabel('Acronym').fill('TFA');
    await page.getByLabel('Type of organisation').selectOption({ label: 'Cooperative' });
    await page.getByLabel('Role in the synergy').selectOption({ label: 'Observer' });
    await page.getByLabel('Number of women').fill('120');
    await page.getByLabel('Number of men').fill('80');
    await page.getByLabel('Contact e-mail').fill('info@tondo-fisherfolk.example.org');
    await page.getByRole('button', { name: 'Add partner' }).click();

    await page.getByRole('heading', { level: 1, name: 'Tondo Fisherfolk Association' }).waitFor();
    await page.getByRole('status').filter({ hasText: `Tondo Fisherfolk Association was added to ${synergyName}.` }).waitFor();

    await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: synergyName }).click();
    const table = page.getByRole('table', { name: `Partners of ${synergyName}` });
    await table.getByRole('link', { name: 'Tondo Fisherfolk Association' }).waitFor();
    expect(await table.getByRole('row', { name: /Tondo Fisherfolk Association/ }).textContent()).toContain('Observer');

    const created = await apiPartner('Tondo Fisherfolk Association');
    expect(created).toMatchObject({
      acronym: 'TFA',
      type: 'COOPERATIVE',
      country: 'PH',
      members: { women: 120, men: 80, total: 200 },
      memberships: [{ role: 'OBSERVER', active: true, until: null, synergy: { country: 'PH', name: synergyName } }],
    });
  });

  it("shows the API's duplicate-name error next to the name field", async () => {
    const page = await harness.newPage({ signedInAs: coordinator });
    await openSynergy(page);
    await page.getByRole('link', { name: 'Add a new partner' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Add a new partner' }).waitFor();

    await page.getByLabel('Name').fill('Kalinga Health Mutual');
    await page.getByLabel('Type of organisation').selectOption({ label: 'Health mutual' });
    await page.getByRole('button', { name: 'Add partner' }).click();

    const name = page.getByLabel('Name');
    await page.getByText('A partner named "Kalinga Health Mutual" already exists in this network.').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(name)).toContain('A partner named "Kalinga Health Mutual" already exists in this network.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('partner-name');
    await page.getByRole('alert').filter({ hasText: 'Please correct the fields marked below.' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/partners\/new$/);
    await expectAccessible(page, 'the new partner form with an error');
  });

  it('edits a partner', async () => {
    const page = await harness.newPage({ signedInAs: coordinator });
    const table = await openSynergy(page);
    await table.getByRole('link', { name: 'Visayas Vendors Cooperative' }).click();
    await page.getByRole('heading', { level: 1, name: 'Visayas Vendors Cooperative' }).waitFor();
    await page.getByRole('link', { name: 'Edit partner' }).click();

    await page.getByRole('heading', { level: 1, name: 'Edit Visayas Vendors Cooperative' }).waitFor();
    expect(await page.getByLabel('Number of women').inputValue()).toBe('950');
    await page.getByLabel('Contact person').fill('Rosa Dizon');
    await page.getByLabel('Website').fill('https://vendors.example.org');
    await page.getByLabel('Number of women').fill('1000');
    await expectAccessible(page, 'the edit partner form');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.getByRole('status').filter({ hasText: 'The changes to Visayas Vendors Cooperative were saved.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Visayas Vendors Cooperative' }).waitFor();
    await page.getByText('Rosa Dizon').waitFor();
    await page.getByRole('link', { name: /https:\/\/vendors\.example\.org/ }).waitFor();

    expect(await apiPartner('Visayas Vendors Cooperative')).toMatchObject({
      contactName: 'Rosa Dizon',
      website: 'https://vendors.example.org',
      members: { women: 1000, men: 410, total: 1410 },
    });
  });

  it('ends a membership', async () => {
    const page = await harness.newPage({ signedInAs: coordinator });
    const table = await openSynergy(page);
    const partner = 'Domestic Workers Association of Manila';
    await table.getByRole('button', { name: `End membership ${partner}` }).click();

    const panel = page.getByRole('region', { name: `End the membership of ${partner}` });
    await panel.waitFor();
    const lastDay = await panel.getByLabel('Last day of membership').inputValue();
    expect(lastDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await panel.getByRole('button', { name: 'End membership', exact: true }).click();

    await page.getByRole('status').filter({ hasText: `The membership of ${partner} in ${synergyName} ends on` }).waitFor();
    await expectGone(panel);
    await expectGone(table.getByRole('button', { name: `End membership ${partner}` }));

    const ended = await apiPartner(partner);
    expect(ended?.memberships).toEqual([expect.objectContaining({ until: lastDay, synergy: expect.objectContaining({ country: 'PH' }) })]);
  });

  it('adds an existing partner without a synergy as an observer', async () => {
    const page = await harness.newPage({ signedInAs: coordinator });
    const table = await openSynergy(page);
    const partner = 'Cebu Transport Workers Association';
    await page.getByRole('button', { name: 'Add an existing partner' }).click();

    const panel = page.getByRole('region', { name: 'Add an existing partner' });
    const candidates = panel.getByRole('table', { name: 'Partners without a synergy' });
    await expectRowNamesToInclude(candidates, [`${partner} (CTWA)`]);
    await expectAccessible(page, 'the add existing partner panel');
    await panel.getByLabel('Role in the synergy').selectOption('OBSERVER');
    await candidates.getByRole('button', { name: `Add ${partner}` }).click();

    await panel.getByRole('status').filter({ hasText: `${partner} joined ${synergyName}.` }).waitFor();
    await expectRowNamesToInclude(table, [partner]);
    const joined = await apiPartner(partner);
    expect(joined?.memberships).toEqual([expect.objectContaining({ role: 'OBSERVER', until: null, active: true, synergy: expect.objectContaining({ country: 'PH' }) })]);
  });

  it('keeps the session over a reload; signing out returns to sign-in and stays signed out', async () => {
    const page = await harness.newPage();
    await page.goto('/national/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signInThroughForm(page, coordinator);
    await page.getByRole('heading', { level: 1, name: synergyName }).waitFor();
    const synergyUrl = page.url();
    const token = await page.evaluate(() => localStorage.getItem('synergia.token'));
    expect(token).toBeTruthy();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: synergyName }).waitFor();
    expect(page.url()).toBe(synergyUrl);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/national/sign-in');
    expect(await page.evaluate(() => localStorage.getItem('synergia.token'))).toBeNull();
    // The session ended on the server too: the old token no longer signs anyone in.
    const viewer = await harness.gateway.graphql('{ viewer { user { email } } }', {}, token);
    expect(viewer.body.data?.viewer).toBeNull();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.goto(synergyUrl);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });

  it('fits a 375×740 screen without sideways scrolling', async () => {
    const page = await harness.newPage({ signedInAs: coordinator, viewport: { width: 375, height: 740 } });
    await openSynergy(page);
    await expectHasNoHorizontalScroll(page);
  });
});
