import { describe, expect, it } from 'vitest';
import { estimateAnnualSavings, sumEstimates } from '../../src/shared/savingsEstimate';
import type { SavingsRecord } from '../../src/shared/types';

const base = { quote: 'q', source: 0 } as const;

function savings(partial: Partial<SavingsRecord>): SavingsRecord {
  return { ...base, kind: 'annual', low: 0, high: 0, ...partial };
}

describe('estimateAnnualSavings', () => {
  it('keeps a per-year figure as it is', () => {
    expect(estimateAnnualSavings(savings({ kind: 'annual', low: 670_000, high: 670_000 }), 2)).toEqual({ low: 670_000, high: 670_000 });
  });

  it('spreads a total over its years: "£2m to £5m over three years" is £0.67m–£1.67m a year', () => {
    expect(estimateAnnualSavings(savings({ kind: 'period', low: 2_000_000, high: 5_000_000, years: 3 }), 2)).toEqual({
      low: 666_667,
      high: 1_666_667,
    });
  });

  it('spreads a cumulative total to date over the years since the start', () => {
    expect(estimateAnnualSavings(savings({ kind: 'cumulative', low: 17_000_000, high: 17_000_000, years: 10 }), 2)).toEqual({
      low: 1_700_000,
      high: 1_700_000,
    });
  });

  it('treats a target like any other figure of its kind', () => {
    expect(estimateAnnualSavings(savings({ kind: 'annual', low: 8_000_000, high: 8_000_000, target: true }), 3)).toEqual({
      low: 8_000_000,
      high: 8_000_000,
    });
  });

  it('multiplies a per-partner figure by the number of partners', () => {
    expect(estimateAnnualSavings(savings({ kind: 'annual', low: 1_000_000, high: 1_000_000, scope: 'each-partner' }), 2)).toEqual({
      low: 2_000_000,
      high: 2_000_000,
    });
  });

  it('marks a figure for only some partners as partial', () => {
    expect(estimateAnnualSavings(savings({ kind: 'period', low: 1_000_000, high: 1_000_000, years: 3, scope: 'some-partners' }), 2)).toEqual({
      low: 333_333,
      high: 333_333,
      partial: true,
    });
  });

  it('keeps a range as a range: "hundreds of thousands annually"', () => {
    expect(estimateAnnualSavings(savings({ kind: 'annual', low: 200_000, high: 999_999 }), 2)).toEqual({ low: 200_000, high: 999_999 });
  });

  it('starts an "up to" figure at zero, since its floor is unknown', () => {
    expect(estimateAnnualSavings(savings({ kind: 'annual', low: 10_000_000, high: 10_000_000, qualifier: 'up-to', scope: 'each-partner' }), 2)).toEqual({
      low: 0,
      high: 20_000_000,
      qualifier: 'up-to',
    });
  });

  it('keeps "at least" with the figure, so it is shown as a floor', () => {
    expect(estimateAnnualSavings(savings({ kind: 'annual', low: 2_000_000, high: 2_000_000, qualifier: 'at-least' }), 2)).toEqual({
      low: 2_000_000,
      high: 2_000_000,
      qualifier: 'at-least',
    });
  });

  it('gives unknown, not zero, for no figure, a figure with no period, or a period without years', () => {
    expect(estimateAnnualSavings(null, 2)).toBeNull();
    expect(estimateAnnualSavings(savings({ kind: 'unclear', low: 100_000, high: 100_000 }), 2)).toBeNull();
    expect(estimateAnnualSavings(savings({ kind: 'period', low: 100_000, high: 100_000 }), 2)).toBeNull();
  });
});

describe('sumEstimates', () => {
  it('adds ranges and counts unknowns apart', () => {
    expect(sumEstimates([{ low: 1, high: 2 }, null, { low: 10, high: 20 }])).toEqual({ low: 11, high: 22, known: 2, unknown: 1 });
  });
});
