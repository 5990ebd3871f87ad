import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/browser.ts';
import { useHarness } from '../support/harness.ts';

type OverviewAnswer = {
  data?: {
    viewer: { user: { email: string } } | null;
    activities: { totalCount: number; edges: { node: { title: string; participants: { total: number } } }[] };
  };
  errors?: unknown;
};

await describeInBrowser('GraphiQL at /graphql', () => {
  const harness = useHarness('e2e-graphiql');

  it('should load from our own bundle only and run the pre-filled example with the session of the web apps', async () => {
    const page = await harness.newPage({ signedInAs: 'coordinator.ph@example.org' });
    const origin = new URL(harness.gateway.url).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(request.url());
    });

    const answers: OverviewAnswer[] = [];
    const sent: string[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (new URL(response.url()).pathname === '/graphql' && request.method() === 'POST' && (request.postData() ?? '').includes('Overview')) {
        sent.push((JSON.parse(request.postData()!) as { query: string }).query);
        void response.json().then((json) => answers.push(json), () => undefined);
      }
    });

    await page.goto('/graphql');
    await page.getByText('Synergia API').first().waitFor();
    // The pre-filled example: how to run it, and the query itself.
    await page.getByText('Run this query', { exact: false }).first().waitFor();
    await page.getByText('Overview', { exact: true }).first().waitFor();
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

    // What ran is the pre-filled example, untouched: the viewer and a page of activities with participants.
    expect(sent[0]).toMatch(/query Overview \{\s+viewer \{/);
    expect(sent[0]).toMatch(/activities\(\s+first: 5/);
    expect(sent[0]).toContain('participants { total women youth womenShare }');

    expect(body.errors).toBeUndefined();
    expect(body.data?.viewer?.user.email).toBe('coordinator.ph@example.org');
    expect(body.data?.activities.totalCount).toBeGreaterThan(0);
    expect(body.data?.activities.edges[0]?.node.participants.total).toBeGreaterThanOrEqual(0);
    // The answer is shown in the result pane.
    await page.getByText('coordinator.ph@example.org').first().waitFor();
    await page.getByText(body.data!.activities.edges[0]!.node.title).first().waitFor();
    expect(elsewhere, 'GraphiQL must not load anything from another origin (no CDN)').toEqual([]);
  });
});
