import { describe, expect, it } from 'vitest';
import { describeReading, readSavings } from '../../../scripts/import/readSavings';
import { RowReader } from '../../../scripts/import/rowReader';
import { mapHeader } from '../../../scripts/spreadsheet/partnershipColumns';
import { context } from '../../helpers/importSheet';

function reader(cells: Record<string, string>): RowReader {
  return new RowReader(2, Object.values(cells), mapHeader(Object.keys(cells)), context);
}

describe('readSavings', () => {
  it('reads the figure from the wording when the savings columns are empty, saying how', () => {
    const r = reader({ savings: 'saves about £1.2m a year', 'savings kind': '' });
    expect(readSavings(r, 1)).toMatchObject({ quote: 'saves about £1.2m a year', source: 0, kind: 'annual', low: 1_200_000, high: 1_200_000 });
    expect(r.savingsHow).toBe('fromWording');
    expect(r.issues[0]!.message).toMatch(/^read as annual, £1,200,000/);
  });

  it('takes the columns when they are filled in, and reports what they cannot hold', () => {
    const r = reader({ savings: '£2m to £5m', 'savings kind': 'total', 'savings low': '£2m', 'savings high': 'lots', 'savings years': '3', 'savings target': 'maybe' });
    expect(readSavings(r, 1)).toMatchObject({ kind: 'period', low: 2_000_000, high: 2_000_000, years: 3 });
    expect(r.savingsHow).toBe('fromColumns');
    expect(r.issues.map((i) => `${i.column}: ${i.message}`)).toEqual(['savings high: "lots" is not an amount of pounds: write e.g. 2300000 or £2.3m', 'savings target: "maybe" is not yes or no']);
  });

  it('is null without wording, and an error when only the columns are filled in', () => {
    expect(readSavings(reader({ savings: '' }), 1)).toBeNull();
    const r = reader({ savings: '', 'savings low': '5' });
    expect(readSavings(r, 1)).toBeNull();
    expect(r.issues[0]!.message).toBe('savings columns are filled in but the savings wording is empty: quote the source');
  });
});

describe('describeReading', () => {
  it('says how a figure was read', () => {
    expect(describeReading({ kind: 'period', low: 2_000_000, high: 5_000_000, years: 3, target: true })).toBe('period, £2,000,000–£5,000,000 over 3 years, target');
    expect(describeReading({ kind: 'annual', low: 1000, high: 1000, scope: 'each-partner', qualifier: 'about' })).toBe('annual, £1,000, each-partner, about');
  });
});
