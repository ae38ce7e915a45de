import type { SavingsEstimate } from '../shared/types';
import type { SavingsBand } from './viewState';

/** Upper bounds of the bands, in pounds a year, on the middle of an estimate's range. */
const BAND_LIMITS: [SavingsBand, number][] = [
  ['under-250k', 250_000],
  ['250k-1m', 1_000_000],
  ['1m-5m', 5_000_000],
  ['5m-plus', Infinity],
];

export function estimateMidpoint(estimate: SavingsEstimate): number {
  return (estimate.low + estimate.high) / 2;
}

export function savingsBandOf(estimate: SavingsEstimate | null): SavingsBand {
  if (!estimate) return 'unknown';
  const mid = estimateMidpoint(estimate);
  return BAND_LIMITS.find(([, limit]) => mid < limit)![0];
}
