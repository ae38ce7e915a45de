import fc from 'fast-check';
import { scaleSqrt } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
  EMPHASIS_WIDTH,
  GROUP_WIDTH_RANGE,
  groupWidthScale,
  KEY_MIN_STEP,
  keySamples,
  partnershipLinkWidth,
  roundDown,
  roundNearest,
  savingsPerCouncil,
  partnershipWidthScale,
  savingsWidthDomainMax,
  savingsWidthScale,
  sqrtScale,
  strokeWidths,
  UNKNOWN_WIDTH,
  WIDTH_RANGE,
} from '../../src/model/linkWidth';
import { partnership } from '../helpers/appData';

const withSavings = (id: string, low: number, high: number) => partnership({ id, councils: ['E09000015', 'E09000003'], estimate: { low, high } });
const partnerships = [withSavings('a', 100_000, 300_000), withSavings('b', 1_000_000, 3_000_000), partnership({ id: 'c', councils: ['E09000015', 'E09000003'] })];

describe('sqrtScale', () => {
  it('gives what d3-scale’s clamped scaleSqrt gives, for any domain, range and value', () => {
    const positive = fc.double({ min: 0, max: 1e10, noNaN: true });
    fc.assert(
      fc.property(positive, positive, fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), positive, (a, b, r0, r1, value) => {
        const [d0, d1] = a <= b ? [a, b] : [b, a];
        const ours = sqrtScale([d0, d1], [r0, r1])(value);
        const d3 = scaleSqrt().domain([d0, d1]).range([r0, r1]).clamp(true)(value);
        expect(ours).toBeCloseTo(d3, 6);
      }),
    );
  });
});

describe('savingsWidthScale', () => {
  it('runs from the thinnest width at no savings to the widest at the top of the domain, by square root', () => {
    const scale = savingsWidthScale(4_000_000);
    expect(scale(0)).toBe(WIDTH_RANGE[0]);
    expect(scale(4_000_000)).toBe(WIDTH_RANGE[1]);
    expect(scale(1_000_000)).toBeCloseTo(WIDTH_RANGE[0] + (WIDTH_RANGE[1] - WIDTH_RANGE[0]) * 0.5, 9);
  });

  it('clamps beyond the domain, and has a domain even when no partnership has savings', () => {
    expect(savingsWidthScale(4_000_000)(9_000_000)).toBe(WIDTH_RANGE[1]);
    expect(savingsWidthScale(0).domain()).toEqual([0, 1]);
  });
});

describe('the domain of link widths', () => {
  it('tops out at the largest yearly savings per council (the midpoint of an equal share) of the partnerships given', () => {
    // b: £2m a year between two councils is £1m each.
    expect(savingsWidthDomainMax(partnerships)).toBe(1_000_000);
    expect(savingsWidthDomainMax([])).toBe(0);
    expect(savingsPerCouncil(partnerships[1]!, 4)).toBe(500_000);
    expect(savingsPerCouncil(partnerships[2]!, 2)).toBeNull();
  });

  it('gives every partnership its width per council on that one scale; none with no figure is thin', () => {
    const scale = partnershipWidthScale(partnerships);
    expect(partnershipLinkWidth(partnerships[1]!, scale, 2)).toBe(WIDTH_RANGE[1]);
    expect(partnershipLinkWidth(partnerships[0]!, scale, 2)).toBeCloseTo(WIDTH_RANGE[0] + (WIDTH_RANGE[1] - WIDTH_RANGE[0]) * Math.sqrt(0.1), 9);
    expect(partnershipLinkWidth(partnerships[2]!, scale, 2)).toBe(UNKNOWN_WIDTH);
  });

  it('does not let a body of thirty councils outweigh a pair with a tenth of its total', () => {
    const national = partnership({ id: 'n', councils: Array.from({ length: 30 }, (_, i) => `S${i}`), estimate: { low: 10_000_000, high: 10_000_000 } });
    const pair = withSavings('pair', 1_000_000, 1_000_000);
    const scale = partnershipWidthScale([national, pair]);
    expect(partnershipLinkWidth(pair, scale, 2)).toBe(WIDTH_RANGE[1]);
    expect(partnershipLinkWidth(national, scale, 30)).toBeLessThan(partnershipLinkWidth(pair, scale, 2));
  });
});

describe('the key’s sample widths', () => {
  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect([roundDown(0.5), roundDown(7), roundDown(1_999), roundDown(23_000), roundDown(600_000)]).toEqual([0, 5, 1_000, 20_000, 500_000]);
    expect([roundNearest(400_000), roundNearest(140_000), roundNearest(160_000), roundNearest(7_500)]).toEqual([500_000, 100_000, 200_000, 10_000]);
  });

  it('spreads round amounts over the range of widths, the largest near the top, each visibly thinner than the next', () => {
    fc.assert(
      fc.property(fc.double({ min: 10_000, max: 1e9, noNaN: true }), (top) => {
        const scale = savingsWidthScale(top);
        const samples = keySamples(scale);
        expect(samples.length).toBeGreaterThanOrEqual(3);
        expect(samples.at(-1)!).toBeGreaterThan(top / 10);
        for (let i = 1; i < samples.length; i++) expect(scale(samples[i]!) - scale(samples[i - 1]!)).toBeGreaterThanOrEqual(KEY_MIN_STEP);
      }),
    );
    expect(keySamples(savingsWidthScale(1_300_000))).toEqual([10_000, 100_000, 500_000, 1_000_000]);
  });
});

describe('groupWidthScale', () => {
  it('runs from one partnership to the busiest group drawn', () => {
    const scale = groupWidthScale([{ count: 3 }, { count: 12 }, { count: 1 }]);
    expect(scale(1)).toBe(GROUP_WIDTH_RANGE[0]);
    expect(scale(12)).toBe(GROUP_WIDTH_RANGE[1]);
    expect(scale(6.5)).toBeCloseTo(GROUP_WIDTH_RANGE[0] + (GROUP_WIDTH_RANGE[1] - GROUP_WIDTH_RANGE[0]) * ((Math.sqrt(6.5) - 1) / (Math.sqrt(12) - 1)), 9);
  });

  it('has a domain of at least two, so a lone pair of single groups is not drawn at the widest', () => {
    expect(groupWidthScale([]).domain()).toEqual([1, 2]);
    expect(groupWidthScale([{ count: 1 }])(1)).toBe(GROUP_WIDTH_RANGE[0]);
  });
});

describe('strokeWidths', () => {
  it('puts a casing a pixel wider each side under every line', () => {
    expect(strokeWidths(4, false)).toEqual({ casing: 6, line: 4 });
  });

  it('draws an emphasised line wider, and its casing wider by as much each side', () => {
    expect(strokeWidths(4, true)).toEqual({ casing: 6 + EMPHASIS_WIDTH * 2, line: 4 + EMPHASIS_WIDTH });
  });
});
