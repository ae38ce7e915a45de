import { describe, expect, it } from 'vitest';
import { CouncilNameIndex } from '../../src/shared/councilNames';
import { validatePartnerships, type Problem } from '../../src/shared/validatePartnerships';
import type { PartnershipRecord } from '../../src/shared/types';
import { SAMPLE_COUNCILS } from '../helpers/councils';

const context = {
  councils: new CouncilNameIndex(SAMPLE_COUNCILS),
  serviceIds: new Set(['hr-payroll', 'legal', 'ict']),
  currentYear: 2026,
};

const valid: PartnershipRecord = {
  id: 'bucks-harrow-hr',
  name: 'Buckinghamshire and Harrow HR',
  councils: ['E10000002', 'E09000015'],
  lead: 'E10000002',
  services: ['hr-payroll'],
  servicesAsWritten: 'HR and payroll',
  startYear: 2017,
  endYear: null,
  status: 'unknown',
  description: 'Two councils share HR.',
  savings: { quote: 'around £670,000 per year', source: 0, kind: 'annual', low: 670000, high: 670000, qualifier: 'about' },
  sources: [
    {
      title: 'Deal saves £670k',
      publisher: 'Wendover News',
      date: '2017-04-03',
      url: 'http://www.wendovernews.co.uk/news/deal-with-london-council-saves-670k',
      checked: '2026-12-03',
      passages: [{ text: 'It will save the two councils around £670,000 per year.', supports: ['savings'] }],
    },
  ],
};

function problemsOf(records: unknown[]): Problem[] {
  return validatePartnerships(records, context);
}

function fields(problems: Problem[]): string[] {
  return problems.map((p) => `${p.record} ${p.field}`);
}

describe('validatePartnerships', () => {
  it('passes a correct record', () => {
    expect(problemsOf([valid])).toEqual([]);
  });

  it('accepts a former code for the council it belongs to', () => {
    expect(problemsOf([{ ...valid, councils: ['S12000015', 'E09000015'], lead: undefined }])).toEqual([]);
  });

  it('lists every problem of a broken record, each with record, field and a fix', () => {
    const broken = {
      ...valid,
      councils: ['Hampshire CC', 'E10000099', 'E10000002'],
      lead: 'E06000060',
      services: ['hr-payroll', 'catering'],
      startYear: 2022,
      endYear: 2019,
      status: 'active',
      savings: { quote: 'x', source: 4, kind: 'period', low: -5, high: -10 },
      sources: [{ title: 'T', publisher: 'P', url: 'ftp://example.org/x' }],
      description: '',
    };
    const problems = problemsOf([broken, { ...valid }]);
    expect(fields(problems)).toEqual([
      'bucks-harrow-hr description',
      'bucks-harrow-hr endYear',
      'bucks-harrow-hr status',
      'bucks-harrow-hr councils[0]',
      'bucks-harrow-hr councils[1]',
      'bucks-harrow-hr councils[2]',
      'bucks-harrow-hr lead',
      'bucks-harrow-hr services[1]',
      'bucks-harrow-hr sources[0].url',
      'bucks-harrow-hr savings.source',
      'bucks-harrow-hr savings.low',
      'bucks-harrow-hr savings.high',
      'bucks-harrow-hr savings.low',
      'bucks-harrow-hr savings.years',
      'bucks-harrow-hr id',
    ]);
    for (const p of problems) expect(p.fix.length).toBeGreaterThan(10);
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(byField['councils[0]']!.fix).toContain('E10000014 Hampshire County Council');
    expect(byField['councils[1]']!.message).toContain('unknown council code E10000099');
    expect(byField['councils[1]']!.fix).toContain('E10000014');
    expect(byField['councils[2]']!.message).toContain('did not exist in 2022');
    expect(byField['councils[2]']!.fix).toContain('E06000060');
    expect(byField.id!.message).toContain('duplicate');
  });

  it('reports missing required fields and impossible years', () => {
    const problems = problemsOf([{ id: 'x', startYear: 1066, endYear: 2999 }]);
    expect(fields(problems)).toEqual(
      expect.arrayContaining(['x name', 'x description', 'x servicesAsWritten', 'x startYear', 'x endYear', 'x status', 'x councils', 'x services', 'x sources', 'x savings']),
    );
  });

  it('checks that a council existed when it joined, not only at the start', () => {
    const joinedLater = {
      ...valid,
      startYear: 2016,
      councils: ['E10000002', 'E09000015', 'E06000060'],
      membershipChanges: [{ council: 'E06000060', joined: 2020, source: 0 }],
    };
    expect(problemsOf([joinedLater])).toEqual([]);
    const wrongYear = { ...joinedLater, membershipChanges: [{ council: 'E06000060', joined: 2018, source: 0 }] };
    expect(fields(problemsOf([wrongYear]))).toEqual(['bucks-harrow-hr councils[2]']);
  });

  it('rejects a file that is not a list of records', () => {
    expect(validatePartnerships({ id: 'x' }, context)[0]!.field).toBe('(top level)');
  });
});

// Failures found by tests/shared/validatePartnerships.property.test.ts, kept as examples.
describe('validatePartnerships: found by the property tests', () => {
  it('refuses a savings figure of £10bn or more, which would overflow the estimates', () => {
    const huge = { ...valid, savings: { ...valid.savings!, low: 1e308, high: 1e308 } };
    expect(fields(problemsOf([huge]))).toEqual(['bucks-harrow-hr savings.low', 'bucks-harrow-hr savings.high']);
    expect(problemsOf([{ ...valid, savings: { ...valid.savings!, low: 9_999_999_999, high: 9_999_999_999 } }])).toEqual([]);
  });

  it('reports a value JSON cannot hold (a bigint) rather than throwing', () => {
    const problems = problemsOf([{ ...valid, endYear: [0n] }]);
    expect(problems).toEqual([expect.objectContaining({ record: 'bucks-harrow-hr', field: 'endYear', message: 'a list that JSON cannot hold is not a possible year' })]);
    expect(problemsOf([{ ...valid, startYear: 10n }])[0]!.message).toBe('10 is not a possible year');
  });

  it('quotes NaN and Infinity as themselves, not as null', () => {
    expect(problemsOf([{ ...valid, startYear: NaN }])[0]!.message).toBe('NaN is not a possible year');
  });

  it('refuses notes and membership-change notes that are not text (an object stops the panel drawing)', () => {
    expect(fields(problemsOf([{ ...valid, notes: {} }]))).toEqual(['bucks-harrow-hr notes']);
    expect(fields(problemsOf([{ ...valid, notes: 42 }]))).toEqual(['bucks-harrow-hr notes']);
    const change = { council: 'E09000015', left: 2020, source: 0 };
    expect(fields(problemsOf([{ ...valid, membershipChanges: [change, { ...change, note: 42 }] }]))).toEqual(['bucks-harrow-hr membershipChanges[1].note']);
    expect(problemsOf([{ ...valid, notes: 'text', membershipChanges: [{ ...change, note: 'text' }] }])).toEqual([]);
  });

  it('finds one council listed twice under two spellings of its code', () => {
    expect(fields(problemsOf([{ ...valid, councils: ['E10000002', 'e10000002'], lead: undefined }]))).toEqual(['bucks-harrow-hr councils[1]']);
    const fife = problemsOf([{ ...valid, councils: ['S12000047', 'E09000015', 'S12000015'], lead: undefined }]);
    expect(fife).toEqual([expect.objectContaining({ field: 'councils[2]', message: 'S12000015 is listed twice: S12000047 is the same council (Fife Council)' })]);
  });

  it('refuses source dates the calendar does not have', () => {
    const dated = (date: string) => problemsOf([{ ...valid, sources: [{ ...valid.sources[0]!, date }] }]);
    for (const date of ['2017-13-01', '2017-02-30', '2017-04-31', '2017-00', '2017-00-10']) expect(fields(dated(date)), date).toEqual(['bucks-harrow-hr sources[0].date']);
    for (const date of ['2016-02-29', '2000-02-29', '2017-12-31', '2017-04', '2017']) expect(dated(date), date).toEqual([]);
  });

  it('refuses savings years that are not a number above 0, for any kind, Infinity among them', () => {
    const savings = valid.savings!;
    expect(fields(problemsOf([{ ...valid, savings: { ...savings, years: NaN } }]))).toEqual(['bucks-harrow-hr savings.years']);
    expect(fields(problemsOf([{ ...valid, savings: { ...savings, years: '3' } }]))).toEqual(['bucks-harrow-hr savings.years']);
    expect(fields(problemsOf([{ ...valid, savings: { ...savings, kind: 'period', years: Infinity } }]))).toEqual(['bucks-harrow-hr savings.years']);
    expect(problemsOf([{ ...valid, savings: { ...savings, kind: 'period', years: 3 } }])).toEqual([]);
  });

  describe('passages', () => {
    const source = valid.sources[0]!;
    const withSource = (changes: Record<string, unknown>) => problemsOf([{ ...valid, sources: [{ ...source, ...changes }] }]);

    it('refuses a savings figure that no passage of its source quotes', () => {
      const unquoted = withSource({ passages: [{ text: 'Twenty HR staff transferred.', supports: ['councils', 'savings'] }] });
      expect(unquoted).toEqual([expect.objectContaining({ field: 'sources[0].passages', message: 'no passage quotes the savings wording "around £670,000 per year"' })]);
      // A passage with the words but not marked "savings" backs nothing.
      expect(fields(withSource({ passages: [{ text: 'It will save the two councils around £670,000 per year.', supports: ['councils'] }] }))).toEqual(['bucks-harrow-hr sources[0].passages']);
      expect(fields(withSource({ passages: undefined, checked: undefined }))).toEqual(['bucks-harrow-hr sources[0].passages']);
      // Line breaks and runs of spaces in the wording do not matter.
      expect(problemsOf([{ ...valid, savings: { ...valid.savings!, quote: 'around  £670,000\nper year' } }])).toEqual([]);
    });

    it('looks for the quote only in the source the savings names', () => {
      const other = { title: 'Another', publisher: 'P', url: 'https://example.org/other' };
      expect(problemsOf([{ ...valid, sources: [source, other], savings: { ...valid.savings!, source: 1 } }])).toEqual([
        expect.objectContaining({ field: 'sources[1].passages' }),
      ]);
    });

    it('refuses passages that are not one line of quoted text backing named claims', () => {
      const bad = (passage: unknown) => fields(withSource({ passages: [...source.passages!, passage] }));
      expect(bad({ text: 'one\ntwo', supports: ['councils'] })).toEqual(['bucks-harrow-hr sources[0].passages[1].text']);
      expect(bad({ text: 'x'.repeat(601), supports: ['councils'] })).toEqual(['bucks-harrow-hr sources[0].passages[1].text']);
      expect(bad({ text: '  ', supports: ['councils'] })).toEqual(['bucks-harrow-hr sources[0].passages[1].text']);
      expect(bad({ text: 'ok', supports: [] })).toEqual(['bucks-harrow-hr sources[0].passages[1].supports']);
      expect(bad({ text: 'ok', supports: ['partners'] })).toEqual(['bucks-harrow-hr sources[0].passages[1].supports[0]']);
      expect(bad({ text: 'ok', supports: ['lead', 'lead'] })).toEqual(['bucks-harrow-hr sources[0].passages[1].supports[1]']);
      expect(bad('a passage')).toEqual(['bucks-harrow-hr sources[0].passages[1]']);
      expect(fields(withSource({ passages: 'It will save' }))).toContain('bucks-harrow-hr sources[0].passages');
      expect(bad({ text: 'Buckinghamshire lead on HR and Harrow lead on legal services.', supports: ['lead', 'services'] })).toEqual([]);
    });

    it('needs the day the passages were checked, a real one not in a later year', () => {
      expect(fields(withSource({ checked: undefined }))).toEqual(['bucks-harrow-hr sources[0].checked']);
      for (const checked of ['2026-02-30', '2026-12', '3 December 2026', '2027-01-01']) expect(fields(withSource({ checked })), checked).toEqual(['bucks-harrow-hr sources[0].checked']);
      // A source read and found to have nothing to quote may still say when.
      expect(problemsOf([{ ...valid, sources: [source, { title: 'T', publisher: 'P', url: 'https://example.org/x', checked: '2026-12-03' }] }])).toEqual([]);
    });
  });
});
