import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../../scripts/bench/staticServer';
import { rawGet } from '../../helpers/rawGet';

const outside = mkdtempSync(join(tmpdir(), 'ssm-static-'));
const root = join(outside, 'site');
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(join(root, 'data'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, 'data', 'a.json'), '{"a":1}');
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  server = await serveFolder(root, { 'X-Test': 'yes' });
});
afterAll(async () => {
  await server.close();
  rmSync(outside, { recursive: true, force: true });
});

describe('serveFolder', () => {
  it('serves a file with its content type and the extra headers, and a folder as its index.html', async () => {
    const json = await rawGet(server.url, '/data/a.json');
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toBe('application/json');
    expect(json.headers['x-test']).toBe('yes');
    expect(json.body.toString()).toBe('{"a":1}');
    expect((await rawGet(server.url, '/')).body.toString()).toBe('<p>home</p>');
    expect(server.requests).toEqual(['/data/a.json', '/']);
  });

  it('answers 404 for a missing file and refuses a path outside its root', async () => {
    expect((await rawGet(server.url, '/missing.js')).status).toBe(404);
    const escape = await rawGet(server.url, '/..%2Fsecret.txt');
    expect(escape.status).toBe(403);
    expect(escape.body.toString()).not.toContain('secret');
  });
});
