import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData, DataProblemsError } from './build/bundleData';
import { readCommandLine, runCommand } from './lib/commandLine';
import { formatProblems } from './lib/formatProblems';
import { SourceUnavailableError } from './build/sourceErrors';
import { optionsFromEnv, type ResolveOptions } from './build/sources';

const HELP = `npm run data: build the bundled data the app loads.

Reads the ONS boundaries and mySociety's council register from $SOURCES_DIR,
then ../shared/sources/, else downloads them (checking their sha256) into
.cache/sources/. Reads the curated partnerships from data/, checks them, and
writes public/data/*.json. Fails, listing every problem, if a record is wrong.

Environment: SOURCES_DIR (a folder laid out like ../shared/sources),
SOURCES_MIRROR (a base address to download from instead of GitHub).`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The data build as `npm run data` runs it; sources and output may be elsewhere (tests). Returns the exit status. */
export async function main(argv: readonly string[], options: ResolveOptions & { outDir?: string } = optionsFromEnv(root)): Promise<number> {
  if (!readCommandLine(argv, { args: { max: 0 } })) {
    console.log(HELP);
    return 0;
  }
  try {
    const result = await buildData({
      ...options,
      dataDir: join(root, 'data'),
      outDir: options.outDir ?? join(root, 'public', 'data'),
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
    return 0;
  } catch (error) {
    if (error instanceof DataProblemsError) {
      console.error(formatProblems(error.problems));
      console.error(`\nnpm run data: ${error.message}. Nothing was written.`);
      return 1;
    }
    // Says which file, from where, why and what to do: the last thing a newcomer reads.
    if (error instanceof SourceUnavailableError) {
      console.error(`\n${error.message}`);
      return 1;
    }
    console.error(`npm run data failed: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCommand(HELP, () => main(process.argv.slice(2)));
}
