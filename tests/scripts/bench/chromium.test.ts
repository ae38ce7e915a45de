import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../../../scripts/bench/chromium';

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

describe('chromium', () => {
  it('uses CHROME_PATH when it exists, else the system Chromium', () => {
    process.env.CHROME_PATH = process.execPath;
    expect(chromiumPath()).toBe(process.execPath);
    process.env.CHROME_PATH = '/nowhere/chrome';
    expect(chromiumPath()).not.toBe('/nowhere/chrome');
  });

  it('launches headless with the bench flags', async () => {
    expect(CHROMIUM_ARGS).toContain('--disable-gpu');
    const browser = await launchChromium();
    try {
      expect(browser.version()).toMatch(/^\d+\./);
    } finally {
      await browser.close();
    }
  });
});
