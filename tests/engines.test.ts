import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The Node versions package.json's engines (and the README) promise are the
// ones every tool the project installs accepts: each dependency's own
// engines range allows every version ours allows.

const root = join(import.meta.dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as { engines?: { node?: string }; dependencies?: object; devDependencies?: object };

type Version = [number, number, number];
const parse = (text: string): Version => {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map(Number);
  return [major, minor, patch];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The forms of range the installed packages' engines use: ^X.Y.Z, >=X.Y.Z, a bare major, joined by ||. */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((part) => {
    const p = part.trim();
    if (p.startsWith('^')) return v[0] === parse(p.slice(1))[0] && compare(v, parse(p.slice(1))) >= 0;
    if (p.startsWith('>=')) return compare(v, parse(p.slice(2).trim())) >= 0;
    if (/^\d+$/.test(p)) return v[0] === Number(p);
    throw new Error(`a range form this test does not read: "${p}"`);
  });
}

const ours = readJson('package.json');
const range = ours.engines!.node!;
const tools = Object.keys({ ...ours.dependencies, ...ours.devDependencies }).flatMap((name) => {
  const node = readJson(join('node_modules', name, 'package.json')).engines?.node;
  return node ? [{ name, node }] : [];
});
const VERSIONS = ['18.20.0', '20.18.3', '20.19.0', '20.20.2', '21.7.0', '22.12.0', '22.13.0', '22.20.0', '23.11.0', '24.0.0', '25.1.0'];

describe('the Node versions the project accepts', () => {
  it('are exactly those every installed tool accepts, of a sample around each boundary', () => {
    for (const version of VERSIONS) {
      const refusing = tools.filter((t) => !satisfies(version, t.node)).map((t) => `${t.name} (${t.node})`);
      expect(satisfies(version, range), `Node ${version}: refused by ${refusing.join(', ') || 'no tool'}`).toBe(refusing.length === 0);
    }
  });

  it('are stated in the README as in package.json', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`(\`${range}\`, the \`engines\` of \`package.json\``);
  });
});
