import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/shared/fieldChecks';
import { validateSavings, validateSavingsQuoted } from '../../src/shared/validateSavings';

const savings = { quote: 'around £670,000 per year', source: 0, kind: 'annual', low: 670000, high: 670000, qualifier: 'about' };

function collect(run: (report: Report) => void): string[] {
  const seen: string[] = [];
  run((field, message, fix) => {
    expect(fix.length, field).toBeGreaterThan(10);
    seen.push(`${field}: ${message}`);
  });
  return seen;
}

const problemsOf = (value: unknown, sourceCount = 1) => collect((report) => validateSavings(value, report, sourceCount));

describe('validateSavings', () => {
  it('passes a figure quoted from one of the sources, of a known kind', () => {
    expect(problemsOf(savings)).toEqual([]);
    expect(problemsOf({ ...savings, kind: 'period', years: 3, scope: 'each-partner', qualifier: 'up-to', target: true })).toEqual([]);
  });

  it('names every broken field', () => {
    expect(problemsOf({ quote: ' ', source: 2, kind: 'yearly', low: -5, high: Infinity, scope: 'all', qualifier: 'roughly', target: 'yes' })).toEqual([
      'quote: missing',
      'source: 2 is not one of the sources',
      'kind: "yearly" is not a kind',
      'low: negative (-5)',
      'high: missing or not a number',
      'scope: "all" is not a scope',
      'qualifier: "roughly" is not a qualifier',
      'target: not true or false',
    ]);
    expect(problemsOf([savings])).toEqual(['(value): not an object']);
  });

  it('lists the allowed values in its fixes', () => {
    const fixes: string[] = [];
    validateSavings({ ...savings, kind: 'x', scope: 'x' }, (_field, _message, fix) => fixes.push(fix), 1);
    expect(fixes).toEqual(['use "annual", "period", "cumulative" or "unclear"', 'use "partnership", "each-partner" or "some-partners"']);
  });

  it('refuses £10bn or more, and low above high', () => {
    expect(problemsOf({ ...savings, low: 1e10, high: 1e10 })).toEqual(['low: 10000000000 is £10bn or more', 'high: 10000000000 is £10bn or more']);
    expect(problemsOf({ ...savings, low: 5, high: 1 })).toEqual(['low: low (5) is above high (1)']);
  });

  it('needs years for a period or cumulative figure, and a number above 0 whenever given', () => {
    expect(problemsOf({ ...savings, kind: 'cumulative' })).toEqual(['years: a cumulative figure needs the number of years it covers']);
    for (const years of [0, -1, NaN, Infinity, '3']) expect(problemsOf({ ...savings, years }), String(years)).toEqual([expect.stringMatching(/^years: .* is not a number of years$/)]);
  });
});

describe('validateSavingsQuoted', () => {
  const passage = (text: string, supports = ['savings']) => ({ title: 'T', publisher: 'P', url: 'https://example.org/x', passages: [{ text, supports }] });
  const quotedIn = (record: Record<string, unknown>) => collect((report) => validateSavingsQuoted(record, report, Array.isArray(record.sources) ? record.sources.length : 0));

  it('passes a wording a "savings" passage of its source contains', () => {
    expect(quotedIn({ savings, sources: [passage('It will save around £670,000 per year.')] })).toEqual([]);
  });

  it('reports on the source a wording no passage of it quotes', () => {
    expect(quotedIn({ savings, sources: [passage('It will save around £670,000 per year.', ['councils'])] })).toEqual([
      'sources[0].passages: no passage quotes the savings wording "around £670,000 per year"',
    ]);
    expect(quotedIn({ savings: { ...savings, source: 1 }, sources: [passage('around £670,000 per year'), passage('Other words.')] })).toEqual([
      'sources[1].passages: no passage quotes the savings wording "around £670,000 per year"',
    ]);
  });

  it('says nothing while the wording or its source is itself wrong (validateSavings reports those)', () => {
    expect(quotedIn({ savings: { ...savings, source: 3 }, sources: [passage('Other words.')] })).toEqual([]);
    expect(quotedIn({ savings: { ...savings, quote: '' }, sources: [passage('Other words.')] })).toEqual([]);
  });
});
