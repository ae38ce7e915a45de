import { describe, expect, it } from 'vitest';
import { normaliseQuote, recordClaims, savingsBacked, statusAsOf } from '../../src/shared/claims';
import type { PartnershipRecord } from '../../src/shared/types';

const record: PartnershipRecord = {
  id: 'bucks-harrow-hr',
  name: 'Buckinghamshire–Harrow HR',
  councils: ['E10000002', 'E09000015'],
  lead: 'E10000002',
  services: ['hr-payroll'],
  servicesAsWritten: 'HR',
  startYear: 2017,
  endYear: null,
  status: 'active',
  description: 'd',
  savings: { quote: 'around £670,000 per year', source: 1, kind: 'annual', low: 670000, high: 670000 },
  sources: [
    {
      title: 'A',
      publisher: 'P',
      url: 'https://example.org/a',
      checked: '2026-12-03',
      passages: [
        { text: 'Twenty HR staff at Harrow transferred to Buckinghamshire on April 1.', supports: ['councils', 'services', 'start'] },
        { text: 'The service runs today.', supports: ['status'] },
      ],
    },
    {
      title: 'B',
      publisher: 'P',
      url: 'https://example.org/b',
      checked: '2026-12-03',
      passages: [{ text: 'It will save the two councils around £670,000 per year.', supports: ['savings', 'councils'] }],
    },
  ],
  membershipChanges: [
    { council: 'E09000015', left: 2020, source: 1 },
    { council: 'E10000002', left: 2020, source: 0 },
  ],
};

const backing = (r: PartnershipRecord) => recordClaims(r).map((c) => `${c.claim}${c.council ? ` ${c.council}` : ''}: ${c.sources.join(',') || 'none'}`);

describe('recordClaims', () => {
  it('lists each claim the record makes with the sources whose passages back it', () => {
    expect(backing(record)).toEqual([
      'councils: 0,1',
      'services: 0',
      'start: 0',
      'status: 0',
      'savings: 1',
      'lead: none',
      'membership E09000015: none',
      'membership E10000002: none',
    ]);
  });

  it('makes no claim of a year, status, savings or lead the record does not give', () => {
    const bare = { ...record, lead: undefined, startYear: null, status: 'unknown' as const, savings: null, membershipChanges: undefined };
    expect(backing(bare)).toEqual(['councils: 0,1', 'services: 0']);
    const ended = { ...record, endYear: 2020, status: 'ended' as const };
    expect(backing(ended)).toContain('end: none');
  });

  it('counts a membership change as backed only by a passage of the source it names', () => {
    const withPassage = structuredClone(record);
    withPassage.sources[1]!.passages!.push({ text: 'Harrow left in 2020.', supports: ['membership'] });
    expect(backing(withPassage).filter((c) => c.startsWith('membership'))).toEqual(['membership E09000015: 1', 'membership E10000002: none']);
  });

  it('skips what is not a passage in a source as edited, rather than failing', () => {
    const odd = { ...record, sources: [{ ...record.sources[0]!, passages: [null, 'text', { text: 1, supports: ['councils'] }] as never }] };
    expect(backing(odd)).toEqual(['councils: none', 'services: none', 'start: none', 'status: none', 'savings: none', 'lead: none', 'membership E09000015: none', 'membership E10000002: none']);
  });
});

describe('savingsBacked', () => {
  it('needs a passage of the savings source, marked savings, that contains the wording', () => {
    expect(savingsBacked(record)).toBe(true);
    expect(savingsBacked({ ...record, savings: { ...record.savings!, source: 0 } })).toBe(false);
    expect(savingsBacked({ ...record, savings: { ...record.savings!, quote: 'around £700,000 per year' } })).toBe(false);
    const unmarked = structuredClone(record);
    unmarked.sources[1]!.passages![0]!.supports = ['councils'];
    expect(savingsBacked(unmarked)).toBe(false);
  });

  it('compares the wording with spaces and line breaks run together', () => {
    expect(savingsBacked({ ...record, savings: { ...record.savings!, quote: ' around\n£670,000  per year ' } })).toBe(true);
    expect(normaliseQuote('  a \n\t b  ')).toBe('a b');
  });

  it('is false for anything that is not a savings record with sources', () => {
    for (const value of [null, undefined, {}, { quote: 'x' }, { quote: 'x', source: '1' }]) expect(savingsBacked({ savings: value, sources: record.sources })).toBe(false);
    expect(savingsBacked({ savings: record.savings, sources: 'none' })).toBe(false);
  });
});

describe('statusAsOf', () => {
  const dated = (date: string | undefined, supports: PartnershipRecord['sources'][number]['passages'] = [{ text: 'It runs.', supports: ['status'] }]) => ({
    title: 'T',
    publisher: 'P',
    url: 'https://example.org/',
    ...(date ? { date } : {}),
    passages: supports,
  });

  it('is the year of the latest dated source whose passage backs the status', () => {
    expect(statusAsOf({ status: 'active', sources: [dated('2016-05-01'), dated('2019'), dated('2021-03', [{ text: 'Set up.', supports: ['start'] }])] })).toBe(2019);
  });

  it('is null with no dated source backing the status, and for a record that is not running', () => {
    expect(statusAsOf({ status: 'active', sources: [dated(undefined)] })).toBeNull();
    expect(statusAsOf({ status: 'ended', sources: [dated('2019')] })).toBeNull();
    expect(statusAsOf(record)).toBeNull();
  });
});
