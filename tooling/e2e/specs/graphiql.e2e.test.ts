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

    const answers: { data?: { viewer: { user: { email: string } } | null }; errors?: unknown }[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (new URL(response.url()).pathname === '/graphql' && request.method() === 'POST' && (request.postData() ?? '').includes('Overview')) {
        void response.json().then((json) => answers.push(json), () => undefined);
      }
    });

    await page.goto('/graphql');
    await page.getByText('Synergia API').first().waitFor();
    await page.getByText('query', { exact: true }).first().waitFor();
    // The editor finishes setting up after it is drawn; a click before that runs nothing, so click until it answers.
    const run = page.getByRole('button', { name: /Execute query/ });
    await expect
      .poll(
        async () => {
          if (answers.length === 0) await run.click();
          return answers.length;
        },
        { timeout: 20_000, intervals: [1_000] },
      )
      .toBeGreaterThan(0);
    const body = answers[0]!;

    expect(body.errors).toBeUndefined();
    expect(body.data?.viewer?.user.email).toBe('coordinator.ph@example.org');
    await page.getByText('coordinator.ph@example.org').first().waitFor();
    expect(elsewhere, 'GraphiQL must not load anything from another origin (no CDN)').toEqual([]);
  });
});
