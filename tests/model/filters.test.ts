import { describe, expect, it } from 'vitest';
import { filterPartnerships, type FilterState } from '../../src/model/filters';
import { savingsBandOf } from '../../src/model/savingsBands';
import { makeAppData, partnership } from '../helpers/appData';

const data = makeAppData();
const none: FilterState = { services: [], savings: [], status: [], area: null, year: null };
const ids = (filters: Partial<FilterState>) => filterPartnerships(data, { ...none, ...filters }).map((p) => p.id);

describe('filterPartnerships', () => {
  it('keeps only reported savings, or only targets, leaving out those with no figure', () => {
    const withFigures = makeAppData(
      ['reported', 'target', undefined].map((figure, i) => partnership({ id: `p${i}`, councils: ['E09000015', 'E09000003'], ...(figure ? { figure: figure as 'reported' | 'target' } : {}) })),
    );
    const by = (figures: FilterState['figures']) => filterPartnerships(withFigures, { ...none, figures }).map((p) => p.id);
    expect(by([])).toEqual(['p0', 'p1', 'p2']);
    expect(by(['reported'])).toEqual(['p0']);
    expect(by(['target'])).toEqual(['p1']);
    expect(by(['reported', 'target'])).toEqual(['p0', 'p1']);
  });

  it('shows everything with no filter', () => {
    expect(ids({})).toHaveLength(5);
  });

  it('keeps partnerships sharing any of the chosen service areas', () => {
    expect(ids({ services: ['hr-payroll'] })).toEqual(['suffolk-ict', 'harrow-barnet-hr']);
    expect(ids({ services: ['legal', 'regulatory'] })).toEqual(['hb-public-law', 'cardiff-vale-regulatory']);
  });

  it('filters by savings band, with unknown savings as a band of its own', () => {
    expect(ids({ savings: ['unknown'] })).toEqual(['harrow-barnet-hr', 'cardiff-vale-regulatory']);
    expect(ids({ savings: ['1m-5m'] })).toEqual(['west-suffolk']);
  });

  it('filters by status and by nation or region', () => {
    expect(ids({ status: ['ended'] })).toEqual(['west-suffolk']);
    expect(ids({ area: 'wales' })).toEqual(['cardiff-vale-regulatory']);
    expect(ids({ area: 'london' })).toEqual(['hb-public-law', 'harrow-barnet-hr']);
  });

  it('shows the partnerships running in a year', () => {
    expect(ids({ year: 2010 })).toEqual(['west-suffolk']);
    expect(ids({ year: 2020 })).toEqual(['suffolk-ict', 'hb-public-law', 'harrow-barnet-hr']);
  });

  it('combines filters with "and"', () => {
    expect(ids({ area: 'london', services: ['legal'], year: 2013 })).toEqual(['hb-public-law']);
  });
});

describe('savingsBandOf', () => {
  it('bands by the middle of the estimate', () => {
    expect(savingsBandOf(null)).toBe('unknown');
    expect(savingsBandOf({ low: 100_000, high: 200_000 })).toBe('under-250k');
    expect(savingsBandOf({ low: 200_000, high: 999_999 })).toBe('250k-1m');
    expect(savingsBandOf({ low: 5_000_000, high: 5_000_000 })).toBe('5m-plus');
  });
});
