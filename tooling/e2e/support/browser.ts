import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { beforeAll, describe } from 'vitest';

/** Debian's Chromium; another binary can be given with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless, sandbox-free (containers) and quiet: no update checks, sync or other background traffic. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export const installHint = 'apt-get install -y chromium';

/** Whether we run in CI, where a missing browser is a failure rather than a skip. */
export const inCI = Boolean(process.env.CI) && !['0', 'false'].includes(String(process.env.CI).toLowerCase());

/** Starts Debian's Chromium through playwright-core (no browser download). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export type ChromiumStatus = { available: true } | { available: false; reason: string };

let checked: Promise<ChromiumStatus> | undefined;

/** Whether Chromium is installed and actually starts (checked once per test file). */
export function chromiumAvailable(): Promise<ChromiumStatus> {
  checked ??= (async (): Promise<ChromiumStatus> => {
    if (!existsSync(chromiumPath)) return { available: false, reason: `Chromium not found at ${chromiumPath}` };
    try {
      const browser = await launchBrowser();
      await browser.close();
      return { available: true };
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { available: false, reason: `Chromium at ${chromiumPath} does not start: ${message}` };
    }
  })();
  return checked;
}

/**
 * A describe block for browser tests. Without Chromium it is skipped with the
 * reason in its title when run locally; in CI (`CI` set) it fails instead, so
 * a missing browser can never pass unnoticed.
 */
export async function describeInBrowser(title: string, body: () => void): Promise<void> {
  const status = await chromiumAvailable();
  const skip = !status.available && !inCI;
  const shownTitle = status.available ? title : `${title} (${skip ? 'skipped' : 'failed'}: ${status.reason}; install it with \`${installHint}\`)`;
  if (skip) console.warn(`[e2e] ${shownTitle}`);
  describe.skipIf(skip)(shownTitle, () => {
    if (!status.available) {
      beforeAll(() => {
        throw new Error(`Chromium is required in CI: ${installHint} (${status.reason})`);
      });
    }
    body();
  });
}
