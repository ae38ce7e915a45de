import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChecksumError, SourceUnavailableError } from '../../../scripts/build/sourceErrors';
import { resolveAllSources, resolveSource, sha256, SOURCE_FILES } from '../../../scripts/build/sources';
import { serveFolder, type StaticServer } from '../../../scripts/bench/staticServer';

// The download path, tested against a local HTTP server laid out like
// raw.githubusercontent.com, serving the shared source files.

const sharedSources = resolve(__dirname, '..', '..', '..', '..', 'shared', 'sources');
const register = SOURCE_FILES.find((s) => s.id === 'register')!;
const changes = SOURCE_FILES.find((s) => s.id === 'changes')!;

function mirrorPath(url: string): string {
  return url.replace('https://raw.githubusercontent.com/', '');
}

let mirrorRoot: string;
let server: StaticServer;
let work: string;

beforeAll(async () => {
  mirrorRoot = mkdtempSync(join(tmpdir(), 'ssm-mirror-'));
  for (const source of [register, changes]) {
    const target = join(mirrorRoot, mirrorPath(source.url));
    mkdirSync(resolve(target, '..'), { recursive: true });
    cpSync(join(sharedSources, source.folder, source.file), target);
  }
  server = await serveFolder(mirrorRoot);
  work = mkdtempSync(join(tmpdir(), 'ssm-work-'));
});

afterAll(async () => {
  await server.close();
  rmSync(mirrorRoot, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('resolveSource', () => {
  it('reads SOURCES_DIR before ../shared/sources', async () => {
    const sourcesDir = join(work, 'sources-dir');
    mkdirSync(join(sourcesDir, changes.folder), { recursive: true });
    cpSync(join(sharedSources, changes.folder, changes.file), join(sourcesDir, changes.folder, changes.file));
    const found = await resolveSource(changes, { projectRoot: work, sourcesDir, sharedDir: sharedSources });
    expect(found.origin).toBe('SOURCES_DIR');
    expect(sha256(found.content)).toBe(changes.sha256);
  });

  it('downloads a missing file, checks its sha256 and keeps it in the cache', async () => {
    const cacheDir = join(work, 'cache');
    const options = { projectRoot: work, sharedDir: join(work, 'no-shared'), cacheDir, mirror: server.url };
    const downloaded = await resolveSource(register, options);
    expect(downloaded.origin).toBe('download');
    expect(server.requests).toContain(`/${mirrorPath(register.url)}`);
    expect(sha256(readFileSync(join(cacheDir, register.folder, register.file)))).toBe(register.sha256);

    const requestsBefore = server.requests.length;
    const cached = await resolveSource(register, options);
    expect(cached.origin).toBe('cache');
    expect(server.requests.length).toBe(requestsBefore);
  });

  it('refuses a download whose checksum is wrong, and caches nothing', async () => {
    const target = join(mirrorRoot, mirrorPath(changes.url));
    const original = readFileSync(target);
    writeFileSync(target, Buffer.concat([original, Buffer.from('tampered\n')]));
    const cacheDir = join(work, 'cache-bad');
    try {
      await expect(resolveSource(changes, { projectRoot: work, sharedDir: join(work, 'no-shared'), cacheDir, mirror: server.url })).rejects.toBeInstanceOf(
        ChecksumError,
      );
    } finally {
      writeFileSync(target, original);
    }
    await expect(resolveSource(changes, { projectRoot: work, sharedDir: join(work, 'no-shared'), cacheDir, mirror: server.url })).resolves.toMatchObject({
      origin: 'download',
    });
  });

  it('refuses a local file whose checksum is wrong', async () => {
    const sourcesDir = join(work, 'bad-local');
    mkdirSync(join(sourcesDir, changes.folder), { recursive: true });
    writeFileSync(join(sourcesDir, changes.folder, changes.file), 'oldcd,newcd\n');
    await expect(resolveSource(changes, { projectRoot: work, sourcesDir, sharedDir: sharedSources })).rejects.toThrow(/sha256/);
  });

  it('says which file, from where, the HTTP status and the three ways to provide it when the server answers with an error', async () => {
    const missing = { ...changes, url: 'https://raw.githubusercontent.com/nobody/nothing/file.csv' };
    const error = await resolveSource(missing, { projectRoot: work, sharedDir: join(work, 'no-shared'), cacheDir: join(work, 'c3'), mirror: server.url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expectThreeWays((error as Error).message);
    expect((error as Error).message).toContain(`ons-uk-topojson/changes.csv from ${server.url}/nobody/nothing/file.csv: the server answered HTTP 404`);
  });

  it('says the connection was refused (ECONNREFUSED), by whom, for a real refused connection', async () => {
    const closed = await serveFolder(mirrorRoot);
    await closed.close();
    const error = await resolveSource(register, { projectRoot: work, sharedDir: join(work, 'no-shared'), cacheDir: join(work, 'c4'), mirror: closed.url }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/uk_local_authorities_future\.csv from http:\/\/127\.0\.0\.1:\d+\/mysociety\/.*: the connection to 127\.0\.0\.1:\d+ was refused \(ECONNREFUSED\)/);
    expectThreeWays((error as Error).message);
  });

  it('gives up on a server that never answers, and says it timed out', async () => {
    const silent = createServer(() => undefined).listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const { port } = silent.address() as AddressInfo;
    try {
      const error = await resolveSource(register, { projectRoot: work, sharedDir: join(work, 'no-shared'), cacheDir: join(work, 'c5'), mirror: `http://127.0.0.1:${port}`, timeoutMs: 200 }).catch(
        (e: unknown) => e,
      );
      expect((error as Error).message).toContain(`127.0.0.1:${port} did not answer in time (timed out)`);
      expectThreeWays((error as Error).message);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('keeps the cause fetch hides behind "fetch failed": a name that does not resolve (ENOTFOUND)', async () => {
    const offline = (() =>
      Promise.reject(
        new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND raw.githubusercontent.com'), { code: 'ENOTFOUND', hostname: 'raw.githubusercontent.com' }) }),
      )) as typeof fetch;
    const error = await resolveSource(register, { projectRoot: work, sharedDir: join(work, 'no-shared'), cacheDir: join(work, 'c6'), fetchImpl: offline }).catch((e: unknown) => e);
    const message = (error as Error).message;
    expect(message).toContain(`mysociety-la-register/uk_local_authorities_future.csv from ${register.url}: the name raw.githubusercontent.com does not resolve (ENOTFOUND)`);
    expect(message).not.toContain('fetch failed');
    expectThreeWays(message);
  });

  it('names every file it could not get, not only the first', async () => {
    const offline = (() => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }))) as typeof fetch;
    const error = await resolveAllSources({ projectRoot: work, sharedDir: join(work, 'no-shared'), cacheDir: join(work, 'c7'), fetchImpl: offline }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect((error as SourceUnavailableError).failures.map((f) => f.source.file)).toEqual(SOURCE_FILES.map((s) => s.file));
    expect((error as Error).message).toContain('The data build could not get 4 source files:');
  });

  it('says the three ways to provide a file whose checksum is wrong', async () => {
    const sourcesDir = join(work, 'bad-local-2');
    mkdirSync(join(sourcesDir, changes.folder), { recursive: true });
    writeFileSync(join(sourcesDir, changes.folder, changes.file), 'oldcd,newcd\n');
    const error = await resolveSource(changes, { projectRoot: work, sourcesDir, sharedDir: sharedSources }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`ons-uk-topojson/changes.csv from ${join(sourcesDir, changes.folder, changes.file)}: its sha256 is`);
    expect((error as Error).message).toContain(`replace it with the file from ${changes.url}, or delete it`);
    expectThreeWays((error as Error).message);
  });
});

function expectThreeWays(message: string): void {
  expect(message).toContain('1. set SOURCES_DIR to a folder that holds them as');
  expect(message).toContain('2. or put that folder at ../shared/sources/ beside the checkout');
  expect(message).toContain('3. or connect to the internet: `npm run data` downloads them');
}
