import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitOf, runOrFail, snapshot } from '../../../scripts/bench/appBuild';

const work = mkdtempSync(join(tmpdir(), 'ssm-appbuild-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('snapshot', () => {
  it('copies the build in place of an older copy', () => {
    mkdirSync(join(work, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(work, 'dist', 'index.html'), 'new');
    writeFileSync(join(work, 'dist', 'assets', 'a.js'), 'js');
    mkdirSync(join(work, 'copy'));
    writeFileSync(join(work, 'copy', 'stale.js'), 'old');
    snapshot(work, join(work, 'dist'), join(work, 'copy'));
    expect(readFileSync(join(work, 'copy', 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(work, 'copy', 'assets', 'a.js'))).toBe(true);
    expect(existsSync(join(work, 'copy', 'stale.js'))).toBe(false);
  });

  it('refuses a folder that is not a build', () => {
    mkdirSync(join(work, 'empty'));
    expect(() => snapshot(work, join(work, 'empty'), join(work, 'copy2'))).toThrow('empty/index.html is missing: build first (npm run build)');
  });
});

describe('runOrFail and commitOf', () => {
  it('throws when the command fails, saying how to measure without building', () => {
    expect(() => runOrFail(work, process.execPath, ['-e', 'process.exit(0)'])).not.toThrow();
    expect(() => runOrFail(work, process.execPath, ['-e', 'process.exit(3)'])).toThrow(/failed \(exit 3\).*--no-build/);
  });

  it('names the commit measured', () => {
    expect(commitOf(resolve(__dirname, '..', '..', '..'))).toMatch(/^commit [0-9a-f]{7,}( with uncommitted changes)?$/);
    expect(commitOf(work)).toBe('an unknown commit');
  });
});
