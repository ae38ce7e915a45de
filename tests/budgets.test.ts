import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, FIRST_VIEW_FILES } from '../src/shared/dataFiles';

// Size budgets for the first view, gzipped (zlib's default level, as the
// benchmark's server and most static hosts send it). Sizes only: times are
// measured by `npm run bench`, which never fails. `npm test` builds first.

const KB = 1024;
export const BUDGETS = { firstViewJs: 150 * KB, firstViewData: 250 * KB };

const root = resolve(__dirname, '..');
const dist = join(root, 'dist');
const dataDir = join(root, 'public', 'data');

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The scripts index.html loads at start: module scripts and module preloads. */
function firstViewScripts(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /\bsrc=/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel=["']?modulepreload/.test(tag);
    if (!isScript && !isPreload) continue;
    const url = /\b(?:src|href)=["']?([^"' >]+)/.exec(tag)?.[1];
    if (url && !/^(https?:)?\/\//.test(url)) found.add(url.replace(/^\.?\//, '').split(/[?#]/)[0]!);
  }
  return [...found];
}

function report(title: string, rows: [string, number][], budget: number): number {
  const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`${title}: ${kb(total)} gzipped (budget ${kb(budget)})\n${rows.map(([name, bytes]) => `  ${name}: ${kb(bytes)}`).join('\n')}`);
  return total;
}

describe('first-view size budgets', () => {
  it('JavaScript loaded by index.html is at most 150 KB gzipped', () => {
    const index = join(dist, 'index.html');
    if (!existsSync(index)) throw new Error('dist/index.html is missing: build first with `npm run build` (npm test does it before vitest).');
    const scripts = firstViewScripts(readFileSync(index, 'utf8'));
    expect(scripts.length, 'index.html loads no script').toBeGreaterThan(0);
    const rows = scripts.map((script): [string, number] => {
      const file = join(dist, script);
      if (!existsSync(file)) throw new Error(`index.html loads ${script}, which is not in dist/: rebuild with \`npm run build\``);
      return [script, gzipped(file)];
    });
    const total = report('First-view JavaScript', rows, BUDGETS.firstViewJs);
    expect(total, `first-view JavaScript is ${kb(total)} gzipped, over the ${kb(BUDGETS.firstViewJs)} budget`).toBeLessThanOrEqual(BUDGETS.firstViewJs);
  });

  it('data the app loads at start is at most 250 KB gzipped', () => {
    const rows = FIRST_VIEW_FILES.map((key) => DATA_FILES[key]).map((name): [string, number] => {
      const file = join(dataDir, name);
      if (!existsSync(file)) throw new Error(`public/data/${name} is missing: build first with \`npm run build\` (or \`npm run data\`).`);
      return [`data/${name}`, gzipped(file)];
    });
    const total = report('First-view data', rows, BUDGETS.firstViewData);
    expect(total, `first-view data is ${kb(total)} gzipped, over the ${kb(BUDGETS.firstViewData)} budget`).toBeLessThanOrEqual(BUDGETS.firstViewData);
  });
});
