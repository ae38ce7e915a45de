import type { SavingsEstimate, SavingsRecord } from './types';

/**
 * One comparable figure from a messy one: annual savings in pounds, as a
 * low–high range, or null when the wording does not allow one.
 *
 * - annual: the figure as given;
 * - period and cumulative: spread evenly over the stated years;
 * - unclear (no period we can read): unknown, never zero;
 * - each-partner: times the number of partners;
 * - some-partners: kept as is and marked partial (the whole saves at least this);
 * - "up to": the floor is unknown, so the range starts at zero;
 * - "at least" and "about": the figure as given (we do not invent a ceiling).
 */
export function estimateAnnualSavings(
  savings: SavingsRecord | null,
  partnerCount: number,
): SavingsEstimate | null {
  if (!savings) return null;
  let { low, high } = savings;
  switch (savings.kind) {
    case 'annual':
      break;
    case 'period':
    case 'cumulative': {
      if (!savings.years || savings.years <= 0) return null;
      low /= savings.years;
      high /= savings.years;
      break;
    }
    case 'unclear':
      return null;
  }
  if (savings.scope === 'each-partner') {
    low *= partnerCount;
    high *= partnerCount;
  }
  if (savings.qualifier === 'up-to') low = 0;
  const estimate: SavingsEstimate = { low: Math.round(low), high: Math.round(high) };
  if (savings.scope === 'some-partners') estimate.partial = true;
  if (savings.qualifier === 'up-to' || savings.qualifier === 'at-least') estimate.qualifier = savings.qualifier;
  return estimate;
}

/** Sum of estimates as a range; unknown ones are counted apart, not as zero. */
export function sumEstimates(estimates: readonly (SavingsEstimate | null)[]): {
  low: number;
  high: number;
  known: number;
  unknown: number;
} {
  let low = 0;
  let high = 0;
  let known = 0;
  let unknown = 0;
  for (const e of estimates) {
    if (!e) {
      unknown++;
      continue;
    }
    low += e.low;
    high += e.high;
    known++;
  }
  return { low, high, known, unknown };
}
