import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { appUrl, closeBrowser, openApp } from './harness';

// The keyboard journey of the accessibility issue, with key presses only:
// find a council, list its partnerships, open one, read its savings and
// sources, follow a partner, change and clear filters, switch to the table
// and back, open the embed dialog and copy the code; pan and zoom the map.
// At every step the focused element must show a visible focus indicator.

afterAll(closeBrowser);

interface Focused {
  name: string;
  role: string;
  visible: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', role: '', visible: false };
    const style = getComputedStyle(el);
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return {
      name: label.replace(/\s+/g, ' ').trim(),
      role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
    };
  });
}

/** Press Tab (or Shift+Tab) until the focused element's name matches, checking each stop shows its focus. */
async function tabTo(page: Page, name: RegExp, backwards = false, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now.role !== '') expect(now.visible, `focus not visible on ${now.role} "${now.name}"`).toBe(true);
    if (name.test(now.name)) return;
  }
  throw new Error(`no focusable element matching ${name} within ${limit} presses`);
}

const live = (page: Page) => page.locator('[role="status"][aria-live="polite"]').first().textContent();

describe('keyboard only', () => {
  it('does every task of the journey', async () => {
    const { page, errors } = await openApp();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl() });

    // A skip link first, then the search.
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Skip past the map to the list');
    await tabTo(page, /^Find a council or partnership$/);
    await page.keyboard.type('Hampshire County');
    // The search's code loads at its first use: wait for its answer before choosing from it (on a busy machine the keys came first).
    await page.getByRole('option', { name: /^Hampshire County Council/ }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/council=E10000014/);
    await expect.poll(() => live(page)).toMatch(/^Hampshire County Council: \d+ partnerships, £[\d.]+m to £[\d.]+m a year$/);
    // Focus lands on the panel's heading once the panel has rendered (a frame after the map).
    await expect.poll(async () => (await focused(page)).name).toBe('Hampshire County Council');

    // Its list of partnerships; open one, then read its savings and sources.
    await tabTo(page, /^Hampshire Shared Services Partnership/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/partnership=hampshire-shared-services-partnership/);
    await expect.poll(() => live(page)).toBe('Details of Hampshire Shared Services Partnership (Integrated Business Centre, originally \'H3\')');
    // The savings as quoted and the sources come with the details, loaded after the first view.
    await page.getByText('Our yearly estimate').waitFor();
    await tabTo(page, /Portsmouth|The News/);

    // Follow a partner.
    await tabTo(page, /^Oxfordshire County Council$/, true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/council=E10000025/);
    await expect.poll(() => live(page)).toMatch(/^Oxfordshire County Council: \d+ partnerships/);

    // Change a filter and clear it.
    await tabTo(page, /^Filters/, true);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Legal and democratic services$/);
    await page.keyboard.press('Space');
    await page.waitForURL(/services=legal/);
    await tabTo(page, /^Clear all filters$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.has('services')).toBe(false);

    // To the table and back.
    await tabTo(page, /^Table$/, true);
    await page.keyboard.press('Enter');
    // The table view's table: the filters, opened above, hold the timeline's table of counts, which would match at once.
    await page.locator('.stage').getByRole('table').waitFor();
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe('Map');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('view'));

    // The embed dialog: open it, copy the code, close it.
    await tabTo(page, /^Embed this map$/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await tabTo(page, /^Copy the code$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').getByRole('status').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe src=');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect((await focused(page)).name).toBe('Embed this map');

    // The map pans and zooms from the keyboard.
    await tabTo(page, /^Map of councils and the partnerships between them$/);
    // What the map shows, as an image: a zoom or a pan changes it.
    const view = () => page.locator('.leaflet-container').screenshot({ animations: 'disabled' });
    const start = await view();
    await page.keyboard.press('Equal');
    await expect.poll(async () => (await view()).equals(start)).toBe(false);
    const zoomed = await view();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await view()).equals(zoomed)).toBe(false);
    expect((await focused(page)).name).toBe('Map of councils and the partnerships between them');

    expect(errors).toEqual([]);
    await page.context().close();
  });
});
