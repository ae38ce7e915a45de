import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAppsAfterEach, openApp, type AppPage } from './harness';

// Issue 18's sharing, end to end in Chromium on the production build:
// comparing councils (kept in the address), and the map as a PNG.

let app: AppPage | null = null;

// Every test: nothing leaves the local server, and nothing goes wrong in the console.
checkAppsAfterEach({ requests: true });

describe('comparing councils', () => {
  it('adds councils from their panels, keeps them in the address, and shows what they share', async () => {
    app = await openApp('?council=E09000015');
    const { page } = app;
    await page.getByRole('button', { name: 'Add to comparison' }).click();
    await page.waitForURL(/compare=E09000015(&|$)/);
    const search = page.getByRole('combobox', { name: 'Find a council or partnership' });
    await search.fill('Barnet');
    await page.getByRole('option', { name: /Barnet/ }).first().waitFor();
    await search.press('Enter');
    await page.waitForURL(/council=E09000003/);
    await page.getByRole('button', { name: 'Add to comparison' }).click();
    await page.waitForURL(/compare=E09000015,E09000003/);
    await page.getByRole('button', { name: 'Close council details' }).click();
    await page.getByRole('heading', { name: 'Comparing councils' }).waitFor();
    await page.getByRole('heading', { name: 'Partnerships they share' }).waitFor();
    expect(await page.locator('.compare-column').count()).toBe(2);
  });

  it('opens a comparison from its address', async () => {
    app = await openApp('?compare=E09000015,E09000003');
    const { page } = app;
    await page.getByRole('heading', { name: 'Comparing councils' }).waitFor();
    expect(await page.locator('.compare-shared li').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'End the comparison' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('compare')).toBe(false);
  });
});

describe('the map as a PNG', () => {
  it('downloads a PNG as wide as the map, taller for its title and key, that is not blank', async () => {
    app = await openApp('?services=ict');
    const { page } = app;
    const map = await page.locator('.stage .leaflet-container').boundingBox();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('shared-services-map.png');
    const png = readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(Math.round(map!.width));
    expect(height).toBeGreaterThan(Math.round(map!.height) + 100);
    await page.locator('.share-status', { hasText: 'Picture of the map downloaded' }).waitFor();
    // Its pixels: the map's shapes and links, not one colour.
    const colours = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      let notWhite = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) notWhite++;
        if (seen.size < 500) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      }
      return { distinct: seen.size, notWhite: notWhite / (data.length / 4) };
    }, png.toString('base64'));
    expect(colours.distinct).toBeGreaterThan(20);
    expect(colours.notWhite).toBeGreaterThan(0.3);
  });
});

describe('copying the link', () => {
  it('copies the view’s address and says so', async () => {
    app = await openApp('?council=E09000015&year=2016');
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('.share-status', { hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
});
