import { sumEstimates } from '../shared/savingsEstimate';
import type { PartnershipSummary, Year } from '../shared/types';
import type { FigureKind } from './viewState';
import { membersInYear } from './years';

// The summary of what is shown: counts, savings as a range, and the split
// by service area for the bar chart.

export interface ServiceCount {
  id: string;
  count: number;
  /** Summed annual estimates of the partnerships in this area that have one. */
  low: number;
  high: number;
}

export interface Summary {
  partnerships: number;
  councils: number;
  /** known: partnerships with a yearly estimate, summed; noFigure: those that give no savings figure; noPeriod: those whose figure has no period, so no estimate. */
  savings: { low: number; high: number; known: number; unknown: number; noFigure: number; noPeriod: number; partial: number };
  byService: ServiceCount[];
  /** The yearly estimates summed apart: savings reported as achieved, and targets and projections. */
  byFigure: FigureTotals;
}

/** A sum of yearly estimates and how many partnerships it adds up. */
export interface FigureTotal {
  low: number;
  high: number;
  count: number;
}

export type FigureTotals = Record<FigureKind, FigureTotal>;

/** Yearly estimates summed apart by how the figure was stated: a target is not a saving made. */
export function figureTotals(partnerships: readonly PartnershipSummary[]): FigureTotals {
  const totals: FigureTotals = { reported: { low: 0, high: 0, count: 0 }, target: { low: 0, high: 0, count: 0 } };
  for (const p of partnerships) {
    if (!p.estimate) continue;
    // The build marks every figure; one unmarked is taken at its word, as reported.
    const total = totals[p.figure ?? 'reported'];
    total.low += p.estimate.low;
    total.high += p.estimate.high;
    total.count++;
  }
  return totals;
}

export function summarise(partnerships: readonly PartnershipSummary[], serviceIds: readonly string[], year: Year | null): Summary {
  const councils = new Set<string>();
  const byService = new Map(serviceIds.map((id) => [id, { id, count: 0, low: 0, high: 0 }]));
  let partial = 0;
  let noPeriod = 0;
  for (const p of partnerships) {
    for (const code of membersInYear(p, year)) councils.add(code);
    if (p.estimate?.partial) partial++;
    if (p.savingsUnclear) noPeriod++;
    for (let i = 0; i < p.services.length; i++) {
      const id = p.services[i]!;
      // Each area once, without a Set per partnership (this runs over every partnership shown).
      if (p.services.indexOf(id) !== i) continue;
      const entry = byService.get(id);
      if (!entry) continue;
      entry.count++;
      if (p.estimate) {
        entry.low += p.estimate.low;
        entry.high += p.estimate.high;
      }
    }
  }
  const sum = sumEstimates(partnerships.map((p) => p.estimate));
  return {
    partnerships: partnerships.length,
    councils: councils.size,
    savings: { ...sum, noFigure: sum.unknown - noPeriod, noPeriod, partial },
    byService: [...byService.values()],
    byFigure: figureTotals(partnerships),
  };
}

/** The partnerships of one council, and how much they save, for the live region and panel. */
export function councilSummary(partnerships: readonly PartnershipSummary[]): { count: number; low: number; high: number; unknown: number } {
  const sum = sumEstimates(partnerships.map((p) => p.estimate));
  return { count: partnerships.length, low: sum.low, high: sum.high, unknown: sum.unknown };
}
