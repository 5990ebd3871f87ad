import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { describeInBrowser } from '../support/browser.ts';
import { useHarness } from '../support/harness.ts';
import { expectHasNoHorizontalScroll, expectRowNames } from '../support/page.ts';

const coordinator = 'coordinator.ph@example.org';
const reviewer = 'reviewer@example.org';
const synergyName = 'Philippine Synergy for Social Protection';

/** The browser contexts of the harness run in en-GB: format as the page does. */
const locale = 'en-GB';
const number = (value: number) => new Intl.NumberFormat(locale).format(value);
const percent = (share: number | null) =>
  share === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
const monthName = (month: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));

type Group = { activityCount: number; total: number; women: number; youth: number; womenShare: number | null; youthShare: number | null };
type ApiSummary = Group & {
  bySexAndAgeBand: { sex: string; ageBand: { id: string; label: string; youth: boolean } | null; count: number }[];
  byType: (Group & { type: string })[];
  byMonth: (Group & { month: string })[];
  byCountry: (Group & { country: string; countryName: string })[];
};

const summaryQuery = `query E2EParticipation($scope: ParticipationScope!, $from: Date, $to: Date) {
  participationSummary(scope: $scope, from: $from, to: $to) {
    activityCount total women youth womenShare youthShare
    bySexAndAgeBand { sex ageBand { id label youth } count }
    byType { type activityCount total women youth womenShare youthShare }
    byMonth { month activityCount total women youth womenShare youthShare }
    byCountry { country countryName activityCount total women youth womenShare youthShare }
  }
}`;

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

/** A table's body rows as text: the row header, then the cells. */
function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    Array.from(element.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim()),
    ),
  );
}

/** The first and last day of the last 12 whole months up to today (UTC, as the browser contexts run). */
function last12Months(now = new Date()): { from: string; to: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return { from: from.toISOString().slice(0, 10), to: now.toISOString().slice(0, 10) };
}

/** Every month (YYYY-MM) of a year. */
const monthsOf = (year: number) => Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);

await describeInBrowser('participation dashboards', () => {
  const harness = useHarness('e2e-dashboards');

  async function summary(token: string, scope: Record<string, string>, from: string, to: string): Promise<ApiSummary> {
    const result = await harness.gateway.graphql<{ participationSummary: ApiSummary }>(summaryQuery, { scope, from, to }, token);
    expect(result.body.errors).toBeUndefined();
    const data = result.body.data?.participationSummary;
    if (!data) throw new Error(`no summary: ${JSON.stringify(result.body)}`);
    return data;
  }

  async function philippineSynergyId(token: string): Promise<string> {
    const result = await harness.gateway.graphql<{ synergies: { edges: { node: { id: string; name: string } }[] } }>(
      '{ synergies(first: 20) { edges { node { id name } } } }',
      {},
      token,
    );
    const id = result.body.data?.synergies.edges.find((e) => e.node.name === synergyName)?.node.id;
    if (!id) throw new Error(`no Philippine synergy: ${JSON.stringify(result.body)}`);
    return id;
  }

  it("shows the coordinator the synergy's participation in a year as the API counts it, with tables for screen readers", async () => {
    const token = await harness.token(coordinator);
    const synergyId = await philippineSynergyId(token);
    // Last calendar year: the demo data covers it completely.
    const year = new Date().getUTCFullYear() - 1;
    const expected = await summary(token, { synergyId }, `${year}-01-01`, `${year}-12-31`);
    expect(expected.activityCount).toBeGreaterThan(0);

    const page = await harness.newPage({ signedInAs: coordinator });
    await page.goto('/national/');
    await page.getByRole('heading', { level: 1, name: synergyName }).waitFor();
    await page.getByRole('link', { name: 'Participation dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: `Participation: ${synergyName}` }).waitFor();

    await page.getByLabel('Period', { exact: true }).selectOption('year');
    await page.getByLabel('Year', { exact: true }).selectOption(String(year));
    await page.waitForURL((url) => url.searchParams.get('period') === 'year' && url.searchParams.get('year') === String(year));
    await page.getByText(`1 Jan ${year} to 31 Dec ${year}`).waitFor();

    await expect
      .poll(() => headlineFigures(page))
      .toEqual({
        Activities: number(expected.activityCount),
        'People reached': number(expected.total),
        'Share of women': percent(expected.womenShare),
        'Share of young people': percent(expected.youthShare),
      });

    // The monthly chart's table: every month of the year, with the API's counts (months without activities as zeros).
    const months = page.getByRole('table', { name: 'People reached by month', exact: true });
    const byMonth = new Map(expected.byMonth.map((m) => [m.month, m]));
    await expectRowNames(months, monthsOf(year).map(monthName));
    expect((await tableRows(months)).map((cells) => [cells[1], cells[2]])).toEqual(
      monthsOf(year).map((month) => [number(byMonth.get(month)?.activityCount ?? 0), number(byMonth.get(month)?.total ?? 0)]),
    );

    // By type: one row per type the API counted, largest first, with its activities and people.
    const byType = page.getByRole('table', { name: 'Activities and people reached by type of activity' });
    expect((await tableRows(byType)).map((cells) => [cells[1], cells[2]])).toEqual(
      expected.byType.map((g) => [number(g.activityCount), number(g.total)]),
    );

    // Sex × age band: the network's bands in order, people of unknown age last; each row's total is the API's.
    const sexAge = page.getByRole('table', { name: 'People reached by sex and age band' });
    const bandTotals = new Map<string, number>();
    for (const cell of expected.bySexAndAgeBand) {
      const name = cell.ageBand ? (cell.ageBand.youth ? `${cell.ageBand.label} (youth)` : cell.ageBand.label) : 'Age not recorded';
      bandTotals.set(name, (bandTotals.get(name) ?? 0) + cell.count);
    }
    const sexAgeRows = await tableRows(sexAge);
    expect(Object.fromEntries(sexAgeRows.filter((cells) => cells[5] !== '0').map((cells) => [cells[0], cells[5]]))).toEqual(
      Object.fromEntries([...bandTotals].map(([name, total]) => [name, number(total)])),
    );
    // The demo network's bands, in its order.
    expect(sexAgeRows.map((cells) => cells[0]).slice(0, 4)).toEqual(['Under 18', '18–35 (youth)', '36–59', '60+']);

    // The charts themselves are hidden from assistive technology; the tables are not.
    expect(await page.locator('.chart-card__chart[aria-hidden="true"] svg').count()).toBeGreaterThanOrEqual(5);
    await expectAccessible(page, 'the synergy dashboard');

    // "Show as table" is reachable by keyboard and puts the table on screen in place of the chart.
    const toggle = page.getByRole('button', { name: 'Show as table' }).first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('People reached by month');
    expect(await months.isVisible()).toBe(true);
    await expectAccessible(page, 'the synergy dashboard with a table shown');
  });

  it('keeps a custom period in the address and refuses an end before the start', async () => {
    const token = await harness.token(coordinator);
    const synergyId = await philippineSynergyId(token);
    const year = new Date().getUTCFullYear() - 1;
    const expected = await summary(token, { synergyId }, `${year}-03-01`, `${year}-08-31`);

    const page = await harness.newPage({ signedInAs: coordinator, viewport: { width: 390, height: 844 } });
    await page.goto(`/national/synergies/${encodeURIComponent(synergyId)}/dashboard?period=custom&from=${year}-03-01&to=${year}-08-31`);
    await page.getByText(`1 Mar ${year} to 31 Aug ${year}`).waitFor();
    await expect.poll(async () => (await headlineFigures(page))['People reached']).toBe(number(expected.total));
    await expectRowNames(
      page.getByRole('table', { name: 'People reached by month', exact: true }),
      ['03', '04', '05', '06', '07', '08'].map((m) => monthName(`${year}-${m}`)),
    );
    await expectHasNoHorizontalScroll(page);

    await page.getByLabel('From', { exact: true }).fill(`${year}-06-01`);
    await page.getByLabel('To', { exact: true }).fill(`${year}-05-01`);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByText('The end date must not be before the start date.').waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe(`${year}-03-01`);
  });

  it('shows the reviewer participation in the whole network with a row per country', async () => {
    const token = await harness.token(reviewer);
    const networks = await harness.gateway.graphql<{ networks: { id: string }[] }>('{ networks { id } }', {}, token);
    const networkId = networks.body.data?.networks[0]?.id;
    if (!networkId) throw new Error(`no network: ${JSON.stringify(networks.body)}`);
    const { from, to } = last12Months();
    const expected = await summary(token, { networkId }, from, to);
    expect(expected.byCountry.length).toBeGreaterThan(1);

    const page = await harness.newPage({ signedInAs: reviewer });
    await page.goto('/continental/');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Participation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participation in the network' }).waitFor();

    await expect
      .poll(() => headlineFigures(page))
      .toEqual({
        Activities: number(expected.activityCount),
        'People reached': number(expected.total),
        'Share of women': percent(expected.womenShare),
        'Share of young people': percent(expected.youthShare),
      });

    const byCountry = page.getByRole('table', { name: 'Participation by country' });
    await expectRowNames(
      byCountry,
      expected.byCountry.map((c) => c.countryName),
    );
    expect(await tableRows(byCountry)).toEqual(
      expected.byCountry.map((c) => [
        c.countryName,
        number(c.activityCount),
        number(c.total),
        number(c.women),
        percent(c.womenShare),
        number(c.youth),
        percent(c.youthShare),
      ]),
    );
    expect(expected.byCountry.every((c) => c.activityCount > 0)).toBe(true);
    await expectAccessible(page, 'the continental participation page');

    const phone = await harness.newPage({ signedInAs: reviewer, viewport: { width: 375, height: 740 } });
    await phone.goto('/continental/participation');
    await phone.getByRole('table', { name: 'Participation by country' }).waitFor();
    await phone.locator('.chart-card__chart svg').first().waitFor();
    await expectHasNoHorizontalScroll(phone);
  });
});
