import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES } from '../src/shared/dataFiles';
import { SOURCE_FILES } from './build/sources';

// Runs before dev, build and test: rebuilds the bundled data when it is
// missing or older than anything it is made from.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data');

function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

export function staleReason(): string | null {
  const outputs = Object.values(DATA_FILES).map((file) => join(outDir, file));
  const missing = outputs.find((file) => !existsSync(file));
  if (missing) return `${missing} is missing`;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const sourceDirs = [process.env.SOURCES_DIR, resolve(root, '..', 'shared', 'sources')].filter(Boolean) as string[];
  const inputs = [
    join(root, 'data'),
    join(root, 'scripts', 'lib'),
    join(root, 'scripts', 'buildData.ts'),
    join(root, 'src', 'shared'),
    ...sourceDirs.flatMap((dir) => SOURCE_FILES.map((s) => join(dir, s.folder, s.file))),
  ];
  const newer = inputs.find((input) => newestIn(input) > oldestOutput);
  return newer ? `${newer} changed since the last build` : null;
}

const reason = staleReason();
if (reason) {
  console.log(`Building the data: ${reason}.`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'buildData.ts')], { stdio: 'inherit', cwd: root });
  process.exit(result.status ?? 1);
}
