import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { useHarness } from '../support/harness.ts';

const reviewer = 'reviewer@example.org';
const network = 'Asia Network on the Right to Social Protection';
const stageLabels: Record<string, string> = {
  AGENDA_SETTING: 'Agenda setting',
  FORMULATION: 'Formulation',
  ADOPTION: 'Adoption',
  IMPLEMENTATION: 'Implementation',
  EVALUATION: 'Evaluation',
};
const number = (value: number) => new Intl.NumberFormat('en-GB').format(value);

type ApiOutcome = {
  description: string;
  stage: string | null;
  jointAction: { title: string; countryName: string | null; synergy: { name: string } | null };
};

type ApiCountry = { country: string | null; countryName: string | null; count: number; withOutcomes: number; participants: number };

/** The text of each body row of a table, cell by cell (row header first). */
function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    Array.from(element.querySelectorAll('tbody tr')).map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim())),
  );
}

await describeInBrowser('continental app: joint actions and policy outcomes (network reviewer)', () => {
  const harness = useHarness('e2e-continental-joint-actions');

  async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const token = await harness.token(reviewer);
    const result = await harness.gateway.graphql<T>(query, variables, token);
    expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
    return result.body.data!;
  }

  async function networkId(): Promise<string> {
    const data = await api<{ networks: { id: string }[] }>('{ networks { id } }');
    return data.networks[0]!.id;
  }

  /** The titles of the joint actions the API lists for a filter (the demo has fewer than 100). */
  async function apiTitles(filter: Record<string, unknown>): Promise<string[]> {
    const data = await api<{ jointActions: { totalCount: number; edges: { node: { title: string } }[] } }>(
      'query E2EJointActions($filter: JointActionFilter) { jointActions(filter: $filter, first: 100) { totalCount edges { node { title } } } }',
      { filter: { networkId: await networkId(), ...filter } },
    );
    expect(data.jointActions.totalCount).toBe(data.jointActions.edges.length);
    return data.jointActions.edges.map((e) => e.node.title);
  }

  async function listedTitles(page: Page): Promise<string[]> {
    const table = page.getByRole('table', { name: `Joint actions in ${network}` });
    await table.waitFor();
    return table.locator('tbody tr th a').allInnerTexts();
  }

  it('lists the joint actions that reached a stage, as the API does, and filters from the filter bar', async () => {
    const formulation = await apiTitles({ stagesReached: ['FORMULATION'] });
    expect(formulation.length).toBeGreaterThan(0);
    const page = await harness.newPage({ signedInAs: reviewer });
    await page.goto('/continental/joint-actions?stage=FORMULATION');
    await page.getByRole('heading', { level: 1, name: 'Joint actions' }).waitFor();
    const count = (n: number) => `${number(n)} joint action${n === 1 ? '' : 's'} match${n === 1 ? 'es' : ''} the filters`;
    await page.getByRole('status').filter({ hasText: count(formulation.length) }).waitFor();
    expect((await listedTitles(page)).sort()).toEqual([...formulation].sort());
    expect(await page.getByRole('combobox', { name: 'Stage reached' }).inputValue()).toBe('FORMULATION');
    await expectAccessible(page, 'the continental joint action list filtered by stage');

    // From the filter bar: another stage, then only the network's continental actions.
    const adoption = await apiTitles({ stagesReached: ['ADOPTION'] });
    await page.getByRole('combobox', { name: 'Stage reached' }).selectOption('ADOPTION');
    await page.getByRole('status').filter({ hasText: count(adoption.length) }).waitFor();
    expect(new URL(page.url()).searchParams.get('stage')).toBe('ADOPTION');
    expect((await listedTitles(page)).sort()).toEqual([...adoption].sort());

    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    const continental = await apiTitles({ continental: true });
    expect(continental).toHaveLength(2);
    await page.getByRole('combobox', { name: 'Run by' }).selectOption('continental');
    await page.getByRole('status').filter({ hasText: count(2) }).waitFor();
    expect((await listedTitles(page)).sort()).toEqual([...continental].sort());
    expect(new URL(page.url()).searchParams.get('owner')).toBe('continental');

    // The export takes the same filters, the continental-only one included.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    for (const title of continental) expect(csv).toContain(title);
    expect(csv).not.toContain('Campaign for maternity cover of domestic workers');
  });

  it('opens a joint action with its partners, targets and outcome log', async () => {
    const page = await harness.newPage({ signedInAs: reviewer });
    await page.goto('/continental/joint-actions?stage=FORMULATION');
    const table = page.getByRole('table', { name: `Joint actions in ${network}` });
    const first = table.locator('tbody tr th a').first();
    const title = await first.innerText();
    await first.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Targets' }).waitFor();
    const log = page.getByRole('region', { name: 'Outcome log' });
    await log.getByText('Formulation').first().waitFor();
    await expectAccessible(page, 'a joint action on the continental app');
    await page.getByRole('link', { name: 'All joint actions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Joint actions' }).waitFor();
  });

  it('shows the policy outcomes of the network with their stage and country, filtered by stage', async () => {
    const id = await networkId();
    const query = `query E2EOutcomes($filter: PolicyOutcomeFilter) {
      policyOutcomes(filter: $filter, first: 25) {
        totalCount
        edges { node { description stage jointAction { title countryName synergy { name } } } }
      }
    }`;
    const all = await api<{ policyOutcomes: { totalCount: number; edges: { node: ApiOutcome }[] } }>(query, { filter: { networkId: id } });
    expect(all.policyOutcomes.totalCount).toBeGreaterThan(10);

    const page = await harness.newPage({ signedInAs: reviewer });
    await page.goto('/continental/policy-outcomes');
    await page.getByRole('heading', { level: 1, name: 'Policy outcomes' }).waitFor();
    await page.getByRole('status').filter({ hasText: `${number(all.policyOutcomes.totalCount)} outcomes recorded` }).waitFor();
    const table = page.getByRole('table', { name: `Policy outcomes in ${network}, latest observed first` });
    const rows = await tableRows(table);
    expect(rows).toHaveLength(all.policyOutcomes.edges.length);
    // Columns: observed on, what changed, where, stage, contribution, joint action.
    all.policyOutcomes.edges.forEach(({ node }, index) => {
      const [, change, where, stage, , action] = rows[index]!;
      expect(change).toContain(node.description);
      expect(where).toBe(`${node.jointAction.synergy?.name ?? 'Continental (network)'}${node.jointAction.countryName ? ` ${node.jointAction.countryName}` : ''}`);
      expect(stage).toBe(node.stage ? stageLabels[node.stage] : '—');
      expect(action).toContain(node.jointAction.title);
    });
    expect(rows.some((row) => row[2]!.includes('Philippines'))).toBe(true);
    await expectAccessible(page, 'the policy outcome log');

    const implementation = await api<{ policyOutcomes: { totalCount: number; edges: { node: ApiOutcome }[] } }>(query, {
      filter: { networkId: id, stages: ['IMPLEMENTATION'] },
    });
    expect(implementation.policyOutcomes.totalCount).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Stage reached' }).selectOption('IMPLEMENTATION');
    const n = implementation.policyOutcomes.totalCount;
    await page.getByRole('status').filter({ hasText: `${number(n)} outcome${n === 1 ? ' matches' : 's match'} the filters` }).waitFor();
    expect(new URL(page.url()).searchParams.get('stage')).toBe('IMPLEMENTATION');
    const filtered = await tableRows(table);
    expect(filtered.map((row) => row[3])).toEqual(implementation.policyOutcomes.edges.map(() => 'Implementation'));
    expect(filtered.map((row) => row[1])).toEqual(implementation.policyOutcomes.edges.map(({ node }) => expect.stringContaining(node.description)));
  });

  it('sums up the joint actions by country with the numbers of the API', async () => {
    const from = '2024-01-01';
    const to = '2027-12-31';
    const data = await api<{ jointActionSummary: { count: number; milestonesOverdue: number; byCountry: ApiCountry[] } }>(
      `query E2ESummary($networkId: ID!, $from: Date, $to: Date) {
        jointActionSummary(scope: { networkId: $networkId }, from: $from, to: $to) {
          count milestonesOverdue byCountry { country countryName count withOutcomes participants }
        }
      }`,
      { networkId: await networkId(), from, to },
    );
    const summary = data.jointActionSummary;
    expect(summary.byCountry.length).toBe(6); // five synergies' countries and the continental actions

    const page = await harness.newPage({ signedInAs: reviewer });
    await page.goto(`/continental/joint-actions/by-country?period=custom&from=${from}&to=${to}`);
    await page.getByRole('heading', { level: 1, name: 'Joint actions by country' }).waitFor();
    const figure = (key: string) => page.locator(`[data-figure="${key}"] dd`);
    await figure('count').waitFor();
    expect(await figure('count').innerText()).toBe(number(summary.count));
    expect(await figure('overdue').innerText()).toBe(number(summary.milestonesOverdue));

    const chart = page.getByRole('region', { name: 'Joint actions and people reached by country' });
    await chart.getByRole('button', { name: 'Show as table' }).click();
    const table = chart.getByRole('table', { name: 'Joint actions and people reached by country' });
    const rows = await tableRows(table);
    expect(rows.map((row) => row.slice(0, 4))).toEqual(
      summary.byCountry.map((group) => [group.countryName ?? 'Continental (network)', number(group.count), number(group.withOutcomes), number(group.participants)]),
    );
    await expectAccessible(page, 'the joint action summary by country');
  });
});
