import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The row headers of a table (its first column, usually the name), in order. */
export function rowNames(table: Locator): Promise<string[]> {
  return table
    .getByRole('rowheader')
    .allInnerTexts()
    .then((names) => names.map((n) => n.trim()));
}

/** Waits until the row headers of a table are exactly these. */
export async function expectRowNames(table: Locator, expected: readonly string[]): Promise<void> {
  await table.waitFor();
  await expect.poll(() => rowNames(table)).toEqual(expected);
}

/** Waits until the row headers of a table include all of these. */
export async function expectRowNamesToInclude(table: Locator, expected: readonly string[]): Promise<void> {
  await table.waitFor();
  await expect.poll(() => rowNames(table)).toEqual(expect.arrayContaining([...expected]));
}

/** The text of the elements an element's `aria-describedby` points to (its hint and error). */
export function describedBy(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  );
}

/** Waits until the element is hidden or gone. */
export async function expectGone(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'hidden' });
}

/** The page scrolls only vertically; on failure names the elements sticking out on the right. */
export async function expectHasNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth, overflowing } = await page.evaluate(() => {
    const width = window.innerWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5 && box.width > 0) {
        // Only the outermost culprit: skip elements whose parent already sticks out.
        const parent = el.parentElement;
        if (parent && parent.getBoundingClientRect().right > width + 0.5) continue;
        out.push(`${describe(el)} (right edge at ${Math.round(box.right)}px)`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, overflowing: out.slice(0, 10) };
  });
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px window; sticking out: ${overflowing.join(', ')}`).toBeLessThanOrEqual(innerWidth);
}
