import { describe, expect, it } from 'vitest';
import { councilSummary, figureTotals, summarise } from '../../src/model/stats';
import { makeAppData, PARTNERSHIPS } from '../helpers/appData';

const data = makeAppData();

describe('summarise', () => {
  const summary = summarise(PARTNERSHIPS, data.services.map((s) => s.id), null);

  it('counts partnerships and the councils in them', () => {
    expect(summary.partnerships).toBe(5);
    expect(summary.councils).toBe(9);
  });

  it('sums yearly savings as a range, counting unknown figures apart', () => {
    expect(summary.savings).toEqual({ low: 3_763_333, high: 4_563_332, known: 3, unknown: 2, noFigure: 2, noPeriod: 0, partial: 0 });
  });

  it('tells a partnership with no savings figure from one whose figure has no period', () => {
    const unclear = { ...PARTNERSHIPS.find((p) => !p.estimate)!, savingsUnclear: true as const };
    const mixed = summarise([...PARTNERSHIPS.filter((p) => p !== PARTNERSHIPS.find((q) => !q.estimate)), unclear], data.services.map((s) => s.id), null);
    expect(mixed.savings).toMatchObject({ known: 3, unknown: 2, noFigure: 1, noPeriod: 1 });
  });

  it('counts a partnership of several service areas in each', () => {
    const byId = Object.fromEntries(summary.byService.map((s) => [s.id, s.count]));
    expect(byId).toEqual({ management: 1, 'hr-payroll': 2, ict: 1, legal: 1, regulatory: 1 });
  });

  it('counts only the members of a year', () => {
    expect(summarise([PARTNERSHIPS[2]!], ['legal'], 2014).councils).toBe(2);
  });
});

describe('councilSummary', () => {
  it('adds up one council’s partnerships', () => {
    expect(councilSummary(PARTNERSHIPS.slice(2, 4))).toEqual({ count: 2, low: 63_333, high: 63_333, unknown: 1 });
  });
});

describe('figureTotals', () => {
  it('sums savings reported as achieved apart from targets and projections, leaving out those with no estimate', () => {
    const [a, b, c, d] = PARTNERSHIPS;
    const marked = [
      { ...a!, figure: 'reported' as const },
      { ...b!, figure: 'target' as const },
      { ...c!, figure: 'reported' as const },
      { ...d!, figure: 'target' as const },
    ];
    expect(figureTotals(marked)).toEqual({
      reported: { low: 3_563_333, high: 3_563_333, count: 2 },
      target: { low: 200_000, high: 999_999, count: 1 },
    });
  });

  it('is part of the summary', () => {
    expect(summarise([{ ...PARTNERSHIPS[1]!, figure: 'target' }], data.services.map((s) => s.id), null).byFigure.target.count).toBe(1);
  });
});
