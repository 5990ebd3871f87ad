import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { useHarness } from '../support/harness.ts';
import { expectGone, expectRowNamesToInclude } from '../support/page.ts';

const coordinator = 'coordinator.ph@example.org';
const admin = 'admin@example.org';

await describeInBrowser('personal API tokens (both apps)', () => {
  const harness = useHarness('e2e-api-tokens');

  /** A query sent with the token as a plain program would: fetch against /graphql. */
  async function askWith(token: string) {
    const response = await fetch(`${harness.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { user { email } } synergies { totalCount } }' }),
    });
    return (await response.json()) as { data?: { viewer: { user: { email: string } } | null; synergies: { totalCount: number } } | null; errors?: { extensions?: { code?: string } }[] };
  }

  it('creates a token in the national app, shows it once, lets a program use it, and revokes it', async () => {
    const page = await harness.newPage({ signedInAs: coordinator });
    await page.goto('/national/');
    await page.getByRole('group', { name: 'Account' }).getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/national/api-tokens');
    await page.getByText('You have no API tokens yet.').waitFor();
    await expectAccessible(page, 'the API tokens page');

    // The form checks the name before asking the API.
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Enter a name.').waitFor();

    await page.getByLabel('Name').fill('Reporting script');
    await page.getByLabel('Access').selectOption('READ_ONLY');
    await page.getByLabel('Expires after').selectOption('30');
    await page.getByRole('button', { name: 'Create token' }).click();

    const secretField = page.getByLabel('Your new API token');
    await secretField.waitFor();
    await page.getByText('it is shown only once').waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^syn_[0-9a-f]{8}_/);
    await page.getByRole('button', { name: 'Copy token' }).waitFor();
    await expectAccessible(page, 'the API tokens page with a new secret');

    const table = page.getByRole('table', { name: 'Your API tokens' });
    await expectRowNamesToInclude(table, ['Reporting script']);
    const row = table.getByRole('row', { name: /Reporting script/ });
    await row.getByText('Read only').waitFor();
    await row.getByText(secret.slice(0, 12)).waitFor();
    await row.getByText('Active').waitFor();

    // A program uses it.
    const used = await askWith(secret);
    expect(used.errors).toBeUndefined();
    expect(used.data).toEqual({ viewer: { user: { email: coordinator } }, synergies: { totalCount: 1 } });

    // Once dismissed, the secret is gone for good: the list shows only its start.
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await expectGone(page.getByLabel('Your new API token'));
    await page.reload();
    await table.waitFor();
    expect(await page.content()).not.toContain(secret);
    // The use was recorded.
    await expectGone(table.getByRole('row', { name: /Reporting script/ }).getByText('Never'));

    await table.getByRole('button', { name: 'Revoke Reporting script' }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await table.getByRole('row', { name: /Reporting script/ }).getByText('Revoked').waitFor();

    const refused = await askWith(secret);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('offers the same page in the continental app', async () => {
    const page = await harness.newPage({ signedInAs: admin });
    await page.goto('/continental/api-tokens');
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await page.getByLabel('Name').fill('Donor report');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = await page.getByLabel('Your new API token').inputValue();
    const used = await askWith(secret);
    expect(used.data?.viewer?.user.email).toBe(admin);
    expect(used.data?.synergies.totalCount).toBe(5);
    await expectAccessible(page, 'the continental API tokens page');
  });
});
