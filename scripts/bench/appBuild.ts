import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// The build the bench measures: which commit it is, a copy of it that
// nothing can change during the run, and an unminified variant for profiles.

/** The commit measured, and whether the working tree had changes on top of it. */
export function commitOf(root: string): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'package.json'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  return head ? `commit ${head}${dirty ? ' with uncommitted changes' : ''}` : 'an unknown commit';
}

/** Run a command in the project, or throw saying how to measure without it. */
export function runOrFail(root: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}); fix the build, or measure the existing dist/ with --no-build`);
}

/** A copy of the build, so a rebuild by someone else during the run cannot change what is measured. */
export function snapshot(root: string, from: string, to: string): void {
  if (!existsSync(join(from, 'index.html'))) throw new Error(`${relative(root, from)}/index.html is missing: build first (npm run build)`);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });
}

/** The same code, unminified, so the profiles show the functions' own names; with the data of the measured build. */
export function buildProfileVariant(root: string, dist: string, profileDist: string): void {
  runOrFail(root, process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--minify', 'false', '--outDir', profileDist, '--emptyOutDir', '--logLevel', 'warn']);
  cpSync(join(dist, 'data'), join(profileDist, 'data'), { recursive: true });
}
