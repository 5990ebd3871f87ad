import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/browser.ts';
import { useHarness } from '../support/harness.ts';

await describeInBrowser('GraphiQL at /graphql', () => {
  const harness = useHarness('e2e-graphiql');

  it('loads from our own bundle only and runs the example query with the session of the web apps', async () => {
    const page = await harness.newPage({ signedInAs: 'coordinator.ph@example.org' });
    const origin = new URL(harness.gateway.url).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(request.url());
    });

    await page.goto('/graphql');
    await page.getByText('Synergia API').first().waitFor();
    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/graphql' && response.request().method() === 'POST' && (response.request().postData() ?? '').includes('Overview'));
    await page.getByRole('button', { name: /Execute query/ }).click();
    const body = (await (await answer).json()) as { data?: { viewer: { user: { email: string } } | null }; errors?: unknown };

    expect(body.errors).toBeUndefined();
    expect(body.data?.viewer?.user.email).toBe('coordinator.ph@example.org');
    await page.getByText('coordinator.ph@example.org').first().waitFor();
    expect(elsewhere, 'GraphiQL must not load anything from another origin (no CDN)').toEqual([]);
  });
});
