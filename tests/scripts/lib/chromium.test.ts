import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PLACES, chromiumPath } from '../../../scripts/lib/chromium';

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
