import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, EVERY_RULE_TAGS } from './axe';
import { checkAppsAfterEach, openApp, type AppPage } from './harness';

// axe-core at WCAG 2.2 AA in each main state of the app, and reflow at 320
// CSS pixels and with text at 200%.

let app: AppPage | null = null;

// Every test: nothing goes wrong in the console.
checkAppsAfterEach({ requests: false });

async function expectNoViolations(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

describe('axe-core finds no WCAG 2.2 AA violation', () => {
  it('at the start', async () => {
    app = await openApp();
    await expectNoViolations(app.page);
  });

  it('with a council focused', async () => {
    app = await openApp('?council=E10000014');
    await app.page.getByRole('heading', { level: 2, name: 'Hampshire County Council' }).waitFor();
    await expectNoViolations(app.page);
  });

  it('with a partnership’s details open', async () => {
    app = await openApp('?partnership=orbis');
    await app.page.getByRole('heading', { level: 2, name: 'Orbis' }).waitFor();
    await expectNoViolations(app.page);
  });

  it('with the filters open', async () => {
    app = await openApp('?services=legal&year=2015');
    await app.page.getByRole('button', { name: /^Filters/ }).click();
    await app.page.getByRole('checkbox', { name: 'All years' }).waitFor();
    await expectNoViolations(app.page);
  });

  it('in the table view', async () => {
    app = await openApp('?view=table&sort=-savings', undefined, { waitForMap: false });
    await app.page.getByRole('table').waitFor();
    await expectNoViolations(app.page);
  });

  it('in the embed view', async () => {
    app = await openApp('?embed=1&council=E07000223&list=1');
    await expectNoViolations(app.page);
  });

  it('with the embed dialog open', async () => {
    app = await openApp();
    await app.page.getByRole('button', { name: 'Embed this map' }).click();
    await app.page.getByRole('dialog').waitFor();
    await expectNoViolations(app.page);
  });

  it('comparing two councils', async () => {
    app = await openApp('?compare=E09000015,E09000003');
    await app.page.getByRole('heading', { name: 'Partnerships they share' }).waitFor();
    await expectNoViolations(app.page);
  });

  it('on a 360-pixel phone', async () => {
    app = await openApp('?council=E06000023', { width: 360, height: 740 });
    await expectNoViolations(app.page);
  });

  it('in Welsh', async () => {
    app = await openApp('?lang=cy&council=W06000015');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toBe('Map Gwasanaethau a Rennir');
    await expectNoViolations(app.page);
  });
});

describe('axe-core with all its rules (best practice too) finds nothing', () => {
  it.each([
    ['on the full map', '', true],
    ['in the table', '?view=table', false],
    ['in the embed', '?embed=1', true],
    ['in the embed with a council and the list', '?embed=1&council=E07000223&list=1', true],
  ])('%s', async (_name, query, waitForMap) => {
    app = await openApp(query, undefined, { waitForMap });
    if (!waitForMap) await app.page.getByRole('table').waitFor();
    const violations = await axeViolations(app.page, EVERY_RULE_TAGS);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});

describe('the axe check itself', () => {
  it('reports a violation when there is one', async () => {
    app = await openApp();
    await app.page.evaluate(() => {
      const button = document.createElement('button');
      button.className = 'probe';
      document.querySelector('main')!.append(button);
    });
    const violations = await axeViolations(app.page);
    expect(violations.map((v) => v.id)).toContain('button-name');
  });
});

describe('reflow', () => {
  const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('needs no horizontal scrolling at 320 CSS pixels (as at 400% zoom)', async () => {
    app = await openApp('?council=E10000014', { width: 320, height: 640 });
    expect(await horizontalOverflow(app.page)).toBe(0);
    await app.page.goto(app.page.url().replace('?', '?view=table&'));
    await app.page.getByRole('table').waitFor();
    // The table scrolls in its own region; the page does not.
    expect(await horizontalOverflow(app.page)).toBe(0);
  });

  it('keeps working with text at 200%', async () => {
    app = await openApp('?partnership=orbis', { width: 1280, height: 800 });
    await app.page.getByRole('heading', { level: 2, name: 'Orbis' }).waitFor();
    await app.page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    expect(await horizontalOverflow(app.page)).toBe(0);
    expect(await app.page.getByRole('heading', { level: 2, name: 'Orbis' }).isVisible()).toBe(true);
  });
});
