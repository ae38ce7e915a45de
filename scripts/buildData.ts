import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData, DataProblemsError } from './lib/buildData';
import { formatProblems } from './lib/formatProblems';
import { optionsFromEnv } from './lib/sources';

const HELP = `npm run data: build the bundled data the app loads.

Reads the ONS boundaries and mySociety's council register from $SOURCES_DIR,
then ../shared/sources/, else downloads them (checking their sha256) into
.cache/sources/. Reads the curated partnerships from data/, checks them, and
writes public/data/*.json. Fails, listing every problem, if a record is wrong.

Environment: SOURCES_DIR (a folder laid out like ../shared/sources),
SOURCES_MIRROR (a base address to download from instead of GitHub).`;

if (process.argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

try {
  const result = await buildData({
    ...optionsFromEnv(root),
    dataDir: join(root, 'data'),
    outDir: join(root, 'public', 'data'),
    log: (line) => console.log(line),
  });
  for (const warning of result.warnings) console.log(`note: ${warning}`);
  console.log(`\n${result.councils.length} councils, ${result.services.length} service areas, ${result.partnerships.length} partnerships`);
  console.log('\nfile                      raw        gzip');
  for (const [file, size] of Object.entries(result.sizes)) {
    console.log(`${file.padEnd(24)} ${kb(size.raw).padStart(10)} ${kb(size.gzip).padStart(10)}`);
  }
  console.log('\nyear  councils  shapes (lower-tier/unitary, counties)');
  for (const [year, count] of Object.entries(result.meta.counts.councilsByYear)) {
    const shapes = result.meta.counts.shapesByYear[year]!;
    console.log(`${year}  ${String(count).padStart(8)}  ${shapes.ltla} / ${shapes.cty}`);
  }
} catch (error) {
  if (error instanceof DataProblemsError) {
    console.error(formatProblems(error.problems));
    console.error(`\nnpm run data: ${error.message}. Nothing was written.`);
    process.exit(1);
  }
  console.error(`npm run data failed: ${(error as Error).message}`);
  process.exit(1);
}
