import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/bench/chromium';
import { captureTrace } from '../../../scripts/bench/trace';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('captureTrace', () => {
  it('records the browser’s trace events around an action, with the renderer’s main thread named', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const events = await captureTrace(browser, async () => {
      await page.setContent('<p>hello</p>');
      await page.evaluate(() => performance.mark('traced'));
    });
    await context.close();
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')).toBe(true);
  });

  it('stops tracing and rethrows when the action fails', async () => {
    await expect(captureTrace(browser, () => Promise.reject(new Error('no map')))).rejects.toThrow('no map');
    // A second trace can start: the first was stopped.
    await expect(captureTrace(browser, async () => undefined)).resolves.toBeInstanceOf(Array);
  });
});
