import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBench, type BenchServer } from '../../../scripts/bench/benchServer';
import { launchChromium } from '../../../scripts/bench/chromium';
import { heapAfterGc, measureFilter, openAndLoad } from '../../../scripts/bench/measure';

// The measurements against a page that behaves as the app does where the
// bench watches: it marks links-drawn when it draws and map-ready once, and
// a key button redraws and changes the URL.
const PAGE = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
<button class="legend-service" style="margin:40px;width:80px;height:30px">ICT</button>
<script>
  const draw = (links) => performance.mark('links-drawn', { detail: { links, drawn: links, grouped: false } });
  fetch('data/councils.json').then((r) => r.json()).then(() => {
    draw(0);
    performance.mark('map-ready');
    document.documentElement.dataset.mapReady = 'true';
    requestAnimationFrame(() => draw(3));
  });
  document.querySelector('button').addEventListener('click', () => {
    const on = !location.search.includes('services');
    history.pushState(null, '', on ? '?services=ict' : location.pathname);
    requestAnimationFrame(() => draw(on ? 1 : 3));
  });
</script></body></html>`;

const root = mkdtempSync(join(tmpdir(), 'ssm-measure-'));
let browser: Browser;
let server: BenchServer;

beforeAll(async () => {
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'data', 'councils.json'), JSON.stringify({ councils: 'x'.repeat(5000) }));
  browser = await launchChromium();
  server = await serveBench(root);
});
afterAll(async () => {
  await server.close();
  await browser.close();
  rmSync(root, { recursive: true, force: true });
});

describe('openAndLoad and measureFilter', () => {
  it('time the load to map-ready and to the first frame with links, and count the first view’s bytes', async () => {
    const open = await openAndLoad(browser, `${server.url}/`);
    try {
      const { load, transfer } = open;
      expect(load.mapReadyMs).toBeGreaterThan(0);
      expect(load.links).toBe(3);
      expect(load.linksShownMs).toBeGreaterThanOrEqual(load.mapReadyMs);
      expect(load.dataArrivedMs).toBeGreaterThan(0);
      expect(load.draws.map((d) => d.links)).toEqual([0, 3]);
      expect(transfer.data).toBeGreaterThan(0);
      expect(transfer.requests.map((r) => r.path)).toContain('/data/councils.json');
      expect(await heapAfterGc(open.cdp)).toBeGreaterThan(0);

      const on = await measureFilter(open.page);
      expect(on.services).toBe('ict');
      expect(on.links).toBe(1);
      expect(on.toFrameMs).toBeGreaterThanOrEqual(on.toDrawMs);
      const off = await measureFilter(open.page);
      expect(off.services).toBeNull();
      expect(open.errors).toEqual([]);
    } finally {
      await open.context.close();
    }
  });
});
