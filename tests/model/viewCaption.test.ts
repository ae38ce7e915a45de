import { describe, expect, it } from 'vitest';
import { areaKey, viewCaption } from '../../src/model/viewCaption';
import { DEFAULT_STATE } from '../../src/model/viewState';
import { boundaryYearFor } from '../../src/model/years';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();

describe('viewCaption', () => {
  it('says only the years and the count for the first view', () => {
    expect(viewCaption(DEFAULT_STATE, data, 5)).toEqual({
      subject: null,
      details: [
        { kind: 'allYears', boundaryYear: boundaryYearFor(null) },
        { kind: 'shown', count: 5 },
      ],
    });
  });

  it('names every filter on, in reading order, and the year', () => {
    const state = { ...DEFAULT_STATE, services: ['legal'], area: 'london', status: ['active' as const], savings: ['under-250k' as const], figures: ['target' as const], year: 2016 };
    expect(viewCaption(state, data, 1).details.map((p) => p.kind)).toEqual(['services', 'area', 'status', 'savings', 'figures', 'year', 'shown']);
    expect(viewCaption(state, data, 1).details[1]).toEqual({ kind: 'area', key: 'region.london' });
  });

  it('says the areas map and what colours it', () => {
    const state = { ...DEFAULT_STATE, layer: 'areas' as const, measure: { kind: 'savings' as const } };
    expect(viewCaption(state, data, 5).details[0]).toEqual({ kind: 'areasMap', measure: { kind: 'savings' } });
  });

  it('is about the open partnership before a comparison, and a comparison before the focused council', () => {
    const base = { ...DEFAULT_STATE, council: 'E09000015', compare: ['E09000015', 'E09000003'] };
    expect(viewCaption({ ...base, partnership: 'hb-public-law' }, data, 5).subject).toEqual({ kind: 'partnership', id: 'hb-public-law', name: 'HB Public Law' });
    expect(viewCaption(base, data, 5).subject).toEqual({ kind: 'compare', codes: ['E09000015', 'E09000003'] });
    expect(viewCaption({ ...base, compare: ['E09000015'] }, data, 5).subject).toEqual({ kind: 'council', code: 'E09000015' });
  });
});

describe('areaKey', () => {
  it('tells a nation from a region, and knows no other', () => {
    expect(areaKey('wales', data.areas)).toBe('nation.wales');
    expect(areaKey('london', data.areas)).toBe('region.london');
    expect(areaKey('atlantis', data.areas)).toBeNull();
  });
});
