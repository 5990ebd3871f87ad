// Takes the screenshots in docs/screenshots/ (README, user guide) from a real
// gateway on a fresh SQLite database with the demo data, in Debian's Chromium.
//
//   npm run screenshots -w @synergia/e2e              builds the apps (turbo, cached), then shoots
//   npm run screenshots -w @synergia/e2e -- --no-build  uses the apps already in apps/*/dist
//   … -- --only=national-dashboard.png                 retakes only the named files
//
// Each shot is a 1280×800 viewport (not the full page), taken only once the
// page shows its real content (headings, tables, results).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startTestGateway, type TestGateway } from '@synergia/gateway/testing';
import { launchBrowser } from '../support/browser.ts';

const e2eRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(e2eRoot, '..', '..');
const outDir = join(repoRoot, 'docs', 'screenshots');

const viewport = { width: 1280, height: 800 };
/** Larger files make the repository heavy for no gain in a guide. */
const maxBytes = 250 * 1024;
const timeoutMs = 15_000;

const builtApps = [
  join(repoRoot, 'apps', 'national', 'dist', 'index.html'),
  join(repoRoot, 'apps', 'continental', 'dist', 'index.html'),
  join(repoRoot, 'apps', 'gateway', 'dist', 'graphiql', 'index.html'),
];

const synergyName = 'Philippine Synergy for Social Protection';
const networkName = /^Asia Network on the Right to Social Protection/;

type Shot = {
  file: string;
  /** Demo account whose session token is put in localStorage; none for a signed-out page. */
  signedInAs: string | null;
  /** Opens the page and waits until it shows what the screenshot is for. */
  show: (page: Page) => Promise<void>;
};

const shots: Shot[] = [
  {
    file: 'national.png',
    signedInAs: 'coordinator.ph@example.org',
    show: async (page) => {
      await page.goto('/national/');
      await page.getByRole('heading', { level: 1, name: synergyName }).waitFor();
      await page.getByRole('table', { name: `Partners of ${synergyName}` }).getByRole('link', { name: 'Kalinga Health Mutual' }).waitFor();
    },
  },
  {
    file: 'national-partner.png',
    signedInAs: 'coordinator.ph@example.org',
    show: async (page) => {
      await page.goto('/national/');
      await page.getByRole('table', { name: `Partners of ${synergyName}` }).getByRole('link', { name: 'Luzon Federation of Labour Unions' }).click();
      await page.getByRole('heading', { level: 1, name: 'Luzon Federation of Labour Unions' }).waitFor();
      await page.getByRole('table', { name: 'Members of Luzon Federation of Labour Unions by sex' }).getByRole('rowheader', { name: 'Women', exact: true }).waitFor();
    },
  },
  {
    file: 'national-add-existing.png',
    signedInAs: 'coordinator.ph@example.org',
    show: async (page) => {
      await page.goto('/national/');
      await page.getByRole('heading', { level: 1, name: synergyName }).waitFor();
      await page.getByRole('button', { name: 'Add an existing partner' }).click();
      const panel = page.getByRole('region', { name: 'Add an existing partner' });
      await panel.getByRole('table', { name: 'Partners without a synergy' }).getByRole('button', { name: 'Add Cebu Transport Workers Association' }).waitFor();
      // The panel takes the focus to its heading; a focus ring there would only distract.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  {
    file: 'continental.png',
    signedInAs: 'admin@example.org',
    show: async (page) => {
      await page.goto('/continental/');
      await page.getByRole('heading', { level: 1, name: networkName }).waitFor();
      const table = page.getByRole('table', { name: 'Synergies grouped by country, with their status and number of partners' });
      await table.getByRole('link', { name: synergyName }).waitFor();
      await page.getByRole('status').filter({ hasText: '5 synergies.' }).waitFor();
    },
  },
  {
    file: 'continental-roles.png',
    signedInAs: 'admin@example.org',
    show: async (page) => {
      await page.goto('/continental/roles');
      await page.getByRole('heading', { level: 1, name: 'People and roles' }).waitFor();
      await page.getByRole('table', { name: 'People of the network and their roles' }).getByRole('row', { name: /Sokha Chan/ }).waitFor();
    },
  },
  {
    file: 'national-activities.png',
    signedInAs: 'coordinator.ph@example.org',
    show: async (page) => {
      await page.goto('/national/activities?status=COMPLETED&sort=PARTICIPANTS&order=DESC');
      await page.getByRole('heading', { level: 1, name: 'Activities' }).waitFor();
      await page.getByRole('table', { name: 'Activities' }).getByRole('rowheader').first().waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  {
    file: 'national-activity.png',
    signedInAs: 'coordinator.ph@example.org',
    show: async (page) => {
      await page.goto('/national/activities?status=COMPLETED&score=1&sort=PARTICIPANTS&order=DESC');
      const table = page.getByRole('table', { name: 'Activities' });
      const title = (await table.getByRole('rowheader').first().innerText()).trim();
      await table.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'People reached' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  {
    file: 'national-dashboard.png',
    signedInAs: 'coordinator.ph@example.org',
    show: async (page) => {
      await page.goto('/national/');
      await page.getByRole('heading', { level: 1, name: synergyName }).waitFor();
      await page.getByRole('link', { name: 'Participation dashboard' }).click();
      await page.getByRole('heading', { level: 1, name: `Participation: ${synergyName}` }).waitFor();
      await page.getByRole('region', { name: 'Key figures' }).waitFor();
      await page.locator('.chart-card__chart svg').first().waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  {
    file: 'national-joint-actions.png',
    signedInAs: 'coordinator.ph@example.org',
    show: async (page) => {
      await page.goto('/national/joint-actions?sort=START_DATE&order=DESC');
      await page.getByRole('heading', { level: 1, name: 'Joint actions' }).waitFor();
      await page.getByRole('table', { name: 'Joint actions' }).getByRole('rowheader').first().waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  {
    file: 'national-joint-action.png',
    signedInAs: 'coordinator.ph@example.org',
    show: async (page) => {
      // A political action whose outcomes reached a stage: partners, milestones, targets and the outcome log.
      await page.goto('/national/joint-actions?kind=POLITICAL_ACTION&status=COMPLETED');
      const table = page.getByRole('table', { name: 'Joint actions' });
      const title = (await table.getByRole('rowheader').first().innerText()).trim();
      await table.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('table', { name: `Partners of “${title}”` }).evaluate((t) => t.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  {
    file: 'continental-policy-outcomes.png',
    signedInAs: 'reviewer@example.org',
    show: async (page) => {
      await page.goto('/continental/policy-outcomes');
      await page.getByRole('heading', { level: 1, name: 'Policy outcomes' }).waitFor();
      await page.getByRole('table').first().getByRole('row').nth(1).waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  {
    file: 'continental-participation.png',
    signedInAs: 'reviewer@example.org',
    show: async (page) => {
      await page.goto('/continental/participation');
      await page.getByRole('heading', { level: 1, name: 'Participation in the network' }).waitFor();
      await page.getByRole('table', { name: 'Participation by country' }).waitFor();
      // The charts below the figures are what the page is about: scroll past the period choice.
      await page.getByRole('heading', { level: 2, name: 'By country' }).scrollIntoViewIfNeeded();
      await page.getByRole('heading', { level: 2, name: 'By country' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    },
  },
  {
    file: 'continental-review.png',
    signedInAs: 'reviewer@example.org',
    show: async (page) => {
      await page.goto('/continental/reviews?tab=changes');
      await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
      const open = page.getByRole('link', { name: /^Open the review of / }).first();
      await open.waitFor();
      await open.click();
      await page.getByRole('region', { name: 'The review' }).waitFor();
      await page.getByRole('region', { name: 'Change requests' }).waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  {
    file: 'continental-capacity-building.png',
    signedInAs: 'reviewer@example.org',
    show: async (page) => {
      await page.goto('/continental/capacity-building');
      await page.getByRole('heading', { level: 1, name: /^Capacity building/ }).waitFor();
      await page.getByRole('heading', { level: 2 }).nth(1).waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  {
    file: 'graphiql.png',
    signedInAs: 'coordinator.ph@example.org',
    show: async (page) => {
      await page.goto('/graphql');
      await page.getByText('Synergia API').first().waitFor();
      const answered = page.waitForResponse(
        (response) => new URL(response.url()).pathname === '/graphql' && (response.request().postData() ?? '').includes('Overview'),
      );
      await page.getByRole('button', { name: /Execute query/ }).click();
      const body = (await (await answered).json()) as { errors?: unknown };
      if (body.errors) throw new Error(`the example query failed: ${JSON.stringify(body.errors)}`);
      await page.getByText('coordinator.ph@example.org').first().waitFor();
      await page.mouse.move(0, viewport.height - 1); // no hover tooltip over the editors
    },
  },
];

function buildApps(): void {
  if (process.argv.includes('--no-build')) {
    const missing = builtApps.filter((file) => !existsSync(file));
    if (missing.length > 0) throw new Error(`--no-build, but the web apps are not built (missing ${missing.join(', ')}). Run \`npx turbo run build\` first.`);
    return;
  }
  console.log('Building the web apps (npx turbo run build)…');
  execFileSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: repoRoot, stdio: 'inherit' });
}

async function take(browser: Browser, gateway: TestGateway, shot: Shot): Promise<void> {
  const storageState = shot.signedInAs
    ? { cookies: [], origins: [{ origin: gateway.url, localStorage: [{ name: 'synergia.token', value: await gateway.signIn(shot.signedInAs) }] }] }
    : undefined;
  const context = await browser.newContext({
    baseURL: gateway.url,
    viewport,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    ...(storageState ? { storageState } : {}),
  });
  context.setDefaultTimeout(timeoutMs);
  const pageErrors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await shot.show(page);
    await page.evaluate(() => document.fonts.ready);
    const file = join(outDir, shot.file);
    await page.screenshot({ path: file, fullPage: false, animations: 'disabled', caret: 'hide' });
    if (pageErrors.length > 0) throw new Error(`uncaught error(s) in the page:\n${pageErrors.join('\n')}`);
    const bytes = statSync(file).size;
    console.log(`  ${relative(repoRoot, file)}  ${Math.round(bytes / 1024)} KB`);
    if (bytes > maxBytes) console.warn(`  warning: ${shot.file} is over ${maxBytes / 1024} KB`);
  } catch (error) {
    throw new Error(`${shot.file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await context.close();
  }
}

let gateway: TestGateway | undefined;
let browser: Browser | undefined;
try {
  buildApps();
  mkdirSync(outDir, { recursive: true });
  gateway = await startTestGateway({ dialect: 'sqlite', label: 'screenshots' });
  browser = await launchBrowser();
  console.log(`Screenshots of ${gateway.url} into ${relative(repoRoot, outDir)}/:`);
  // --only=a.png,b.png retakes just those.
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  for (const shot of shots) if (!only || only.includes(shot.file)) await take(browser, gateway, shot);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await gateway?.close();
}
