import { describe, expect, it } from 'vitest';
import { councilSavings, memberCount, shareOf } from '../../src/model/savingsShare';
import { makeAppData, partnership } from '../helpers/appData';

describe('shareOf', () => {
  it('divides the estimate equally among the members', () => {
    expect(shareOf({ low: 300_000, high: 600_000 }, 3)).toEqual({ low: 100_000, high: 200_000 });
  });

  it('treats a partnership with no drawn members as one share, never dividing by zero', () => {
    expect(shareOf({ low: 10, high: 20 }, 0)).toEqual({ low: 10, high: 20 });
  });
});

describe('councilSavings', () => {
  const data = makeAppData();
  it('adds the council’s share of each partnership, and counts those without an estimate apart', () => {
    const four = partnership({ id: 'four', councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200'], estimate: { low: 400_000, high: 800_000 } });
    const pair = partnership({ id: 'pair', councils: ['E07000200', 'E10000029'], estimate: { low: 100_000, high: 100_000 } });
    const none = partnership({ id: 'none', councils: ['E07000200', 'E10000029'], estimate: null });
    expect(councilSavings([four, pair, none], 2015, data)).toEqual({ low: 150_000, high: 250_000, withEstimate: 2, without: 1 });
  });

  it('shares among the councils drawn for the year: after a merger, the successor stands for both predecessors once', () => {
    const p = partnership({ id: 'p', councils: ['E07000201', 'E07000204', 'E07000200'], estimate: { low: 90, high: 90 } });
    expect(memberCount(p, 2015, data)).toBe(3);
    // Forest Heath and St Edmundsbury became West Suffolk in 2019.
    expect(memberCount(p, 2020, data)).toBe(2);
    expect(councilSavings([p], 2020, data).low).toBe(45);
  });
});
