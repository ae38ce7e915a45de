import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/bench/staticServer';
import { closeBrowser, getBrowser, serveHostPage, STRICT_CSP } from './harness';

// The embed issue's end-to-end check: the example host page, served from one
// local origin, embeds the map twice from another that sends the strict
// Content-Security-Policy the README recommends.

const root = join(__dirname, '..', '..');
const PLACEHOLDER = 'https://maps.example.org/shared-services/';

let app: StaticServer;
let host: Awaited<ReturnType<typeof serveHostPage>>;
let hostUrl: string;

beforeAll(async () => {
  app = await serveFolder(join(root, 'dist'), { 'Content-Security-Policy': `${STRICT_CSP}; report-uri /csp-report` });
  host = await serveHostPage((req, res) => {
    const file = req.url === '/example.css' ? 'example.css' : 'index.html';
    const text = readFileSync(join(root, 'examples', file), 'utf8').replaceAll(PLACEHOLDER, `${app.url}/`);
    // ?strict: the host page under a policy of its own that forbids style attributes.
    const policy = req.url === '/?strict' ? { 'Content-Security-Policy': `default-src 'self'; script-src 'self' ${app.url}; style-src 'self'; frame-src ${app.url}` } : {};
    res.writeHead(200, { 'Content-Type': file.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8', ...policy }).end(text);
  });
  hostUrl = host.url;
});

afterAll(async () => {
  await closeBrowser();
  await app.close();
  await host.close();
});

async function mapFrames(page: Page): Promise<Frame[]> {
  await expect.poll(() => page.frames().filter((f) => f.url().startsWith(app.url)).length, { timeout: 15_000 }).toBe(2);
  const frames = page.frames().filter((f) => f.url().startsWith(app.url));
  for (const frame of frames) {
    // Chromium does not paint a cross-origin frame out of view: bring each into view to let it draw.
    await (await frame.frameElement()).scrollIntoViewIfNeeded();
    await frame.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 20_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return frames;
}

describe('the example host page', () => {
  it('embeds two maps that take their content’s height, keep the page scrolling, break no CSP rule and call nobody else', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
    // Record CSP violations in every frame, the embedded maps included.
    await context.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    const origins = new Set([new URL(app.url).origin, new URL(hostUrl).origin]);
    const elsewhere: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && !origins.has(new URL(url).origin)) elsewhere.push(url);
    });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(hostUrl);
    const frames = await mapFrames(page);

    // Each iframe grows from its 300-pixel attribute to the height its content needs.
    const iframes = page.locator('iframe');
    for (let i = 0; i < 2; i++) {
      // The iframe's own document (its address may since have been tidied by the app).
      const frame = (await (await iframes.nth(i).elementHandle())!.contentFrame())!;
      expect(frames).toContain(frame);
      const content = () => frame.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));
      // Measured together, as the content may still grow while its lazy parts load.
      await expect.poll(async () => Math.abs((await iframes.nth(i).boundingBox())!.height - (await content()))).toBeLessThan(1);
      expect(await content()).toBeGreaterThan(400);
    }

    // The wheel over a map scrolls the page and does not zoom the map.
    const first = (await iframes.nth(0).boundingBox())!;
    const before = await page.evaluate(() => window.scrollY);
    const zoomOf = () => frames[0]!.evaluate(() => document.querySelector<HTMLElement>('.leaflet-container')?.dataset.zoom ?? '');
    // Wait for the opening flight to the focused council to end.
    let zoomBefore = '';
    await expect.poll(async () => {
      const previous = zoomBefore;
      zoomBefore = await zoomOf();
      return previous === zoomBefore;
    }, { interval: 400 }).toBe(true);
    await page.mouse.move(first.x + first.width / 2, first.y + 200);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    await page.waitForTimeout(300);
    expect(await zoomOf()).toBe(zoomBefore);
    expect(Number(zoomBefore)).toBeGreaterThan(5);
    expect(await frames[0]!.locator('.gesture-hint.visible').count()).toBe(1);

    // No CSP violation in any frame, none reported to the server, and no request to a third origin.
    for (const frame of page.frames()) {
      expect(await frame.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    }
    expect(app.requests.filter((path) => path.startsWith('/csp-report'))).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // The check can fail: an inline style attribute in a map frame is reported.
    await frames[0]!.evaluate(() => {
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: red');
      document.body.append(probe);
    });
    await expect.poll(() => frames[0]!.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length)).toBe(1);
    await context.close();
  });

  it('on a host page whose own policy forbids style attributes, the maps still take the full width with no border', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => m.text().includes('style') && blocked.push(m.text()));
    await page.goto(`${hostUrl}/?strict`);
    await mapFrames(page);
    // The policy dropped the snippet's style attribute (Chromium says so on the console)...
    expect(blocked.length).toBeGreaterThan(0);
    // ...and embed.js set the same declarations through the style object.
    for (const iframe of await page.locator('iframe').all()) {
      await expect.poll(() => iframe.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
      const widths = await iframe.evaluate((el) => [el.getBoundingClientRect().width, el.parentElement!.clientWidth - parseFloat(getComputedStyle(el.parentElement!).paddingLeft) - parseFloat(getComputedStyle(el.parentElement!).paddingRight)]);
      expect(widths[0]).toBeCloseTo(widths[1]!, 0);
      expect(widths[0]).toBeGreaterThan(400);
    }
    await context.close();
  });
});
