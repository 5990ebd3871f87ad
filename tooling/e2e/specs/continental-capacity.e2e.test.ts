import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { useHarness } from '../support/harness.ts';
import { describedBy, expectRowNamesToInclude } from '../support/page.ts';

const admin = 'admin@example.org';
const network = 'Asia Network on the Right to Social Protection';
const synergyName = 'Philippine Synergy for Social Protection';

/** The browser contexts of the harness run in en-GB and UTC: format as the page does. */
const locale = 'en-GB';
const number = (value: number) => new Intl.NumberFormat(locale).format(value);
const percent = (share: number | null) =>
  share === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
const day = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

type ApiPartner = { id: string; name: string; acronym: string | null };
type ApiScore = { domain: string; score: number; evidence: string | null };
type ApiSummary = {
  missions: number;
  participants: number;
  womenShare: number | null;
  youthShare: number | null;
  followUps: { completionRate: number | null; overdue: number };
  byTheme: { theme: string; missions: number; participants: number }[];
  capacityChange: { domain: string; partners: number }[];
  reviewsByStatus: { status: string; count: number }[];
};

/** The text of each body row of a table, cell by cell (row header first). */
function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    Array.from(element.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ),
  );
}

/** The headline figures as shown: label → value. */
function headlineFigures(page: Page): Promise<Record<string, string>> {
  return page
    .getByRole('region', { name: 'Key figures' })
    .evaluate((section) =>
      Object.fromEntries(
        Array.from(section.querySelectorAll('dl > div')).map((item) => [
          item.querySelector('dt')?.textContent?.trim() ?? '',
          item.querySelector('dd')?.textContent?.trim() ?? '',
        ]),
      ),
    );
}

await describeInBrowser('continental app: capacity assessments and the capacity-building dashboard (network admin)', () => {
  const harness = useHarness('e2e-continental-capacity');

  async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const token = await harness.token(admin);
    const result = await harness.gateway.graphql<T>(query, variables, token);
    expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
    return result.body.data!;
  }

  /** The Philippine synergy's id and its first partner. */
  async function philippinePartner(): Promise<{ synergyId: string; partner: ApiPartner }> {
    const { synergies } = await api<{ synergies: { edges: { node: { id: string; name: string } }[] } }>('{ synergies(first: 50) { edges { node { id name } } } }');
    const synergyId = synergies.edges.find((e) => e.node.name === synergyName)?.node.id;
    if (!synergyId) throw new Error('no Philippine synergy in the demo data');
    const { partners } = await api<{ partners: { edges: { node: ApiPartner }[] } }>(
      'query E2ECapacityPartners($filter: PartnerFilter) { partners(filter: $filter, first: 100) { edges { node { id name acronym } } } }',
      { filter: { synergyId } },
    );
    const partner = partners.edges[0]?.node;
    if (!partner) throw new Error('the Philippine synergy has no partner');
    return { synergyId, partner };
  }

  async function assessmentsOf(partnerId: string): Promise<{ totalCount: number; latest: { assessedOn: string; assessor: string; scores: ApiScore[] } | undefined }> {
    const data = await api<{ partner: { capacityAssessments: { totalCount: number; edges: { node: { assessedOn: string; assessor: string; scores: ApiScore[] } }[] } } }>(
      'query E2ECapacityHistory($id: ID!) { partner(id: $id) { capacityAssessments(first: 1) { totalCount edges { node { assessedOn assessor scores { domain score evidence } } } } } }',
      { id: partnerId },
    );
    return { totalCount: data.partner.capacityAssessments.totalCount, latest: data.partner.capacityAssessments.edges[0]?.node };
  }

  it('records an assessment, refusing a score of 5 at its field, and shows it in the grid and the partner history', async () => {
    const { synergyId, partner } = await philippinePartner();
    const partnerLabel = partner.acronym ? `${partner.name} (${partner.acronym})` : partner.name;
    const before = await assessmentsOf(partner.id);
    const today = new Date().toISOString().slice(0, 10);

    const page = await harness.newPage({ signedInAs: admin });
    await page.goto(`/continental/capacity-assessments?synergy=${encodeURIComponent(synergyId)}`);
    await page.getByRole('heading', { level: 1, name: 'Capacity assessments' }).waitFor();
    const grid = page.getByRole('table', { name: `Latest capacity scores of the partners in ${network}` });
    await expectRowNamesToInclude(grid, [partnerLabel]);
    await expectAccessible(page, 'the capacity assessment grid');

    await page.getByRole('button', { name: 'Record assessment' }).click();
    await page.getByRole('heading', { level: 2, name: 'Record an assessment' }).waitFor();
    // Required fields' labels end with a marker: match their start.
    await page.getByRole('combobox', { name: /^Partner/ }).selectOption({ label: partnerLabel });
    await page.getByRole('textbox', { name: /^Assessed on/ }).fill(today);
    await page.getByRole('textbox', { name: /^Assessor/ }).fill('E2E capacity assessor');
    await page.getByLabel('Governance: score').fill('3');
    await page.getByLabel('Governance: evidence').fill('Board minutes of the last two quarters');
    const communication = page.getByLabel('Communication: score');
    await communication.fill('5');
    await expectAccessible(page, 'the assessment form');
    await page.getByRole('button', { name: 'Record assessment' }).click();

    // The API refuses the 5 beside the Communication score (sent second: scores.1.score), and nothing is written.
    await expect.poll(() => communication.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(communication)).not.toBe('');
    expect(await page.getByLabel('Governance: score').getAttribute('aria-invalid')).toBeNull();
    expect((await assessmentsOf(partner.id)).totalCount).toBe(before.totalCount);

    await communication.fill('4');
    await page.getByRole('button', { name: 'Record assessment' }).click();
    await page.getByRole('status').filter({ hasText: `The assessment of ${partnerLabel} is recorded.` }).waitFor();
    const after = await assessmentsOf(partner.id);
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.latest).toEqual({
      assessedOn: today,
      assessor: 'E2E capacity assessor',
      scores: [
        { domain: 'GOVERNANCE', score: 3, evidence: 'Board minutes of the last two quarters' },
        { domain: 'COMMUNICATION', score: 4, evidence: null },
      ],
    });

    // The grid: the partner's row now shows 3 for governance and 4 for communication (columns: partner, country, the eight domains).
    await expect
      .poll(async () => {
        const row = (await tableRows(grid)).find((cells) => cells[0] === partnerLabel);
        return [row?.[2]?.split(' ')[0], row?.[9]?.split(' ')[0]];
      })
      .toEqual(['3', '4']);

    // The export takes the grid's filter: the synergy's assessments, the new one among them.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain('E2E capacity assessor');
    expect(csv).toContain(partner.name);

    // The history: the Governance chart's table has today's score, and the assessment is listed with its evidence.
    await grid.getByRole('link', { name: `Capacity history of ${partnerLabel}` }).click();
    // The history loads the chart library (a large chunk) on first use.
    await page.getByRole('heading', { level: 1, name: `Capacity of ${partnerLabel}` }).waitFor({ timeout: 30_000 });
    const governance = page.getByRole('table', { name: 'Governance: scores over time' });
    await expect.poll(async () => (await tableRows(governance)).at(-1)?.slice(0, 2)).toEqual([day(today), '3']);
    const scores = page.getByRole('table', { name: `Scores of the assessment of ${day(today)}` });
    const scoreRows = await tableRows(scores);
    expect(scoreRows.map((cells) => [cells[0], cells[1]?.split(' ')[0], cells[2]])).toEqual([
      ['Governance', '3', 'Board minutes of the last two quarters'],
      ['Communication', '4', '—'],
    ]);
    // Each chart is hidden from assistive technology: its table says the same.
    expect(await page.locator('.chart-card__chart[aria-hidden="true"] svg').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, 'the partner capacity history');
  });

  it('shows the capacity-building figures as the API sums them, and each chart as a table', async () => {
    const { networks } = await api<{ networks: { id: string }[] }>('{ networks { id } }');
    const now = new Date();
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 23, 1)).toISOString().slice(0, 10);
    const to = now.toISOString().slice(0, 10);
    const { capacityBuildingSummary: expected } = await api<{ capacityBuildingSummary: ApiSummary }>(
      `query E2ECapacitySummary($scope: CapacityBuildingScope!, $from: Date, $to: Date) {
        capacityBuildingSummary(scope: $scope, from: $from, to: $to) {
          missions participants womenShare youthShare
          followUps { completionRate overdue }
          byTheme { theme missions participants }
          capacityChange { domain partners }
          reviewsByStatus { status count }
        }
      }`,
      { scope: { networkId: networks[0]!.id }, from, to },
    );
    expect(expected.missions).toBeGreaterThan(0);

    const page = await harness.newPage({ signedInAs: admin });
    await page.goto('/continental/capacity-building?period=last24');
    // The first visit loads the chart library (a large chunk): on a busy machine that takes more than one action's time.
    await page.getByRole('heading', { level: 1, name: 'Capacity building' }).waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => {
        const figures = await headlineFigures(page);
        return [figures['Missions'], figures['Participants'], figures['Share of women'], figures['Share of young people'], figures['Follow-up actions completed']];
      })
      .toEqual([
        number(expected.missions),
        number(expected.participants),
        percent(expected.womenShare),
        percent(expected.youthShare),
        `${percent(expected.followUps.completionRate)} (${number(expected.followUps.overdue)} overdue)`,
      ]);

    // "Show as table" puts the theme chart's table on screen: a row per theme, most missions first, as the API counts them.
    const byTheme = page.getByRole('region', { name: 'Missions and participants by theme' });
    await byTheme.getByRole('button', { name: 'Show as table' }).click();
    const themeTable = byTheme.getByRole('table', { name: 'Missions and participants by theme' });
    await themeTable.waitFor();
    expect((await tableRows(themeTable)).map((cells) => [cells[1], cells[2]])).toEqual(expected.byTheme.map((g) => [number(g.missions), number(g.participants)]));

    // The other tables are there for screen readers even while the charts show.
    const change = page.getByRole('table', { name: 'Average capacity score before and after the missions, by domain' });
    if (expected.capacityChange.length > 0) {
      expect((await tableRows(change)).map((cells) => cells[1])).toEqual(expected.capacityChange.map((c) => number(c.partners)));
    }
    const reviews = page.getByRole('table', { name: 'Reviews by status' });
    if (expected.reviewsByStatus.length > 0) {
      expect((await tableRows(reviews)).map((cells) => cells[1])).toEqual(expected.reviewsByStatus.map((r) => number(r.count)));
    }
    expect(await page.locator('.chart-card__chart[aria-hidden="true"] svg').count()).toBeGreaterThanOrEqual(5);
    await expectAccessible(page, 'the capacity-building dashboard');

    // The scope: one synergy's missions, kept in the URL.
    await page.getByLabel('Whose missions').selectOption({ label: synergyName });
    await page.waitForURL((url) => url.searchParams.get('synergy') !== null);
    await page.getByRole('heading', { level: 1, name: `Capacity building: ${synergyName}` }).waitFor();
  });
});
