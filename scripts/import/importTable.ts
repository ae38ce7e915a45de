import type { CouncilNameIndex } from '../../src/shared/councilNames';
import { ServiceMatcher, type ServiceTerms } from '../../src/shared/matchServices';
import type { PartnershipRecord } from '../../src/shared/types';
import type { CsvTable } from '../spreadsheet/csvTable';
import { mapHeader, type HeaderMap } from '../spreadsheet/partnershipColumns';
import { buildRecord } from './buildRecord';
import { reportRecordProblems } from './problemColumns';
import { RowReader, type ImportIssue } from './rowReader';

// Spreadsheet rows → partnership records, one per row. Every cell is read
// the way the README ("Keeping the data up to date in a spreadsheet") describes; whatever cannot be read with
// certainty (a council name matching two councils or none, a year that is
// not a year) is an error that leaves the row out, never a guess. Each
// record that is built is then checked with validatePartnerships, like
// every record in data/partnerships. Pure: the CLI (scripts/importCsv.ts)
// does the reading and writing. The jobs, each in its file here: reading a
// row's cells (rowReader, cellReaders), resolving councils (resolveCouncil),
// sources, savings and membership changes (readSources, readSavings,
// membershipChanges), building the record (buildRecord), the record checks
// against the sheet's columns (problemColumns), and the report (importReport).

export interface ImportContext {
  councils: CouncilNameIndex;
  services: readonly ServiceTerms[];
  currentYear: number;
  /** Ids of the records already in data/partnerships, to point out a row that repeats one. */
  existingIds?: ReadonlySet<string>;
}

export interface RowOutcome {
  row: number;
  /** The record, when the row had no errors. */
  record?: PartnershipRecord;
  issues: ImportIssue[];
}

export interface ImportCounts {
  rows: number;
  imported: number;
  /** Imported records with the id of one in data/partnerships. */
  existing: number;
  leftOut: number;
  councilNames: { total: number; resolved: number };
  councilCodes: { total: number; resolved: number };
  savings: { fromWording: number; unclear: number; noFigure: number; fromColumns: number; none: number };
  /** Source titles and publishers the import filled in. */
  filled: number;
}

export interface ImportResult {
  header: HeaderMap;
  /** Set when the header lacks a column the import needs: no row is read. */
  fatal?: string;
  rows: RowOutcome[];
  records: PartnershipRecord[];
  counts: ImportCounts;
}
/**
 * The row's id, against the sheet's other rows and the records already in
 * data/partnerships: a given id must be unique in the sheet; one made from
 * the name is made unique; a made one that an existing record has is pointed
 * out. Whether the record updates an existing one.
 */
function assignId(reader: RowReader, record: PartnershipRecord, idRows: Map<string, number>, context: ImportContext): boolean {
  if (reader.cell('id')) {
    const first = idRows.get(record.id);
    if (first !== undefined) reader.error('id', `"${record.id}" is also the id of row ${first}`);
  } else if (record.id) {
    const base = record.id;
    for (let n = 2; idRows.has(record.id); n++) record.id = `${base}-${n}`;
    reader.note('id', `no id: made "${record.id}" from the name${record.id !== base ? ` (row ${idRows.get(base)} has "${base}")` : ''}`);
  }
  const existing = Boolean(record.id && context.existingIds?.has(record.id));
  if (existing && !reader.cell('id')) {
    reader.note('id', `data/partnerships already has "${record.id}": give the row that id if it is that partnership, or another id if not`);
  }
  if (record.id && !idRows.has(record.id)) idRows.set(record.id, reader.row);
  return existing;
}

/** Every row of a spreadsheet read into a record, or left out with the reasons. */
export function importTable(table: CsvTable, context: ImportContext): ImportResult {
  const header = mapHeader(table.header);
  const counts: ImportCounts = {
    rows: table.rows.length,
    imported: 0,
    existing: 0,
    leftOut: 0,
    councilNames: { total: 0, resolved: 0 },
    councilCodes: { total: 0, resolved: 0 },
    savings: { fromWording: 0, unclear: 0, noFigure: 0, fromColumns: 0, none: 0 },
    filled: 0,
  };
  if (header.missing.length || header.duplicates.length) {
    const parts: string[] = [];
    if (header.missing.length) parts.push(`the header row has no ${header.missing.map((c) => `"${c.header}"`).join(', ')} column${header.missing.length === 1 ? '' : 's'}`);
    if (header.duplicates.length) parts.push(`columns named twice: ${header.duplicates.join('; ')}`);
    const found = table.header.filter((h) => h.trim()).map((h) => `"${h}"`).join(', ');
    return { header, fatal: `${parts.join('; ')} (found: ${found || 'nothing'})`, rows: [], records: [], counts };
  }

  const matcher = new ServiceMatcher(context.services);
  const serviceIds = new Set(context.services.map((s) => s.id));
  const rows: RowOutcome[] = [];
  const idRows = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const reader = new RowReader(row, cells, header, context);
    const record = buildRecord(reader, context, matcher);
    const existing = assignId(reader, record, idRows, context);
    reportRecordProblems(reader, record, { councils: context.councils, serviceIds, currentYear: context.currentYear });

    counts.councilNames.total += reader.councilTally.names;
    counts.councilNames.resolved += reader.councilTally.namesResolved;
    counts.councilCodes.total += reader.councilTally.codes;
    counts.councilCodes.resolved += reader.councilTally.codesResolved;
    counts.savings[reader.savingsHow]++;
    counts.filled += reader.filled;
    if (reader.hasErrors()) {
      counts.leftOut++;
      rows.push({ row, issues: reader.issues });
    } else {
      counts.imported++;
      if (existing) counts.existing++;
      rows.push({ row, record, issues: reader.issues });
    }
  }
  const records = rows.flatMap((r) => (r.record ? [r.record] : []));
  return { header, rows, records, counts };
}
