import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PLACES, chromiumPath, launchChromium } from '../../../scripts/bench/chromium';

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

const temp = mkdtempSync(join(tmpdir(), 'chromium-path-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('chromiumPath', () => {
  it('takes CHROME_PATH first, when it is there', () => {
    const browser = join(temp, 'chrome');
    writeFileSync(browser, '');
    expect(chromiumPath({ CHROME_PATH: browser })).toBe(browser);
  });

  it('looks in the usual places on Debian, macOS and Windows otherwise', () => {
    expect(CHROMIUM_PLACES).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(CHROMIUM_PLACES).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    const found = CHROMIUM_PLACES.find((path) => {
      try {
        return chromiumPath({}) === path;
      } catch {
        return false;
      }
    });
    // This machine has one of them (the end-to-end tests need it), or none and the error says what to do.
    if (found === undefined) expect(() => chromiumPath({})).toThrow(/set CHROME_PATH to Chrome or Chromium/);
    else expect(chromiumPath({ CHROME_PATH: join(temp, 'not-there') })).toBe(found);
  });
});
