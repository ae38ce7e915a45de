import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChecksumError, resolveSource, sha256, SOURCE_FILES } from '../../../scripts/lib/sources';
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

  it('says what is missing when the download fails', async () => {
    const missing = { ...changes, url: 'https://raw.githubusercontent.com/nobody/nothing/file.csv' };
    await expect(resolveSource(missing, { projectRoot: work, sharedDir: join(work, 'no-shared'), cacheDir: join(work, 'c3'), mirror: server.url })).rejects.toThrow(
      /HTTP 404/,
    );
  });
});
