import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PartnershipRecord } from '../src/shared/types';
import { validatePartnerships } from '../src/shared/validatePartnerships';
import { loadCouncils } from './build/bundleData';
import { noSuchPath, readCommandLine, runCommand } from './lib/commandLine';
import { datasetStats, formatStats } from './lib/datasetStats';
import { formatProblems } from './lib/formatProblems';
import { loadRecords, placeInFiles } from './build/loadPartnerships';
import { optionsFromEnv } from './build/sources';

const HELP = `npm run data:check -- [--stats] [FILE or FOLDER ...]

Checks partnership records and prints every problem, each with the record's
id, the field, and what to do; exits 1 if there is any. A file may hold one
record or a list of them; a folder is read file by file. Without arguments it
checks data/partnerships/.

--stats  also print counts of the records checked: by nation, region,
         service area and status, and how many give a savings figure.`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(argv: readonly string[]): Promise<number> {
  const command = readCommandLine(argv, { flags: ['--stats'] });
  if (!command) {
    console.log(HELP);
    return 0;
  }
  const showStats = Boolean(command.options['--stats']);
  const targets = command.rest.length ? command.rest.map((a) => resolve(process.cwd(), a)) : [join(root, 'data', 'partnerships')];
  return checkTargets(targets, showStats);
}

async function checkTargets(targets: readonly string[], showStats: boolean): Promise<number> {
  const { index, councils } = await loadCouncils(optionsFromEnv(root));
  const taxonomy = JSON.parse(await readFile(join(root, 'data', 'services.json'), 'utf8')) as { services: { id: string }[] };
  const serviceIds = new Set(taxonomy.services.map((s) => s.id));

  let total = 0;
  let records = 0;
  const checked: PartnershipRecord[] = [];
  for (const target of targets) {
    if (!existsSync(target)) {
      console.error(noSuchPath(target).message);
      total++;
      continue;
    }
    const loaded = await loadRecords(target, process.cwd());
    records += loaded.records.length;
    // Read as records only once they pass the checks (below).
    checked.push(...(loaded.records as PartnershipRecord[]));
    const problems = [
      ...loaded.problems,
      ...placeInFiles(validatePartnerships(loaded.records, { councils: index, serviceIds, currentYear: new Date().getFullYear() }), loaded.files),
    ];
    if (problems.length) console.log(formatProblems(problems));
    total += problems.length;
  }
  if (showStats && total === 0) console.log(`\n${formatStats(datasetStats(checked, new Map(councils.map((c) => [c.code, c]))))}`);
  console.log(`\n${records} record${records === 1 ? '' : 's'} checked, ${total} problem${total === 1 ? '' : 's'}`);
  if (showStats && total > 0) console.log('No counts: fix the problems first.');
  return total > 0 ? 1 : 0;
}

runCommand(HELP, () => main(process.argv.slice(2)));
