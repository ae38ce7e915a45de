import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const bench = (...args: string[]) => spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'bench.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('npm run bench', () => {
  it('prints its help with --help, and measures nothing', () => {
    const result = bench('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('npm run bench [-- options]');
    expect(result.stdout).toContain('--profile-only LIST');
  });

  it('stops with status 2 and says what is wrong with an option', () => {
    const result = bench('--sizes', 'huge');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--sizes: "huge" is neither "real" nor a number');
  });
});
