import { describe, expect, it } from 'vitest';
import { reduceView } from '../../src/model/actions';
import { DEFAULT_STATE } from '../../src/model/viewState';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();

describe('reduceView', () => {
  it('selecting a council closes any open partnership', () => {
    const state = reduceView({ ...DEFAULT_STATE, partnership: 'hb-public-law' }, { type: 'select', target: { kind: 'council', code: 'E09000015' } }, data);
    expect(state).toMatchObject({ council: 'E09000015', partnership: null });
  });

  it('opening a partnership keeps the focused council only when it is a partner', () => {
    const fromHarrow = reduceView({ ...DEFAULT_STATE, council: 'E09000015' }, { type: 'select', target: { kind: 'partnership', id: 'hb-public-law' } }, data);
    expect(fromHarrow).toMatchObject({ council: 'E09000015', partnership: 'hb-public-law' });
    const fromCardiff = reduceView({ ...DEFAULT_STATE, council: 'W06000015' }, { type: 'select', target: { kind: 'partnership', id: 'hb-public-law' } }, data);
    expect(fromCardiff).toMatchObject({ council: null, partnership: 'hb-public-law' });
  });

  it('ignores an unknown partnership', () => {
    const state = { ...DEFAULT_STATE, council: 'E09000015' };
    expect(reduceView(state, { type: 'select', target: { kind: 'partnership', id: 'nope' } }, data)).toBe(state);
  });

  it('clears filters but keeps the selection and view', () => {
    const state = reduceView(
      { ...DEFAULT_STATE, council: 'E09000015', view: 'table', services: ['ict'], year: 2015, area: 'london', status: ['active'], savings: ['unknown'] },
      { type: 'clearFilters' },
      data,
    );
    expect(state).toEqual({ ...DEFAULT_STATE, council: 'E09000015', view: 'table' });
  });

  it('stores the default table order as none', () => {
    expect(reduceView(DEFAULT_STATE, { type: 'setSort', sort: { column: 'name', descending: false } }, data).sort).toBeNull();
    expect(reduceView(DEFAULT_STATE, { type: 'setSort', sort: { column: 'savings', descending: true } }, data).sort).toEqual({ column: 'savings', descending: true });
  });

  it('switches the map between links and areas, and sets what colours the areas', () => {
    const areas = reduceView(DEFAULT_STATE, { type: 'setLayer', layer: 'areas' }, data);
    expect(areas.layer).toBe('areas');
    expect(reduceView(areas, { type: 'setMeasure', measure: { kind: 'savings' } }, data).measure).toEqual({ kind: 'savings' });
  });

  it('adds a council to the comparison, takes it out again, and holds at most four', () => {
    let state = DEFAULT_STATE;
    for (const code of ['E09000015', 'E09000003', 'W06000015', 'W06000014', 'E07000200']) state = reduceView(state, { type: 'toggleCompare', code }, data);
    expect(state.compare).toEqual(['E09000015', 'E09000003', 'W06000015', 'W06000014']);
    state = reduceView(state, { type: 'toggleCompare', code: 'E09000003' }, data);
    expect(state.compare).toEqual(['E09000015', 'W06000015', 'W06000014']);
    expect(reduceView(state, { type: 'clearCompare' }, data).compare).toEqual([]);
  });

  it('clears the figures filter with the others', () => {
    expect(reduceView({ ...DEFAULT_STATE, figures: ['target'] }, { type: 'clearFilters' }, data).figures).toEqual([]);
  });
});
