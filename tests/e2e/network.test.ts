import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openApp, waitForMap, type AppPage } from './harness';

// Slow, failing and broken networks, as a council's visitors meet them: the
// page says what is happening, offers a retry that works, does not jump when
// the data arrives, and once loaded keeps working with no connection at all.

let app: AppPage | null = null;

afterEach(async () => {
  await app?.page.context().close();
  app = null;
});

const PARTNERSHIPS = '**/data/partnerships.json';

/** Where the page's main parts are, to the nearest pixel. */
function layout(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      // On a phone the panel is below the map and grows with its list: only the map's place must hold.
      (innerWidth > 760 ? ['.app-header', '.stage', '.app-main > :last-child'] : ['.app-header', '.stage']).map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return [selector, [r.x, r.y, r.width, r.height].map(Math.round)];
      }),
    ),
  );
}

async function openWithRoute(route: (page: Page) => Promise<unknown>, viewport?: { width: number; height: number }): Promise<AppPage> {
  app = await openApp('', viewport, { waitForMap: false, beforeLoad: route });
  return app;
}

describe('a slow network', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 700 },
  ]) {
    it(`shows a loading state in the map's place for 10 seconds, and nothing moves when the data arrives (${viewport.width} px)`, async () => {
      const { page } = await openWithRoute(async (p) => {
        await p.route(PARTNERSHIPS, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 10_000));
          await route.continue();
        });
      }, viewport);
      await page.getByRole('status').filter({ hasText: 'Loading the map' }).waitFor();
      // Two frames in: in the loading screen's first frame the map's height can still use the stylesheet's
      // fallback for the header's height (8 px off at 1280 px), set from the header itself a frame later.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const loading = await layout(page);
      expect(await axeViolations(page)).toEqual([]);
      // Still loading, and still in the same place, most of the way through the wait.
      await page.waitForTimeout(8_000);
      expect(await page.getByRole('status').filter({ hasText: 'Loading the map' }).count()).toBe(1);
      expect(await layout(page)).toEqual(loading);
      await waitForMap(page);
      expect(await layout(page)).toEqual(loading);
      expect(app!.errors).toEqual([]);
    });
  }
});

describe('a failing network', () => {
  const cases: [string, (page: Page) => Promise<unknown>, string][] = [
    ['the connection fails', (page) => page.route(PARTNERSHIPS, (route) => route.abort('internetdisconnected')), 'partnerships.json could not be fetched'],
    ['the server fails', (page) => page.route(PARTNERSHIPS, (route) => route.fulfill({ status: 503, body: 'Service Unavailable' })), 'partnerships.json could not be fetched'],
    [
      'the JSON is cut short',
      (page) =>
        page.route(PARTNERSHIPS, async (route) => {
          const response = await route.fetch();
          const body = await response.text();
          await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
        }),
      'partnerships.json is damaged',
    ],
  ];
  for (const [what, breakIt, message] of cases) {
    it(`says so when ${what}, and its retry works`, async () => {
      const { page } = await openWithRoute(breakIt);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(message);
      // The message sits in the map's place, in the page's frame.
      expect(await page.locator('.stage [role="alert"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.unroute(PARTNERSHIPS);
      await page.getByRole('button', { name: 'Try again' }).click();
      await waitForMap(page);
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      // The failed fetch is logged by the browser: expected here, not a fault.
      expect(app!.errors.filter((e) => !/Failed to load resource|data failed to load/.test(e))).toEqual([]);
    });
  }
});

describe('offline once loaded', () => {
  it('keeps working with no connection: councils, partnerships and their sources, filters, years, the table, the CSV, Welsh and the embed dialog', async () => {
    app = await openApp('');
    const { page } = app;
    // What the first view does not need is fetched when the browser is idle.
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    await expect.poll(async () => {
      const names = await fetched();
      return ['partnership-details.json', '/TableView-', '/EmbedDialog-', '/Filters-', '/search-', '/cy-'].filter((part) => !names.some((n) => n.includes(part)));
    }).toEqual([]);
    const requestsBefore = (await fetched()).length;
    await page.context().setOffline(true);

    // A council, then one of its partnerships with its sources.
    await page.getByRole('combobox').fill('Harrow');
    await page.getByRole('option').first().click();
    await page.locator('#council-heading').waitFor();
    await page.locator('#panel .partnership-entry').first().click();
    await page.locator('.sources li a').first().waitFor();
    // A filter and another year.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('checkbox', { name: 'Active', exact: true }).check();
    await page.getByRole('checkbox', { name: 'All years' }).uncheck();
    await page.locator('#filters input[type="range"]').fill('2016');
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/status=active.*year=2016|year=2016.*status=active/);
    // The table and its CSV.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('table tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download/ }).click()]);
    expect(await download.failure()).toBeNull();
    // Welsh, and the embed dialog.
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('cy');
    await page.locator('.header-controls .button.secondary').click();
    await page.getByRole('dialog').waitFor();

    // Nothing was fetched but the embed's preview of the map, which needs the network.
    const after = (await fetched()).slice(requestsBefore);
    expect(after.filter((name) => !name.includes('embed=1'))).toEqual([]);
    expect(app.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  });
});
