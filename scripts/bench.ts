import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asUsageError, reportError } from './lib/commandLine';
import { BENCH_HELP, parseBenchOptions } from './bench/options';
import { reportOnly, runBench } from './bench/runBench';

// npm run bench: the command line only; the bench itself is in scripts/bench/.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(argv: string[]): Promise<number> {
  const options = asUsageError(() => parseBenchOptions(argv, root));
  if (!options) console.log(BENCH_HELP);
  else if (options.reportOnly) reportOnly(options.out);
  else await runBench(options, root);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    reportError(error, BENCH_HELP);
    process.exit(2);
  },
);
