import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CouncilNameIndex } from '../../src/shared/councilNames';
import { normaliseQuote } from '../../src/shared/claims';
import { CLAIMS, type Council, type MembershipChange, type Passage, type PartnershipRecord, type SavingsRecord, type SourceRef } from '../../src/shared/types';
import type { ValidationContext } from '../../src/shared/validatePartnerships';
import { SAMPLE_COUNCILS } from '../helpers/councils';

// Generators shared by the property tests of the validator, the loader and
// the import: records that are valid by construction (from the test council
// index and the real service ids), and the hostile values the mutations use.
// Not a test file itself (no .test.ts), so vitest does not run it.

export const CURRENT_YEAR = 2026;
/** The first year the README allows (the councils of today's register begin in 1974). */
export const EARLIEST_YEAR = 1974;

const root = join(__dirname, '..', '..');
export const SERVICE_IDS: string[] = (JSON.parse(readFileSync(join(root, 'data', 'services.json'), 'utf8')) as { services: { id: string }[] }).services.map((s) => s.id);

export const CONTEXT: ValidationContext = {
  councils: new CouncilNameIndex(SAMPLE_COUNCILS),
  serviceIds: new Set(SERVICE_IDS),
  currentYear: CURRENT_YEAR,
};

/**
 * Text people or attackers might type. As free text (a name, a quote) every
 * non-blank one is legitimate and must be kept; none of them is a valid id,
 * code, status, service id, URL, date or enum value, so in those fields each
 * must be rejected.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html,<b>x</b>',
  'vbscript:msgbox(1)',
  'NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  'Null',
  'TRUE',
  '1e999',
  '-1',
  '0x7E3',
  '9'.repeat(400),
  '__proto__',
  'toString',
  'hasOwnProperty',
  '\u202Egnp.exe',
  'Ynys Môn 😀',
  '"; DROP TABLE partnerships; --',
  '{{7*7}}',
  '${process.exit(1)}',
  '../../etc/passwd',
  'line one\nline two\r\nline three',
  '\u0000',
  '\uD800',
  '\uFEFF',
  '',
  ' ',
  '\t\n',
  'X'.repeat(5000),
];

export const nonBlank = (s: string) => s.trim().length > 0;

/** Free text: random strings of any kind, and the hostile ones, never blank. */
export const freeText: fc.Arbitrary<string> = fc
  .oneof(fc.string({ minLength: 1 }), fc.string({ minLength: 1, unit: 'binary' }), fc.constantFrom(...HOSTILE_STRINGS))
  .filter(nonBlank);

/** An id: lower-case words joined by hyphens. */
export const idArb: fc.Arbitrary<string> = fc
  .array(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'));

const urlArb = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true });

/** A source date as the README writes it: YYYY, YYYY-MM or YYYY-MM-DD, a real day. */
export const dateArb: fc.Arbitrary<string> = fc
  .tuple(fc.date({ min: new Date('1960-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(4, 7, 10))
  .map(([date, length]) => date.toISOString().slice(0, length));

/** The day a source was checked: a real day, not after the current year. */
export const dayArb: fc.Arbitrary<string> = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date(`${CURRENT_YEAR}-12-31T00:00:00Z`), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A passage: free text on one line, at most 600 characters, backing one or more claims. */
export const passageArb: fc.Arbitrary<Passage> = fc.record({
  text: freeText.map((text) => normaliseQuote(text).slice(0, 600).trim()).filter(nonBlank),
  supports: fc.uniqueArray(fc.constantFrom(...CLAIMS), { minLength: 1, maxLength: 4 }),
});

const sourceArb: fc.Arbitrary<SourceRef> = fc
  .record(
    { title: freeText, publisher: freeText, date: dateArb, url: urlArb, checked: dayArb, passages: fc.array(passageArb, { minLength: 1, maxLength: 3 }) },
    { requiredKeys: ['title', 'publisher', 'url'] },
  )
  // Passages need the day they were checked.
  .map((source) => (source.passages && !source.checked ? { ...source, checked: `${CURRENT_YEAR}-01-01` } : source));

/** A savings wording a passage can quote: at most 500 characters once its spaces are run together. */
const quoteArb = freeText.filter((text) => normaliseQuote(text).length > 0 && normaliseQuote(text).length <= 500);

// Below £10bn, the most a record may give.
const poundsArb = fc.oneof(fc.integer({ min: 0, max: 2_000_000_000 }), fc.double({ min: 0, max: 9.99e9, noNaN: true, noDefaultInfinity: true }));

const rawSavings = fc.record({
  quote: quoteArb,
  source: fc.nat(),
  kind: fc.constantFrom<SavingsRecord['kind']>('annual', 'period', 'cumulative', 'unclear'),
  a: poundsArb,
  b: poundsArb,
  years: fc.integer({ min: 1, max: 30 }),
  target: fc.option(fc.boolean(), { nil: undefined }),
  scope: fc.option(fc.constantFrom<NonNullable<SavingsRecord['scope']>>('partnership', 'each-partner', 'some-partners'), { nil: undefined }),
  qualifier: fc.option(fc.constantFrom<NonNullable<SavingsRecord['qualifier']>>('about', 'at-least', 'up-to'), { nil: undefined }),
});

const rawChange = fc.record({
  member: fc.nat(),
  joined: fc.option(fc.nat(), { nil: undefined }),
  left: fc.option(fc.integer({ min: EARLIEST_YEAR, max: CURRENT_YEAR }), { nil: undefined }),
  source: fc.nat(),
  note: fc.option(freeText, { nil: undefined }),
});

/** The years a council existed in, within the years a record may give. */
function yearsOf(council: Council): { min: number; max: number } {
  return { min: Math.max(EARLIEST_YEAR, council.firstYear ?? EARLIEST_YEAR), max: Math.min(CURRENT_YEAR, council.lastYear ?? CURRENT_YEAR) };
}

/** A year in a range, chosen by a number (so that it shrinks with it). */
const within = (range: { min: number; max: number }, pick: number) => range.min + (pick % (range.max - range.min + 1));

// Generated as independent choices mapped into a record (no chain), so
// that fast-check can shrink a failing record field by field.
const rawRecord = fc.record({
  members: fc.uniqueArray(fc.constantFrom(...SAMPLE_COUNCILS), { minLength: 2, maxLength: 5, selector: (c) => c.code }),
  useFormerCode: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  startYear: fc.option(fc.nat(), { nil: null }),
  endYear: fc.option(fc.nat(), { nil: null }),
  status: fc.constantFrom<PartnershipRecord['status']>('active', 'ended', 'unknown'),
  services: fc.uniqueArray(fc.constantFrom(...SERVICE_IDS), { minLength: 1, maxLength: 3 }),
  name: freeText,
  servicesAsWritten: freeText,
  description: freeText,
  sources: fc.array(sourceArb, { minLength: 1, maxLength: 3 }),
  lead: fc.option(fc.nat(), { nil: undefined }),
  notes: fc.option(freeText, { nil: undefined }),
  savings: fc.option(rawSavings, { nil: null }),
  changes: fc.array(rawChange, { maxLength: 2 }),
});

/**
 * A record that passes every check of the README by construction: two to
 * five distinct councils that all existed in the start year (each written
 * by its code or a former code), a lead among them, real service ids,
 * http(s) sources with real dates, an end year not before the start and
 * status "ended" with it, savings with 0 ≤ low ≤ high and years for a
 * period, membership changes of partner councils joining in years they
 * existed.
 */
export function validRecordArb(id: string): fc.Arbitrary<PartnershipRecord> {
  return rawRecord.map((r) => {
    const codes = r.members.map((c, i) => (r.useFormerCode[i] && c.formerCodes?.length ? c.formerCodes[0]! : c.code));
    const together = { min: Math.max(...r.members.map((c) => yearsOf(c).min)), max: Math.min(...r.members.map((c) => yearsOf(c).max)) };
    // Councils that never existed at once (Buckinghamshire's county and its successor) need an unknown start year.
    const startYear = r.startYear !== null && together.min <= together.max ? within(together, r.startYear) : null;
    const endYear = r.endYear === null ? null : within({ min: startYear ?? EARLIEST_YEAR, max: CURRENT_YEAR }, r.endYear);
    const n = r.sources.length;
    const record: PartnershipRecord = {
      id,
      name: r.name,
      councils: codes,
      ...(r.lead !== undefined ? { lead: codes[r.lead % codes.length]! } : {}),
      services: r.services,
      servicesAsWritten: r.servicesAsWritten,
      startYear,
      endYear,
      status: endYear === null ? r.status : 'ended',
      description: r.description,
      savings: null,
      sources: r.sources,
    };
    if (r.savings) {
      const { quote, source, kind, a, b, years, target, scope, qualifier } = r.savings;
      const savings: SavingsRecord = { quote, source: source % n, kind, low: Math.min(a, b), high: Math.max(a, b) };
      if (kind === 'period' || kind === 'cumulative') savings.years = years;
      if (target !== undefined) savings.target = target;
      if (scope !== undefined) savings.scope = scope;
      if (qualifier !== undefined) savings.qualifier = qualifier;
      record.savings = savings;
      // The savings source quotes the wording, as every record with savings must.
      const quoted = record.sources[savings.source]!;
      record.sources = record.sources.map((x, i) =>
        i === savings.source ? { ...quoted, checked: quoted.checked ?? `${CURRENT_YEAR}-01-01`, passages: [...(quoted.passages ?? []), { text: `The source says: ${normaliseQuote(quote)}`, supports: ['savings'] }] } : x,
      );
    }
    const changes = r.changes.map((c): MembershipChange => {
      const at = c.member % codes.length;
      const joined = c.joined === undefined ? undefined : within(yearsOf(r.members[at]!), c.joined);
      const left = c.left ?? (joined === undefined ? CURRENT_YEAR : undefined);
      return {
        council: codes[at]!,
        ...(joined !== undefined ? { joined } : {}),
        ...(left !== undefined ? { left } : {}),
        source: c.source % n,
        ...(c.note !== undefined ? { note: c.note } : {}),
      };
    });
    if (changes.length) record.membershipChanges = changes;
    if (r.notes !== undefined) record.notes = r.notes;
    return record;
  });
}

/** Several valid records with distinct ids. */
export function validRecordsArb(constraints: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<PartnershipRecord[]> {
  const max = constraints.maxLength ?? 6;
  return fc
    .tuple(fc.uniqueArray(idArb, { minLength: max, maxLength: max }), fc.array(validRecordArb(''), { minLength: constraints.minLength ?? 1, maxLength: max }))
    .map(([ids, records]) => records.map((record, i) => ({ ...record, id: ids[i]! })));
}
