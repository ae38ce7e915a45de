import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { ViewState } from '../../src/model/viewState';
import { MapStage } from '../../src/ui/MapStage';
import { LAST_BOUNDARY_YEAR } from '../../src/shared/types';
import { makeAppData } from '../helpers/appData';
import { mapProps, mapWithLinks, renderWithModel } from '../helpers/explorer';

vi.mock('../../src/map/MapView', async () => (await import('../helpers/explorer')).mapViewStub);
vi.mock('../../src/ui/hooks/useDetails', () => ({ useDetails: () => ({ status: 'loading' }) }));

const data = makeAppData();
const actions = { onSelectCouncil: vi.fn(), onSelectLink: vi.fn(), toggleService: vi.fn(), setLayer: vi.fn(), setMeasure: vi.fn() };

const show = (patch: Partial<ViewState> = {}) =>
  renderWithModel(data, patch, (state, model) => <MapStage data={data} state={state} model={model} actions={actions} viewRequest={null} reducedMotion />);

const windowWidth = (width: number) => Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });

beforeEach(() => {
  vi.clearAllMocks();
  // A desktop's window, where the key starts open beside the UK (model/keyPlacement.ts).
  windowWidth(1280);
});
afterEach(() => windowWidth(1024));

describe('MapStage', () => {
  it('puts the map on the page a paint after the rest, and hands it its links a paint after that', async () => {
    const seen: (number | null)[] = [];
    show();
    expect(document.querySelector('.map-stand-in')).toBeNull();
    expect(document.querySelector('.map-frame')).not.toBeNull();
    expect(screen.getByRole('heading', { name: 'Key' })).toBeTruthy();
    await waitFor(() => {
      seen.push(mapProps().links?.length ?? null);
      expect(mapProps().links).not.toBeNull();
    });
    expect(seen[0]).toBeNull();
    expect(mapProps().links!.length).toBeGreaterThan(0);
  });

  it('hands the map the links and highlighting of the view, and its labels', async () => {
    show({ council: 'E09000015', year: 2016 });
    await mapWithLinks();
    expect(mapProps().boundaryYear).toBe(2016);
    expect(mapProps().linkPaint.highlighted).toEqual(new Set(['hb-public-law', 'harrow-barnet-hr']));
    expect(mapProps().boundaryPaint.focused).toEqual(new Set(['E09000015']));
    expect(mapProps().labels.zoomIn).toBe('Zoom in');
    expect(mapProps().reducedMotion).toBe(true);
    expect(mapProps().cooperativeGestures).toBe(false);
    expect(screen.getByText('Councils as in 2016')).toBeTruthy();
  });

  it('marks what is under the pointer, in the links’ paint or the shapes’', async () => {
    show();
    await mapWithLinks();
    const link = mapProps().links!.find((l) => l.partnership.id === 'suffolk-ict')!;
    act(() => mapProps().onHover({ kind: 'link', link }));
    expect(mapProps().linkPaint.hovered).toBe('suffolk-ict');
    expect(mapProps().boundaryPaint.hovered).toBeNull();
    act(() => mapProps().onHover({ kind: 'council', code: 'E09000003' }));
    expect(mapProps().boundaryPaint.hovered).toBe('E09000003');
    expect(mapProps().linkPaint.hovered).toBeNull();
  });

  it('words the tooltip from the facts of what is under the pointer (its code loaded at the first hover)', async () => {
    show();
    await mapWithLinks();
    render(<I18nProvider lang="en">{mapProps().renderTooltip({ kind: 'council', code: 'E09000015' })}</I18nProvider>);
    expect(await screen.findByText('London Borough of Harrow')).toBeTruthy();
    expect(screen.getByText('2 partnerships')).toBeTruthy();
  });

  it('explains grouped lines in the key once the map says it groups them', async () => {
    show();
    await mapWithLinks();
    expect(screen.queryByText('Grouped lines')).toBeNull();
    act(() => mapProps().onGrouping!(true));
    expect(screen.getByText('Grouped lines')).toBeTruthy();
  });

  it('passes a click on the map on as a selection, and in an embed asks for cooperative gestures and a closed key', async () => {
    show({ embed: { list: false, height: null, accent: null } });
    await mapWithLinks();
    mapProps().onSelectCouncil('E09000015');
    expect(actions.onSelectCouncil).toHaveBeenCalledWith('E09000015');
    expect(mapProps().cooperativeGestures).toBe(true);
    expect(screen.getByRole('button', { name: 'Show the key' })).toBeTruthy();
    expect(screen.getByText(`All years, on ${LAST_BOUNDARY_YEAR} boundaries`)).toBeTruthy();
  });

  it('starts with the key closed where the map is too narrow for the UK beside it', async () => {
    windowWidth(1024);
    show();
    await mapWithLinks();
    expect(screen.getByRole('button', { name: 'Show the key' })).toBeTruthy();
  });

  it('on the links map hands the map no fills and offers the areas', async () => {
    show();
    await mapWithLinks();
    expect(mapProps().boundaryFills).toBeNull();
    expect(screen.getByRole('radio', { name: 'Links' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Areas' }));
    expect(actions.setLayer).toHaveBeenCalledWith('areas');
    expect(screen.queryByRole('combobox', { name: 'Colour councils by' })).toBeNull();
  });

  it('on the areas map draws no links, fills the councils by the measure and shows the areas key in place of the links key', async () => {
    show({ layer: 'areas', year: 2018 });
    await mapWithLinks();
    expect(mapProps().links).toHaveLength(0);
    // The fills once the areas map's code has loaded.
    await waitFor(() => expect(mapProps().boundaryFills).not.toBeNull());
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
    await mapWithLinks();
    await waitFor(() => expect(mapProps().boundaryFills).not.toBeNull());
    render(<I18nProvider lang="en">{mapProps().renderTooltip({ kind: 'council', code: 'E07000200' })}</I18nProvider>);
    // Babergh's quarter of Suffolk ICT's £200,000 to £999,999 (midpoint), a year.
    expect(await screen.findByText('Share of yearly savings: £150k a year')).toBeTruthy();
  });
});
