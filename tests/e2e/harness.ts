import { createServer, type RequestListener } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/bench/chromium';

// Opens the built app in headless Chromium and watches what it does: every
// request it makes and every console error, so each test can check that
// nothing left the local server and nothing went wrong.

export interface AppPage {
  page: Page;
  /** Addresses of requests to anything but the app's own server. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export const appUrl = () => inject('appUrl');

/** The Content-Security-Policy the README recommends for the map's server. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *";

let browser: Browser | null = null;

/** A host page's server on localhost: another origin than the app's 127.0.0.1, as an embedding site is. */
export async function serveHostPage(handle: RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const host = createServer(handle);
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  const address = host.address();
  return {
    url: `http://localhost:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise<void>((resolve) => host.close(() => resolve())),
  };
}

export async function getBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export async function openApp(
  query = '',
  viewport = { width: 1280, height: 800 },
  options: { reducedMotion?: boolean; waitForMap?: boolean; baseUrl?: string; touch?: boolean; beforeLoad?: (page: Page) => Promise<unknown> } = {},
): Promise<AppPage> {
  const base = options.baseUrl ?? appUrl();
  const context = await (await getBrowser()).newContext({
    viewport,
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    // A phone: touch events, a coarse pointer and no hover.
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  // Fail fast: a locator that never appears should fail its test, not hang it.
  page.setDefaultTimeout(8_000);
  const origin = new URL(base).origin;
  const app: AppPage = { page, foreignRequests: [], errors: [] };
  opened.push(app);
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) app.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') app.errors.push(message.text());
  });
  page.on('pageerror', (error) => app.errors.push(error.message));
  await options.beforeLoad?.(page);
  await page.goto(`${base}/${query}`);
  if (options.waitForMap !== false) await waitForMap(page);
  return app;
}

/** The app pages opened since the last test ended, for checkAppsAfterEach. */
const opened: AppPage[] = [];

/**
 * A test file's checks after each test, on every app page it opened: no
 * console error, and (with `requests`) nothing asked of a server but the
 * app's own; then each page's context is closed, and after the file the browser.
 */
export function checkAppsAfterEach({ requests }: { requests: boolean }): void {
  afterEach(async () => {
    for (const app of opened.splice(0)) {
      if (requests) expect(app.foreignRequests).toEqual([]);
      expect(app.errors).toEqual([]);
      await app.page.context().close();
    }
  });
  afterAll(closeBrowser);
}

export async function waitForMap(page: Page): Promise<void> {
  // And no panel still loading its code (a council's or partnership's, which load after the first view).
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true' && !document.querySelector('.panel-loading'), null, { timeout: 20_000 });
}

/** Links drawn by the latest draw of the link canvas. */
export function linksDrawn(page: Page): Promise<number> {
  return page.evaluate(() => {
    const marks = performance.getEntriesByName('links-drawn') as PerformanceMark[];
    return (marks.at(-1)?.detail as { links: number } | undefined)?.links ?? -1;
  });
}

/** Wait for the link canvas to draw after something changed. */
export async function nextLinkDraw(page: Page, after: number): Promise<void> {
  await page.waitForFunction((t) => {
    const marks = performance.getEntriesByName('links-drawn');
    return marks.length > 0 && marks.at(-1)!.startTime > t;
  }, after);
}

export function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Page coordinates of a strongly drawn pixel of the links' top canvas (a highlighted link), away from the endpoints. */
export function findLinkPixel(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    // The link layer's canvases, in order: the base, then the links on top of it.
    const canvas = Array.from(document.querySelectorAll<HTMLCanvasElement>('canvas.link-canvas')).at(-1);
    const map = document.querySelector<HTMLElement>('.leaflet-container');
    if (!canvas || !map) return null;
    const ctx = canvas.getContext('2d')!;
    const { width, height } = canvas;
    const pixels = ctx.getImageData(0, 0, width, height).data;
    const rect = canvas.getBoundingClientRect();
    const mapRect = map.getBoundingClientRect();
    const scale = width / rect.width;
    const strong = (i: number) => pixels[i + 3]! > 230 && !(pixels[i]! > 240 && pixels[i + 1]! > 240 && pixels[i + 2]! > 240);
    for (let y = 0; y < height; y += 2) {
      for (let x = 0; x < width; x += 2) {
        const i = (y * width + x) * 4;
        if (!strong(i)) continue;
        // A pixel whose neighbours five pixels away on each side along one axis are also drawn lies inside a line.
        const around = [
          ((y) * width + (x - 5)) * 4,
          ((y) * width + (x + 5)) * 4,
          ((y - 5) * width + x) * 4,
          ((y + 5) * width + x) * 4,
        ];
        const drawn = around.filter((j) => j >= 0 && j < pixels.length && strong(j)).length;
        if (drawn < 2) continue;
        const px = rect.left + x / scale;
        const py = rect.top + y / scale;
        if (px < mapRect.left + 300 || px > mapRect.right - 60 || py < mapRect.top + 60 || py > mapRect.bottom - 40) continue;
        return { x: px, y: py };
      }
    }
    return null;
  });
}

/** The base link canvas (all links not on top): how many pixels it paints, a checksum of its bitmap, and its CSS opacity and transform. */
export function linkBase(page: Page): Promise<{ painted: number; sum: number; opacity: string; transform: string }> {
  return page.evaluate(() => {
    // The first canvas in the links pane; the overlay of the links on top comes after it.
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-links-pane canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    let sum = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    for (let i = 0; i < data.length; i += 97) sum = (sum * 31 + data[i]!) % 1_000_000_007;
    return { painted, sum, opacity: canvas.style.opacity, transform: canvas.style.transform };
  });
}

/** Wait until the links have not been drawn for half a second (a move or zoom has ended). */
export async function linksQuiet(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.now() - (performance.getEntriesByName('links-drawn').at(-1)?.startTime ?? 0) > 500);
}
