import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePartnerships } from '../src/shared/validatePartnerships';
import { loadCouncils } from './lib/buildData';
import { formatProblems } from './lib/formatProblems';
import { loadRecords } from './lib/loadPartnerships';
import { optionsFromEnv } from './lib/sources';

const HELP = `npm run data:check -- [FILE or FOLDER ...]

Checks partnership records and prints every problem, each with the record's
id, the field, and what to do; exits 1 if there is any. A file may hold one
record or a list of them; a folder is read file by file. Without arguments it
checks data/partnerships/.`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const targets = args.length ? args.map((a) => resolve(process.cwd(), a)) : [join(root, 'data', 'partnerships')];

const { index } = await loadCouncils(optionsFromEnv(root));
const taxonomy = JSON.parse(await readFile(join(root, 'data', 'services.json'), 'utf8')) as { services: { id: string }[] };
const serviceIds = new Set(taxonomy.services.map((s) => s.id));

let total = 0;
let records = 0;
for (const target of targets) {
  if (!existsSync(target)) {
    console.error(`${target}: no such file or folder`);
    total++;
    continue;
  }
  const loaded = await loadRecords(target, process.cwd());
  records += loaded.records.length;
  const problems = [
    ...loaded.problems,
    ...validatePartnerships(loaded.records, { councils: index, serviceIds, currentYear: new Date().getFullYear() }),
  ];
  if (problems.length) console.log(formatProblems(problems));
  total += problems.length;
}
console.log(`\n${records} record${records === 1 ? '' : 's'} checked, ${total} problem${total === 1 ? '' : 's'}`);
process.exit(total > 0 ? 1 : 0);
