import { describe, expect, it } from 'vitest';
import { axeViolations, EVERY_RULE_TAGS } from './axe';
import { checkAppsAfterEach, openApp, type AppPage } from './harness';

// At common screen sizes. On a phone (390×844, touch, no hover): a tap's answer is in sight, a
// tooltip stays on the screen, the table reads as a list, and axe with all
// its rules finds nothing.

const PHONE = { width: 390, height: 844 };
let app: AppPage | null = null;

// Every test: nothing goes wrong in the console.
checkAppsAfterEach({ requests: false });

/** Whether a box lies inside the window. */
async function inViewport(app: AppPage, selector: string) {
  const box = await app.page.locator(selector).boundingBox();
  const view = app.page.viewportSize()!;
  return box != null && box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width && box.y + box.height <= view.height;
}

describe('on a phone', () => {
  it('a tap on a council selects it and shows its answer in sight, saying the details are below', async () => {
    app = await openApp('?council=E06000023', PHONE, { touch: true });
    const map = (await app.page.locator('.map').boundingBox())!;
    // Bristol and its partners are framed: the map's middle is on one of them.
    await app.page.touchscreen.tap(map.x + map.width / 2, map.y + map.height / 2);
    const sheet = app.page.locator('.map-tooltip.sheet');
    await sheet.waitFor();
    const tapped = (await sheet.locator('strong').textContent())!;
    expect(tapped).toMatch(/Council$/);
    // The council the sheet names is the one selected: the panel below says so too.
    await expect.poll(() => app!.page.locator('#council-heading').textContent()).toBe(tapped);
    expect(await sheet.textContent()).toContain('Details below the map');
    expect(await inViewport(app, '.map-tooltip')).toBe(true);
    // It lies over the map, not over the panel below it.
    const panel = (await app.page.locator('.panel').boundingBox())!;
    const box = (await sheet.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(panel.y);
  });

  it('a tap near the window’s bottom edge keeps its answer on the screen', async () => {
    app = await openApp('?council=E06000023', PHONE, { touch: true });
    // Scroll so that the map's middle (Bristol) is 60 px above the window's foot, the rest of the map below it.
    const before = (await app.page.locator('.map').boundingBox())!;
    const middle = before.y + before.height / 2;
    await app.page.evaluate((y) => window.scrollTo(0, y), middle - PHONE.height + 60);
    const map = (await app.page.locator('.map').boundingBox())!;
    await app.page.touchscreen.tap(map.x + map.width / 2, map.y + map.height / 2);
    await app.page.locator('.map-tooltip').waitFor();
    // Placed once its words (loaded at the first tap) are in it: wait for that, not only for the box.
    await expect.poll(() => inViewport(app!, '.map-tooltip')).toBe(true);
  });

  it('the table is a list of labelled cards in the page’s own scroll, not a box scrolled inside itself', async () => {
    app = await openApp('?view=table', PHONE, { touch: true, waitForMap: false });
    await app.page.getByRole('table').waitFor();
    const layout = await app.page.evaluate(() => {
      const scroll = document.querySelector<HTMLElement>('.table-scroll')!;
      const row = document.querySelector('tbody tr')!;
      const cell = row.querySelector('td')!;
      return {
        overflow: scroll.scrollWidth - scroll.clientWidth,
        scrollsItself: scroll.scrollHeight > scroll.clientHeight + 1,
        rowWidth: row.getBoundingClientRect().width,
        label: getComputedStyle(cell, '::before').content,
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(layout).toMatchObject({ overflow: 0, scrollsItself: false, label: '"Councils"', pageOverflow: 0 });
    expect(layout.rowWidth).toBeGreaterThan(PHONE.width * 0.8);
  });

  it('axe with all its rules finds nothing on the map, the table and the embed', async () => {
    for (const query of ['?council=E06000023', '?view=table', '?embed=1&council=E07000223&list=1']) {
      app = await openApp(query, PHONE, { touch: true, waitForMap: !query.includes('table') });
      if (query.includes('table')) await app.page.getByRole('table').waitFor();
      const violations = await axeViolations(app.page, EVERY_RULE_TAGS);
      expect(violations, `${query}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      expect(app.errors).toEqual([]);
      await app.page.context().close();
      app = null;
    }
  });
});

describe('on a desktop', () => {
  it('with a mouse, a tooltip near the map’s bottom flips above the pointer and stays in the map', async () => {
    app = await openApp('?council=E06000023', { width: 1280, height: 800 });
    const map = (await app.page.locator('.map').boundingBox())!;
    const tooltip = app.page.locator('.map-tooltip');
    // Along a line 30 px above the map's foot, from the key's edge rightwards, to the first place with something under the pointer.
    const y = map.y + map.height - 30;
    for (let x = map.x + 280; x < map.x + map.width - 20 && !(await tooltip.isVisible()); x += 24) {
      await app.page.mouse.move(x, y, { steps: 2 });
      await app.page.waitForTimeout(60);
    }
    await tooltip.waitFor();
    // Placed once its words (loaded at the first hover) are in it: wait for that, not only for the box.
    await expect.poll(async () => {
      const box = (await tooltip.boundingBox())!;
      return box.y + box.height <= Math.min(map.y + map.height, 800) && box.y + box.height < map.y + map.height - 30;
    }).toBe(true);
    expect(await inViewport(app, '.map-tooltip')).toBe(true);
  });

  it.each([
    [1280, 800, 'open'],
    [1024, 768, 'closed'],
  ])('at %i×%i the map and panel end at the window’s foot, the key starts %s, and a zoom click does not scroll the page', async (width, height, key) => {
    app = await openApp('', { width, height });
    // Too narrow a map for the key beside the UK: it starts closed rather than over the land.
    expect(await app.page.locator('.legend.closed').count()).toBe(key === 'closed' ? 1 : 0);
    const map = (await app.page.locator('.map').boundingBox())!;
    expect(Math.abs(map.y + map.height - height)).toBeLessThan(1);
    expect(await app.page.locator('.leaflet-control-attribution').evaluate((e) => e.getBoundingClientRect().bottom)).toBeLessThanOrEqual(height);
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await app.page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('after a pan with the mouse, the map has no dark focus frame along its edges', async () => {
    app = await openApp('', { width: 1280, height: 800 });
    const map = (await app.page.locator('.map').boundingBox())!;
    await app.page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(map.x + map.width / 2 + 200, map.y + map.height / 2, { steps: 5 });
    await app.page.mouse.up();
    expect(await app.page.locator('.map').evaluate((e) => getComputedStyle(e).boxShadow)).toBe('none');
    // The keyboard still gets its ring.
    await app.page.keyboard.press('ArrowLeft');
    expect(await app.page.locator('.map').evaluate((e) => getComputedStyle(e).boxShadow)).not.toBe('none');
  });
});
