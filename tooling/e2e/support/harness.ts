import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestGateway, type TestGateway } from '@synergia/gateway/testing';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';

const e2eRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(e2eRoot, '..', '..');
/** Screenshots of failed tests (gitignored). */
export const resultsDir = join(e2eRoot, 'test-results');

/** The built files the gateway serves; the tests need all of them. */
const builtApps = [
  join(repoRoot, 'apps', 'national', 'dist', 'index.html'),
  join(repoRoot, 'apps', 'continental', 'dist', 'index.html'),
  join(repoRoot, 'apps', 'gateway', 'dist', 'graphiql', 'index.html'),
];

/** The password of every demo account. */
export const demoPassword = 'synergia-demo';

/** How long one browser action or wait may take before the test fails (well under the test timeout). */
const actionTimeoutMs = 10_000;

export type PageOptions = {
  /** Starts signed in as this demo user (token in localStorage), without going through the sign-in page. */
  signedInAs?: string;
  viewport?: { width: number; height: number };
  /** Turns off the page's Content-Security-Policy (only to observe requests the policy would block). */
  bypassCSP?: boolean;
};

export type Harness = {
  /** The gateway of this test file (started in beforeAll). */
  readonly gateway: TestGateway;
  readonly browser: Browser;
  /** A page in a fresh browser context: no cookies, storage or cache from other tests. Closed after the test. */
  newPage(options?: PageOptions): Promise<Page>;
  /** A session token for the API (a new session per call). */
  token(email: string): Promise<string>;
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}

/**
 * Registers the hooks of a browser test file: one gateway (fresh SQLite
 * database with the demo data) and one Chromium for the file, a fresh context
 * per page, a screenshot in test-results/ when a test fails, and a failure
 * when a page throws an uncaught error.
 */
export function useHarness(label: string): Harness {
  let gateway: TestGateway | undefined;
  let browser: Browser | undefined;
  let open: { context: BrowserContext; pageErrors: string[] }[] = [];

  beforeAll(async () => {
    const missing = builtApps.filter((file) => !existsSync(file));
    if (missing.length > 0) {
      throw new Error(`The web apps are not built (missing ${missing.join(', ')}). Run \`npx turbo run build\` at the repository root first.`);
    }
    gateway = await startTestGateway({ dialect: 'sqlite', label });
    browser = await launchBrowser();
  });

  afterEach(async (context) => {
    const failed = context.task.result?.state === 'fail';
    const contexts = open;
    open = [];
    const problems: string[] = [];
    for (const [index, { context: browserContext, pageErrors }] of contexts.entries()) {
      if (failed) {
        mkdirSync(resultsDir, { recursive: true });
        for (const [pageIndex, page] of browserContext.pages().entries()) {
          const file = join(resultsDir, `${slug(basename(context.task.file.name))}--${slug(context.task.name)}-${index}-${pageIndex}.png`);
          await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
          console.error(`[e2e] screenshot of the failed test: ${file}`);
        }
      }
      problems.push(...pageErrors);
      await browserContext.close().catch(() => undefined);
    }
    if (!failed && problems.length > 0) throw new Error(`uncaught error(s) in the page:\n${problems.join('\n')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  const harness: Harness = {
    get gateway() {
      if (!gateway) throw new Error('the gateway is not started (beforeAll failed?)');
      return gateway;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started (beforeAll failed?)');
      return browser;
    },
    token: (email) => harness.gateway.signIn(email, demoPassword),
    async newPage(options = {}) {
      const { url } = harness.gateway;
      const contextOptions: BrowserContextOptions = {
        baseURL: url,
        locale: 'en-GB',
        timezoneId: 'UTC',
        viewport: options.viewport ?? { width: 1280, height: 900 },
        bypassCSP: options.bypassCSP ?? false,
      };
      if (options.signedInAs) {
        const token = await harness.token(options.signedInAs);
        contextOptions.storageState = { cookies: [], origins: [{ origin: url, localStorage: [{ name: 'synergia.token', value: token }] }] };
      }
      const context = await harness.browser.newContext(contextOptions);
      context.setDefaultTimeout(actionTimeoutMs);
      const pageErrors: string[] = [];
      open.push({ context, pageErrors });
      context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`)));
      const page = await context.newPage();
      return page;
    },
  };
  return harness;
}
