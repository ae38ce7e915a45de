import type { CouncilNameIndex } from '../../src/shared/councilNames';
import type { Passage, PartnershipRecord } from '../../src/shared/types';
import { formatCsv, parseCsvText } from '../spreadsheet/csvTable';
import { importTable, type ImportContext } from '../import/importTable';
import type { ImportIssue } from '../import/rowReader';
import { COLUMNS, type ColumnKey } from '../spreadsheet/partnershipColumns';

// Partnership records → spreadsheet rows, in the columns the import reads,
// so that exporting and importing gives back the same records. Lists that
// run alongside the source URLs (titles, publishers, dates) are one per
// line; a missing date is "-". Councils are written as GSS codes, or as
// names where the name leads the import back to exactly the same code.

export type CouncilStyle = 'names' | 'codes';

export interface ExportResult {
  header: string[];
  rows: string[][];
  /** Councils written as codes in "names" style, and why. */
  notes: string[];
}

/** The text for a council: its name when that resolves back to this very code in that year, else the code. */
export function councilText(code: string, year: number | null, index: CouncilNameIndex, style: CouncilStyle): { text: string; asCode: boolean; why?: string } {
  if (style === 'codes') return { text: code, asCode: false };
  const council = index.byGssCode(code);
  if (!council) return { text: code, asCode: true, why: 'not in the register' };
  // A former code (Fife's S12000015) would come back as the current one: keep it as a code.
  if (council.code !== code) return { text: code, asCode: true, why: `a former code of ${council.code} ${council.name}` };
  for (const name of [council.name, council.shortName]) {
    if (/[;\n]/.test(name)) continue;
    const back = index.resolve(name, year);
    if (back.kind === 'resolved' && back.council.code === code) return { text: name, asCode: false };
  }
  return { text: code, asCode: true, why: `its names match other councils too${year != null ? ` in ${year}` : ' (no start year)'}` };
}

/** "2 [councils, start]: the passage", numbering the sources from 1 as the sheet does. */
export function passageLine(source: number, passage: Passage): string {
  return `${source + 1} [${list(passage.supports).join(', ')}]: ${text(passage.text)}`;
}

function lines(values: readonly string[]): string {
  return values.join('\n');
}

/** Records as they may be while someone edits them: lists that are not lists read as empty. */
function list<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string {
  return value == null ? '' : String(value);
}

export function exportRecords(records: readonly PartnershipRecord[], index: CouncilNameIndex, style: CouncilStyle = 'names'): ExportResult {
  const notes: string[] = [];
  const rows = records.map((record) => {
    const cells: Partial<Record<ColumnKey, string>> = {};
    if (typeof record !== 'object' || record === null) {
      notes.push(`${JSON.stringify(record)} is not a record: written as an empty row`);
      return COLUMNS.map(() => '');
    }
    // Each council once, named as it was when it joined (or at the start).
    const texts = new Map<string, string>();
    for (const code of list(record.councils)) {
      const joined = list(record.membershipChanges).find((c) => c.council === code && c.joined !== undefined)?.joined;
      const { text, asCode, why } = councilText(code, joined ?? record.startYear, index, style);
      if (asCode) notes.push(`${record.id}: ${code} written as a code: ${why}`);
      texts.set(code, text);
    }
    const named = (code: string) => texts.get(code) ?? councilText(code, record.startYear, index, style).text;

    cells.name = text(record.name);
    cells.id = text(record.id);
    cells.councils = list(record.councils).map(named).join('; ');
    cells.lead = record.lead ? named(record.lead) : '';
    cells.services = list(record.services).join('; ');
    cells.servicesAsWritten = text(record.servicesAsWritten);
    cells.startYear = text(record.startYear);
    cells.endYear = text(record.endYear);
    cells.status = text(record.status);
    cells.description = text(record.description);

    const s = record.savings;
    if (s && typeof s === 'object') {
      cells.savings = text(s.quote);
      cells.savingsKind = text(s.kind);
      cells.savingsLow = text(s.low);
      cells.savingsHigh = text(s.high);
      cells.savingsYears = text(s.years);
      cells.savingsTarget = s.target === undefined ? '' : s.target ? 'yes' : 'no';
      cells.savingsScope = text(s.scope);
      cells.savingsQualifier = text(s.qualifier);
      cells.savingsSource = typeof s.source === 'number' ? String(s.source + 1) : text(s.source);
    }

    const sources = list(record.sources).filter((x) => typeof x === 'object' && x !== null);
    cells.sourceUrls = lines(sources.map((x) => text(x.url)));
    cells.sourceTitles = lines(sources.map((x) => text(x.title)));
    cells.sourcePublishers = lines(sources.map((x) => text(x.publisher)));
    cells.sourceDates = sources.some((x) => x.date) ? lines(sources.map((x) => x.date ?? '-')) : '';
    cells.sourceChecked = sources.some((x) => x.checked) ? lines(sources.map((x) => x.checked ?? '-')) : '';
    cells.sourcePassages = lines(sources.flatMap((x, i) => list(x.passages).map((passage) => passageLine(i, passage))));

    cells.membershipChanges = lines(
      list(record.membershipChanges).map((change) => {
        const moves = [change.joined !== undefined ? `joined ${change.joined}` : '', change.left !== undefined ? `left ${change.left}` : ''].filter(Boolean).join(' ');
        return `${named(change.council)} ${moves} (source ${change.source + 1})${change.note !== undefined ? `: ${change.note}` : ''}`;
      }),
    );
    cells.notes = text(record.notes);
    return COLUMNS.map((column) => cells[column.key] ?? '');
  });
  return { header: COLUMNS.map((c) => c.header), rows, notes };
}

export function exportCsv(records: readonly PartnershipRecord[], index: CouncilNameIndex, options: { style?: CouncilStyle; bom?: boolean } = {}): { csv: string; notes: string[] } {
  const { header, rows, notes } = exportRecords(records, index, options.style);
  return { csv: formatCsv(header, rows, { bom: options.bom }), notes };
}

export interface RoundTripCheck {
  /** Records that came back exactly. */
  same: number;
  /** Ids of records that came back different, with the first difference. */
  different: { id: string; difference: string }[];
  /** Rows the import left out, with its errors. */
  failed: { id: string; issues: ImportIssue[] }[];
}

/** Import the exported CSV and compare every record with the one it came from. */
export function checkRoundTrip(records: readonly PartnershipRecord[], csv: string, context: ImportContext): RoundTripCheck {
  const result = importTable(parseCsvText(csv), context);
  const check: RoundTripCheck = { same: 0, different: [], failed: [] };
  result.rows.forEach((row, i) => {
    const original = records[i]!;
    if (!row.record) {
      check.failed.push({ id: original.id, issues: row.issues.filter((issue) => issue.level === 'error') });
      return;
    }
    const difference = firstDifference(original, row.record);
    if (difference) check.different.push({ id: original.id, difference });
    else check.same++;
  });
  if (result.rows.length !== records.length) {
    check.different.push({ id: '(all)', difference: `${records.length} records exported, ${result.rows.length} rows read back` });
  }
  return check;
}

/** Where two JSON values first differ ("sources[2].title: "a" ≠ "b""), or undefined when they are the same. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path || '(record)'}: ${show(a)} ≠ ${show(b)}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items ≠ ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    if (key in ao !== key in bo) return `${path ? `${path}.${key}` : key}: ${key in ao ? 'present' : 'absent'} ≠ ${key in bo ? 'present' : 'absent'}`;
    const d = firstDifference(ao[key], bo[key], path ? `${path}.${key}` : key);
    if (d) return d;
  }
  return undefined;
}
