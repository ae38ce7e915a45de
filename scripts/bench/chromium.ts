import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

// Debian's Chromium (or CHROME_PATH), driven by Playwright. A test tool's
// own browser download does not work on these machines, so we never use one.

/** Where Chromium and Chrome usually are: Debian first, then macOS and Windows. */
export const CHROMIUM_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROME_PATH, ...CHROMIUM_PLACES].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found${env.CHROME_PATH ? ` (CHROME_PATH is ${env.CHROME_PATH}, which is not there)` : ''}: install Debian's chromium package (.ci/run does), ` +
        'or set CHROME_PATH to Chrome or Chromium (the README says where they usually are on macOS and Windows).',
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...(options.args ?? [])], ...options });
}
