import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PartnershipRecord } from '../src/shared/types';
import { validatePartnerships } from '../src/shared/validatePartnerships';
import { loadCouncils } from './lib/buildData';
import { datasetStats, formatStats } from './lib/datasetStats';
import { formatProblems } from './lib/formatProblems';
import { loadRecords, placeInFiles } from './lib/loadPartnerships';
import { optionsFromEnv } from './lib/sources';

const HELP = `npm run data:check -- [--stats] [FILE or FOLDER ...]

Checks partnership records and prints every problem, each with the record's
id, the field, and what to do; exits 1 if there is any. A file may hold one
record or a list of them; a folder is read file by file. Without arguments it
checks data/partnerships/.

--stats  also print counts of the records checked: by nation, region,
         service area and status, and how many give a savings figure.`;

const flags = process.argv.slice(2);
const showStats = flags.includes('--stats');
const args = flags.filter((a) => a !== '--stats');
if (args.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const targets = args.length ? args.map((a) => resolve(process.cwd(), a)) : [join(root, 'data', 'partnerships')];

const { index, councils } = await loadCouncils(optionsFromEnv(root));
const taxonomy = JSON.parse(await readFile(join(root, 'data', 'services.json'), 'utf8')) as { services: { id: string }[] };
const serviceIds = new Set(taxonomy.services.map((s) => s.id));

let total = 0;
let records = 0;
const checked: PartnershipRecord[] = [];
for (const target of targets) {
  if (!existsSync(target)) {
    console.error(`${target}: no such file or folder`);
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
process.exit(total > 0 ? 1 : 0);
