import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/bench/staticServer';
import { getBrowser, closeBrowser, linksDrawn, waitForMap } from './harness';

// `npm run build` output works when copied to any sub-folder of a static host.

let site: string;
let server: StaticServer;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'ssm-host-'));
  cpSync(join(__dirname, '..', '..', 'dist'), join(site, 'council', 'maps', 'shared-services'), { recursive: true });
  server = await serveFolder(site);
});

afterAll(async () => {
  await closeBrowser();
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

describe('hosted in a sub-folder', () => {
  it('loads its code and data from beside its index.html', async () => {
    const context = await (await getBrowser()).newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto(`${server.url}/council/maps/shared-services/?council=E10000014`);
    await waitForMap(page);
    expect(await linksDrawn(page)).toBeGreaterThan(100);
    expect(failed).toEqual([]);
    expect(server.requests.filter((path) => path.includes('/data/')).every((path) => path.startsWith('/council/maps/shared-services/data/'))).toBe(true);
    await context.close();
  });
});
