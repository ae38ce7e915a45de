import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseQuote } from '../../src/shared/claims';
import { councilExistsIn } from '../../src/shared/councilYears';
import type { PartnershipRecord } from '../../src/shared/types';
import { validatePartnerships, type Problem } from '../../src/shared/validatePartnerships';
import { SAMPLE_COUNCILS } from '../helpers/councils';
import { CONTEXT, CURRENT_YEAR, EARLIEST_YEAR, freeText, HOSTILE_STRINGS, idArb, nonBlank, validRecordArb, validRecordsArb } from './partnershipArbitraries';

// Property-based tests of the record checker: whatever it is given, it
// returns problems rather than throwing; every record broken by
// construction gets a problem naming it (its id, or its #position when it
// has no id) and the field that was broken; no valid record gets any.
// Reproduce with: npx vitest run --project unit tests/shared/validatePartnerships.property.test.ts

/** Runs per property: 1,000, or more for a longer hunt (FUZZ_RUNS=20000 npx vitest run …). */
const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS) || 0);

function check(input: unknown): Problem[] {
  return validatePartnerships(input, CONTEXT);
}

function expectWellFormed(problems: Problem[]): void {
  expect(Array.isArray(problems)).toBe(true);
  for (const p of problems) {
    expect(typeof p.record === 'string' && p.record.length > 0, JSON.stringify(p)).toBe(true);
    expect(typeof p.field === 'string' && p.field.length > 0, JSON.stringify(p)).toBe(true);
    expect(typeof p.message === 'string' && p.message.length > 0, JSON.stringify(p)).toBe(true);
    expect(typeof p.fix === 'string' && p.fix.length > 0, JSON.stringify(p)).toBe(true);
  }
}

/** What a problem names a record by: its id when it has one, else its position (#1 first). */
function labelsOf(record: unknown, index: number): string[] {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() ? [id] : [`#${index + 1}`];
}

const RECORD_KEYS = ['id', 'name', 'councils', 'lead', 'services', 'servicesAsWritten', 'startYear', 'endYear', 'status', 'description', 'savings', 'sources', 'membershipChanges', 'notes'];

/** JavaScript values JSON cannot hold as well: undefined, NaN, bigint, Map, Date, null-prototype objects, sparse arrays. */
const exotic = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
});

/** Values in the places the checker looks: records with the README's keys, sources, savings and changes holding anything. */
const looseRecord = fc.letrec((tie) => ({
  value: fc.oneof(
    { arbitrary: fc.anything({ maxDepth: 2 }), weight: 2 },
    { arbitrary: exotic, weight: 1 },
    { arbitrary: fc.constantFrom<unknown>(...HOSTILE_STRINGS, 2017, 1973, CURRENT_YEAR + 1, -1, 0, 1.5, NaN, Infinity, null, 'E10000014', 'E09000015', 'hr-payroll', 'https://example.org/x', '2017-04-03', 'annual', 'period', 'active', 'ended'), weight: 3 },
    { arbitrary: tie('list'), weight: 1 },
    { arbitrary: tie('part'), weight: 1 },
  ),
  list: fc.array(tie('value'), { maxLength: 4 }),
  part: fc.dictionary(fc.constantFrom('title', 'publisher', 'date', 'url', 'checked', 'passages', 'text', 'supports', 'quote', 'source', 'kind', 'low', 'high', 'years', 'target', 'scope', 'qualifier', 'council', 'joined', 'left', 'note'), tie('value'), { maxKeys: 8 }),
  record: fc.dictionary(fc.constantFrom(...RECORD_KEYS), tie('value'), { maxKeys: 14 }),
})).record;

describe('validatePartnerships: any input', () => {
  it('any JSON value, alone or in a list, gives a list of problems and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue())), (input) => {
        const problems = check(input);
        expectWellFormed(problems);
        if (!Array.isArray(input)) expect(problems).toHaveLength(1);
        else problems.forEach((p) => expect(input.some((r, i) => labelsOf(r, i).includes(p.record)), p.record).toBe(true));
      }),
      { numRuns: RUNS },
    );
  });

  it('any JavaScript value, even those JSON cannot hold, gives a list of problems and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(exotic, fc.array(exotic)), (input) => {
        expectWellFormed(check(input));
      }),
      { numRuns: RUNS },
    );
  });

  it('lists of record-shaped junk: every problem names one of the records, and every non-object is reported', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: looseRecord, weight: 4 }, { arbitrary: fc.anything({ maxDepth: 1 }), weight: 1 }), { maxLength: 8 }), (input) => {
        const problems = check(input);
        expectWellFormed(problems);
        for (const p of problems) expect(input.some((r, i) => labelsOf(r, i).includes(p.record)), p.record).toBe(true);
        input.forEach((r, i) => {
          if (typeof r !== 'object' || r === null || Array.isArray(r)) expect(problems).toContainEqual(expect.objectContaining({ record: `#${i + 1}`, field: '(record)' }));
        });
      }),
      { numRuns: RUNS },
    );
  });
});

// --- Mutations ---------------------------------------------------------------

type Path = readonly (string | number)[];

const DELETE = Symbol('delete');

/** A place in a record and what may be put there. */
interface Slot {
  path: Path;
  /** The fields a problem may name for it (a sub-field of one counts); none for a neutral change. */
  fields: readonly string[];
  /** Bad: the record must be reported; neutral: it must stay valid. */
  bad: boolean;
  /** Values to put there (DELETE: leave the field out). */
  values: readonly unknown[];
  /** The random value is used too when it passes this (a value of the wrong type). */
  wrong?: (v: unknown) => boolean;
  /** The random free text is used too. */
  text?: boolean;
  /** Another record's id: bad only if that record still has it. */
  duplicate?: boolean;
}

interface Mutation {
  path: Path;
  value: unknown;
  fields: readonly string[];
  bad: boolean;
  duplicate?: boolean;
}

/**
 * One record's change, as numbers mapped onto the record's slots (not a
 * chain), so that fast-check shrinks a failure to the first slot and the
 * first value that still fail.
 */
const choiceArb = fc.record({ plan: fc.nat({ max: 6 }), slot: fc.nat(), value: fc.nat(), random: fc.anything({ maxDepth: 1 }), text: freeText });
type Choice = typeof choiceArb extends fc.Arbitrary<infer T> ? T : never;

function fieldName(path: Path): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

function apply(record: PartnershipRecord, mutation: Mutation): Record<string, unknown> {
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  let parent = copy as Record<string | number, unknown>;
  for (const part of mutation.path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const last = mutation.path[mutation.path.length - 1]!;
  if (mutation.value === DELETE) delete parent[last];
  else parent[last] = mutation.value;
  return copy;
}

function describeMutation(m: Mutation): string {
  return m.value === DELETE ? `deleted ${fieldName(m.path)}` : `set ${fieldName(m.path)} to ${String(JSON.stringify(m.value, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)))}`;
}

const defined = (v: unknown) => v !== undefined;
const notString = (v: unknown) => typeof v !== 'string' && defined(v);
const notNumberOrNull = (v: unknown) => typeof v !== 'number' && v !== null && defined(v);
const notArray = (v: unknown) => !Array.isArray(v) && defined(v);
const notObject = (v: unknown) => (typeof v !== 'object' || v === null || Array.isArray(v)) && defined(v);
const notBoolean = (v: unknown) => typeof v !== 'boolean' && defined(v);

/** Hostile text that is not an id by the README's rule, lower-case words joined by hyphens ("undefined" and the 400 nines are ids). */
const HOSTILE_IDS = HOSTILE_STRINGS.filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s));
const BLANK = ['', ' ', '\t\n', '\uFEFF'];
const IMPOSSIBLE_YEARS: unknown[] = [EARLIEST_YEAR - 1, CURRENT_YEAR + 1, 2017.5, NaN, Infinity, -Infinity, -2017, 0, 1e308, -1e9, 1e9, '2017', '', true, [], {}, ...HOSTILE_STRINGS];
const BAD_URLS: unknown[] = [
  'javascript:alert(1)',
  'ftp://example.org/x',
  'www.kent.gov.uk/hr',
  'http://localhost/x',
  'https://',
  '//example.org/x',
  'mailto:someone@example.org',
  'file:///etc/passwd',
  'https://exa mple.org/x',
  ...HOSTILE_STRINGS,
];
const BAD_DATES: unknown[] = ['yesterday', '2017/04/03', '03-04-2017', '17-04-03', 20170403, 2017, null, '2017-13-01', '2017-02-30', '2017-04-31', '2017-00', '2017-00-10', '2017-4-3', ' 2017', '2017-04-03T10:00', ...HOSTILE_STRINGS];
const UNKNOWN_CODES = ['E10000099', 'W06000099', 'S12000099', 'E0700011', 'E070001120', 'Hampshire County Council', 'Atlantis District Council', ...HOSTILE_STRINGS];

/** Changes that must make the record invalid, each with the field it breaks. */
function badSlots(record: PartnershipRecord, others: readonly PartnershipRecord[]): Slot[] {
  const slots: Slot[] = [];
  const bad = (path: Path, values: readonly unknown[], options: { wrong?: (v: unknown) => boolean; deletable?: boolean; fields?: string[] } = {}) =>
    slots.push({ path, fields: options.fields ?? [fieldName(path)], bad: true, values: options.deletable ? [...values, DELETE] : values, ...(options.wrong ? { wrong: options.wrong } : {}) });

  // Required fields left out.
  for (const key of ['id', 'name', 'councils', 'services', 'servicesAsWritten', 'startYear', 'endYear', 'status', 'description', 'savings', 'sources']) bad([key], [DELETE]);

  bad(['id'], [...BLANK, ...HOSTILE_IDS], { wrong: notString });
  if (others.length) slots.push({ path: ['id'], fields: ['id'], bad: true, values: others.map((o) => o.id), duplicate: true });
  for (const key of ['name', 'description', 'servicesAsWritten']) bad([key], BLANK, { wrong: notString });
  bad(['startYear'], IMPOSSIBLE_YEARS, { wrong: notNumberOrNull });
  bad(['endYear'], IMPOSSIBLE_YEARS, { wrong: notNumberOrNull });
  if (record.startYear !== null && record.startYear > EARLIEST_YEAR) bad(['endYear'], [record.startYear - 1, EARLIEST_YEAR]);
  bad(['status'], ['Active', 'ACTIVE', 'closed', 'running', 'ended ', ...HOSTILE_STRINGS], { wrong: notString });
  if (record.endYear !== null) bad(['status'], ['active', 'unknown']);

  // Councils.
  const listed = new Set(record.councils.map((code) => CONTEXT.councils.byGssCode(code)!.code));
  const notListed = SAMPLE_COUNCILS.filter((c) => !listed.has(c.code)).map((c) => c.code);
  bad(['councils'], [[], record.councils.slice(0, 1), record.councils.join(';')], { wrong: notArray });
  record.councils.forEach((_, i) => {
    bad(['councils', i], UNKNOWN_CODES, { wrong: notString });
    // The same council twice: by the same code, in lower case, or by its current or former code.
    const twice = record.councils.flatMap((other, j) => {
      if (j === i) return [];
      const council = CONTEXT.councils.byGssCode(other)!;
      return [other, other.toLowerCase(), council.code, ...(council.formerCodes ?? [])];
    });
    bad(['councils', i], twice, { fields: ['councils'] });
    // A council that did not exist in the start year.
    const absent = record.startYear === null ? [] : SAMPLE_COUNCILS.filter((c) => !listed.has(c.code) && !councilExistsIn(c, record.startYear!)).map((c) => c.code);
    if (absent.length) bad(['councils', i], absent);
  });
  bad(['lead'], [...notListed, ...HOSTILE_STRINGS], { wrong: notString });

  // Services.
  bad(['services'], [[], 'ict'], { wrong: notArray });
  record.services.forEach((_, i) => bad(['services', i], ['catering', 'ICT', 'hr payroll', 'HR and payroll', ...HOSTILE_STRINGS], { wrong: notString }));

  // Sources.
  bad(['sources'], [[], 'https://example.org/x'], { wrong: notArray });
  record.sources.forEach((_, i) => {
    bad(['sources', i], ['https://example.org/x'], { wrong: notObject });
    bad(['sources', i, 'url'], BAD_URLS, { wrong: notString, deletable: true });
    for (const key of ['title', 'publisher']) bad(['sources', i, key], BLANK, { wrong: notString, deletable: true });
    bad(['sources', i, 'date'], BAD_DATES, { wrong: notString });
    bad(['sources', i, 'checked'], [...BAD_DATES.filter((d) => d !== null), '2017', '2017-04', `${CURRENT_YEAR + 1}-01-01`], { wrong: notString });
    bad(['sources', i, 'passages'], ['a passage', {}, [], [null], [{ text: 'x' }], [{ text: 'line one\nline two', supports: ['councils'] }], [{ text: 'x'.repeat(601), supports: ['councils'] }], [{ text: ' ', supports: ['councils'] }], [{ text: 'x', supports: [] }], [{ text: 'x', supports: ['partners'] }], [{ text: 'x', supports: ['councils', 'councils'] }], [{ text: 'x', supports: 'councils' }]], { wrong: notArray });
    if (record.sources[i]!.passages) bad(['sources', i, 'checked'], [DELETE]);
  });

  // Savings.
  bad(['savings'], ['£1m', 0, false, []], { wrong: (v) => notObject(v) && v !== null });
  const s = record.savings;
  if (s) {
    const n = record.sources.length;
    bad(['savings', 'quote'], BLANK, { wrong: notString, deletable: true });
    bad(['savings', 'source'], [-1, 1.5, n, n + 1, NaN, null, '0'], { wrong: notNumberOrNull, deletable: true });
    bad(['savings', 'kind'], ['yearly', 'Annual', 'total', ...HOSTILE_STRINGS], { wrong: notString, deletable: true });
    for (const key of ['low', 'high']) bad(['savings', key], [-1, -0.5, NaN, Infinity, -Infinity, null, '1000'], { wrong: notNumberOrNull, deletable: true });
    // A range the wrong way round: the problem may name either end.
    bad(['savings', 'low'], [s.high + 1], { fields: ['savings.low', 'savings.high'] });
    if (s.low >= 1) bad(['savings', 'high'], [s.low - 1], { fields: ['savings.low', 'savings.high'] });
    // Years: a number of years above 0 whenever given, and given for a period or a cumulative figure.
    const wrongYears = [NaN, Infinity, -Infinity, null, '3'];
    if (s.kind === 'period' || s.kind === 'cumulative') bad(['savings', 'years'], [0, -3, ...wrongYears], { wrong: notNumberOrNull, deletable: true });
    else bad(['savings', 'years'], wrongYears, { wrong: notNumberOrNull });
    bad(['savings', 'target'], ['yes', 'true', 1, 0, null], { wrong: notBoolean });
    bad(['savings', 'scope'], ['everyone', 'Partnership', 'each partner', ...HOSTILE_STRINGS], { wrong: notString });
    bad(['savings', 'qualifier'], ['approximately', 'At least', 'about ', ...HOSTILE_STRINGS], { wrong: notString });
    // A savings wording no passage of its source quotes: more words than the passage has, the passage gone, or another source named.
    const quoting = record.sources[s.source]!.passages!.find((p) => p.supports.includes('savings'))!;
    bad(['savings', 'quote'], [`${quoting.text} and more besides`], { fields: [`sources[${s.source}].passages`] });
    bad(['sources', s.source, 'passages'], [DELETE, [{ text: quoting.text, supports: ['councils'] }]]);
    const unquoting = record.sources.findIndex((x) => !x.passages?.some((p) => p.supports.includes('savings') && normaliseQuote(p.text).includes(normaliseQuote(s.quote))));
    if (unquoting !== -1) bad(['savings', 'source'], [unquoting], { fields: [`sources[${unquoting}].passages`] });
  }

  // Membership changes and notes.
  bad(['membershipChanges'], ['Dover left 2015', {}], { wrong: notArray });
  record.membershipChanges?.forEach((_, i) => {
    const n = record.sources.length;
    bad(['membershipChanges', i], [{}, 'Dover left 2015'], { wrong: notObject });
    bad(['membershipChanges', i, 'council'], [...notListed, ...HOSTILE_STRINGS], { wrong: notString, deletable: true });
    for (const key of ['joined', 'left']) bad(['membershipChanges', i, key], IMPOSSIBLE_YEARS, { wrong: notNumberOrNull });
    bad(['membershipChanges', i, 'source'], [-1, n, 1.5, null, '0'], { wrong: notNumberOrNull, deletable: true });
    bad(['membershipChanges', i, 'note'], [42, {}, ['a note'], null], { wrong: notString });
  });
  bad(['notes'], [42, {}, ['a note'], null, true], { wrong: notString });
  return slots;
}

/** Changes that must leave a valid record valid: hostile but legitimate free text, and optional fields left out or set right. */
function neutralSlots(record: PartnershipRecord): Slot[] {
  const slots: Slot[] = [];
  const neutral = (path: Path, values: readonly unknown[], text = false) => slots.push({ path, fields: [], bad: false, values, text });
  for (const key of ['name', 'description', 'servicesAsWritten', 'notes']) neutral([key], HOSTILE_STRINGS.filter(nonBlank), true);
  neutral(['lead'], [DELETE, ...record.councils]);
  neutral(['notes'], [DELETE]);
  record.sources.forEach((_, i) => {
    neutral(['sources', i, 'title'], HOSTILE_STRINGS.filter(nonBlank), true);
    neutral(['sources', i, 'publisher'], HOSTILE_STRINGS.filter(nonBlank), true);
    neutral(['sources', i, 'date'], [DELETE, '2016', '2016-02', '2016-02-29', '2000-02-29', '2017-12-31']);
  });
  if (record.savings) {
    // The wording as its passage quotes it, or a part of it: still quoted.
    const quote = normaliseQuote(record.savings.quote);
    neutral(['savings', 'quote'], [quote, quote.slice(0, Math.ceil(quote.length / 2)).trim() || quote, `  ${record.savings.quote}\n`]);
    for (const key of ['target', 'scope', 'qualifier']) neutral(['savings', key], [DELETE]);
  }
  record.sources.forEach((source, i) => {
    if (source.passages) neutral(['sources', i, 'checked'], ['2016-02-29', `${CURRENT_YEAR}-12-31`]);
    // Passages backing claims the record does not make are kept (counted, never refused).
    if (source.passages && i !== record.savings?.source) neutral(['sources', i, 'passages'], [DELETE, [{ text: 'A passage of its own.', supports: ['end', 'lead', 'membership'] }]]);
  });
  record.membershipChanges?.forEach((_, i) => neutral(['membershipChanges', i, 'note'], [DELETE, ...HOSTILE_STRINGS.filter(nonBlank)], true));
  return slots;
}

/** The change a choice picks for a record: bad (4 in 7), neutral (2 in 7) or none. */
function pick(record: PartnershipRecord, others: readonly PartnershipRecord[], choice: Choice): Mutation | null {
  if (choice.plan === 6) return null;
  const slots = choice.plan < 4 ? badSlots(record, others) : neutralSlots(record);
  const slot = slots[choice.slot % slots.length]!;
  const values = [...slot.values, ...(slot.wrong?.(choice.random) ? [choice.random] : []), ...(slot.text ? [choice.text] : [])];
  return { path: slot.path, value: values[choice.value % values.length], fields: slot.fields, bad: slot.bad, ...(slot.duplicate ? { duplicate: true } : {}) };
}

describe('validatePartnerships: valid records kept, broken ones reported', () => {
  it('passes every record valid by construction (the generator is right, and no good record is refused)', () => {
    fc.assert(
      fc.property(validRecordsArb({ maxLength: 8 }), (records) => {
        expect(check(records)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('reports every broken record by its id or position and the broken field, and no valid one', () => {
    fc.assert(
      // Each record with its own choice, so that they shrink away together.
      fc.property(fc.uniqueArray(idArb, { minLength: 6, maxLength: 6 }), fc.array(fc.tuple(validRecordArb(''), choiceArb), { minLength: 1, maxLength: 6 }), (ids, pairs) => {
        const records = pairs.map(([record], i) => ({ ...record, id: ids[i]! }));
        const choices = pairs.map(([, choice]) => choice);
        const mutations = records.map((record, i) => pick(record, records.filter((_, j) => j !== i), choices[i]!));
        const input = records.map((record, i) => (mutations[i] ? apply(record, mutations[i]) : record));
        // Another record's id is a duplicate only if that record kept it; otherwise the record is still valid.
        mutations.forEach((m, i) => {
          if (m?.duplicate) m.bad = input.some((r, j) => j !== i && (r as { id?: unknown }).id === m.value);
        });
        const problems = check(input);
        expectWellFormed(problems);
        const badLabels = new Set<string>();
        input.forEach((record, i) => {
          const mutation = mutations[i];
          if (!mutation?.bad) return;
          const labels = labelsOf(record, i);
          labels.forEach((l) => badLabels.add(l));
          const named = problems.filter(
            (p) => labels.includes(p.record) && mutation.fields.some((f) => p.field === f || p.field.startsWith(`${f}.`) || p.field.startsWith(`${f}[`)),
          );
          expect(named, `record ${i + 1} (${labels.join(' or ')}): ${describeMutation(mutation)}`).not.toEqual([]);
        });
        // Every good record kept: no problem names a record left valid (unless a broken one took its id).
        input.forEach((record, i) => {
          if (mutations[i]?.bad) return;
          const [label] = labelsOf(record, i);
          if (badLabels.has(label!)) return;
          expect(problems.filter((p) => p.record === label), `record ${i + 1} (${label}): ${mutations[i] ? describeMutation(mutations[i]) : 'unchanged'}`).toEqual([]);
        });
      }),
      { numRuns: 2 * RUNS },
    );
  });
});

describe('validRecordArb', () => {
  it('makes records of every shape the README allows', () => {
    const sample = fc.sample(validRecordArb('x'), 500);
    expect(sample.some((r) => r.savings?.kind === 'period')).toBe(true);
    expect(sample.some((r) => r.membershipChanges?.some((c) => c.joined !== undefined))).toBe(true);
    expect(sample.some((r) => r.councils.some((c) => c === 'S12000015' || c === 'E07000100'))).toBe(true);
    expect(sample.some((r) => r.endYear !== null && r.status === 'ended')).toBe(true);
  });
});
