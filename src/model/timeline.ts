import type { PartnershipSummary, Year } from '../shared/types';

// The year control as a timeline: which years it offers, where its ticks go,
// what playing it steps through, and the small chart of partnerships started
// and ended by year drawn above it.

export interface YearCount {
  year: Year;
  started: number;
  ended: number;
}

/** Partnerships started and ended in each year from first to last (years with none included, as zeros). */
export function startsAndEnds(partnerships: readonly PartnershipSummary[], first: Year, last: Year): YearCount[] {
  const counts: YearCount[] = [];
  for (let year = first; year <= last; year++) counts.push({ year, started: 0, ended: 0 });
  const at = (year: Year | null) => (year != null && year >= first && year <= last ? counts[year - first] : undefined);
  for (const p of partnerships) {
    const start = at(p.startYear);
    if (start) start.started++;
    const end = at(p.endYear);
    if (end) end.ended++;
  }
  return counts;
}

/** Partnerships with no start year or that ended with no year known: the chart leaves them out and says how many. */
export function undatedCounts(partnerships: readonly PartnershipSummary[]): { noStart: number; endedNoYear: number } {
  let noStart = 0;
  let endedNoYear = 0;
  for (const p of partnerships) {
    if (p.startYear == null) noStart++;
    if (p.status === 'ended' && p.endYear == null) endedNoYear++;
  }
  return { noStart, endedNoYear };
}

/**
 * Labelled ticks: the first and last years and every `step`th year between,
 * none closer to an end than 0.6 of a step (at least two years), so the labels
 * of a panel's width do not run into each other.
 */
export function yearTicks(first: Year, last: Year, step = 5): Year[] {
  const ticks = [first];
  const gap = Math.max(2, step * 0.6);
  for (let year = Math.ceil((first + 1) / step) * step; year < last; year += step) if (year - first >= gap && last - year >= gap) ticks.push(year);
  if (last !== first) ticks.push(last);
  return ticks;
}

/** The year after this one when playing; from "all years" playing starts at the first; null at the end. */
export function nextPlayYear(current: Year | null, first: Year, last: Year): Year | null {
  if (current == null || current < first) return first;
  return current >= last ? null : current + 1;
}

/** Ticks every fifth year over a short span, every tenth over a long one, so the labels fit a panel's width. */
export function tickStep(first: Year, last: Year): number {
  return last - first > 25 ? 10 : 5;
}

/** Where pressing play starts: the year shown, or the first year from "all years" or from the last year (playing again). */
export function playFrom(current: Year | null, first: Year, last: Year): Year {
  return current == null || current < first || current >= last ? first : current;
}
