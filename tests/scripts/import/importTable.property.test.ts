import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsv, formatCsv, parseCsv, parseCsvText, type CsvTable, type Delimiter } from '../../../scripts/spreadsheet/csvTable';
import { idFromName } from '../../../scripts/import/buildRecord';
import { readStatus } from '../../../scripts/import/cellReaders';
import { importTable, type ImportContext, type ImportResult } from '../../../scripts/import/importTable';
import { COLUMNS } from '../../../scripts/spreadsheet/partnershipColumns';
import { CouncilNameIndex } from '../../../src/shared/councilNames';
import { ServiceMatcher, type ServiceTerms } from '../../../src/shared/matchServices';
import type { Council } from '../../../src/shared/types';
import { parseSavings } from '../../../src/shared/parseSavings';
import { validatePartnerships } from '../../../src/shared/validatePartnerships';
import { MAX_SAVINGS } from '../../../src/shared/validateSavings';
import { council, SAMPLE_COUNCILS } from '../../helpers/councils';
import { normaliseQuote } from '../../../src/shared/claims';
import { CLAIMS } from '../../../src/shared/types';
import { dateArb, freeText, HOSTILE_STRINGS, passageArb } from '../../shared/partnershipArbitraries';

// Property-based tests of the spreadsheet import: random CSV text and bytes
// through the CSV reader and importTable, which never throw and account for
// every row; rows built from valid values are imported as written; rows
// with one broken cell are left out and reported with their row number and
// that cell's column, never dropped: imported + reported = rows.
// Reproduce with: npx vitest run --project unit tests/scripts/import/importTable.property.test.ts

/** Runs per property: 1,000, or more for a longer hunt (FUZZ_RUNS=20000 npx vitest run …). */
const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS) || 0);
const root = join(__dirname, '..', '..', '..');
const services = (JSON.parse(readFileSync(join(root, 'data', 'services.json'), 'utf8')) as { services: ServiceTerms[] }).services;
const councils: Council[] = [
  ...SAMPLE_COUNCILS,
  council({ code: 'E07000108', name: 'Dover District Council', shortName: 'Dover' }),
  council({ code: 'E07000114', name: 'Thanet District Council', shortName: 'Thanet' }),
  council({ code: 'E10000016', name: 'Kent County Council', shortName: 'Kent', type: 'county', tier: 'upper' }),
];
const index = new CouncilNameIndex(councils, { RBKC: 'E09000020' });
const context: ImportContext = { councils: index, services, currentYear: 2026 };
const validation = { councils: index, serviceIds: new Set(services.map((s) => s.id)), currentYear: 2026 };
const HEADERS = COLUMNS.map((c) => c.header);

/** What must hold of any import: every row accounted for, in order; a record only for a row without errors; every record valid. */
function expectAccounted(table: CsvTable, result: ImportResult): void {
  if (result.fatal) {
    // A header the import cannot read: no row is read, and the report says why.
    expect(result.fatal.length).toBeGreaterThan(0);
    expect(result.rows).toEqual([]);
    expect(result.counts.rows).toBe(table.rows.length);
    return;
  }
  expect(result.rows.map((r) => r.row)).toEqual(table.rows.map((r) => r.row));
  expect(result.counts.rows).toBe(table.rows.length);
  expect(result.counts.imported + result.counts.leftOut).toBe(table.rows.length);
  expect(result.records).toHaveLength(result.counts.imported);
  for (const outcome of result.rows) {
    for (const issue of outcome.issues) {
      expect(issue.row).toBe(outcome.row);
      expect(HEADERS).toContain(issue.column);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    const errors = outcome.issues.filter((i) => i.level === 'error');
    if (outcome.record) expect(errors).toEqual([]);
    else expect(errors.length, `row ${outcome.row} left out without an error`).toBeGreaterThan(0);
  }
  // No bad value accepted: what the import keeps passes the checker.
  expect(validatePartnerships(result.records, validation)).toEqual([]);
}

/** Line ends as Windows writes them: every LF not already after a CR becomes CRLF (a cell's own CRLF stays one line break). */
function toCrlf(text: string): string {
  return text.replace(/(?<!\r)\n/g, '\r\n');
}

function expectRowNumbers(table: CsvTable): void {
  const numbers = table.rows.map((r) => r.row);
  expect(numbers.every((n, i) => Number.isInteger(n) && n >= 2 && (i === 0 || n > numbers[i - 1]!))).toBe(true);
  for (const row of table.rows) expect(row.cells.some((c) => c.trim() !== '')).toBe(true);
}

// --- Random text and bytes ----------------------------------------------------

/** Characters that matter to a CSV reader, and some that do not. */
const csvChar = fc.constantFrom('a', 'B', ' ', '"', '"', ',', ',', ';', '\t', '\n', '\r', '\r\n', '\uFEFF', '£', 'é', '\u0000', 'sep=', '=', 'x');
const csvText = fc.oneof(
  fc.string({ unit: csvChar, maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.tuple(fc.constantFrom('sep=;\n', 'sep=,\r\n', 'sep=|\n', '\uFEFFsep=;\n'), fc.string({ unit: csvChar, maxLength: 100 })).map(([a, b]) => a + b),
);
/** The import's own header, with any text after it: rows of junk the import must read or report. */
const headedText = fc
  .tuple(fc.constantFrom<Delimiter>(',', ';', '\t'), fc.boolean(), fc.string({ unit: fc.oneof(csvChar, fc.constantFrom('Dover', 'Kent CC', 'E10000014', 'ict', '2016', 'https://a.gov.uk/x', '£2m a year')), maxLength: 80 }))
  .map(([delimiter, bom, body]) => `${bom ? '\uFEFF' : ''}${HEADERS.join(delimiter)}\n${body}`);

describe('the CSV reader and importTable: any text', () => {
  it('random CSV text: never throws, rows numbered upwards with no empty one, every row imported or reported', () => {
    fc.assert(
      fc.property(fc.oneof(csvText, headedText), (text) => {
        const table = parseCsvText(text);
        expect([',', ';', '\t']).toContain(table.delimiter);
        expectRowNumbers(table);
        expectAccounted(table, importTable(table, context));
      }),
      { numRuns: RUNS },
    );
  });

  it('rows of random cells under the import header: every row imported or reported, in order', () => {
    const cell = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom('Dover DC', 'E10000014; E09000015', 'ict', 'hr, legal', '2016', '2016/17', 'ended', 'https://www.kent.gov.uk/hr', '£1m a year', 'annual', '£2.3m', '9'.repeat(400)));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: HEADERS.length + 2 }), { maxLength: 6 }), (rows) => {
        const table = parseCsvText(formatCsv(HEADERS, rows));
        expectRowNumbers(table);
        expectAccounted(table, importTable(table, context));
      }),
      { numRuns: RUNS },
    );
  });

  it('random bytes: never throws; UTF-8 is read as UTF-8, anything else byte for byte as Windows-1252', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 60 }).map((s) => new TextEncoder().encode(s))), (bytes) => {
        const { text, encoding } = decodeCsv(bytes);
        let utf8: string | undefined;
        try {
          utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        } catch {
          utf8 = undefined;
        }
        if (utf8 === undefined) {
          expect(encoding).toBe('Windows-1252');
          expect(text).toHaveLength(bytes.length);
        } else {
          // Byte-order marks are not text: TextDecoder drops a second one too.
          expect(text.replace(/^\uFEFF+/, '')).toBe(utf8.replace(/^\uFEFF+/, ''));
          expect(encoding).toBe(utf8.startsWith('\uFEFF') ? 'UTF-8 with byte-order mark' : 'UTF-8');
        }
        const table = parseCsv(bytes);
        expectRowNumbers(table);
        expectAccounted(table, importTable(table, context));
      }),
      { numRuns: RUNS },
    );
  });

  it('formatCsv then parseCsvText gives back every non-empty row, with its row number, whatever the cells hold', () => {
    const cell = fc.oneof(fc.string({ unit: csvChar, maxLength: 12 }), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 }), fc.constantFrom<Delimiter>(',', ';', '\t'), fc.boolean(), fc.boolean(), (rows, delimiter, bom, crlf) => {
        let text = formatCsv(HEADERS, rows, { delimiter, bom });
        if (crlf) text = toCrlf(text);
        const table = parseCsvText(text);
        expect(table.delimiter).toBe(delimiter);
        expect(table.header).toEqual(HEADERS);
        const expected = rows
          .map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c.replace(/\r\n?/g, '\n')) }))
          .filter((r) => r.cells.some((c) => c.trim() !== ''));
        expect(table.rows).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('a status cell reads as a status or an error, never as anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_STRINGS, 'constructor', '__proto__', 'toString', 'valueOf', 'Active', 'wound up')), fc.option(fc.integer({ min: 1974, max: 2026 }), { nil: null }), (cell, endYear) => {
        const read = readStatus(cell, endYear);
        if ('value' in read) expect(['active', 'ended', 'unknown']).toContain(read.value);
        else expect(read.error).toContain('is not a status');
      }),
      { numRuns: RUNS },
    );
  });
});

// --- Rows built from valid values, some with one broken cell --------------------

const matcher = new ServiceMatcher(services);

/** Ways of writing each council that resolve to it and only it (names, short names, codes, former codes). */
const SPELLINGS: { council: Council; text: string; code: string }[] = councils
  .filter((c) => c.firstYear === undefined && c.lastYear === undefined)
  .flatMap((c) => [c.name, c.shortName, c.code, c.code.toLowerCase(), ...(c.formerCodes ?? [])].map((text) => ({ council: c, text, code: c.formerCodes?.includes(text) ? text : c.code })))
  .filter(({ council: c, text }) => {
    const resolved = index.resolve(text, null);
    return resolved.kind === 'resolved' && resolved.council === c;
  });

/** Ways of writing each service area that the matcher reads as it alone. */
const SERVICE_SPELLINGS: { id: string; text: string }[] = services
  .flatMap((s) => [s.id, s.label, ...s.aliases].map((text) => ({ id: s.id, text })))
  .filter(({ id, text }) => {
    const match = matcher.match(text);
    return match.ids.length === 1 && match.ids[0] === id && match.unmatched.length === 0 && !/[;\n]/.test(text);
  });

const UNKNOWN_COUNCILS = ['Nowhereshire DC', 'Atlantis Borough Council', 'Gotham City Council', 'Mordor District Council', 'E10000099', 'W06000999', '<script>alert(1)</script>'];
const BAD_YEARS = ['soon', 'TBC', 'twenty sixteen', '2016 or 2017', '20166', '1850', '1973', '2099', '0000', 'NaN'];
const BAD_URLS = ['www.kent.gov.uk/hr', 'kent.gov.uk', 'javascript:alert(1)', 'ftp://files.kent.gov.uk/x', 'http://localhost/x', 'not a url', '<script>alert(1)</script>', 'https://'];

const noLineBreak = (s: string) => !/[\r\n]/.test(s);
const url = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true }).filter((u) => !u.includes(';'));

interface Row {
  cells: Record<string, string>;
  /** What the record must hold, for a good row. */
  expected: { name: string; councils: string[]; services: string[]; startYear: number | null; endYear: number | null; status: string; urls: string[] };
}

const goodRow: fc.Arbitrary<Row> = fc
  .record({
    // No carriage return: the reader turns one inside a cell into a line break.
    name: freeText.filter((n) => idFromName(n.trim()) !== '' && !n.includes('\r')),
    members: fc.uniqueArray(fc.constantFrom(...SPELLINGS), { minLength: 2, maxLength: 5, selector: (s) => s.council.code }),
    services: fc.uniqueArray(fc.constantFrom(...SERVICE_SPELLINGS), { minLength: 1, maxLength: 3, selector: (s) => s.id }),
    serviceSeparator: fc.constantFrom('; ', '\n', ';'),
    startYear: fc.option(fc.integer({ min: 1974, max: 2026 }), { nil: null }),
    endYear: fc.option(fc.nat({ max: 52 }), { nil: null }),
    runningStatus: fc.constantFrom(['', 'unknown'], ['active', 'active'], ['Active', 'active'], ['running', 'active'], ['unknown', 'unknown'], ['ended', 'ended'], ['wound up', 'ended']),
    endedStatus: fc.constantFrom('', 'ended', 'Ceased', 'wound up'),
    description: freeText,
    sources: fc.array(fc.record({ url, title: freeText.filter(noLineBreak), publisher: fc.option(freeText.filter(noLineBreak), { nil: '' }), date: fc.option(dateArb, { nil: '' }) }), { minLength: 1, maxLength: 3 }),
    urlSeparator: fc.constantFrom('\n', ' ', '; '),
    // A wording a passage can quote (at most 500 characters, its spaces run together).
    // Free wording that reads as £10bn or more (as "10b" does) is refused by the checks: not a good row.
    savings: fc.option(
      fc.oneof(
        freeText.filter((q) => normaliseQuote(q).length <= 500 && !q.includes('\r') && (parseSavings(q).savings?.high ?? 0) < MAX_SAVINGS),
        fc.integer({ min: 1, max: 999 }).map((n) => `£${n}m a year`),
      ),
      { nil: '' },
    ),
    passages: fc.array(fc.record({ source: fc.nat(), text: passageArb.map((p) => p.text), claims: fc.uniqueArray(fc.constantFrom(...CLAIMS, 'partners', 'Start Year', 'lead council'), { minLength: 1, maxLength: 3 }) }), { maxLength: 2 }),
    lead: fc.option(fc.nat(), { nil: undefined }),
    left: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 1974, max: 2026 })), { nil: undefined }),
    notes: fc.option(freeText, { nil: '' }),
  })
  .map((r): Row => {
    const endYear = r.endYear === null ? null : Math.min(2026, (r.startYear ?? 1974) + r.endYear);
    const [statusCell, status] = endYear === null ? r.runningStatus : [r.endedStatus, 'ended'];
    const cells: Record<string, string> = {
      name: r.name,
      councils: r.members.map((m) => m.text).join('; '),
      services: r.services.map((s) => s.text).join(r.serviceSeparator),
      'start year': r.startYear === null ? '' : String(r.startYear),
      'end year': endYear === null ? '' : String(endYear),
      status: statusCell!,
      description: r.description,
      'source URLs': r.sources.map((s) => s.url).join(r.urlSeparator),
      'source titles': r.sources.map((s) => s.title).join('\n'),
      'source publishers': r.sources.some((s) => s.publisher) ? r.sources.map((s) => s.publisher || '-').join('\n') : '',
      'source dates': r.sources.some((s) => s.date) ? r.sources.map((s) => s.date || '-').join('\n') : '',
      savings: r.savings,
      notes: r.notes,
    };
    // The savings source quotes the wording; other passages back other claims of any source.
    const passages = r.passages.map((p) => `${(p.source % r.sources.length) + 1} [${p.claims.join(', ')}]: ${p.text}`);
    if (r.savings) passages.push(`1 [savings]: The report says ${normaliseQuote(r.savings)}.`);
    if (passages.length) {
      cells['source passages'] = passages.join('\n');
      cells['source checked'] = r.sources.map(() => '2026-12-03').join('\n');
    }
    if (r.lead !== undefined) cells['lead council'] = r.members[r.lead % r.members.length]!.text;
    if (r.left) cells['membership changes'] = `${r.members[r.left[0] % r.members.length]!.text} left ${r.left[1]} (source 1)`;
    return {
      cells,
      expected: { name: r.name.trim(), councils: r.members.map((m) => m.code), services: r.services.map((s) => s.id), startYear: r.startYear, endYear, status: status!, urls: r.sources.map((s) => s.url) },
    };
  });

interface Broken {
  /** The column the report must name. */
  column: string;
  /** The cells changed. */
  set: (row: Row) => Record<string, string>;
  /** The error must quote what the cell says. */
  quoted?: string;
}

const NOT_SERVICES = ['catering', 'everything', 'ceremonial'];

/** One cell broken in a way that must leave the row out, with the column the report must name. */
const breakage: fc.Arbitrary<Broken> = fc.oneof(
  fc.tuple(fc.constantFrom(...UNKNOWN_COUNCILS), fc.nat()).map(([name, at]): Broken => ({
    column: 'councils',
    set: (row) => {
      const items = row.cells.councils!.split('; ');
      items[at % items.length] = name;
      return { councils: items.join('; ') };
    },
  })),
  fc.constantFrom(...BAD_YEARS).map((year): Broken => ({ column: 'start year', set: () => ({ 'start year': year }) })),
  fc.constant<Broken>({ column: 'end year', set: (row) => ({ 'end year': row.expected.startYear !== null && row.expected.startYear > 1974 ? String(row.expected.startYear - 1) : 'later' }) }),
  fc.tuple(fc.constantFrom(...BAD_URLS), fc.nat()).map(([bad, at]): Broken => ({
    column: 'source URLs',
    set: (row) => {
      const urls = [...row.expected.urls];
      urls[at % urls.length] = bad;
      return { 'source URLs': urls.join('\n') };
    },
  })),
  // An empty required cell.
  fc.constantFrom('name', 'councils', 'services', 'description', 'source URLs').map((column): Broken => ({ column, set: () => ({ [column]: '' }) })),
  fc.constantFrom(...NOT_SERVICES).map((text): Broken => ({ column: 'services', set: () => ({ services: text }) })),
  fc.constantFrom('31/13/2020', 'last year', '2017-02-30').map((text): Broken => ({ column: 'source dates', set: (row) => ({ 'source dates': row.expected.urls.map(() => text).join('\n') }) })),
  // A passage of a source the row does not have, backing no claim or an unknown one, or not written as a passage.
  fc.constantFrom('9 [councils]: The councils agreed.', '1 []: The councils agreed.', '1 [partnerz]: The councils agreed.', 'The councils agreed.', '0 [councils]: The councils agreed.').map((line): Broken => ({ column: 'source passages', set: (row) => ({ 'source passages': [row.cells['source passages'], line].filter(Boolean).join('\n'), 'source checked': row.expected.urls.map(() => '2026-12-03').join('\n') }) })),
  // A savings wording with no passage to quote it.
  fc.constant<Broken>({ column: 'source passages', set: () => ({ savings: '£3m a year', 'source passages': '', 'source checked': '' }) }),
  // Words that are not a status, kind, scope or qualifier, names of JavaScript's object properties among them.
  fc.constantFrom('paused', 'maybe', 'constructor', '__proto__', 'toString').map((text): Broken => ({ column: 'status', quoted: text, set: () => ({ status: text }) })),
  fc
    .tuple(fc.constantFrom('savings kind', 'savings scope', 'savings qualifier'), fc.constantFrom('sometimes', 'constructor', '__proto__', 'hasOwnProperty'))
    .map(([column, text]): Broken => ({
      column,
      quoted: text,
      set: (row) => ({ savings: row.cells.savings || 'about £1m a year', 'savings kind': 'annual', 'savings low': '1000000', [column]: text }),
    })),
);

const layout = fc.record({
  order: fc.shuffledSubarray(HEADERS, { minLength: HEADERS.length, maxLength: HEADERS.length }),
  delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
  bom: fc.boolean(),
  crlf: fc.boolean(),
  sep: fc.boolean(),
});

describe('importTable: rows built from valid values, some with a broken cell', () => {
  it('the ways of writing councils and services used below are read as written', () => {
    expect(new Set(SPELLINGS.map((s) => s.council.code)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(SERVICE_SPELLINGS.map((s) => s.id)).size).toBe(services.length);
    for (const name of UNKNOWN_COUNCILS) expect(index.resolve(name, null).kind, name).toBe('unknown');
    for (const text of NOT_SERVICES) expect(matcher.match(text).ids, text).toEqual([]);
  });

  it('imports every good row as written; leaves out and reports every broken one by row and column; imported + reported = rows', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(goodRow, fc.option(breakage, { nil: undefined, freq: 2 })), { minLength: 1, maxLength: 6 }), layout, (rows, { order, delimiter, bom, crlf, sep }) => {
        const cells = rows.map(([row, broken]) => {
          const values = { ...row.cells };
          if (broken) Object.assign(values, broken.set(row));
          return order.map((h) => values[h] ?? '');
        });
        let text = formatCsv(order, cells, { delimiter, bom });
        if (sep) text = `sep=${delimiter}\n${text.replace(/^\uFEFF/, '')}`;
        if (crlf) text = toCrlf(text);
        const table = parseCsvText(text);
        const first = sep ? 3 : 2;
        expect(table.rows.map((r) => r.row)).toEqual(rows.map((_, i) => first + i));

        const result = importTable(table, context);
        expect(result.fatal).toBeUndefined();
        expectAccounted(table, result);
        expect(result.counts.imported).toBe(rows.filter(([, broken]) => !broken).length);
        expect(result.counts.leftOut).toBe(rows.filter(([, broken]) => broken).length);

        rows.forEach(([row, broken], i) => {
          const outcome = result.rows[i]!;
          const where = `row ${outcome.row}`;
          if (broken) {
            const what = `${where}: ${JSON.stringify(broken.set(row))}`;
            expect(outcome.record, `${what} was imported`).toBeUndefined();
            const errors = outcome.issues.filter((issue) => issue.level === 'error');
            const inColumn = errors.filter((e) => e.column === broken.column && (broken.quoted === undefined || e.message.includes(`"${broken.quoted}"`)));
            expect(inColumn, `${what}; errors: ${JSON.stringify(errors)}`).not.toEqual([]);
          } else {
            const errors = outcome.issues.filter((issue) => issue.level === 'error');
            expect(errors, `${where}: ${JSON.stringify(row.cells)}`).toEqual([]);
            const record = outcome.record!;
            expect({
              name: record.name,
              councils: record.councils,
              services: record.services,
              startYear: record.startYear,
              endYear: record.endYear,
              status: record.status,
              urls: record.sources.map((s) => s.url),
            }).toEqual(row.expected);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });
});
