import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBench, type BenchServer } from '../../../scripts/bench/benchServer';
import { rawGet } from '../../helpers/rawGet';

const outside = mkdtempSync(join(tmpdir(), 'ssm-benchserver-'));
const root = join(outside, 'dist');
let server: BenchServer;

beforeAll(async () => {
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<p>app</p>'.repeat(50));
  writeFileSync(join(root, 'app.js'), 'console.log(1);');
  writeFileSync(join(outside, 'other.json'), '[1,2,3]');
  server = await serveBench(root);
});
afterAll(async () => {
  await server.close();
  rmSync(outside, { recursive: true, force: true });
});

describe('serveBench', () => {
  it('gzips when the request accepts it, as a static host would, and never lets the browser cache', async () => {
    const zipped = await rawGet(server.url, '/', { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['cache-control']).toBe('no-store');
    expect(gunzipSync(zipped.body).toString()).toBe('<p>app</p>'.repeat(50));
    const plain = await rawGet(server.url, '/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('console.log(1);');
    expect(server.log.map((l) => [l.path, l.gzip])).toEqual([
      ['/', true],
      ['/app.js', false],
    ]);
  });

  it('serves another file for a path until the override is taken back', async () => {
    server.override('/data/partnerships.json', join(outside, 'other.json'));
    expect((await rawGet(server.url, '/data/partnerships.json')).body.toString()).toBe('[1,2,3]');
    server.override('/data/partnerships.json', null);
    expect((await rawGet(server.url, '/data/partnerships.json')).status).toBe(404);
  });

  it('answers 404 for a path outside its folder', async () => {
    expect((await rawGet(server.url, '/..%2Fother.json')).status).toBe(404);
  });
});
