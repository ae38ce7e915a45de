import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Tests mirror the source tree: every source file has a test of the same
// name and place, or the README says why not (the paragraph that begins
// "Every source file has a test of the same name").

const root = join(__dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return name === 'types' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** tests/ mirrors src/ without the src/ and scripts/ with it. */
function testBase(file: string): string {
  const withoutExtension = file.replace(/\.tsx?$/, '');
  return join('tests', file.startsWith('src/') ? relative('src', withoutExtension) : withoutExtension);
}

const KINDS = ['.test.ts', '.test.tsx', '.property.test.ts', '.integration.test.ts'];

function exemptions(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('Every source file has a test of the same name');
  const paragraph = readme.slice(start, readme.indexOf('\n\n', start));
  return [...paragraph.matchAll(/`((?:src|scripts)\/[^`]+\.tsx?)`/g)].map((m) => m[1]!);
}

describe('the tests mirror the source tree', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('scripts')];

  it('finds the source files and the README’s list of those without a test', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(exemptions()).toContain('src/main.tsx');
  });

  it('every source file has a test of the same name and place, or a line in the README saying why not', () => {
    const exempt = new Set(exemptions());
    const missing = files.filter((file) => !exempt.has(file) && !KINDS.some((kind) => statSafe(join(root, testBase(file) + kind))));
    expect(missing).toEqual([]);
  });

  it('the README lists no file that has a test or no longer exists', () => {
    const stale = exemptions().filter((file) => !files.includes(file) || KINDS.some((kind) => statSafe(join(root, testBase(file) + kind))));
    expect(stale).toEqual([]);
  });
});

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
