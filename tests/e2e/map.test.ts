import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAppsAfterEach, findLinkPixel, linkBase, linksDrawn, linksQuiet, nextLinkDraw, now, openApp, type AppPage } from './harness';

// The map issue's end-to-end checks, in real Chromium on the production build.

let app: AppPage | null = null;

// Every test: nothing leaves the local server, and nothing goes wrong in the console.
checkAppsAfterEach({ requests: true });

describe('the map', () => {
  it('draws the councils and the partnerships between them', async () => {
    app = await openApp();
    const { page } = app;
    expect(await linksDrawn(page)).toBeGreaterThan(150);
    const painted = await page.evaluate(() => {
      const count = (canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n;
      };
      const [boundaries, links] = [...document.querySelectorAll<HTMLCanvasElement>('.leaflet-pane canvas')];
      return { boundaries: count(boundaries!), links: count(links!) };
    });
    expect(painted.boundaries).toBeGreaterThan(50_000);
    expect(painted.links).toBeGreaterThan(2_000);
    expect(await page.evaluate(() => performance.getEntriesByName('map-ready').length)).toBe(1);
    expect(await page.getByRole('region', { name: 'Map of councils and the partnerships between them' }).count()).toBe(1);
  });

  it('fetches, up to the first view drawn, only the scripts index.html names (those tests/budgets.test.ts counts)', async () => {
    const html = readFileSync(join(__dirname, '..', '..', 'dist', 'index.html'), 'utf8');
    const named = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => `/${m[1]}`).sort();
    expect(named.length).toBeGreaterThan(0);
    app = await openApp();
    const fetched = await app.page.evaluate(() => {
      const ready = performance.getEntriesByName('map-ready')[0]!.startTime;
      const scripts = performance.getEntriesByType('resource').filter((r) => r.startTime <= ready && /\.m?js$/.test(new URL(r.name).pathname));
      return [...new Set(scripts.map((r) => new URL(r.name).pathname))].sort();
    });
    expect(fetched).toEqual(named);
  });

  it('asks for each file of the first view’s data once, after the shell’s first contentful paint (src/data/firstViewRequests.ts)', async () => {
    app = await openApp();
    const { paint, requests } = await app.page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      requests: performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.includes('/data/'))
        .map((r) => ({ file: new URL(r.name).pathname.split('/').pop()!, start: r.startTime })),
    }));
    expect(paint).not.toBeNull();
    const firstView = ['boundaries.topo.json', 'councils.json', 'services.json', 'partnerships.json', 'meta.json'];
    const early = requests.filter((r) => firstView.includes(r.file));
    expect(early.map((r) => r.file).sort()).toEqual([...firstView].sort());
    for (const request of early) expect(request.start, request.file).toBeGreaterThanOrEqual(paint!);
  });

  it('fits the UK to the frame at the first view, and lets no single partnership dominate the lines drawn', async () => {
    // The link canvas says the largest partnership's share of its lines when asked (window.markCensus).
    app = await openApp('', undefined, { beforeLoad: (page) => page.addInitScript(() => Object.assign(window, { markCensus: true })) });
    const { page } = app;
    const fit = await page.evaluate(() => {
      // Rows of the map frame where the shapes' canvas paints land: the UK's outline from Scilly to Shetland.
      const frame = document.querySelector<HTMLElement>('.map-frame')!.getBoundingClientRect();
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-pane canvas')!;
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let top = Infinity;
      let bottom = -Infinity;
      for (let y = 0; y < canvas.height; y++) {
        const pageY = rect.top + y / scale;
        if (pageY < frame.top || pageY > frame.bottom) continue;
        for (let x = 0; x < canvas.width; x += 2) {
          if (data[(y * canvas.width + x) * 4 + 3]! === 0) continue;
          top = Math.min(top, pageY);
          bottom = Math.max(bottom, pageY);
          break;
        }
      }
      const marks = performance.getEntriesByName('links-drawn') as PerformanceMark[];
      return { share: (bottom - top) / frame.height, largest: (marks.at(-1)!.detail as { largestShare: number }).largestShare };
    });
    expect(fit.share).toBeGreaterThanOrEqual(0.7);
    // By stroke area (length by width with casing) of what the base draws: once a national body's thirty spokes took most of it.
    expect(fit.largest).toBeGreaterThan(0);
    expect(fit.largest).toBeLessThanOrEqual(0.1);
    // The key beside the UK, not over it: no land under the open key.
    const underKey = await page.evaluate(() => {
      const key = document.querySelector<HTMLElement>('.legend')!.getBoundingClientRect();
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-pane canvas')!;
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      const data = canvas.getContext('2d')!.getImageData((key.left - rect.left) * scale, (key.top - rect.top) * scale, key.width * scale, key.height * scale).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n / (data.length / 4);
    });
    expect(underKey).toBeLessThan(0.02);
  });

  it('draws groups’ marks that would overlap at the first view as clusters: hovering one lists its partnerships, a click zooms in to them', async () => {
    // The link canvas says where its clusters are when asked (window.markCensus).
    app = await openApp('', undefined, { beforeLoad: (page) => page.addInitScript(() => Object.assign(window, { markCensus: true })) });
    const { page } = app;
    await linksQuiet(page);
    const drawn = await page.evaluate(() => {
      const marks = performance.getEntriesByName('links-drawn') as PerformanceMark[];
      return marks.at(-1)!.detail as { marks: number; clusters: [number, number, number][] };
    });
    // Some two hundred groups at the whole UK: fewer marks drawn than that, some of them clusters.
    const groups = drawn.marks - drawn.clusters.length + drawn.clusters.reduce((sum, [, , n]) => sum + n, 0);
    const [x, y, count] = drawn.clusters.reduce((a, b) => (b[2] > a[2] ? b : a));
    // The README's figures ("Marks close together become one") come from this line.
    console.log(`First view at 1280×800: ${groups} groups' marks drawn as ${drawn.marks}, ${drawn.clusters.length} of them clusters; the largest has ${count}.`);
    expect(groups).toBeGreaterThan(150);
    expect(drawn.clusters.length).toBeGreaterThan(5);
    expect(drawn.marks).toBeLessThan(150);
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    const zoomBefore = Number(await page.locator('.leaflet-container').getAttribute('data-zoom'));
    const tooltip = page.getByRole('tooltip');
    const wanted = `${count} partnerships of five or more councils`;
    // A line can pass through the cluster's centre, and the line nearest the pointer answers: a spot on the
    // cluster a few pixels off its centre (every cluster is over 6 px across) finds the cluster itself.
    const spots = [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3], [2, 2], [-2, -2]] as const;
    let found = false;
    let spot = { x: map.x + x, y: map.y + y };
    for (const [dx, dy] of spots) {
      spot = { x: map.x + x + dx, y: map.y + y + dy };
      await page.mouse.move(map.x + x + dx - 1, map.y + y + dy);
      await page.mouse.move(map.x + x + dx, map.y + y + dy);
      found = await tooltip
        .filter({ hasText: wanted })
        .waitFor({ timeout: 1500 })
        .then(() => true, () => false);
      if (found) break;
    }
    expect(found, `no spot on the cluster at ${x}, ${y} shows its tooltip`).toBe(true);
    await expect.poll(() => tooltip.textContent()).toContain(wanted);
    // The first seven by name, then the others counted (the cluster holds more than eight).
    expect(count).toBeGreaterThan(8);
    expect(await tooltip.textContent()).toContain(`${count - 7} more partnerships`);
    expect(await tooltip.locator('b').count()).toBe(7);
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(async () => Number(await page.locator('.leaflet-container').getAttribute('data-zoom'))).toBeGreaterThan(zoomBefore);
    // A click on a cluster opens nothing.
    expect(new URL(page.url()).searchParams.get('partnership')).toBeNull();
  });

  it('finds a council by search, focuses it and lists its partnerships', async () => {
    app = await openApp();
    const { page } = app;
    const search = page.getByRole('combobox', { name: 'Find a council or partnership' });
    await search.fill('Hampshire CC');
    await page.getByRole('option', { name: /Hampshire County Council/ }).first().waitFor();
    await search.press('Enter');
    await page.waitForURL(/council=E10000014/);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Hampshire County Council' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: /Hampshire Shared Services Partnership/ }).count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toMatch(/^Hampshire County Council: \d+ partnerships/);
  });

  it('fades the other links behind a focused council, without drawing them again, and restores them when it closes', async () => {
    app = await openApp('?council=E07000223');
    const { page } = app;
    await expect.poll(async () => (await linkBase(page)).opacity).toBe('0.2');
    // Let the move to the council end.
    await linksQuiet(page);
    const before = await linkBase(page);
    const draw = nextLinkDraw(page, await now(page));
    await page.getByRole('button', { name: 'Close council details' }).click();
    await draw;
    await expect.poll(async () => (await linkBase(page)).opacity).toBe('');
    // The same bitmap, shown in full again.
    expect((await linkBase(page)).sum).toBe(before.sum);
  });

  it('draws the links again for the new view after a zoom, in the frame after the shapes', async () => {
    app = await openApp();
    const { page } = app;
    await linksQuiet(page);
    const before = await linkBase(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(100);
    await linksQuiet(page);
    const after = await linkBase(page);
    // Placed for the new view at its own scale (no zoom animation's scale left), and drawn anew.
    expect(after.transform).not.toMatch(/scale\((?!1\))/);
    expect(after.sum).not.toBe(before.sum);
    expect(after.painted).toBeGreaterThan(2_000);
  });

  it('opens a partnership’s details from a click on its link', async () => {
    app = await openApp('?council=E07000223');
    const { page } = app;
    await page.waitForTimeout(300);
    const point = await findLinkPixel(page);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForURL(/partnership=/);
    const id = new URL(page.url()).searchParams.get('partnership');
    // One of Adur's partnerships, as the bundled data has them.
    const adurs = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'dist', 'data', 'partnerships.json'), 'utf8')) as { id: string; councils: string[] }[])
      .filter((p) => p.councils.includes('E07000223'))
      .map((p) => p.id);
    expect(adurs).toContain(id);
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Sources' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 3, name: 'Councils' }).count()).toBe(1);
  });

  it('changes what is shown, and the URL, when a filter changes', async () => {
    app = await openApp();
    const { page } = app;
    const before = await linksDrawn(page);
    await page.getByRole('button', { name: /^Filters/ }).click();
    const t = await now(page);
    await page.getByRole('checkbox', { name: 'Legal and democratic services' }).check();
    await page.waitForURL(/services=legal/);
    await nextLinkDraw(page, t);
    const after = await linksDrawn(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const headline = await page.locator('.summary-headline').textContent();
    const shown = Number(/(\d+) partnerships?/.exec(headline ?? '')![1]);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.waitForURL(/view=table/);
    // The table view's table (the open filters hold the timeline's table of counts too).
    const table = page.locator('.stage').getByRole('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(shown);
    expect(new URL(page.url()).searchParams.get('services')).toBe('legal');
  });

  it('picks a council’s region from its panel, and from the totals by region: the area filter, and the map zooms to it', async () => {
    app = await openApp('?council=E06000023', { width: 1280, height: 800 }, { reducedMotion: true });
    const { page } = app;
    const zoom = () => page.locator('.leaflet-container').getAttribute('data-zoom');
    await expect.poll(zoom).not.toBeNull();
    const atBristol = Number(await zoom());
    await page.locator('.council-facts').getByRole('button', { name: 'South West' }).click();
    await page.waitForURL(/area=south-west/);
    // The South West is larger than Bristol and its partners: the map zooms out to it.
    await expect.poll(async () => Number(await zoom())).toBeLessThan(atBristol);
    // From the summary's totals: Scotland.
    await page.getByRole('button', { name: 'Close council details' }).click();
    await page.locator('.region-totals-section summary').click();
    const southWest = await page.locator('.summary-headline').textContent();
    await page.locator('.region-totals').first().getByRole('button', { name: 'Scotland' }).click();
    await page.waitForURL(/area=scotland/);
    await expect.poll(() => page.locator('.summary-headline').textContent()).not.toBe(southWest);
  });

  it('opens the same view from a URL, and back and forward move between views', async () => {
    app = await openApp('?partnership=orbis&services=ict,hr-payroll&view=table&sort=-savings', undefined, { waitForMap: false });
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Orbis' }).count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: /Yearly savings/ }).getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByRole('button', { name: 'Table', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Surrey County Council' }).click();
    await page.waitForURL(/council=E10000030/);
    await page.goBack();
    await page.waitForURL(/partnership=orbis/);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Orbis' }).count()).toBe(1);
    await page.goForward();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Surrey County Council' }).count()).toBe(1);
  });

  it('shows councils abolished since in the years they existed', async () => {
    app = await openApp('?year=2017&council=E07000005');
    const { page } = app;
    await page.waitForTimeout(300);
    const box = (await page.locator('.leaflet-container').boundingBox())!;
    // The map fits Chiltern's area beside the open key: near the middle of the part the key leaves, find a spot over the district rather than a link.
    const key = (await page.locator('.legend').boundingBox())!;
    const middleX = (key.x + key.width + box.x + box.width) / 2;
    const tooltip = page.getByRole('tooltip');
    const hoverCouncil = async (dx: number, dy: number) => {
      await page.mouse.move(middleX + dx, box.y + box.height / 2 + dy);
      await page.mouse.move(middleX + dx + 1, box.y + box.height / 2 + dy + 1);
      return (await tooltip.count()) ? ((await tooltip.textContent()) ?? '') : '';
    };
    // The map fits Chiltern and its partners, however many: look over a grid around the middle for Chiltern itself.
    const spots: [number, number][] = [];
    for (let ring = 0; ring <= 6; ring++) for (const dx of [-1, 0, 1]) for (const dy of [-1, 0, 1]) if (ring > 0 || (dx === 0 && dy === 0)) spots.push([dx * ring * 25, dy * ring * 20]);
    let text = '';
    for (const [dx, dy] of spots) {
      text = await hoverCouncil(dx, dy);
      if (text.includes('Chiltern District Council') && text.includes('In ')) break;
    }
    expect(text).toContain('Chiltern District Council');
    expect(text).toContain('In Buckinghamshire County Council');
    expect(await page.locator('.year-badge').textContent()).toBe('Councils as in 2017');

    await page.goto(page.url().replace('year=2017', 'year=2021'));
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
    let later = '';
    for (const [dx, dy] of spots) {
      later = await hoverCouncil(dx, dy);
      if (later.includes('Buckinghamshire Council')) break;
    }
    expect(later).toContain('Buckinghamshire Council');
    expect(later).not.toContain('Chiltern');
  });

  it('shows a plain message and a retry button when a data file is missing', async () => {
    app = await openApp('', undefined, { waitForMap: false });
    const { page } = app;
    await page.route('**/data/partnerships.json', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.reload();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('partnerships.json could not be fetched');
    await page.unroute('**/data/partnerships.json');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
    // The failed fetch is reported by the browser as a console error: expected here, not a fault.
    app.errors = app.errors.filter((e) => !e.includes('404'));
  });
});
