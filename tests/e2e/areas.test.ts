import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { checkAppsAfterEach, linksDrawn, openApp, type AppPage } from './harness';

// The areas map (issue 18), in real Chromium on the production build: one
// control switches from links to areas, the councils are filled by class,
// the key follows, and the view is in the address.

let app: AppPage | null = null;

// Every test: nothing leaves the local server, and nothing goes wrong in the console.
checkAppsAfterEach({ requests: true });

/** Pixels of the plain boundary canvas in each class colour (see CLASS_COLOURS in src/model/councilMetrics.ts). */
function classPixels(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const colours = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'].map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-pane canvas.boundary-canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = colours.map(() => 0);
    for (let i = 0; i < data.length; i += 4) {
      const k = colours.findIndex(([r, g, b]) => Math.abs(data[i]! - r!) < 3 && Math.abs(data[i + 1]! - g!) < 3 && Math.abs(data[i + 2]! - b!) < 3);
      if (k >= 0 && data[i + 3]! > 250) counts[k]!++;
    }
    return counts;
  });
}

const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

describe('the areas map', () => {
  it('switches from links to areas: the councils filled by class, the key of the classes, no links, and show=areas in the address', async () => {
    app = await openApp();
    const { page } = app;
    expect(total(await classPixels(page))).toBeLessThan(1_000);
    await page.getByRole('radio', { name: 'Areas' }).check();
    await page.waitForURL(/show=areas/);
    await expect.poll(async () => total(await classPixels(page))).toBeGreaterThan(20_000);
    // Every class is on the map.
    for (const n of await classPixels(page)) expect(n).toBeGreaterThan(500);
    const key = page.getByRole('region', { name: 'Key' });
    await key.getByRole('heading', { name: 'Number of partnerships each council is in' }).waitFor();
    expect(await key.getByRole('listitem').count()).toBe(6);
    await key.getByText('In none of the partnerships shown').waitFor();
    expect(await page.getByText('Yearly savings (our estimate)').count()).toBe(0);
    await expect.poll(() => linksDrawn(page)).toBe(0);
  });

  it('colours the councils again for another measure, and says so in the address and the key', async () => {
    app = await openApp('?show=areas');
    const { page } = app;
    await expect.poll(async () => total(await classPixels(page))).toBeGreaterThan(20_000);
    const byCount = await classPixels(page);
    await page.getByRole('combobox', { name: 'Colour councils by' }).selectOption('savings');
    await page.waitForURL(/colour=savings/);
    await expect.poll(async () => JSON.stringify(await classPixels(page))).not.toBe(JSON.stringify(byCount));
    const key = page.getByRole('region', { name: 'Key' });
    await key.getByRole('heading', { name: /^Share of yearly savings \(each partnership’s estimate divided equally among its councils\)$/ }).waitFor();
    await key.getByText(/^£[\d,]+ to £[\d,]+$/).first().waitFor();
    // Back to links: the links are drawn again and the address forgets the layer.
    await page.getByRole('radio', { name: 'Links' }).check();
    await expect.poll(() => page.url()).not.toMatch(/show=areas/);
    await expect.poll(() => linksDrawn(page)).toBeGreaterThan(150);
    // By keyboard: the arrow key moves to the other radio button, and so to the areas.
    await page.getByRole('radio', { name: 'Links' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/show=areas/);
  });

  it('passes axe at WCAG 2.2 AA with the areas key open and a service measure', async () => {
    app = await openApp('?show=areas&colour=ict');
    const { page } = app;
    await page.getByRole('region', { name: 'Key' }).getByRole('heading', { name: /each council is in$/ }).waitFor();
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});
