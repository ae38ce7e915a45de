import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { DATA_DIR, DATA_FILES, FIRST_VIEW_FILES } from '../../src/shared/dataFiles';
import { call, evaluate, newBenchPage } from './page';
import type { LoadTimes, MapView } from './pageScript';
import { frameStats, type FrameStats } from './stats';
import { watchTransfer, type Transfer } from './transfer';

// One measurement each: a page load to map-ready, a council click, a filter
// change, a pan and a zoom. Each returns plain numbers in milliseconds (or
// bytes); measureDataset.ts repeats them and summarises.

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * A load, from navigation start. linksShownMs is the frame after the first
 * draw with links in it (the requestAnimationFrame callback after that
 * links-drawn mark): the map-ready mark follows the first draw of the link
 * canvas, which can be an empty one made when the layer is added, before the
 * links are set.
 */
export type LoadResult = LoadTimes;

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
  load: LoadResult;
  transfer: Transfer;
}

const FIRST_VIEW_PATHS = FIRST_VIEW_FILES.map((key) => `/${DATA_DIR}/${DATA_FILES[key]}`);

/** Open the app in a fresh context (nothing cached) and wait for map-ready. */
export async function openAndLoad(browser: Browser, url: string, options: { throttle?: number; timeoutMs?: number } = {}): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const { page, cdp, errors } = await newBenchPage(context);
    const watcher = await watchTransfer(cdp, new URL(url).origin);
    if (options.throttle && options.throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(`document.documentElement.dataset.mapReady === 'true'`, null, { timeout: options.timeoutMs ?? 300_000, polling: 100 });
    const transfer = watcher.stop();
    // Then the first draw with links (a dataset with none, or filtered to none, has only empty draws).
    await page.waitForFunction(`window.__bench.draws.some((d) => d.links > 0)`, null, { timeout: 60_000, polling: 50 }).catch(() => undefined);
    const load = await call(page, 'loadTimes', FIRST_VIEW_PATHS);
    if (options.throttle && options.throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { context, page, cdp, errors, load, transfer };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** JS heap after a forced garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export async function settle(page: Page, quietMs = 400, timeoutMs = 60_000): Promise<void> {
  await call(page, 'settle', quietMs, timeoutMs);
}

export interface InputTiming {
  /** From the click event's timeStamp to the links-drawn mark that follows it. */
  toDrawMs: number;
  /** From the click event's timeStamp to the requestAnimationFrame after that mark: the next frame. */
  toFrameMs: number;
  links: number | null;
}

/** Runs the click itself; the benchmark wraps it to trace only the click when profiling. */
export type ClickWrapper = (click: () => Promise<InputTiming>) => Promise<InputTiming>;
const direct: ClickWrapper = (click) => click();

/** Click where the mouse is and time the first draw after the click event. */
async function clickAndTime(page: Page, timeoutMs: number): Promise<InputTiming> {
  const before = await evaluate<number>(page, 'window.__bench.clicks.length');
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(`window.__bench.clicks.length > ${before}`, null, { timeout: timeoutMs, polling: 10 });
  const clickTs = await evaluate<number>(page, `window.__bench.clicks[${before}]`);
  const draw = await call(page, 'waitDraw', clickTs, timeoutMs);
  if (!draw) throw new Error(`no links-drawn mark within ${timeoutMs} ms of the click`);
  // The callback after the mark runs at the next frame; wait for it to be recorded.
  return { toDrawMs: draw.mark - clickTs, toFrameMs: draw.frame - clickTs, links: draw.links };
}

export interface SelectTiming extends InputTiming {
  /** The council clicked, the council the click selected (from the URL), and the map zoom it was clicked at. */
  council: string;
  selected: string | null;
  zoom: number;
}

/**
 * Pixels around a click point with no link drawn. A link answers a click
 * within half its width plus 5 pixels of its line; its drawn casing reaches
 * half its width plus 1, so 5 clear pixels (and one for anti-aliasing) keep
 * the click off every link.
 */
const CLEAR_PIXELS = 6;

/**
 * Click a council on the map. The councils are tried in the order given
 * (the benchmark gives the busiest first): the first with a spot inside its
 * shape where no link is drawn (so the click selects the council, not a
 * link) is clicked there, at the spot nearest its point. When links cover
 * every one of them, the map zooms in (one level, without animation) where
 * the most land is free of links, and tries again. The
 * mouse is moved there first and the hover redraws allowed to finish, so the
 * time is the click's alone.
 */
export async function measureSelect(
  page: Page,
  councils: readonly { code: string; point: readonly [number, number] }[],
  wrap: ClickWrapper = direct,
  timeoutMs = 60_000,
): Promise<SelectTiming> {
  if (!councils.length) throw new Error('no council to click');
  const list = councils.map((c) => ({ code: c.code, lon: c.point[0], lat: c.point[1] }));
  let info = await call(page, 'mapInfo');
  if (!info) throw new Error('no Leaflet map found (window.L hook)');
  for (;;) {
    const spot = await call(page, 'findClickableCouncil', list, CLEAR_PIXELS);
    if (spot) {
      await page.mouse.move(spot.x, spot.y);
      await settle(page);
      const timing = await wrap(() => clickAndTime(page, timeoutMs));
      const selected = await evaluate<string | null>(page, `new URLSearchParams(location.search).get('council')`);
      return { ...timing, council: spot.code, selected, zoom: info.zoom };
    }
    if (info.zoom >= info.maxZoom) throw new Error(`links cover every spot of ${list.length} councils up to zoom ${info.zoom}: no council could be clicked`);
    // Zoom in where links leave the most land free (links spread apart as the map zooms in).
    const free = await call(page, 'freestLand');
    await call(page, 'zoomTo', free?.lon ?? list[0]!.lon, free?.lat ?? list[0]!.lat, info.zoom + 1);
    await settle(page);
    info = (await call(page, 'mapInfo'))!;
  }
}

export type { FrameStats, MapView };

export function getView(page: Page): Promise<MapView> {
  return call(page, 'view');
}

/** Put the map back to a view without animation, and wait for the redraw. */
export async function setView(page: Page, view: MapView): Promise<void> {
  await call(page, 'zoomTo', view.lon, view.lat, view.zoom);
  await settle(page);
}

/** Back to the view before the last change (the app keeps its state in the URL). */
export async function goBack(page: Page): Promise<void> {
  await evaluate(page, 'history.back()');
  await page.waitForFunction(`!location.search.includes('council=')`, null, { timeout: 60_000, polling: 20 });
  await settle(page);
}

/** Toggle the first service area in the key (the legend's filter buttons) and time it. */
export async function measureFilter(page: Page, wrap: ClickWrapper = direct, timeoutMs = 60_000): Promise<InputTiming & { services: string | null }> {
  const button = page.locator('.legend-service').first();
  const box = await button.boundingBox();
  if (!box) throw new Error('no service button in the key');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await settle(page);
  const timing = await wrap(() => clickAndTime(page, timeoutMs));
  const services = await evaluate<string | null>(page, `new URLSearchParams(location.search).get('services')`);
  await settle(page);
  return { ...timing, services };
}

/** A point over the map clear of the key (on the left) and the controls (on the right). */
async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const info = (await call(page, 'mapInfo'))!;
  return { x: info.left + info.width * 0.62, y: info.top + info.height * 0.5 };
}

/**
 * Pan: press, drag 320 × 160 pixels in 40 moves about 16 ms apart, release,
 * and keep counting frames until the redraw after the move has shown (or 15 s).
 */
export async function measurePan(page: Page): Promise<FrameStats> {
  const centre = await mapCentre(page);
  await page.mouse.move(centre.x, centre.y);
  await settle(page);
  await call(page, 'startFrames');
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(centre.x - i * 8, centre.y - i * 4);
    await page.waitForTimeout(16);
  }
  // The canvases redraw on moveend, after the release (and any inertia).
  const released = await evaluate<number>(page, 'performance.now()');
  await page.mouse.up();
  await call(page, 'waitDraw', released, 15_000);
  await page.waitForTimeout(200);
  const stats = frameStats(await call(page, 'stopFrames'));
  await settle(page);
  return stats;
}

/**
 * Zoom: four wheel steps at the map's centre (two in, two out), 350 ms
 * apart, each a Leaflet zoom animation and a redraw; frames are counted from
 * the first step until the last redraw has shown.
 */
export async function measureZoom(page: Page): Promise<FrameStats> {
  const centre = await mapCentre(page);
  await page.mouse.move(centre.x, centre.y);
  await settle(page);
  await call(page, 'startFrames');
  let last = 0;
  for (const deltaY of [-100, -100, 100, 100]) {
    last = await evaluate<number>(page, 'performance.now()');
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(350);
  }
  await call(page, 'waitDraw', last, 15_000);
  await page.waitForTimeout(200);
  const stats = frameStats(await call(page, 'stopFrames'));
  await settle(page);
  return stats;
}
