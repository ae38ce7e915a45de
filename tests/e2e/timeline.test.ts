import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { checkAppsAfterEach, openApp, type AppPage } from './harness';

// The timeline (issue 18), in real Chromium on the production build: the
// year slider in the filters plays a year a second, the address and the
// map's year badge follow, pausing stops it, and the chart of partnerships
// started and ended by year is there with its table. The browser asks for
// reduced motion (openApp's default): playing still steps.

let app: AppPage | null = null;

// Every test: nothing leaves the local server, and nothing goes wrong in the console.
checkAppsAfterEach({ requests: true });

const yearInUrl = (page: Page) => new URL(page.url()).searchParams.get('year');
const historyLength = (page: Page) => page.evaluate(() => window.history.length);

async function openTimeline(query: string): Promise<Page> {
  app = await openApp(query);
  const { page } = app;
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.getByRole('slider', { name: 'Year' }).waitFor();
  return page;
}

const transition = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.timeline-started')!).transitionDuration);

describe('the timeline', () => {
  it('marks the year shown with a short transition, none when the reader asks for reduced motion, and steps either way', async () => {
    let page = await openTimeline('?year=2016');
    // The page-wide reduced-motion rule makes every transition 0.01 ms.
    expect(parseFloat(await transition(page))).toBeLessThan(0.001);
    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.waitForURL(/year=2017/);
    await app!.page.context().close();
    app = await openApp('?year=2016', undefined, { reducedMotion: false });
    page = app.page;
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.locator('.timeline-started').first().waitFor();
    expect(await transition(page)).toBe('0.25s');
  });

  it('plays a year a second: the address, the year shown and the map’s badge follow, one history entry for the whole play, and pause stops it', async () => {
    const page = await openTimeline('?year=2018');
    const badge = page.locator('.year-badge');
    expect(await badge.textContent()).toBe('Councils as in 2018');
    const entries = await historyLength(page);
    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.waitForURL(/year=2019/);
    await page.waitForFunction(() => document.querySelector('.year-badge')?.textContent === 'Councils as in 2019');
    await page.waitForURL(/year=2020/);
    await page.locator('.timeline output', { hasText: '2020' }).waitFor();
    // Each step replaced the address: playing added no entry, so Back leaves the play at once.
    expect(await historyLength(page)).toBe(entries);
    await page.locator('#filters').getByRole('button', { name: 'Pause', exact: true }).click();
    const paused = yearInUrl(page);
    await page.getByRole('button', { name: 'Play the years' }).waitFor();
    // Nothing to wait for when nothing should change: two steps' time, and the year is where pause left it.
    await page.waitForTimeout(2_200);
    expect(yearInUrl(page)).toBe(paused);
    expect(await badge.textContent()).toBe(`Councils as in ${paused}`);
  });

  it('stops at the last year, and from all years plays from the first, the start its own history entry', async () => {
    const page = await openTimeline('?year=2024');
    const slider = page.getByRole('slider', { name: 'Year' });
    const [first, last] = [await slider.getAttribute('min'), await slider.getAttribute('max')];
    expect(last).toBe('2025');
    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.waitForURL(/year=2025/);
    await page.getByRole('button', { name: 'Play the years' }).waitFor();
    expect(yearInUrl(page)).toBe('2025');

    await page.getByRole('checkbox', { name: 'All years' }).check();
    await page.waitForURL((url) => !url.searchParams.has('year'));
    const entries = await historyLength(page);
    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.waitForURL(new RegExp(`year=${first}`));
    expect(await historyLength(page)).toBe(entries + 1);
    await page.waitForURL(new RegExp(`year=${Number(first) + 1}`));
    expect(await historyLength(page)).toBe(entries + 1);
  });

  it('on a phone, where the filters are below the map, a pause button on the map stops the play', async () => {
    app = await openApp('?year=2015', { width: 390, height: 844 }, { touch: true });
    const { page } = app;
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.locator('.timeline-chart').waitFor();
    // The open timeline keeps to the phone's width (its hidden table once widened the page to 711 px).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.waitForURL(/year=2016/);
    const onMap = page.locator('.stage').getByRole('button', { name: 'Pause', exact: true });
    await page.locator('.stage .timeline-on-map-year', { hasText: '2016' }).waitFor();
    // Inside the map's frame, below its zoom buttons.
    const [stage, control] = [await page.locator('.stage').boundingBox(), await page.locator('.timeline-on-map').boundingBox()];
    expect(control!.x).toBeGreaterThanOrEqual(stage!.x);
    expect(control!.x + control!.width).toBeLessThanOrEqual(stage!.x + stage!.width);
    expect(control!.y + control!.height).toBeLessThanOrEqual(stage!.y + stage!.height);
    const zoomOut = await page.locator('.leaflet-control-zoom').boundingBox();
    expect(control!.y).toBeGreaterThanOrEqual(zoomOut!.y + zoomOut!.height);
    await onMap.tap();
    await onMap.waitFor({ state: 'detached' });
    const paused = yearInUrl(page);
    await page.waitForTimeout(2_200);
    expect(yearInUrl(page)).toBe(paused);
  });

  it('pauses when the slider is moved by hand, and when the filters are closed', async () => {
    const page = await openTimeline('?year=2010');
    const slider = page.getByRole('slider', { name: 'Year' });
    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.waitForURL(/year=2011/);
    const first = await slider.getAttribute('min');
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForURL((url) => url.searchParams.get('year') === first);
    await page.getByRole('button', { name: 'Play the years' }).waitFor();
    await page.waitForTimeout(1_200);
    const heldAt = yearInUrl(page);
    expect(heldAt).toBe(first);

    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.waitForURL((url) => url.searchParams.get('year') === String(Number(heldAt) + 1));
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.locator('#filters').waitFor({ state: 'hidden' });
    // The step due next finds the control hidden and stops instead.
    const closedAt = yearInUrl(page);
    await page.waitForTimeout(2_200);
    expect(yearInUrl(page)).toBe(closedAt);
  });

  it('draws the chart of partnerships started and ended by year, with its table and the undated counted in words; axe finds nothing', async () => {
    const page = await openTimeline('?year=2015');
    const chart = page.locator('figure.timeline-chart');
    await chart.getByText('Partnerships started and ended each year', { exact: true }).waitFor();
    expect(await chart.locator('svg rect.timeline-started').count()).toBeGreaterThan(10);
    expect(await chart.locator('svg .timeline-year.current .timeline-now').count()).toBe(1);
    const table = page.getByRole('table', { name: /Partnerships started and ended each year/ });
    const rows = table.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(10);
    // With no other filter on, the table's starts are every partnership with a start year, and the rest are counted in words.
    const bundled = await page.evaluate(async () => {
      const records = (await (await fetch('data/partnerships.json')).json()) as { startYear: number | null }[];
      return { dated: records.filter((p) => p.startYear != null).length, undated: records.filter((p) => p.startYear == null).length };
    });
    const started = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(started.map(Number).reduce((a, b) => a + b, 0)).toBe(bundled.dated);
    await page.getByText(`${bundled.undated} partnerships with no known start year are not in the chart, nor shown for a single year.`).waitFor();
    await page.getByText(/ended in a year not known, so their ends are not in the chart\./).waitFor();
    expect([...new Set((await page.locator('.year-ticks span').allTextContents()))].length).toBeGreaterThan(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Play the years' }).click();
    await page.locator('#filters').getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await page.locator('.stage').getByRole('button', { name: 'Pause', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
