import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadImportContext, parseArgs } from './lib/cliContext';
import { parseCsv } from './lib/csvTable';
import { importTable } from './import/importTable';
import { formatImportReport } from './import/importReport';

const HELP = `npm run data:import -- FILE.csv [--out FILE.json] [--report FILE.txt]

Turns a spreadsheet saved as CSV into partnership records, one per row, and
writes them as a JSON list: to --out, or to the standard output. The CSV may
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
cannot be read (a missing column, a wrong option).

Then check the records in and copy them to data/partnerships/, one file per
record, named by id (npm run data:check -- FILE.json checks them again).`;

const { options, rest, unknown } = parseArgs(process.argv.slice(2), ['--out', '--report'], ['--help', '-h']);
if (options['--help'] || options['-h']) {
  console.log(HELP);
  process.exit(0);
}
if (unknown.length || rest.length !== 1) {
  console.error(`${[...unknown, ...(rest.length === 1 ? [] : [rest.length ? 'give one CSV file' : 'no CSV file given'])].join('; ')}\n\n${HELP}`);
  process.exit(2);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = rest[0]!;
let bytes: Uint8Array;
try {
  bytes = await readFile(resolve(process.cwd(), file));
} catch (error) {
  console.error(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  process.exit(2);
}

const table = parseCsv(bytes);
const context = await loadImportContext(root);
const result = importTable(table, context);
const report = formatImportReport(file, table, result);
process.stderr.write(report);
if (typeof options['--report'] === 'string') await writeFile(resolve(process.cwd(), options['--report']), report);
if (result.fatal) process.exit(2);

const json = `${JSON.stringify(result.records, null, 2)}\n`;
if (typeof options['--out'] === 'string') {
  await writeFile(resolve(process.cwd(), options['--out']), json);
  process.stderr.write(`Wrote ${result.records.length} record${result.records.length === 1 ? '' : 's'} to ${options['--out']}.\n`);
} else {
  process.stdout.write(json);
}
process.exit(result.counts.leftOut > 0 || result.counts.rows === 0 ? 1 : 0);
