import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PartnershipRecord } from '../src/shared/types';
import { loadImportContext } from './lib/cliContext';
import { plainFileError, printable, readCommandLine, runCommand } from './lib/commandLine';
import { binaryFileKind, parseCsv } from './spreadsheet/csvTable';
import { importTable } from './import/importTable';
import { formatImportReport } from './import/importReport';
import { writeRecordFiles } from './import/recordFiles';
import { formatRecordJson } from './import/recordLayout';

const HELP = `npm run data:import -- FILE.csv [--out FILE.json] [--into FOLDER] [--report FILE.txt]

Turns a spreadsheet saved as CSV into partnership records, one per row, and
writes them as a JSON list: to --out, or to the standard output; with
--into FOLDER (such as data/partnerships), one file per record, named by its
id, in the layout of the committed files (a file that is there already keeps
its layout and key order), so the import is a clean diff. The CSV may
be UTF-8 with or without a byte-order mark, separated by commas or
semicolons (detected), with quoted cells holding line breaks, as Excel and
LibreOffice save it. Columns are found by their header; the README ("Keeping the data up to date in a spreadsheet")
describes them, and data/partnerships-template.csv is a sheet to start from.

Council names are matched to the register the way people write them
("Hampshire CC", "LB Harrow", "RBKC", "Shepway DC"), using the start year to
choose between a council and its successor. A name matching several
councils, or none, is never guessed: its row is left out and reported with
the closest councils. Every record is checked like data/partnerships.

The report (standard error, and --report FILE) gives the counts and every
problem with its row and column. Exit status: 0 when every row was imported,
1 when a row was left out (the others are still written), 2 when the file
cannot be read (no such file, a workbook rather than CSV, a missing column,
a wrong option).

Then run npm run data:check (on data/partnerships/, or on FILE.json).`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Everything the import prints goes through here: no byte of the sheet reaches the terminal as a control character. */
const report = (text: string) => process.stderr.write(printable(text));

async function main(argv: readonly string[]): Promise<number> {
  const command = readCommandLine(argv, {
    valued: ['--out', '--into', '--report'],
    args: { min: 1, max: 1, tooFew: 'no CSV file given', tooMany: 'give one CSV file' },
  });
  if (!command) {
    console.log(HELP);
    return 0;
  }
  const { options } = command;
  const file = command.rest[0]!;
  const path = resolve(process.cwd(), file);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw plainFileError(error, path);
  });
  const kind = binaryFileKind(bytes);
  if (kind) {
    report(`${file}: this is ${kind}, not a CSV file. ${SAVE_AS_CSV}\n`);
    return 2;
  }
  const table = parseCsv(bytes);
  const result = importTable(table, await loadImportContext(root));
  const text = formatImportReport(file, table, result);
  report(text);
  if (typeof options['--report'] === 'string') await writeTo(options['--report'], printable(text));
  if (result.fatal) return 2;
  await writeRecords(result.records, options);
  return result.counts.leftOut > 0 || result.counts.rows === 0 ? 1 : 0;
}

const SAVE_AS_CSV =
  'Open it in Excel or LibreOffice and save it as CSV UTF-8 (Excel: File › Save As › "CSV UTF-8 (Comma delimited)"; ' +
  'LibreOffice: File › Save As › "Text CSV", character set "Unicode (UTF-8)"), then import that file.';

async function writeTo(file: string, text: string): Promise<void> {
  const path = resolve(process.cwd(), file);
  await writeFile(path, text).catch((error: unknown) => {
    throw plainFileError(error, path);
  });
}

async function writeRecords(records: readonly PartnershipRecord[], options: Record<string, string | true>): Promise<void> {
  const plural = (n: number) => `${n} record${n === 1 ? '' : 's'}`;
  if (typeof options['--into'] === 'string') {
    const written = await writeRecordFiles(records, resolve(process.cwd(), options['--into']));
    const count = (change: string) => written.filter((w) => w.change === change).length;
    report(`Wrote ${plural(records.length)} into ${options['--into']}, one file each: ${count('new')} new, ${count('updated')} updated, ${count('unchanged')} unchanged.\n`);
  }
  if (typeof options['--out'] === 'string') {
    await writeTo(options['--out'], formatRecordJson(records));
    report(`Wrote ${plural(records.length)} to ${options['--out']}.\n`);
  } else if (options['--into'] === undefined) {
    process.stdout.write(formatRecordJson(records));
  }
}

runCommand(HELP, () => main(process.argv.slice(2)));
