import { describe, expect, it } from 'vitest';
import { estimateMidpoint, savingsBandOf } from '../../src/model/savingsBands';
import { SAVINGS_BANDS } from '../../src/model/viewState';

const estimate = (low: number, high = low) => ({ low, high });

describe('estimateMidpoint', () => {
  it('is the middle of the range, or the figure when there is one', () => {
    expect(estimateMidpoint(estimate(100_000, 300_000))).toBe(200_000);
    expect(estimateMidpoint(estimate(670_000))).toBe(670_000);
  });
});

describe('savingsBandOf', () => {
  it('puts a partnership with no estimate in "unknown"', () => {
    expect(savingsBandOf(null)).toBe('unknown');
  });

  it('bands by the middle of the range, each upper bound in the band above', () => {
    expect(savingsBandOf(estimate(0))).toBe('under-250k');
    expect(savingsBandOf(estimate(249_999))).toBe('under-250k');
    expect(savingsBandOf(estimate(250_000))).toBe('250k-1m');
    expect(savingsBandOf(estimate(100_000, 500_000))).toBe('250k-1m');
    expect(savingsBandOf(estimate(1_000_000))).toBe('1m-5m');
    expect(savingsBandOf(estimate(4_999_999))).toBe('1m-5m');
    expect(savingsBandOf(estimate(5_000_000))).toBe('5m-plus');
    expect(savingsBandOf(estimate(9_000_000_000))).toBe('5m-plus');
  });

  it('gives only bands the filter offers', () => {
    for (const low of [0, 300_000, 2e6, 8e6]) expect(SAVINGS_BANDS).toContain(savingsBandOf(estimate(low)));
  });
});
