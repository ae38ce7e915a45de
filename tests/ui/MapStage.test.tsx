import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { ViewState } from '../../src/model/viewState';
import { MapStage } from '../../src/ui/MapStage';
import { LAST_BOUNDARY_YEAR } from '../../src/shared/types';
import { makeAppData } from '../helpers/appData';
import { mapProps, renderWithModel } from '../helpers/explorer';

vi.mock('../../src/map/MapView', async () => (await import('../helpers/explorer')).mapViewStub);
vi.mock('../../src/ui/hooks/useDetails', () => ({ useDetails: () => ({ status: 'loading' }) }));

const data = makeAppData();
const actions = { onSelectCouncil: vi.fn(), onSelectLink: vi.fn(), toggleService: vi.fn(), setLayer: vi.fn(), setMeasure: vi.fn() };

const show = (patch: Partial<ViewState> = {}) =>
  renderWithModel(data, patch, (state, model) => <MapStage data={data} state={state} model={model} actions={actions} viewRequest={null} reducedMotion />);

beforeEach(() => vi.clearAllMocks());

describe('MapStage', () => {
  it('hands the map the links and highlighting of the view, and its labels', () => {
    show({ council: 'E09000015', year: 2016 });
    expect(mapProps().boundaryYear).toBe(2016);
    expect(mapProps().linkPaint.highlighted).toEqual(new Set(['hb-public-law', 'harrow-barnet-hr']));
    expect(mapProps().boundaryPaint.focused).toEqual(new Set(['E09000015']));
    expect(mapProps().labels.zoomIn).toBe('Zoom in');
    expect(mapProps().reducedMotion).toBe(true);
    expect(mapProps().cooperativeGestures).toBe(false);
    expect(screen.getByText('Councils as in 2016')).toBeTruthy();
  });

  it('marks what is under the pointer, in the links’ paint or the shapes’', () => {
    show();
    const link = mapProps().links.find((l) => l.partnership.id === 'suffolk-ict')!;
    act(() => mapProps().onHover({ kind: 'link', link }));
    expect(mapProps().linkPaint.hovered).toBe('suffolk-ict');
    expect(mapProps().boundaryPaint.hovered).toBeNull();
    act(() => mapProps().onHover({ kind: 'council', code: 'E09000003' }));
    expect(mapProps().boundaryPaint.hovered).toBe('E09000003');
    expect(mapProps().linkPaint.hovered).toBeNull();
  });

  it('words the tooltip from the facts of what is under the pointer (its code loaded at the first hover)', async () => {
    show();
    render(<I18nProvider lang="en">{mapProps().renderTooltip({ kind: 'council', code: 'E09000015' })}</I18nProvider>);
    expect(await screen.findByText('London Borough of Harrow')).toBeTruthy();
    expect(screen.getByText('2 partnerships')).toBeTruthy();
  });

  it('explains grouped lines in the key once the map says it groups them', () => {
    show();
    expect(screen.queryByText('Grouped lines')).toBeNull();
    act(() => mapProps().onGrouping!(true));
    expect(screen.getByText('Grouped lines')).toBeTruthy();
  });

  it('passes a click on the map on as a selection, and in an embed asks for cooperative gestures and a closed key', () => {
    show({ embed: { list: false, height: null, accent: null } });
    mapProps().onSelectCouncil('E09000015');
    expect(actions.onSelectCouncil).toHaveBeenCalledWith('E09000015');
    expect(mapProps().cooperativeGestures).toBe(true);
    expect(screen.getByRole('button', { name: 'Show the key' })).toBeTruthy();
    expect(screen.getByText(`All years, on ${LAST_BOUNDARY_YEAR} boundaries`)).toBeTruthy();
  });

  it('on the links map hands the map no fills and offers the areas', () => {
    show();
    expect(mapProps().boundaryFills).toBeNull();
    expect(screen.getByRole('radio', { name: 'Links' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Areas' }));
    expect(actions.setLayer).toHaveBeenCalledWith('areas');
    expect(screen.queryByRole('combobox', { name: 'Colour councils by' })).toBeNull();
  });

  it('on the areas map draws no links, fills the councils by the measure and shows the areas key in place of the links key', async () => {
    show({ layer: 'areas', year: 2018 });
    expect(mapProps().links).toHaveLength(0);
    const fills = mapProps().boundaryFills!;
    // Harrow is in two partnerships in 2018, Babergh in one: two classes, Harrow the darker.
    expect(fills('E09000015')).not.toBe(fills('E07000200'));
    expect(await screen.findByRole('heading', { name: 'Number of partnerships each council is in' })).toBeTruthy();
    expect(screen.getByText('In none of the partnerships shown')).toBeTruthy();
    expect(screen.queryByText('Yearly savings (our estimate)')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Colour councils by' }), { target: { value: 'legal' } });
    expect(actions.setMeasure).toHaveBeenCalledWith({ kind: 'service', service: 'legal' });
  });

  it('on the areas map says the council’s value in the tooltip', async () => {
    show({ layer: 'areas', measure: { kind: 'savings' }, year: 2018 });
    render(<I18nProvider lang="en">{mapProps().renderTooltip({ kind: 'council', code: 'E07000200' })}</I18nProvider>);
    // Babergh's quarter of Suffolk ICT's £200,000 to £999,999 (midpoint), a year.
    expect(await screen.findByText('Share of yearly savings: £150k a year')).toBeTruthy();
  });
});
