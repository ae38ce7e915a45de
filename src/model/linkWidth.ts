import type { PartnershipSummary } from '../shared/types';
import { estimateMidpoint } from './savingsBands';
import { shareOf } from './savingsShare';
import { membersInYear } from './years';

// How wide a line on the map is drawn, in CSS pixels:
// - a partnership's link by its yearly savings per council (its estimate
//   shared equally among its councils, as savingsShare.ts shares it), on
//   one square-root scale (area-true) over every partnership, so a width
//   means the same whatever the filters. Per council, not the total: a
//   national body's £10m over thirty councils is £330,000 to each, and its
//   total would outweigh every local partnership; not per link either,
//   since a star's link count is an artefact of how it is drawn. A
//   partnership with no figure is thin (and dashed);
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

/** A partnership's yearly savings per council: the midpoint of its estimate's equal share among `members` councils. */
export function savingsPerCouncil(p: PartnershipSummary, members: number): number | null {
  return p.estimate ? estimateMidpoint(shareOf(p.estimate, members)) : null;
}

/** The largest yearly savings per council (as the partnership started) of any of the partnerships: the top of the width scale. */
export function savingsWidthDomainMax(partnerships: readonly PartnershipSummary[]): number {
  let max = 0;
  for (const p of partnerships) max = Math.max(max, savingsPerCouncil(p, membersInYear(p, null).length) ?? 0);
  return max;
}

/** The width scale for links, over all the partnerships given (give them all, not the filtered ones). */
export function partnershipWidthScale(partnerships: readonly PartnershipSummary[]) {
  return savingsWidthScale(savingsWidthDomainMax(partnerships));
}

/** The width of a partnership's links when `members` councils are drawn, on a scale from partnershipWidthScale. */
export function partnershipLinkWidth(p: PartnershipSummary, widthScale: (value: number) => number, members: number): number {
  const perCouncil = savingsPerCouncil(p, members);
  return perCouncil == null ? UNKNOWN_WIDTH : widthScale(perCouncil);
}

/** The key's sample widths: at most this many, from the thinnest drawn to the widest. */
const KEY_SAMPLES = 4;
/** Neighbouring samples in the key differ by at least this many pixels, so a reader can tell them apart. */
export const KEY_MIN_STEP = 1.5;

/** The largest round amount (1, 2 or 5 times a power of ten) not above a value. */
export function roundDown(value: number): number {
  if (value < 1) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [5, 2, 1]) if (step * power <= value) return step * power;
  return power;
}

/** The round amount nearest a value, by ratio (so 400,000 is 500,000, and 140,000 is 100,000). */
export function roundNearest(value: number): number {
  const below = roundDown(value);
  if (below === 0) return 0;
  const power = 10 ** Math.floor(Math.log10(below));
  const step = below / power;
  const above = (step === 1 ? 2 : step === 2 ? 5 : 10) * power;
  return value / below <= above / value ? below : above;
}

/**
 * The amounts the key shows widths for: round amounts spread over the
 * scale's range of widths (not its amounts: on a square-root scale evenly
 * spaced amounts crowd at the wide end), the largest at the top of the
 * domain, each at least KEY_MIN_STEP thinner than the next.
 */
export function keySamples(scale: SqrtScale): number[] {
  const top = scale.domain()[1];
  const samples: number[] = [];
  for (let i = KEY_SAMPLES - 1; i >= 0; i--) {
    // Width fractions 1, 0.6, 0.3 and 0.1 of the way up: amounts by the square.
    const fraction = [0.1, 0.3, 0.6, 1][i]!;
    const amount = i === KEY_SAMPLES - 1 ? roundDown(top) : roundNearest(top * fraction * fraction);
    const previous = samples.at(-1);
    if (amount > 0 && (previous == null || scale(previous) - scale(amount) >= KEY_MIN_STEP)) samples.push(amount);
  }
  return samples.reverse();
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
