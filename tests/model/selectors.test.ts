import { describe, expect, it } from 'vitest';
import type { RejectedRecord } from '../../src/data/checkRecords';
import { WIDTH_RANGE } from '../../src/model/linkWidth';
import { activeFilterCount, createExplorerSelectors, createPanelSelectors, viewTargetOf, type PanelView } from '../../src/model/selectors';
import { DEFAULT_STATE, type ViewState } from '../../src/model/viewState';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);
const state = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_STATE, ...patch });

describe('the explorer’s selectors', () => {
  it('show every partnership with no filter, and those of a service when filtered', () => {
    const s = createExplorerSelectors();
    expect(s.shown(data, state())).toEqual(data.partnerships);
    expect(ids(s.shown(data, state({ services: ['legal'] })))).toEqual(['hb-public-law']);
  });

  it('return the same object for the same data and filters, whatever else of the view changed', () => {
    const s = createExplorerSelectors();
    const services = ['hr-payroll'];
    const first = s.shown(data, state({ services }));
    expect(s.shown(data, state({ services, council: 'E09000015', view: 'table' }))).toBe(first);
    const links = s.links(data, state({ services }));
    expect(s.links(data, state({ services, partnership: 'suffolk-ict' }))).toBe(links);
    expect(s.shown(data, state({ services: ['hr-payroll'] }))).not.toBe(first); // another array of the same services
  });

  it('pick the links of the partnerships shown from those of the year, so each keeps its bend', () => {
    const s = createExplorerSelectors();
    const all = s.links(data, state({ year: 2016 }));
    const legal = s.links(data, state({ year: 2016, services: ['legal'] }));
    expect(legal.length).toBeGreaterThan(0);
    expect(legal.every((link) => link.partnership.id === 'hb-public-law' && all.includes(link))).toBe(true);
  });

  it('count the undated partnerships a year hides, none over all years', () => {
    const s = createExplorerSelectors();
    expect(s.undatedHidden(data, state({ year: 2020 }))).toBe(1);
    expect(s.undatedHidden(data, state())).toBe(0);
  });

  it('scale widths by the largest estimate of all partnerships, filtered or not', () => {
    const s = createExplorerSelectors();
    const scale = s.widthScale(data);
    expect(scale(3_500_000)).toBe(WIDTH_RANGE[1]);
    expect(scale(0)).toBe(WIDTH_RANGE[0]);
    expect(s.widthScale(data)).toBe(scale);
  });

  it('highlight the open partnership’s links, else the focused council’s, else none', () => {
    const s = createExplorerSelectors();
    expect(s.linkHighlight(data, state())).toEqual({ highlighted: null, selected: null });
    const council = s.linkHighlight(data, state({ council: 'E09000015' }));
    expect(council).toEqual({ highlighted: new Set(['hb-public-law', 'harrow-barnet-hr']), selected: null });
    expect(s.linkHighlight(data, state({ council: 'E09000015' }))).toBe(council);
    expect(s.linkHighlight(data, state({ council: 'E09000015', partnership: 'hb-public-law' }))).toEqual({ highlighted: new Set(['hb-public-law']), selected: 'hb-public-law' });
  });

  it('focus the council’s area and mark its partners’ areas, as drawn that year', () => {
    const s = createExplorerSelectors();
    const focus = s.boundaryFocus(data, state({ council: 'E09000015', year: 2021 }));
    expect(focus.focused).toEqual(new Set(['E09000015']));
    // Barnet, and Buckinghamshire as its unitary successor drawn in 2021.
    expect(focus.partners).toEqual(new Set(['E09000003', 'E06000060']));
    expect(s.boundaryFocus(data, state({ council: 'E09000015', year: 2021 }))).toBe(focus);
    expect(s.boundaryFocus(data, state())).toEqual({ focused: new Set(), partners: new Set() });
  });

  it('find the selected partnership and the focused council’s partnerships', () => {
    const s = createExplorerSelectors();
    expect(s.selected(data, state({ partnership: 'suffolk-ict' }))?.name).toBe('Suffolk ICT');
    expect(s.selected(data, state({ partnership: 'no-such' }))).toBeNull();
    expect(ids(s.councilPartnerships(data, state({ council: 'E09000003' })))).toEqual(['hb-public-law', 'harrow-barnet-hr']);
    expect(s.councilPartnerships(data, state())).toEqual([]);
  });

  it('give each service its colour, one scale per data', () => {
    const s = createExplorerSelectors();
    expect(s.colour(data)('legal')).toBe('#AA4499');
    expect(s.colour(data)).toBe(s.colour(data));
  });

  it('keep their memory apart: two sets of selectors do not share results', () => {
    const a = createExplorerSelectors();
    const b = createExplorerSelectors();
    const services = ['legal'];
    expect(a.shown(data, state({ services }))).not.toBe(b.shown(data, state({ services })));
  });
});

describe('the panel’s selectors', () => {
  const view = (patch: Partial<PanelView> = {}): PanelView => ({ council: null, partnership: null, shown: data.partnerships, year: null, ...patch });

  it('summarise the partnerships shown, the same object until they change', () => {
    const s = createPanelSelectors();
    const summary = s.summary(data, view());
    expect(summary.partnerships).toBe(5);
    expect(s.summary(data, view({ council: 'E09000015' }))).toBe(summary);
    expect(s.summary(data, view({ shown: [data.partnershipById.get('suffolk-ict')!] })).partnerships).toBe(1);
  });

  it('give the council’s partnerships and the open partnership of the deferred view', () => {
    const s = createPanelSelectors();
    expect(ids(s.councilPartnerships(data, view({ council: 'E09000015' })))).toEqual(['hb-public-law', 'harrow-barnet-hr']);
    expect(s.selected(data, view({ partnership: 'hb-public-law' }))?.id).toBe('hb-public-law');
    expect(s.selected(data, view())).toBeNull();
  });

  it('add the records the text’s checks left out to those of the first view', () => {
    const s = createPanelSelectors();
    const detail: RejectedRecord = { kind: 'details', position: 3, id: 'x', reason: 'invalidField', field: 'description' };
    expect(s.rejected(data, null)).toBe(data.rejected);
    expect(s.rejected(data, [])).toBe(data.rejected);
    const both = s.rejected(data, [detail]);
    expect(both).toEqual([...data.rejected, detail]);
  });
});

describe('activeFilterCount', () => {
  it('counts each chosen service, band and status, the area and the year', () => {
    expect(activeFilterCount(DEFAULT_STATE)).toBe(0);
    expect(activeFilterCount({ services: ['ict', 'legal'], savings: ['unknown'], status: [], area: 'wales', year: 2020 })).toBe(5);
    expect(activeFilterCount({ ...DEFAULT_STATE, figures: ['target'] })).toBe(1);
  });
});

describe('viewTargetOf', () => {
  it('brings an open partnership’s councils into view by their points', () => {
    expect(viewTargetOf(data, { council: null, partnership: 'harrow-barnet-hr', year: null })).toEqual({
      kind: 'points',
      points: [
        [-0.34, 51.59],
        [-0.21, 51.62],
      ],
    });
  });

  it('brings a focused council into view by its area that year and its partners’ areas, and nothing when nothing is chosen', () => {
    expect(viewTargetOf(data, { council: 'E10000029', partnership: null, year: 2020 })).toMatchObject({ kind: 'area' });
    const area = viewTargetOf(data, { council: 'E10000029', partnership: null, year: 2020 });
    expect(area?.kind === 'area' && [...area.codes]).toEqual(expect.arrayContaining(['E07000200', 'E07000245']));
    // Harrow's partner Barnet is framed with it.
    const harrow = viewTargetOf(data, { council: 'E09000015', partnership: null, year: null });
    expect(harrow?.kind === 'area' && [...harrow.codes].sort()).toEqual(expect.arrayContaining(['E09000003', 'E09000015']));
    expect(viewTargetOf(data, { council: null, partnership: null, year: null })).toBeNull();
  });
});
