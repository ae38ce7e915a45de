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
});
