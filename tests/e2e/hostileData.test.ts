import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build/bundleData';
import { optionsFromEnv } from '../../scripts/build/sources';
import { serveFolder, type StaticServer } from '../../scripts/bench/staticServer';
import { DATA_FILES } from '../../src/shared/dataFiles';
import type { Council, PartnershipDetails, PartnershipRecord, PartnershipSummary } from '../../src/shared/types';
import { axeViolations } from './axe';
import { openApp, type AppPage } from './harness';

// The app built over a dataset in which every text field holds script
// injection: the curated records go through the real data build, then the
// bundled files are edited as a council hosting its own copy might (council
// names, addresses the build would refuse, a hostile id). No script may run,
// no dialog open and no element appear that the app did not make.

const root = join(__dirname, '..', '..');

/**
 * Each payload, when it works, sets window.__xss, opens a dialog or adds an
 * element marked data-injected (or all three).
 */
export const PAYLOADS = [
  '<script data-injected>window.__xss=1;alert(1)</script>',
  '<img src=x onerror="window.__xss=1;alert(1)" data-injected>',
  '"><img src=x onerror=window.__xss=1 data-injected>',
  "'><svg onload=window.__xss=1 data-injected>",
  '<svg data-injected><script>window.__xss=1</script></svg>',
  '<iframe srcdoc="<script>parent.__xss=1</script>" data-injected></iframe>',
  '<a href="javascript:window.__xss=1" data-injected>click</a>',
  '<details open ontoggle=window.__xss=1 data-injected>',
  '<style data-injected>body{display:none}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1 data-injected>',
  '</textarea><script data-injected>window.__xss=1</script>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  "'); window.__xss=1; //",
  '=HYPERLINK("https://evil.example/","x")',
  '\u202Egnp.exe',
];

/** Addresses the data build refuses, put straight into the bundled details as a hand edit would. */
const HOSTILE_URLS = ['javascript:window.__xss=1', 'data:text/html,<script>alert(1)</script>', ' javascript:alert(1)', 'vbscript:msgbox(1)'];

const HOSTILE_ID = '"><img src=x onerror=window.__xss=1 data-injected>';

let site: string;
let server: StaticServer;
/** For each payload, a council and a partnership whose name begins with it. */
let councilsToVisit: string[] = [];
let partnershipsToVisit: string[] = [];
/** Those of them whose sources quote passages. */
let withPassages = new Set<string>();

const pick = (i: number) => PAYLOADS[i % PAYLOADS.length]!;

function hostileRecords(): PartnershipRecord[] {
  const dir = join(root, 'data', 'partnerships');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f, i) => {
      const record = JSON.parse(readFileSync(join(dir, f), 'utf8')) as PartnershipRecord;
      const quote = record.savings ? `${record.savings.quote} ${pick(i + 4)}` : null;
      // Every passage gains a payload too; the one quoting the savings quotes the wording with its payload, as the checks require.
      const passage = (text: string, j: number) => (record.savings && quote && text.includes(record.savings.quote) ? text.replace(record.savings.quote, quote) : `${pick(i + j + 7)} ${text}`);
      return {
        ...record,
        name: `${pick(i)} ${record.name}`,
        description: `${pick(i + 1)} ${record.description}`,
        servicesAsWritten: `${pick(i + 2)} ${record.servicesAsWritten}`,
        ...(record.notes ? { notes: `${pick(i + 3)} ${record.notes}` } : {}),
        // The quote keeps its figures (the build checks them against the reading) and gains a payload.
        ...(record.savings && quote ? { savings: { ...record.savings, quote } } : {}),
        sources: record.sources.map((s, j) => ({
          ...s,
          title: `${pick(i + j)} ${s.title}`,
          publisher: `${pick(i + j + 5)} ${s.publisher}`,
          ...(s.passages ? { passages: s.passages.map((p) => ({ ...p, text: passage(p.text, j) })) } : {}),
        })),
        ...(record.membershipChanges ? { membershipChanges: record.membershipChanges.map((c) => ({ ...c, note: pick(i + 6) })) } : {}),
      };
    });
}

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'ssm-hostile-'));
  const dataDir = join(site, 'curated');
  mkdirSync(join(dataDir, 'partnerships'), { recursive: true });
  hostileRecords().forEach((record) => writeFileSync(join(dataDir, 'partnerships', `${record.id}.json`), JSON.stringify(record)));
  const taxonomy = JSON.parse(readFileSync(join(root, 'data', 'services.json'), 'utf8')) as { services: { label: string; description: string; aliases: string[] }[] };
  taxonomy.services.forEach((s, i) => {
    s.label = `${pick(i)} ${s.label}`;
    s.description = pick(i + 1);
    s.aliases = [...s.aliases, pick(i + 2)];
  });
  writeFileSync(join(dataDir, 'services.json'), JSON.stringify(taxonomy));
  cpSync(join(root, 'data', 'council-aliases.json'), join(dataDir, 'council-aliases.json'));

  // The real data build over the hostile records.
  const out = join(site, 'www', 'data');
  cpSync(join(root, 'dist'), join(site, 'www'), { recursive: true, filter: (src) => !src.includes(`${join(root, 'dist', 'data')}`) });
  await buildData({ ...optionsFromEnv(root), log: () => {}, dataDir, outDir: out });

  // Then the hand edits the build would refuse.
  const councils = JSON.parse(readFileSync(join(out, DATA_FILES.councils), 'utf8')) as Council[];
  councils.forEach((c, i) => {
    c.name = `${pick(i)} ${c.name}`;
    c.shortName = `${pick(i + 1)} ${c.shortName}`;
    if (c.nameCy) c.nameCy = `${pick(i + 2)} ${c.nameCy}`;
    c.altNames = [...c.altNames, pick(i + 3)];
  });
  councilsToVisit = PAYLOADS.map((payload) => councils.find((c) => c.name.startsWith(payload) && !c.noShape)!.code);
  writeFileSync(join(out, DATA_FILES.councils), JSON.stringify(councils));
  const summaries = JSON.parse(readFileSync(join(out, DATA_FILES.partnerships), 'utf8')) as PartnershipSummary[];
  const details = JSON.parse(readFileSync(join(out, DATA_FILES.details), 'utf8')) as Record<string, PartnershipDetails>;
  const first = summaries[0]!;
  details[HOSTILE_ID] = details[first.id]!;
  delete details[first.id];
  first.id = HOSTILE_ID;
  Object.values(details).forEach((d, i) => {
    d.sources[0]!.url = HOSTILE_URLS[i % HOSTILE_URLS.length]!;
  });
  // Where one has them, a partnership whose sources quote passages (which carry payloads too).
  const quotes = (p: PartnershipSummary) => Boolean(details[p.id]?.sources.some((x) => x.passages?.length));
  partnershipsToVisit = PAYLOADS.map((payload) => {
    const named = summaries.filter((p) => p.name.startsWith(payload) && p.id !== HOSTILE_ID);
    return (named.find(quotes) ?? named[0]!).id;
  });
  withPassages = new Set(partnershipsToVisit.filter((id) => quotes(summaries.find((p) => p.id === id)!)));
  writeFileSync(join(out, DATA_FILES.partnerships), JSON.stringify(summaries));
  writeFileSync(join(out, DATA_FILES.details), JSON.stringify(details));
  // No Content-Security-Policy here: the test is that the app never makes markup of data, not that a CSP would stop it.
  server = await serveFolder(join(site, 'www'));
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

/** What would show that a payload worked. */
async function injected(app: AppPage, dialogs: string[]) {
  const page = app.page;
  return {
    dialogs,
    xss: await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null),
    markedElements: await page.evaluate(() => document.querySelectorAll('[data-injected]').length),
    handlerAttributes: await page.evaluate(() => Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length),
    scriptLinks: await page.evaluate(() => Array.from(document.querySelectorAll('a[href]')).filter((a) => !/^(https?:|blob:|#|\.|\/|\?)/.test(a.getAttribute('href')!)).map((a) => a.getAttribute('href'))),
    // The embed dialog's preview is the app's own iframe, of its own page; any other is not.
    frames: await page.evaluate(() => Array.from(document.querySelectorAll('iframe, object, embed')).filter((el) => !(el instanceof HTMLIFrameElement && !el.srcdoc && new URL(el.src).origin === location.origin)).length),
    errors: app.errors.filter((e) => !e.includes('Failed to load resource')),
    foreign: app.foreignRequests,
  };
}

const CLEAN = { dialogs: [], xss: null, markedElements: 0, handlerAttributes: 0, scriptLinks: [], frames: 0, errors: [], foreign: [] };

async function open(query: string): Promise<{ app: AppPage; dialogs: string[] }> {
  const dialogs: string[] = [];
  const app = await openApp(query, undefined, {
    baseUrl: server.url,
    beforeLoad: async (page: Page) => {
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    },
  });
  return { app, dialogs };
}

describe('hostile text in every field of the data', () => {
  it('is shown as text across the map, search, panels, table and Welsh, and never runs', async () => {
    const { app, dialogs } = await open('');
    const { page } = app;

    // Tooltips: hover across the map.
    const box = (await page.locator('.leaflet-container').boundingBox())!;
    for (let i = 1; i < 8; i++) await page.mouse.move(box.x + (box.width * i) / 8, box.y + box.height / 2);
    // Search for a council whose name now carries a payload, and open it.
    const search = page.getByRole('combobox');
    await search.fill('Harrow');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await page.getByRole('option').first().click();
    await page.locator('#council-heading').waitFor();
    const heading = await page.locator('#council-heading').textContent();
    expect(PAYLOADS.some((payload) => heading?.includes(payload))).toBe(true);
    // Open one of its partnerships and wait for the sources.
    await page.locator('#panel .partnership-entry').first().click();
    await page.locator('#partnership-heading').waitFor();
    await page.locator('.sources li').first().waitFor();
    // The address the build would refuse is shown as text, not as a link.
    await expect.poll(() => page.locator('.source-unlinked').count()).toBeGreaterThan(0);

    // Every payload in a council's name and in a partnership's name and text, in their panels.
    // The heading of the last visit is still on the page: wait for it to name the next one, not for it to be there.
    const visit = async (query: string, heading: string, payload: string) => {
      await page.evaluate((q) => {
        history.pushState(null, '', q);
        dispatchEvent(new PopStateEvent('popstate'));
      }, query);
      // The payload is on screen, as the characters it is made of.
      await expect.poll(() => page.locator(heading).textContent()).toContain(payload);
    };
    for (const [i, code] of councilsToVisit.entries()) await visit(`?council=${code}`, '#council-heading', PAYLOADS[i]!);
    for (const [i, id] of partnershipsToVisit.entries()) {
      await visit(`?partnership=${id}`, '#partnership-heading', PAYLOADS[i]!);
      await page.locator('.sources li').first().waitFor();
      if (withPassages.has(id)) await expect.poll(() => page.locator('.passages blockquote').count()).toBeGreaterThan(0);
    }
    expect(withPassages.size).toBeGreaterThan(0);
    expect(await injected(app, dialogs)).toEqual(CLEAN);

    // The partnership with a hostile id, by its address.
    const { app: byId, dialogs: byIdDialogs } = await open(`?partnership=${encodeURIComponent(HOSTILE_ID)}`);
    await byId.page.locator('#partnership-heading').waitFor();
    expect(await injected(byId, byIdDialogs)).toEqual(CLEAN);
    await byId.page.context().close();

    // The table, sorted, and the CSV download.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('table tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download/ }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    // A cell that a spreadsheet would run as a formula starts with an apostrophe.
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

    // Welsh, and the embed dialog.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('cy');
    await page.locator('.header-controls .button.secondary').click();
    await page.getByRole('dialog').waitFor();

    expect(await injected(app, dialogs)).toEqual(CLEAN);
    // The hostile text is there, as text.
    expect(await page.locator('body').textContent()).toContain('onerror');
    await page.context().close();
  });

  it('leaves the damaged records out and says so, and the rest of the map works', async () => {
    const www = join(site, 'www', 'data');
    const summaries = JSON.parse(readFileSync(join(www, DATA_FILES.partnerships), 'utf8')) as unknown[];
    const damaged = [...summaries, { id: 'no-councils', name: '<b>x</b>', services: ['ict'] }, 'not a record'];
    writeFileSync(join(www, DATA_FILES.partnerships), JSON.stringify(damaged));
    try {
      const { app, dialogs } = await open('');
      await expect.poll(() => app.page.locator('.data-notice').textContent()).toContain('2 partnerships could not be shown');
      await app.page.locator('.data-notice summary').click();
      await expect.poll(() => app.page.locator('.data-notice-records li').count()).toBe(2);
      expect(await app.page.locator('.data-notice-records').textContent()).toContain('“no-councils”: councils is missing or not valid');
      // The notice meets WCAG 2.2 AA like the rest of the page.
      expect(await axeViolations(app.page)).toEqual([]);
      expect(await injected(app, dialogs)).toEqual(CLEAN);
      await app.page.context().close();
    } finally {
      writeFileSync(join(www, DATA_FILES.partnerships), JSON.stringify(summaries));
    }
  });
});

describe('hostile and broken addresses', () => {
  const QUERIES = [
    '?council=<script>window.__xss=1</script>&partnership=javascript:alert(1)',
    '?year=99999&services=%E0%A4%A&lang=xx&status=%',
    '?partnership=__proto__&embed=1&height=1e309&accent=url(https://evil.example/x)',
    '?%&&=&council&year=-0&savings=NaN',
    '?sort=-constructor&view=table&area=../../etc/passwd',
    // Long, but under the 16 KB of headers a server (Node's here) accepts.
    `?council=${'E'.repeat(8_000)}`,
  ];
  it('always open the map, ignore what they cannot read, and write back a clean address', async () => {
    for (const query of QUERIES) {
      const dialogs: string[] = [];
      const app = await openApp(query, undefined, {
        beforeLoad: async (page: Page) => {
          page.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
          });
        },
        waitForMap: !query.includes('view=table'),
      });
      if (query.includes('view=table')) await app.page.locator('table tbody tr').first().waitFor();
      expect(await injected(app, dialogs), query).toEqual(CLEAN);
      // What the app wrote back holds only what it understood.
      const written = await app.page.evaluate(() => location.search);
      expect(written, query).not.toMatch(/script|javascript|evil|proto|constructor|passwd|EEEE|%E0|NaN|99999/i);
      await app.page.context().close();
    }
  });
});
