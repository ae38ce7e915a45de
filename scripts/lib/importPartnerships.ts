import type { CouncilNameIndex } from '../../src/shared/councilNames';
import { foldText, normaliseName } from '../../src/shared/councilNames';
import { ServiceMatcher, type ServiceTerms } from '../../src/shared/matchServices';
import { parseAmount, parseSavings } from '../../src/shared/parseSavings';
import { CLAIMS, type Claim, type Council, type MembershipChange, type Passage, type PartnershipRecord, type PartnershipStatus, type SavingsKind, type SavingsQualifier, type SavingsRecord, type SavingsScope, type SourceRef } from '../../src/shared/types';
import { validatePartnerships, type Problem } from '../../src/shared/validatePartnerships';
import type { CsvTable } from './csvTable';
import { columnHeader, mapHeader, SAVINGS_STRUCTURE, type ColumnKey, type HeaderMap } from './partnershipColumns';

// Spreadsheet rows → partnership records, one per row. Every cell is read
// the way the README ("Keeping the data up to date in a spreadsheet") describes; whatever cannot be read with
// certainty (a council name matching two councils or none, a year that is
// not a year) is an error that leaves the row out, never a guess. Each
// record that is built is then checked with validatePartnerships, like
// every record in data/partnerships. Pure: the CLI (scripts/importCsv.ts)
// does the reading and writing.

export interface ImportContext {
  councils: CouncilNameIndex;
  services: readonly ServiceTerms[];
  currentYear: number;
  /** Ids of the records already in data/partnerships, to point out a row that repeats one. */
  existingIds?: ReadonlySet<string>;
}

export interface ImportIssue {
  row: number;
  /** The column's header as the spreadsheet writes it. */
  column: string;
  message: string;
  /** An error leaves the row out; a note says what the import read or filled in. */
  level: 'error' | 'note';
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

const GSS_PATTERN = /^[ENSWK]\d{8}$/i;
const BLANK = /^(-|–|—|n\/a|none|null)?$/i;

/** The id a name gives: lower-case words joined by hyphens. */
export function idFromName(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A council as a report shows it: code, name and the years it existed. */
export function describeCouncil(council: Council): string {
  const years =
    council.firstYear != null && council.lastYear != null
      ? ` (${council.firstYear}–${council.lastYear})`
      : council.firstYear != null
        ? ` (from ${council.firstYear})`
        : council.lastYear != null
          ? ` (until ${council.lastYear})`
          : '';
  return `${council.code} ${council.name}${years}`;
}

// --- Reading single cells ---------------------------------------------------

type Read<T> = { value: T; note?: string } | { error: string };

/** A year: "2016", or one year inside a date or a financial year ("2016/17", "01/04/2016"). */
export function readYear(cell: string): Read<number | null> {
  const text = cell.trim();
  if (BLANK.test(text)) return { value: null };
  if (/^\d{4}$/.test(text)) return { value: Number(text) };
  const years = [...text.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  const financial = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
  if (financial) return { value: Number(financial[1]), note: `read the financial year "${text}" as ${financial[1]}` };
  if (years.length === 1) return { value: years[0]!, note: `read "${text}" as ${years[0]}` };
  return { error: `"${text}" is not a year: write it as four digits, e.g. 2016` };
}

/**
 * A cell's word in one of the tables of words below, or undefined. Only the
 * table's own words: an index would also find what every object inherits,
 * so a cell saying "constructor" or "__proto__" read as a function or an
 * object, and the report then quoted that rather than the cell.
 */
function lookup<T>(table: Record<string, T>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

const STATUS_WORDS: Record<string, PartnershipStatus> = {
  active: 'active',
  running: 'active',
  live: 'active',
  current: 'active',
  ongoing: 'active',
  operating: 'active',
  'in operation': 'active',
  ended: 'ended',
  ceased: 'ended',
  closed: 'ended',
  dissolved: 'ended',
  disbanded: 'ended',
  finished: 'ended',
  terminated: 'ended',
  'wound up': 'ended',
  stopped: 'ended',
  unknown: 'unknown',
  'not known': 'unknown',
  unclear: 'unknown',
  '?': 'unknown',
};

export function readStatus(cell: string, endYear: number | null): Read<PartnershipStatus> {
  const text = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) {
    return endYear != null
      ? { value: 'ended', note: `no status: "ended", since it has an end year` }
      : { value: 'unknown', note: 'no status: "unknown"' };
  }
  const status = lookup(STATUS_WORDS, text);
  return status ? { value: status } : { error: `"${cell.trim()}" is not a status: write active, ended or unknown` };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A source date as the records write it (YYYY-MM-DD, YYYY-MM, YYYY), from what a spreadsheet may show. */
export function readDate(cell: string): Read<string | undefined> {
  const text = cell.trim();
  if (BLANK.test(text)) return { value: undefined };
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return { value: text };
  const invalid = { error: `"${text}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY` };
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (dmy) {
    const [day, month] = [Number(dmy[1]), Number(dmy[2])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return invalid;
    return { value: `${dmy[3]}-${pad(month)}-${pad(day)}`, note: `read "${text}" as day/month/year` };
  }
  const named = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([a-z]{3})[a-z]*\.?[\s-]+(\d{4}|\d{2})$/i.exec(text);
  if (named) {
    const month = MONTHS.indexOf(named[2]!.toLowerCase()) + 1;
    if (month === 0) return invalid;
    const year = named[3]!.length === 2 ? `20${named[3]}` : named[3]!;
    const day = named[1] ? Number(named[1]) : undefined;
    if (day !== undefined && (day < 1 || day > 31)) return invalid;
    return { value: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}` };
  }
  return invalid;
}

/** A "source N" number (from 1) as an index into sources (from 0). */
function readSourceNumber(cell: string): Read<number | undefined> {
  const text = cell.trim();
  if (!text) return { value: undefined };
  const match = /^(?:source\s*)?#?\s*(\d+)$/i.exec(text);
  if (!match || Number(match[1]) < 1) return { error: `"${text}" is not a source number: write 1 for the first source URL, 2 for the second …` };
  return { value: Number(match[1]) - 1 };
}

/**
 * Web addresses separated by line breaks, spaces or ";" — but a ";" inside
 * an address (".aspx?ID=1;2") stays: only one before whitespace or another
 * "http" separates.
 */
export function splitUrls(cell: string): string[] {
  return cell
    .split(/\s+/)
    .flatMap((token) => token.split(/;(?=https?:\/\/)/i))
    .map((url) => url.replace(/^;+|;+$/g, ''))
    .filter(Boolean);
}

/** A list in one cell given alongside the source URLs: one per line, or separated by ";". */
export function splitParallel(cell: string, count: number): string[] {
  const text = cell.replace(/\s+$/, '').replace(/^\s*\n/, '');
  if (!text.trim()) return [];
  if (text.includes('\n')) return text.split('\n').map((s) => s.trim().replace(/;$/, '').trim());
  if (count <= 1) return [text.trim()];
  return text.split(';').map((s) => s.trim());
}

const KINDS: Record<string, SavingsKind> = {
  annual: 'annual',
  'per year': 'annual',
  yearly: 'annual',
  period: 'period',
  total: 'period',
  cumulative: 'cumulative',
  'to date': 'cumulative',
  unclear: 'unclear',
};
const SCOPES: Record<string, SavingsScope> = {
  partnership: 'partnership',
  'whole partnership': 'partnership',
  'each-partner': 'each-partner',
  'each partner': 'each-partner',
  each: 'each-partner',
  'some-partners': 'some-partners',
  'some partners': 'some-partners',
};
const QUALIFIERS: Record<string, SavingsQualifier> = {
  about: 'about',
  around: 'about',
  approximately: 'about',
  'at-least': 'at-least',
  'at least': 'at-least',
  'more than': 'at-least',
  'up-to': 'up-to',
  'up to': 'up-to',
};
const YES = new Set(['yes', 'y', 'true', '1', 'target']);
const NO = new Set(['no', 'n', 'false', '0']);

// --- One row ----------------------------------------------------------------

interface CouncilTally {
  names: number;
  namesResolved: number;
  codes: number;
  codesResolved: number;
}

class RowReader {
  readonly issues: ImportIssue[] = [];
  readonly councilTally: CouncilTally = { names: 0, namesResolved: 0, codes: 0, codesResolved: 0 };
  savingsHow: keyof ImportCounts['savings'] = 'none';
  filled = 0;

  constructor(
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly header: HeaderMap,
    private readonly context: ImportContext,
  ) {}

  has(key: ColumnKey): boolean {
    return this.header.positions[key] !== undefined;
  }

  /** The cell's text, trimmed ("" for a column the sheet does not have). */
  cell(key: ColumnKey): string {
    const at = this.header.positions[key];
    return at === undefined ? '' : (this.cells[at] ?? '').trim();
  }

  error(key: ColumnKey, message: string): void {
    this.issues.push({ row: this.row, column: columnHeader(key), message, level: 'error' });
  }

  note(key: ColumnKey, message: string): void {
    this.issues.push({ row: this.row, column: columnHeader(key), message, level: 'note' });
  }

  take<T>(key: ColumnKey, read: Read<T>, fallback: T): T {
    if ('error' in read) {
      this.error(key, read.error);
      return fallback;
    }
    if (read.note) this.note(key, read.note);
    return read.value;
  }

  hasErrors(): boolean {
    return this.issues.some((i) => i.level === 'error');
  }

  /**
   * A council name or code to its code, or undefined after reporting why
   * not. `within`: the row's councils, one of which a lead or a membership
   * change must be. `neighbours`: codes of the row's other councils, which
   * put the candidates of an ambiguous name in order (same county, then
   * region, first), never choose one.
   */
  council(key: ColumnKey, text: string, year: number | null, within: readonly { text: string; code: string }[] = [], neighbours: readonly string[] = []): string | undefined {
    const index = this.context.councils;
    const same = within.find((c) => normaliseName(c.text) === normaliseName(text));
    if (same) return same.code;
    if (GSS_PATTERN.test(text) || index.byGssCode(text)) {
      this.councilTally.codes++;
      const council = index.byGssCode(text);
      if (!council) {
        const closest = index.closestCodes(text).map(describeCouncil).join('; ');
        this.error(key, `${text} is not a council code in the register${closest ? `; nearest codes: ${closest}` : ''}`);
        return undefined;
      }
      this.councilTally.codesResolved++;
      // Keep a former code as written (Fife's S12000015), like the records do.
      const upper = text.toUpperCase();
      return council.formerCodes?.includes(upper) ? upper : council.code;
    }
    this.councilTally.names++;
    const result = index.resolve(text, year);
    if (result.kind === 'resolved') {
      this.councilTally.namesResolved++;
      const council = result.council;
      const plain = [council.name, council.shortName].map(normaliseName);
      if (!plain.includes(normaliseName(text))) this.note(key, `read "${text}" as ${describeCouncil(council)}`);
      return council.code;
    }
    if (result.kind === 'ambiguous') {
      const inRow = result.candidates.filter((c) => within.some((w) => w.code === c.code));
      if (inRow.length === 1) {
        this.councilTally.namesResolved++;
        this.note(key, `read "${text}" as ${describeCouncil(inRow[0]!)}, the one among the row's councils`);
        return inRow[0]!.code;
      }
      const when = year == null ? ', or give the start year' : '';
      const candidates = orderByNeighbours(result.candidates, neighbours, index);
      // A name that reads back as that council alone; where none does (Buckinghamshire Council with no year), its code.
      const names = candidates.map((c) => index.unambiguousName(c, year) ?? `${c.code} (${c.name})`);
      this.error(
        key,
        `"${text}" matches more than one council${year != null ? ` in ${year}` : ''}: ${candidates.map(describeCouncil).join('; ')}. Write ${orList(names)}, or use the GSS code${when}`,
      );
      return undefined;
    }
    const closest = result.closest.map((m) => describeCouncil(m.council)).join('; ');
    this.error(key, `"${text}" is not a council we know${closest ? `; closest: ${closest}` : ''}`);
    return undefined;
  }
}

/** "A", "A or B", "A, B or C". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * The candidates of an ambiguous name, those near the row's other councils
 * first: in the same county (or its county, or its districts), then the
 * same region, then by name. Only the order: the person still chooses.
 */
export function orderByNeighbours(candidates: readonly Council[], neighbours: readonly string[], index: CouncilNameIndex): Council[] {
  const near = neighbours.map((code) => index.byGssCode(code)).filter((c): c is Council => c != null);
  const countiesOf = (c: Council) => new Set([c.code, ...(c.counties ?? []).map((link) => link.county)]);
  const nearCounties = new Set(near.flatMap((c) => [...countiesOf(c)]));
  const nearRegions = new Set(near.map((c) => c.region));
  const rank = (c: Council) => ([...countiesOf(c)].some((county) => nearCounties.has(county)) ? 0 : nearRegions.has(c.region) ? 1 : 2);
  return [...candidates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

interface ParsedChange {
  text: string;
  joined?: number;
  left?: number;
  source?: number;
  note?: string;
}

const CHANGE_LINE = /^(.+?)\s+(joined|left)\s+(?:in\s+)?(\d{4})(?:\s*(?:,|and)?\s+(joined|left)\s+(?:in\s+)?(\d{4}))?(?:\s*\(\s*source\s*#?\s*(\d+)\s*\))?\s*(?::\s*([\s\S]*))?$/i;

/** "Southwark joined 2017 (source 2): note" — one change per line. */
export function parseChangeLine(line: string): ParsedChange | undefined {
  const match = CHANGE_LINE.exec(line.trim());
  if (!match) return undefined;
  const [, text, verb1, year1, verb2, year2, source, note] = match;
  const change: ParsedChange = { text: text!.trim() };
  for (const [verb, year] of [
    [verb1, year1],
    [verb2, year2],
  ] as const) {
    if (!verb || !year) continue;
    if (verb.toLowerCase() === 'joined') change.joined = Number(year);
    else change.left = Number(year);
  }
  if (source) change.source = Number(source) - 1;
  if (note !== undefined && note.trim()) change.note = note.trim();
  return change;
}

/** The value at a checker's field path ("membershipChanges[1].source") of a record. */
function fieldValue(record: unknown, field: string): unknown {
  let value = record;
  for (const part of field.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/** A source index (from 0) as the sheet numbers it (from 1). */
function sourceNumber(value: unknown): string {
  return typeof value === 'number' ? String(value + 1) : JSON.stringify(value);
}

/** Where in the sheet a checker's problem belongs. */
function problemColumn(field: string, has: (key: ColumnKey) => boolean): { key: ColumnKey; prefix: string } {
  const indexed = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(field);
  const base = indexed ? indexed[1]! : field.split('.')[0]!;
  const n = indexed ? Number(indexed[2]) + 1 : 0;
  switch (base) {
    case 'sources': {
      const part = indexed?.[3];
      const byPart: Record<string, ColumnKey> = { title: 'sourceTitles', publisher: 'sourcePublishers', date: 'sourceDates', checked: 'sourceChecked', passages: 'sourcePassages' };
      const key: ColumnKey = byPart[part ?? ''] ?? 'sourceUrls';
      return { key, prefix: indexed ? `source ${n}: ` : '' };
    }
    case 'savings': {
      const part = field.split('.')[1];
      const map: Record<string, ColumnKey> = { quote: 'savings', source: 'savingsSource', kind: 'savingsKind', low: 'savingsLow', high: 'savingsHigh', years: 'savingsYears', target: 'savingsTarget', scope: 'savingsScope', qualifier: 'savingsQualifier' };
      const key = map[part ?? ''] ?? 'savings';
      return { key: has(key) ? key : 'savings', prefix: '' };
    }
    case 'membershipChanges':
      return { key: 'membershipChanges', prefix: indexed ? `change ${n}: ` : '' };
    case 'councils':
      return { key: 'councils', prefix: indexed ? `council ${n}: ` : '' };
    case 'services':
      return { key: 'services', prefix: indexed ? `service ${n}: ` : '' };
    case 'servicesAsWritten':
      return { key: has('servicesAsWritten') ? 'servicesAsWritten' : 'services', prefix: '' };
    case 'lead':
    case 'id':
    case 'name':
    case 'startYear':
    case 'endYear':
    case 'status':
    case 'description':
    case 'notes':
      return { key: base, prefix: '' };
    default:
      return { key: 'name', prefix: `${field}: ` };
  }
}

function readRow(reader: RowReader, context: ImportContext, matcher: ServiceMatcher): PartnershipRecord {
  const name = reader.cell('name');

  // Years and status.
  const startYear = reader.take('startYear', readYear(reader.cell('startYear')), null);
  const endYear = reader.take('endYear', readYear(reader.cell('endYear')), null);
  const status = reader.take('status', readStatus(reader.cell('status'), endYear), 'unknown' as PartnershipStatus);

  // Membership changes first: a council that joined later is named as it was when it joined.
  const changeText = reader.cell('membershipChanges');
  const changes: ParsedChange[] = [];
  if (changeText) {
    for (const line of changeText.split('\n').filter((l) => l.trim())) {
      const change = parseChangeLine(line);
      if (change) changes.push(change);
      else reader.error('membershipChanges', `"${line.trim()}" is not a change: write "COUNCIL joined YEAR (source N): note" or "COUNCIL left YEAR (source N)", one per line`);
    }
  }

  // Councils.
  const councilItems = reader
    .cell('councils')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (councilItems.length === 1 && councilItems[0]!.includes(',')) {
    const whole = context.councils.resolve(councilItems[0]!, startYear);
    if (whole.kind !== 'resolved') {
      councilItems.splice(0, 1, ...councilItems[0]!.split(',').map((s) => s.trim()).filter(Boolean));
      reader.note('councils', 'councils separated by commas: read them one by one (separate them with ";" to be sure)');
    }
  }
  const joinedYear = (text: string) => changes.find((c) => c.joined !== undefined && normaliseName(c.text) === normaliseName(text))?.joined;
  // The councils the row names clearly, to put the candidates of an unclear one in order.
  const clear = councilItems.flatMap((text) => {
    const result = context.councils.resolve(text, joinedYear(text) ?? startYear);
    return result.kind === 'resolved' ? [result.council.code] : [];
  });
  const councils: { text: string; code: string }[] = [];
  for (const text of councilItems) {
    const code = reader.council('councils', text, joinedYear(text) ?? startYear, [], clear);
    if (code) councils.push({ text, code });
  }

  const leadText = reader.cell('lead');
  const lead = leadText ? reader.council('lead', leadText, startYear, councils) : undefined;
  const notPartner = (key: ColumnKey, text: string, code: string) => {
    const council = context.councils.byGssCode(code);
    reader.error(key, `"${text}" (${council ? describeCouncil(council) : code}) is not one of the councils: add it to councils, or correct it`);
  };
  if (lead && councils.length && !councils.some((c) => c.code === lead)) notPartner('lead', leadText, lead);

  // Services.
  const servicesText = reader.cell('services');
  const services = matcher.match(servicesText);
  if (servicesText && services.ids.length === 0) {
    reader.error('services', `no service area recognised in "${servicesText}": use the ids or words of data/services.json (e.g. ict, legal, revs and bens)`);
  } else if (services.unmatched.length) {
    reader.note('services', `not a service area, left out of services: ${services.unmatched.map((w) => `"${w}"`).join(', ')}`);
  }
  const servicesAsWritten = reader.cell('servicesAsWritten') || servicesText;

  // Sources.
  const urls = splitUrls(reader.cell('sourceUrls'));
  const parallel = (key: ColumnKey, what: string): string[] => {
    const list = splitParallel(reader.cell(key), urls.length);
    if (list.length > urls.length) reader.error(key, `${list.length} ${what} for ${urls.length} source URL${urls.length === 1 ? '' : 's'}: give one per URL, one per line or separated by ";"`);
    return list;
  };
  const titles = parallel('sourceTitles', 'titles');
  const publishers = parallel('sourcePublishers', 'publishers');
  const dates = parallel('sourceDates', 'dates');
  const checkedDays = parallel('sourceChecked', 'checked dates');
  const passages = readPassages(reader, urls.length);
  const sources: SourceRef[] = urls.map((url, i) => {
    let title = titles[i] && !BLANK.test(titles[i]!) ? titles[i]! : '';
    let publisher = publishers[i] && !BLANK.test(publishers[i]!) ? publishers[i]! : '';
    const label = urls.length > 1 ? `source ${i + 1}` : 'the source';
    if (!title) {
      title = 'Source (no title given)';
      reader.filled++;
      reader.note('sourceTitles', `no title for ${label}: filled in "${title}"`);
    }
    if (!publisher) {
      const host = hostOf(url);
      if (host) {
        publisher = host;
        reader.filled++;
        reader.note('sourcePublishers', `no publisher for ${label}: filled in the web address's host, "${host}"`);
      }
    }
    const date = reader.take('sourceDates', readDate(dates[i] ?? ''), undefined);
    const checked = reader.take('sourceChecked', readDate(checkedDays[i] ?? ''), undefined);
    const quoted = passages.get(i);
    return { title, publisher, ...(date ? { date } : {}), url, ...(checked ? { checked } : {}), ...(quoted ? { passages: quoted } : {}) };
  });

  // Savings.
  const savings = readSavings(reader, sources.length);

  // Membership changes, now the councils are known.
  const membershipChanges: MembershipChange[] = [];
  for (const change of changes) {
    const code = reader.council('membershipChanges', change.text, change.joined ?? startYear, councils);
    if (!code) continue;
    if (councils.length && !councils.some((c) => c.code === code)) notPartner('membershipChanges', change.text, code);
    if (change.source === undefined) reader.note('membershipChanges', `no source for "${change.text}": took source 1`);
    membershipChanges.push({
      council: code,
      ...(change.joined !== undefined ? { joined: change.joined } : {}),
      ...(change.left !== undefined ? { left: change.left } : {}),
      source: change.source ?? 0,
      ...(change.note !== undefined ? { note: change.note } : {}),
    });
  }

  const idCell = reader.cell('id');
  const record: PartnershipRecord = {
    id: idCell || idFromName(name),
    name,
    councils: councils.map((c) => c.code),
    ...(lead ? { lead } : {}),
    services: services.ids,
    servicesAsWritten,
    startYear,
    endYear,
    status,
    description: reader.cell('description'),
    savings,
    sources,
  };
  if (membershipChanges.length) record.membershipChanges = membershipChanges;
  const notes = reader.cell('notes');
  if (notes) record.notes = notes;
  return record;
}

/** The words a sheet may use for each claim a passage backs; the export writes the first. */
const CLAIM_WORDS: Record<string, Claim> = Object.assign(Object.create(null) as Record<string, Claim>, {
  ...Object.fromEntries(CLAIMS.map((claim) => [claim, claim])),
  partners: 'councils',
  'partner councils': 'councils',
  'what is shared': 'services',
  'start year': 'start',
  started: 'start',
  'end year': 'end',
  ended: 'end',
  'lead council': 'lead',
  'joined or left': 'membership',
  'membership changes': 'membership',
});

const PASSAGE_LINE = /^(?:source\s*)?#?\s*(\d+)\s*\[([^\]]*)\]\s*:\s*(.*)$/i;

/** "2 [councils, start]: the passage" — the source (from 1), the claims it backs, the quoted words. */
export function readPassageLine(line: string, sourceCount: number): Read<{ source: number; passage: Passage }> {
  const match = PASSAGE_LINE.exec(line.trim());
  const form = 'write "SOURCE [CLAIMS]: passage", e.g. "1 [councils, services]: The three councils agreed …"';
  if (!match) return { error: `"${line.trim()}" is not a passage: ${form}` };
  const source = Number(match[1]) - 1;
  if (source < 0 || source >= sourceCount) return { error: `passage of source ${match[1]}, but there ${sourceCount === 1 ? 'is 1 source URL' : `are ${sourceCount} source URLs`}: ${form}` };
  const words = match[2]!.split(/[,;]/).map((w) => w.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean);
  const supports: Claim[] = [];
  for (const word of words) {
    const claim = CLAIM_WORDS[word];
    if (!claim) return { error: `"${word}" is not a claim a passage can back: write any of ${CLAIMS.join(', ')}` };
    // "partners, councils" names one claim twice.
    if (!supports.includes(claim)) supports.push(claim);
  }
  if (!supports.length) return { error: `no claims in "[${match[2]}]": write which the passage backs, any of ${CLAIMS.join(', ')}` };
  return { value: { source, passage: { text: match[3]!, supports } } };
}

/** Every passage of the row, by source index, in the order the sheet gives them. */
function readPassages(reader: RowReader, sourceCount: number): Map<number, Passage[]> {
  const bySource = new Map<number, Passage[]>();
  for (const line of reader.cell('sourcePassages').split('\n').filter((l) => l.trim())) {
    const read = readPassageLine(line, sourceCount);
    if ('error' in read) {
      reader.error('sourcePassages', read.error);
      continue;
    }
    const list = bySource.get(read.value.source) ?? [];
    list.push(read.value.passage);
    bySource.set(read.value.source, list);
  }
  return bySource;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function readSavings(reader: RowReader, sourceCount: number): SavingsRecord | null {
  const quote = reader.cell('savings');
  const structured = SAVINGS_STRUCTURE.some((key) => reader.cell(key) !== '');
  if (!quote) {
    if (structured) reader.error('savings', 'savings columns are filled in but the savings wording is empty: quote the source');
    reader.savingsHow = 'none';
    return null;
  }
  const source = reader.take('savingsSource', readSourceNumber(reader.cell('savingsSource')), undefined);
  if (source === undefined && sourceCount > 1) reader.note('savingsSource', 'no savings source: took source 1');
  const base = { quote, source: source ?? 0 };

  if (structured) {
    reader.savingsHow = 'fromColumns';
    const lower = (key: ColumnKey) => reader.cell(key).toLowerCase().replace(/\s+/g, ' ');
    const kind = lookup(KINDS, lower('savingsKind'));
    if (!kind) reader.error('savingsKind', `${reader.cell('savingsKind') ? `"${reader.cell('savingsKind')}" is not a kind` : 'missing'}: write annual, period, cumulative or unclear (or clear the savings columns to have the wording read)`);
    const amount = (key: ColumnKey): number | undefined => {
      const text = reader.cell(key);
      if (!text) return undefined;
      const value = parseAmount(text);
      if (value === undefined) reader.error(key, `"${text}" is not an amount of pounds: write e.g. 2300000 or £2.3m`);
      return value;
    };
    let low = amount('savingsLow');
    let high = amount('savingsHigh');
    if (!reader.cell('savingsLow') && !reader.cell('savingsHigh')) {
      reader.error('savingsLow', 'give the figure in savings low and savings high (the same for a single figure)');
    }
    low ??= high;
    high ??= low;
    const record: SavingsRecord = { ...base, kind: kind ?? 'unclear', low: low ?? 0, high: high ?? 0 };
    const yearsText = reader.cell('savingsYears');
    if (yearsText) {
      const years = Number(yearsText);
      if (!(years > 0)) reader.error('savingsYears', `"${yearsText}" is not a number of years`);
      else record.years = years;
    }
    const targetText = lower('savingsTarget');
    if (YES.has(targetText)) record.target = true;
    else if (NO.has(targetText)) record.target = false;
    else if (targetText) reader.error('savingsTarget', `"${reader.cell('savingsTarget')}" is not yes or no`);
    const scopeText = lower('savingsScope');
    if (scopeText) {
      const scope = lookup(SCOPES, scopeText);
      if (scope) record.scope = scope;
      else reader.error('savingsScope', `"${reader.cell('savingsScope')}" is not a scope: write partnership, each-partner or some-partners`);
    }
    const qualifierText = lower('savingsQualifier');
    if (qualifierText) {
      const qualifier = lookup(QUALIFIERS, qualifierText);
      if (qualifier) record.qualifier = qualifier;
      else reader.error('savingsQualifier', `"${reader.cell('savingsQualifier')}" is not a qualifier: write about, at-least or up-to`);
    }
    return record;
  }

  const parsed = parseSavings(quote);
  if (!parsed.savings) {
    reader.savingsHow = 'noFigure';
    reader.note('savings', `${parsed.doubt ?? 'no figure'} in "${quote}": savings left empty (null)`);
    return null;
  }
  reader.savingsHow = parsed.savings.kind === 'unclear' ? 'unclear' : 'fromWording';
  const reading = describeReading(parsed.savings);
  reader.note('savings', parsed.doubt ? `unclear: ${parsed.doubt}; kept as ${reading}` : `read as ${reading}`);
  return { ...base, ...parsed.savings };
}

/** "period, £2,000,000–£5,000,000 over 3 years, target" */
export function describeReading(s: Omit<SavingsRecord, 'quote' | 'source'>): string {
  const pounds = (n: number) => `£${n.toLocaleString('en-GB')}`;
  const amount = s.low === s.high ? pounds(s.low) : `${pounds(s.low)}–${pounds(s.high)}`;
  const parts = [s.kind, s.years ? `${amount} over ${s.years} years` : amount];
  if (s.target) parts.push('target');
  if (s.scope) parts.push(s.scope);
  if (s.qualifier) parts.push(s.qualifier);
  return parts.join(', ');
}

// --- The whole table --------------------------------------------------------

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
    const record = readRow(reader, context, matcher);

    // Ids: given ones must be unique; derived ones are made so.
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
    if (record.id && !idRows.has(record.id)) idRows.set(record.id, row);

    // The checks every record passes, reported against the sheet's columns;
    // a column that already has an error is not reported twice.
    const problems: Problem[] = validatePartnerships([record], { councils: context.councils, serviceIds, currentYear: context.currentYear });
    const erred = new Set(reader.issues.filter((i) => i.level === 'error').map((i) => i.column));
    for (const problem of problems) {
      const { key, prefix } = problemColumn(problem.field, (k) => reader.has(k));
      const column = columnHeader(key);
      if (erred.has(column)) continue;
      // The sheet numbers sources from 1, the records from 0.
      const count = record.sources.length;
      const unquoted = /^sources\[(\d+)\]\.passages$/.exec(problem.field);
      const message = /\.source$/.test(problem.field)
        ? `source ${sourceNumber(fieldValue(record, problem.field))} is not one of the ${count} source URL${count === 1 ? '' : 's'} → give a number from 1 to ${count}`
        : unquoted && record.savings && problem.message.startsWith('no passage quotes')
          ? `${problem.message} → add a line "${Number(unquoted[1]) + 1} [savings]: …" with the sentence of source ${Number(unquoted[1]) + 1} that contains it, exactly, and the day you read it in source checked; or leave savings empty if no source you can read gives it`
          : `${problem.message} → ${problem.fix}`;
      reader.issues.push({ row, column, message: `${prefix}${message}`, level: 'error' });
    }

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
