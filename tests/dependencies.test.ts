import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Dependencies: few, current and pinned by the lockfile. The README lists
// every runtime dependency with its version range and its licence (as the
// package's own package.json states it); this test fails, naming the
// package, when the list and the dependencies drift apart, when the
// lockfile does not pin one, or when CI comes to depend on `npm audit`
// (the registry mirror CI uses does not answer it).

const root = join(import.meta.dirname, '..');
const readText = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');
const readJson = <T>(...path: string[]) => JSON.parse(readText(...path)) as T;

interface PackageJson {
  dependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
}

interface ListedDependency {
  version: string;
  licence: string;
}

const SECTION = '## Dependencies and licences';

/** Licences the Open Source Initiative approves, of those a web app's dependencies commonly use. */
const OSI_APPROVED = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'MPL-2.0', 'Zlib', 'BlueOak-1.0.0']);

/**
 * The README's table of runtime dependencies: the first table under the
 * section's heading, with `package | version | licence` as its first columns
 * (package and version in backticks).
 */
function readListedDependencies(readme: string): Map<string, ListedDependency> {
  const start = readme.indexOf(`\n${SECTION}\n`);
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section`);
  const next = readme.indexOf('\n## ', start + SECTION.length + 1);
  const lines = readme.slice(start, next < 0 ? undefined : next).split('\n');
  const header = lines.findIndex((line) => /^\|\s*package\s*\|\s*version\s*\|\s*licence\s*\|/.test(line));
  if (header < 0) throw new Error(`README.md's "${SECTION}" has no table with the columns package | version | licence`);
  const listed = new Map<string, ListedDependency>();
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    const version = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    const licence = cells[2];
    if (!name || !version || !licence) throw new Error(`README.md's dependency table: cannot read the row ${line}`);
    if (listed.has(name)) throw new Error(`README.md's dependency table lists ${name} twice`);
    listed.set(name, { version, licence });
  }
  return listed;
}

/** The licence a package's package.json states (the `license` field; the old `licenses` list as a fallback). */
function licenceOf(name: string): string | null {
  const path = join('node_modules', ...name.split('/'), 'package.json');
  if (!existsSync(join(root, path))) return null;
  const pkg = readJson<PackageJson>(path);
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (pkg.licenses?.length) return pkg.licenses.map((l) => l.type).join(' OR ');
  return null;
}

/** What is wrong between the dependencies and the README's list, one message per problem, naming the package. */
function dependencyListProblems(
  dependencies: Record<string, string>,
  listed: Map<string, ListedDependency>,
  licence: (name: string) => string | null,
): string[] {
  const problems: string[] = [];
  for (const [name, range] of Object.entries(dependencies)) {
    const row = listed.get(name);
    if (!row) {
      const stated = licence(name);
      problems.push(`${name}: a runtime dependency not listed in README.md's "${SECTION}" (add it with its licence, ${stated ?? 'as its package.json states it'})`);
      continue;
    }
    if (row.version !== range) problems.push(`${name}: README.md gives the range ${row.version}, package.json ${range}`);
    const stated = licence(name);
    if (stated === null) problems.push(`${name}: node_modules/${name}/package.json is missing or states no licence (run npm ci)`);
    else if (row.licence !== stated) problems.push(`${name}: README.md gives the licence ${row.licence}, its package.json says ${stated}`);
  }
  for (const name of listed.keys()) {
    if (!(name in dependencies)) problems.push(`${name}: listed in README.md but no longer a runtime dependency (take it out of the list)`);
  }
  return problems;
}

/** Whether a version satisfies a range of the forms package.json uses here: ^x.y.z, ~x.y.z or x.y.z. */
function satisfies(version: string, range: string): boolean {
  const r = /^([\^~]?)(\d+)\.(\d+)\.(\d+)$/.exec(range);
  const v = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!r) throw new Error(`range ${range}: only ^x.y.z, ~x.y.z and x.y.z are understood here; extend satisfies() in tests/dependencies.test.ts`);
  if (!v) return false;
  const [want, got] = [r.slice(2, 5).map(Number), v.slice(1, 4).map(Number)] as [number[], number[]];
  const atLeast = got[0]! !== want[0]! ? got[0]! > want[0]! : got[1]! !== want[1]! ? got[1]! > want[1]! : got[2]! >= want[2]!;
  if (!atLeast) return false;
  switch (r[1]) {
    case '':
      return got.join('.') === want.join('.');
    case '~':
      return got[0] === want[0] && got[1] === want[1];
    default: // ^: the first non-zero part may not change
      if (want[0] !== 0) return got[0] === want[0];
      if (want[1] !== 0) return got[0] === 0 && got[1] === want[1];
      return got.join('.') === want.join('.');
  }
}

const pkg = readJson<PackageJson>('package.json');
const dependencies = pkg.dependencies ?? {};

describe('runtime dependencies and their licences', () => {
  it('README.md lists every runtime dependency, with its range and the licence its package.json states, and nothing else', () => {
    const listed = readListedDependencies(readText('README.md'));
    expect(Object.keys(dependencies).length).toBeGreaterThan(0);
    expect(dependencyListProblems(dependencies, listed, licenceOf)).toEqual([]);
  });

  it('says plainly which runtime dependencies are not under an OSI-approved licence (react-leaflet: Hippocratic-2.1)', () => {
    const readme = readText('README.md');
    const paragraphs = readme.slice(readme.indexOf(SECTION)).split(/\n\s*\n/);
    const notOsi = Object.keys(dependencies).filter((name) => {
      const licence = licenceOf(name);
      return licence !== null && !OSI_APPROVED.has(licence); // an unknown licence fails the test above
    });
    const unsaid = notOsi.filter((name) => !paragraphs.some((p) => p.includes(name) && /is not an\s+OSI-approved/.test(p)));
    expect(unsaid, 'say in README.md, in a paragraph naming the package, that its licence "is not an OSI-approved" open-source licence').toEqual([]);
  });

  it('the check fails, naming the package, for an unlisted, a wrongly licensed or a stale entry', () => {
    const listed = new Map([
      ['leaflet', { version: '^1.9.4', licence: 'MIT' }],
      ['left-pad', { version: '^1.3.0', licence: 'WTFPL' }],
    ]);
    const licences: Record<string, string> = { leaflet: 'BSD-2-Clause', 'new-thing': 'GPL-3.0-only' };
    expect(dependencyListProblems({ leaflet: '^1.9.4', 'new-thing': '^2.0.0' }, listed, (name) => licences[name] ?? null)).toEqual([
      'leaflet: README.md gives the licence MIT, its package.json says BSD-2-Clause',
      'new-thing: a runtime dependency not listed in README.md\'s "## Dependencies and licences" (add it with its licence, GPL-3.0-only)',
      'left-pad: listed in README.md but no longer a runtime dependency (take it out of the list)',
    ]);
  });
});

describe('the lockfile', () => {
  interface Lockfile {
    packages?: Record<string, { version?: string; integrity?: string; dev?: boolean; dependencies?: Record<string, string> }>;
  }

  it('exists and pins every runtime dependency to a version within its range, with a checksum', () => {
    expect(existsSync(join(root, 'package-lock.json')), 'package-lock.json is missing: run npm install and commit it').toBe(true);
    const lock = readJson<Lockfile>('package-lock.json');
    const problems: string[] = [];
    // The lockfile was written for this package.json's dependencies.
    const sorted = (deps: Record<string, string>) => JSON.stringify(Object.entries(deps).sort());
    if (sorted(lock.packages?.['']?.dependencies ?? {}) !== sorted(dependencies)) {
      problems.push('package-lock.json was written for other dependencies than package.json lists: run npm install and commit the lockfile');
    }
    for (const [name, range] of Object.entries(dependencies)) {
      const entry = lock.packages?.[`node_modules/${name}`];
      if (!entry?.version) problems.push(`${name}: not pinned in package-lock.json`);
      else if (!satisfies(entry.version, range)) problems.push(`${name}: package-lock.json pins ${entry.version}, outside ${range}`);
      else if (!entry.integrity) problems.push(`${name}: no checksum (integrity) in package-lock.json`);
      else if (entry.dev) problems.push(`${name}: marked as a dev dependency in package-lock.json`);
    }
    expect(problems).toEqual([]);
  });

  it('the range check takes what the range allows and refuses what it does not', () => {
    expect(satisfies('1.9.4', '^1.9.4')).toBe(true);
    expect(satisfies('1.10.0', '^1.9.4')).toBe(true);
    expect(satisfies('2.0.0', '^1.9.4')).toBe(false);
    expect(satisfies('1.9.3', '^1.9.4')).toBe(false);
    expect(satisfies('0.2.9', '^0.2.3')).toBe(true);
    expect(satisfies('0.3.0', '^0.2.3')).toBe(false);
    expect(satisfies('5.9.3', '~5.9.0')).toBe(true);
    expect(satisfies('5.10.0', '~5.9.0')).toBe(false);
    expect(satisfies('3.1.0', '3.1.0')).toBe(true);
    expect(satisfies('3.1.1', '3.1.0')).toBe(false);
    expect(satisfies('19.3.1-rc.1', '^19.3.1')).toBe(false);
  });
});

describe('CI and npm audit', () => {
  const callsAudit = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .some((line) => /\bnpm\s+(?:[^|;&]*\s)?audit\b/.test(line));

  it('.ci/run does not call npm audit, nor does any npm script (the registry mirror CI uses does not answer it)', () => {
    expect(callsAudit(readText('.ci', 'run')), '.ci/run calls npm audit').toBe(false);
    const scripts = Object.entries(pkg.scripts ?? {}).filter(([, command]) => callsAudit(command));
    expect(scripts.map(([name]) => name)).toEqual([]);
  });

  it('the audit check finds npm audit however it is written', () => {
    expect(callsAudit('npm ci\nnpm audit --omit=dev\n')).toBe(true);
    expect(callsAudit('npm --loglevel=warn audit')).toBe(true);
    expect(callsAudit('npm ci && npm audit')).toBe(true);
    expect(callsAudit('# npm audit is not run here\nnpm ci\nnpm test')).toBe(false);
  });

  it('README.md tells those who can reach the registry to run npm audit --omit=dev', () => {
    const readme = readText('README.md');
    expect(readme.slice(readme.indexOf(SECTION))).toContain('npm audit --omit=dev');
  });
});
