import { render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MapView, type MapViewProps } from '../../src/map/MapView';
import { buildLinks } from '../../src/model/links';
import { savingsWidthScale } from '../../src/model/linkWidth';
import { makeAppData, partnership, PARTNERSHIPS } from '../helpers/appData';
import { SQUARES } from '../helpers/boundaryTopology';
import { installCanvasRecorders } from '../helpers/canvas';

// The map view in jsdom: that it makes its layers once and hands changes to
// them in place, and what it tells the UI. Drawing and the pointer are
// checked in Chromium (tests/e2e/map.test.ts).

const data = makeAppData(PARTNERSHIPS, SQUARES);
const links = buildLinks(PARTNERSHIPS, null, data, savingsWidthScale(4_000_000));
const manyLinks = buildLinks(
  Array.from({ length: 3001 }, (_, i) => partnership({ id: `p${i}`, councils: ['E09000015', 'W06000015'] })),
  null,
  data,
  savingsWidthScale(1),
);

function props(partial: Partial<MapViewProps> = {}): MapViewProps {
  return {
    data,
    boundaryYear: 2018,
    links,
    linkPaint: { highlighted: null, selected: null, hovered: null, hoveredGroup: null, colour: () => '#123456' },
    boundaryPaint: { focused: new Set(), partners: new Set(), hovered: null },
    viewRequest: null,
    reducedMotion: true,
    cooperativeGestures: false,
    labels: { mapName: 'Map of shared services', zoomIn: 'Zoom in', zoomOut: 'Zoom out', attribution: 'Boundaries: ONS', wheelHint: 'w', touchHint: 't' },
    describedBy: 'map-description',
    onSelectCouncil: vi.fn(),
    onSelectLink: vi.fn(),
    onHover: vi.fn(),
    onGrouping: vi.fn(),
    renderTooltip: () => null,
    ...partial,
  };
}

beforeEach(() => {
  installCanvasRecorders();
  // jsdom lays nothing out: give the map a size, so it can fit the UK.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});
afterEach(() => vi.restoreAllMocks());

describe('MapView', () => {
  it('names the map for assistive technology and adds its controls', () => {
    const { container } = render(<MapView {...props()} />);
    const map = container.querySelector('.map')!;
    expect(map.getAttribute('aria-label')).toBe('Map of shared services');
    expect(map.getAttribute('aria-describedby')).toBe('map-description');
    expect(container.querySelector('.leaflet-control-zoom-in')!.getAttribute('title')).toBe('Zoom in');
    expect(container.querySelector('.leaflet-control-attribution')!.textContent).toContain('Boundaries: ONS');
  });

  it('makes its canvases once, after the first paint, boundaries before links, and hands new links, paint and years to them in place', async () => {
    const view = render(<MapView {...props()} />);
    const canvases = () => [...view.container.querySelectorAll('canvas')];
    // The first view's work waits for a paint, so the page's text shows first.
    expect(canvases()).toHaveLength(0);
    await waitFor(() => expect(view.container.querySelectorAll('canvas.boundary-canvas')).toHaveLength(2));
    await waitFor(() => expect(view.container.querySelectorAll('canvas.link-canvas')).toHaveLength(2));
    const before = canvases();
    view.rerender(<MapView {...props({ links: links.slice(0, 2), boundaryYear: 2021, boundaryPaint: { focused: new Set(['E09000015']), partners: new Set(), hovered: null } })} />);
    expect(canvases()).toEqual(before);
  });

  it('tells the UI the links are grouped when there are more than 3,000 of them zoomed out, and not when there are few', () => {
    const onGrouping = vi.fn();
    const view = render(<MapView {...props({ onGrouping })} />);
    expect(onGrouping).not.toHaveBeenCalled();
    view.rerender(<MapView {...props({ onGrouping, links: manyLinks })} />);
    expect(onGrouping).toHaveBeenLastCalledWith(true);
    view.rerender(<MapView {...props({ onGrouping, links })} />);
    expect(onGrouping).toHaveBeenLastCalledWith(false);
    expect(onGrouping).toHaveBeenCalledTimes(2);
  });

  it('tells the UI the zoom when it is made and after each zoom, for the key', async () => {
    const onZoom = vi.fn();
    const view = render(<MapView {...props({ onZoom })} />);
    expect(onZoom).toHaveBeenCalledTimes(1);
    const first = onZoom.mock.calls[0]![0] as number;
    expect(first).toBeGreaterThan(3);
    view.container.querySelector<HTMLAnchorElement>('.leaflet-control-zoom-in')!.click();
    await waitFor(() => expect(onZoom).toHaveBeenCalledTimes(2));
    // The zoom the map is now at (the container keeps it for styles and tests).
    expect(onZoom).toHaveBeenLastCalledWith(Number(view.container.querySelector<HTMLElement>('.leaflet-container')!.dataset.zoom));
    expect(onZoom.mock.calls[1]![0]).toBeGreaterThan(first);
  });
});
