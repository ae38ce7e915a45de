import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackages, LICENCES_FILE, licencesText, packageFolder } from '../../../scripts/build/thirdPartyLicences';

const root = resolve(__dirname, '..', '..', '..');
const nm = join(root, 'node_modules');

describe('packageFolder', () => {
  it('finds the package a bundled module belongs to, scoped or not, nested or not', () => {
    expect(packageFolder(join(nm, 'react', 'cjs', 'react.production.js'))).toBe(join(nm, 'react'));
    expect(packageFolder(join(nm, '@react-leaflet', 'core', 'lib', 'index.js'))).toBe(join(nm, '@react-leaflet', 'core'));
    expect(packageFolder(`\0${join(nm, 'a', 'node_modules', 'b', 'x.js')}?commonjs-exports`)).toBe(join(nm, 'a', 'node_modules', 'b'));
    expect(packageFolder(join(root, 'src', 'main.tsx'))).toBeNull();
    expect(packageFolder(`${nm}${sep}`)).toBeNull();
  });
});

describe('the licences file', () => {
  it('gives each bundled package its licence and its licence text', () => {
    const packages = bundledPackages([join(nm, 'leaflet', 'dist', 'leaflet-src.js'), join(nm, 'react-leaflet', 'lib', 'index.js'), join(nm, 'leaflet', 'dist', 'leaflet.css')]);
    expect(packages.map((p) => [p.name, p.licence])).toEqual([
      ['leaflet', 'BSD-2-Clause'],
      ['react-leaflet', 'Hippocratic-2.1'],
    ]);
    const text = licencesText(packages);
    expect(text).toContain('Copyright (c) 2010-2023, Volodymyr Agafonkin');
    expect(text).toContain('Hippocratic License');
  });

  it('is written by the build and covers every runtime dependency', () => {
    const file = join(root, 'dist', LICENCES_FILE);
    expect(existsSync(file), 'run npm run build first (npm test does)').toBe(true);
    const text = readFileSync(file, 'utf8');
    const dependencies = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    for (const name of dependencies) expect(text, name).toMatch(new RegExp(`^- ${name.replace('/', '\\/')} \\d`, 'm'));
  });
});
