import { DELIMITER_NAMES, type CsvTable } from '../spreadsheet/csvTable';
import type { ImportResult } from './importTable';

// The import's report, for the officer who made the spreadsheet: what was
// read, what was left out and why (row and column), and what the import
// filled in or read in a way worth checking.

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function formatImportReport(file: string, table: CsvTable, result: ImportResult): string {
  const out: string[] = [];
  out.push(`Read ${file}: ${table.encoding}, ${DELIMITER_NAMES[table.delimiter]}-separated, ${plural(table.rows.length, 'row')} below the header.`);
  if (table.encoding === 'Windows-1252') {
    out.push('  The file is not UTF-8: read it as Windows-1252 (Excel\'s plain "CSV"). Save as "CSV UTF-8" to be sure of £ and accents.');
  }
  if (result.header.unknown.length) out.push(`Ignored columns: ${result.header.unknown.map((h) => `"${h}"`).join(', ')}.`);
  if (result.fatal) {
    out.push(`Cannot import: ${result.fatal}.`);
    return `${out.join('\n')}\n`;
  }
  const c = result.counts;
  out.push(`Imported ${c.imported} of ${plural(c.rows, 'row')}${c.leftOut ? `; ${c.leftOut} left out (errors below)` : ''}.`);
  if (c.existing) out.push(`  ${c.existing} of them ${c.existing === 1 ? 'has the id of a record' : 'have the ids of records'} in data/partnerships (an update), ${c.imported - c.existing} new.`);
  out.push(
    `Council names: ${c.councilNames.resolved} of ${c.councilNames.total} resolved; GSS codes: ${c.councilCodes.resolved} of ${c.councilCodes.total}.`,
  );
  const s = c.savings;
  const savings = [
    s.fromWording && `${s.fromWording} read from the wording`,
    s.unclear && `${s.unclear} unclear (kind "unclear": no estimate)`,
    s.noFigure && `${s.noFigure} with no figure (left empty)`,
    s.fromColumns && `${s.fromColumns} from the savings columns`,
    s.none && `${s.none} without savings`,
  ].filter(Boolean);
  out.push(`Savings: ${savings.join(', ') || 'none'}.`);
  if (c.filled) out.push(`Filled in: ${plural(c.filled, 'source title or publisher', 'source titles or publishers')} (listed below).`);

  const errors = result.rows.flatMap((r) => r.issues.filter((i) => i.level === 'error'));
  const notes = result.rows.flatMap((r) => r.issues.filter((i) => i.level === 'note'));
  const line = (i: { row: number; column: string; message: string }) => `  row ${i.row}, ${i.column}: ${i.message}`;
  if (errors.length) {
    out.push('', `Errors (${plural(errors.length, 'problem')}; these rows were left out):`);
    out.push(...errors.map(line));
  }
  // Notes on rows that were left out are shown too: fixing the row will need them.
  if (notes.length) {
    out.push('', 'Notes (what the import read or filled in; check them):');
    out.push(...notes.map(line));
  }
  return `${out.join('\n')}\n`;
}
