import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/buildData';
import { UsageError } from '../../scripts/lib/commandLine';

// `npm run data` (and so `npm start`, which runs it first) on a machine that
// is offline and has no sources beside the checkout.

const temp = mkdtempSync(join(tmpdir(), 'build-data-main-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const offline = (() =>
  Promise.reject(
    new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND raw.githubusercontent.com'), { code: 'ENOTFOUND', hostname: 'raw.githubusercontent.com' }) }),
  )) as typeof fetch;

describe('npm run data, offline and without the sources', () => {
  it('ends with which files, from where, why and the three ways to provide them, not "fetch failed"', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((text: string) => void printed.push(text));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const status = await main([], { projectRoot: temp, sharedDir: join(temp, 'no-shared'), cacheDir: join(temp, 'cache'), outDir: join(temp, 'out'), fetchImpl: offline });
    expect(status).toBe(1);
    const last = printed.at(-1)!;
    expect(last).toContain('The data build could not get 4 source files:');
    expect(last).toContain('  mysociety-la-register/uk_local_authorities_future.csv from https://raw.githubusercontent.com/mysociety/');
    expect(last).toContain(': the name raw.githubusercontent.com does not resolve (ENOTFOUND)');
    expect(last).toContain('1. set SOURCES_DIR to a folder');
    expect(last).toContain(`2. or put that folder at ../shared/sources/ beside the checkout (${join(temp, 'no-shared')})`);
    expect(last).toContain('3. or connect to the internet');
    expect(printed.join('\n')).not.toContain('fetch failed');
  });

  it('refuses an option it does not know', async () => {
    await expect(main(['--bogus'])).rejects.toThrow(new UsageError('unknown option --bogus'));
  });
});
