import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/bench/staticServer';
import { closeBrowser, getBrowser, serveHostPage, STRICT_CSP } from './harness';

// The README promises that a page already using pym.js (as the ONS and many
// newsrooms do) needs nothing more: its pym.Parent sizes the map's iframe.
// Here the real pym.js, from its npm package, is the parent, on another
// origin than the map, with no embed.js on the page.

const root = join(__dirname, '..', '..');
const PYM = readFileSync(join(root, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), 'utf8');

let app: StaticServer;
let host: Awaited<ReturnType<typeof serveHostPage>>;
let hostUrl: string;

function hostPage(mapUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A newsroom page using pym.js</title></head>
<body><h1>Councils that share services</h1><div id="map-host"></div>
<script src="/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('map-host', ${JSON.stringify(mapUrl)}, { title: 'Shared Services Map' });</script>
</body></html>`;
}

beforeAll(async () => {
  app = await serveFolder(join(root, 'dist'), { 'Content-Security-Policy': STRICT_CSP });
  host = await serveHostPage((req, res) => {
    if (req.url === '/pym.v1.min.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(PYM);
    else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(`${app.url}/?embed=1&council=E07000223`));
  });
  hostUrl = host.url;
});

afterAll(async () => {
  await closeBrowser();
  await app.close();
  await host.close();
});

describe('a pym.js parent page', () => {
  it('sees the iframe grow to the height of the map’s document, after the app has tidied its address', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(hostUrl);
    const iframe = page.locator('#map-host iframe');
    await expect.poll(() => iframe.count(), { timeout: 10_000 }).toBe(1);
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 20_000 });
    // pym put its childId in the address; the app has since rewritten the address without it.
    expect(await iframe.getAttribute('src')).toContain('childId=map-host');
    await expect.poll(() => frame.evaluate(() => window.location.search)).not.toContain('childId');
    const content = () => frame.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));
    // pym.js sets the height attribute it is sent; the frame's box follows. Measured together, as the content may still grow while its lazy parts load.
    await expect.poll(async () => (await iframe.getAttribute('height')) === `${await content()}px`, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await content()))).toBeLessThan(1);
    expect(await content()).toBeGreaterThan(476);
    await context.close();
  });
});
