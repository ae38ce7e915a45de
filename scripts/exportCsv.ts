import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PartnershipRecord } from '../src/shared/types';
import { validatePartnerships } from '../src/shared/validatePartnerships';
import { loadImportContext } from './lib/cliContext';
import { noSuchPath, plainFileError, readCommandLine, runCommand, UsageError } from './lib/commandLine';
import { checkRoundTrip, exportCsv, type CouncilStyle } from './export/exportPartnerships';
import { formatProblems } from './lib/formatProblems';
import { loadRecords } from './build/loadPartnerships';

const HELP = `npm run data:export -- [FILE or FOLDER ...] [--out FILE.csv] [--councils names|codes] [--no-bom]

Writes partnership records (by default every file in data/partnerships/) as
a CSV spreadsheet, one row per partnership, in the columns the import reads
(the README ("Keeping the data up to date in a spreadsheet")), to --out or to the standard output. Lists that go
with the source URLs (titles, publishers, dates) and membership changes are
one per line inside their cell.

--councils names (the default) writes each council's name where that name
leads the import back to the same GSS code in the partnership's start year
(or the year it joined), and the code otherwise; --councils codes writes
codes only. --no-bom leaves out the byte-order mark that tells Excel the
file is UTF-8.

After writing, it imports the CSV again and checks every record comes back
exactly as it was; the exit status is 1 if one does not (or a record fails
its checks), 2 for a wrong option or a missing file.`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(argv: readonly string[]): Promise<number> {
  const command = readCommandLine(argv, { valued: ['--out', '--councils'], flags: ['--no-bom'] });
  if (!command) {
    console.log(HELP);
    return 0;
  }
  const { options, rest } = command;
  const style = (options['--councils'] ?? 'names') as CouncilStyle;
  if (style !== 'names' && style !== 'codes') throw new UsageError(`--councils takes names or codes, not "${String(style)}"`);
  const targets = rest.length ? rest.map((a) => resolve(process.cwd(), a)) : [join(root, 'data', 'partnerships')];
  const records: PartnershipRecord[] = [];
  for (const target of targets) {
    if (!existsSync(target)) throw noSuchPath(target);
    const loaded = await loadRecords(target, process.cwd());
    if (loaded.problems.length) {
      console.error(formatProblems(loaded.problems));
      return 1;
    }
    records.push(...(loaded.records as PartnershipRecord[]));
  }
  const out = typeof options['--out'] === 'string' ? options['--out'] : undefined;
  return exportRecords(records, { style, bom: !options['--no-bom'], out });
}

async function exportRecords(records: PartnershipRecord[], { style, bom, out }: { style: CouncilStyle; bom: boolean; out?: string }): Promise<number> {
  const context = await loadImportContext(root);
  const problems = validatePartnerships(records, { councils: context.councils, serviceIds: new Set(context.services.map((s) => s.id)), currentYear: context.currentYear });
  if (problems.length) {
    console.error(`${formatProblems(problems)}\n\nThese records have problems (above); they are exported as they are, but will not import back until fixed.\n`);
  }

  const { csv, notes } = exportCsv(records, context.councils, { style, bom });
  if (out !== undefined) {
    const path = resolve(process.cwd(), out);
    await writeFile(path, csv).catch((error: unknown) => {
      throw plainFileError(error, path);
    });
  } else process.stdout.write(csv);

  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`Exported ${records.length} partnership${records.length === 1 ? '' : 's'}${out !== undefined ? ` to ${out}` : ''}, councils as ${style}.`);
  for (const note of notes) log(`  ${note}`);

  const check = checkRoundTrip(records, csv, { ...context, existingIds: undefined });
  if (check.different.length === 0 && check.failed.length === 0) {
    log(`Round trip: importing the CSV gives back all ${check.same} records exactly.`);
    return 0;
  }
  log(`Round trip: ${check.same} of ${records.length} records come back exactly.`);
  for (const d of check.different) log(`  ${d.id} comes back different: ${d.difference}`);
  for (const f of check.failed) log(`  ${f.id} does not import back: ${f.issues.map((i) => `${i.column}: ${i.message}`).join('; ')}`);
  return 1;
}

runCommand(HELP, () => main(process.argv.slice(2)));
