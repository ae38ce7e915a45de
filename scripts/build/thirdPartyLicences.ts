import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

// The licences of the packages the production build bundles, written next to
// it as one text file: MIT, ISC, BSD and react-leaflet's Hippocratic licence
// all ask that their notice goes with every copy, and minifying strips the
// notices from the code.

export interface BundledPackage {
  name: string;
  version: string;
  licence: string;
  /** The package's licence file, as it ships it (null when it has none). */
  text: string | null;
}

/** The package folder (…/node_modules/name or …/node_modules/@scope/name) a module id lies in, if any. */
export function packageFolder(moduleId: string): string | null {
  const path = moduleId.replace(/^\0/, '').split('?')[0]!;
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at === -1) return null;
  const rest = path.slice(at + marker.length).split(sep);
  const depth = rest[0]!.startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return null;
  return path.slice(0, at + marker.length) + rest.slice(0, depth).join(sep);
}

export function readPackage(folder: string): BundledPackage {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const file = readdirSync(folder).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return { name: manifest.name, version: manifest.version, licence: manifest.license ?? 'UNKNOWN', text: file ? readFileSync(join(folder, file), 'utf8').trim() : null };
}

/** The packages that module ids belong to, each once, by name. */
export function bundledPackages(moduleIds: Iterable<string>): BundledPackage[] {
  const folders = new Set<string>();
  for (const id of moduleIds) {
    const folder = packageFolder(id);
    if (folder && existsSync(join(folder, 'package.json'))) folders.add(folder);
  }
  return [...folders].map(readPackage).sort((a, b) => a.name.localeCompare(b.name));
}

export function licencesText(packages: readonly BundledPackage[]): string {
  const head = [
    'Shared Services Map: the licences of the third-party software in this build.',
    '',
    ...packages.map((p) => `- ${p.name} ${p.version}: ${p.licence}`),
    '',
    'react-leaflet and @react-leaflet/core are under the Hippocratic License 2.1, which is not an',
    'OSI-approved open-source licence: see its text below and the README.',
  ];
  const bodies = packages.map((p) => [`${'='.repeat(72)}`, `${p.name} ${p.version} (${p.licence})`, '', p.text ?? `(The package ships no licence file; its package.json gives ${p.licence}.)`].join('\n'));
  return [...head, '', ...bodies, ''].join('\n');
}

export const LICENCES_FILE = 'THIRD-PARTY-LICENCES.txt';
