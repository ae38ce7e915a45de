import type { PartnershipSummary } from '../shared/types';
import { estimateMidpoint } from './savingsBands';

// How wide a line on the map is drawn, in CSS pixels:
// - a partnership's link by its yearly savings, on one square-root scale
//   (area-true) over every partnership, so a width means the same whatever
//   the filters; a partnership with no figure thin (and dashed);
// - a group of links (zoomed out, see linkGrouping.ts) by how many
//   partnerships it holds, on a scale over the groups drawn;
// - an open or hovered line a little wider, and every line with a dark
//   edge (its casing) each side.

/** Widths of partnership links, from the least to the greatest yearly savings. */
export const WIDTH_RANGE: readonly [number, number] = [1.5, 10];
/** Width of a partnership link with no savings figure. */
export const UNKNOWN_WIDTH = 1.5;
/** Widths of groups, from one partnership to the busiest group drawn. */
export const GROUP_WIDTH_RANGE: readonly [number, number] = [1.5, 12];
/** How much wider the open and hovered lines are drawn. */
export const EMPHASIS_WIDTH = 2;
/** The casing's width beyond the line's, both sides together. */
const CASING_WIDTH = 2;

/** A clamped square-root scale, the subset of d3-scale's scaleSqrt the widths use. */
export interface SqrtScale {
  (value: number): number;
  domain(): [number, number];
}

/**
 * Written here rather than taken from d3-scale: its continuous scales bring
 * d3-interpolate, d3-format and d3-color into the first view's script (about
 * 8 KB gzipped, against a 150 KB budget) for one square root and a clamp.
 * tests/model/linkWidth.test.ts checks it gives what scaleSqrt gives.
 */
export function sqrtScale(domain: readonly [number, number], range: readonly [number, number]): SqrtScale {
  const [r0, r1] = range;
  const s0 = Math.sqrt(domain[0]);
  const span = Math.sqrt(domain[1]) - s0;
  const scale = (value: number) => {
    const t = span === 0 ? 0.5 : (Math.sqrt(Math.max(0, value)) - s0) / span;
    return r0 + (r1 - r0) * Math.min(1, Math.max(0, t));
  };
  scale.domain = (): [number, number] => [domain[0], domain[1]];
  return scale;
}

/** Width by annual savings: area-true (square root), from nothing to the largest estimate. */
export function savingsWidthScale(maxAnnualSavings: number): SqrtScale {
  return sqrtScale([0, Math.max(1, maxAnnualSavings)], WIDTH_RANGE);
}

/** The largest yearly savings estimate (its midpoint) of any of the partnerships: the top of the width scale. */
export function savingsWidthDomainMax(partnerships: readonly PartnershipSummary[]): number {
  let max = 0;
  for (const p of partnerships) if (p.estimate) max = Math.max(max, estimateMidpoint(p.estimate));
  return max;
}

/** The width scale for links, over all the partnerships given (give them all, not the filtered ones). */
export function partnershipWidthScale(partnerships: readonly PartnershipSummary[]) {
  return savingsWidthScale(savingsWidthDomainMax(partnerships));
}

/** The width of a partnership's links, on a scale from partnershipWidthScale. */
export function partnershipLinkWidth(p: PartnershipSummary, widthScale: (value: number) => number): number {
  return p.estimate ? widthScale(estimateMidpoint(p.estimate)) : UNKNOWN_WIDTH;
}

/** Width of a group by its partnerships, square root again, up to the busiest of the groups drawn. */
export function groupWidthScale(groups: readonly { count: number }[]): SqrtScale {
  let busiest = 2;
  for (const g of groups) busiest = Math.max(busiest, g.count);
  return sqrtScale([1, busiest], GROUP_WIDTH_RANGE);
}

/** The widths to stroke a line of `width` with: its casing under it, and the line, each wider when emphasised. */
export function strokeWidths(width: number, emphasised: boolean): { casing: number; line: number } {
  const extra = emphasised ? EMPHASIS_WIDTH : 0;
  return { casing: width + CASING_WIDTH + extra * 2, line: width + extra };
}
