import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoundaryLayer } from '../../src/map/boundaryLayer';
import { BOUNDARY_COLOURS } from '../../src/map/palette';
import { makeAppData, PARTNERSHIPS } from '../helpers/appData';
import { SQUARES } from '../helpers/boundaryTopology';
import { installCanvasRecorders, sizedContainer, type RecordingContext } from '../helpers/canvas';

const data = makeAppData(PARTNERSHIPS, SQUARES);
const none = { focused: new Set<string>(), partners: new Set<string>(), hovered: null };

let contexts: Map<HTMLCanvasElement, RecordingContext>;
let map: L.Map;
let layer: BoundaryLayer;
const canvases = () => [...map.getContainer().querySelectorAll<HTMLCanvasElement>('canvas.boundary-canvas')];
const plain = () => contexts.get(canvases()[0]!)!;
const highlight = () => contexts.get(canvases()[1]!)!;
const hitContext = () => [...contexts].find(([canvas]) => !canvas.isConnected)![1];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  contexts = installCanvasRecorders();
  map = L.map(sizedContainer(800, 600), { center: [52.5, 0], zoom: 7, zoomAnimation: false });
  layer = new BoundaryLayer(data);
  layer.setYear(2018);
  layer.setPaint(none);
  layer.addTo(map);
  vi.advanceTimersToNextFrame();
});
afterEach(() => {
  map.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('BoundaryLayer', () => {
  it('draws the year’s shapes plainly on its canvas, and a highlight canvas over it', () => {
    expect(canvases()).toHaveLength(2);
    expect(canvases()[1]!.parentElement).toBe(map.getPane('boundary-highlight'));
    expect(plain().fills.map((f) => f.fillStyle)).toContain(BOUNDARY_COLOURS.fill);
  });

  it('draws a new year in place, once however many times it is asked in a frame', () => {
    const clears = plain().count('clearRect');
    layer.setYear(2021);
    layer.setYear(2022);
    vi.advanceTimersToNextFrame();
    expect(plain().count('clearRect')).toBe(clears + 1);
  });

  it('draws a focus on the highlight canvas only, and not again for a paint with the same content', () => {
    const clears = plain().count('clearRect');
    layer.setPaint({ ...none, focused: new Set(['E07000200']) });
    vi.advanceTimersToNextFrame();
    expect(highlight().fills.map((f) => f.fillStyle)).toEqual([BOUNDARY_COLOURS.focusFill]);
    const highlightFills = highlight().fills.length;
    layer.setPaint({ ...none, focused: new Set(['E07000200']) });
    vi.advanceTimersToNextFrame();
    expect(highlight().fills).toHaveLength(highlightFills);
    expect(plain().count('clearRect')).toBe(clears);
  });

  it('fills each shape in the colour handed to it on both canvases, and the plain land again when the fills are taken away', () => {
    const fills = (code: string) => (code === 'E07000200' ? '#253494' : '#ffffcc');
    layer.setFills(fills);
    layer.setPaint({ ...none, focused: new Set(['E07000200']) });
    vi.advanceTimersToNextFrame();
    expect(plain().fills.at(-1)!.fillStyle).toBe('#ffffcc');
    expect(plain().fills.map((f) => f.fillStyle)).toContain('#253494');
    // The focus keeps its class colour, outlined.
    expect(highlight().fills.map((f) => f.fillStyle)).toEqual(['#253494']);
    const clears = plain().count('clearRect');
    layer.setFills(fills);
    vi.advanceTimersToNextFrame();
    expect(plain().count('clearRect')).toBe(clears);
    layer.setFills(null);
    vi.advanceTimersToNextFrame();
    expect(plain().fills.at(-1)!.fillStyle).toBe(BOUNDARY_COLOURS.fill);
  });

  it('finds the council whose shape is under a point, in the year shown', () => {
    hitContext().answer('isPointInPath', () => true);
    expect(layer.hitTest(map.latLngToContainerPoint([52.5, 0.5]))).toBe('E09000015');
    expect(layer.hitTest(map.latLngToContainerPoint([52.5, -0.5]))).toBe('E07000200');
    layer.setYear(2021);
    expect(layer.hitTest(map.latLngToContainerPoint([52.5, -0.5]))).toBe('E07000245');
    expect(layer.hitTest(map.latLngToContainerPoint([55, 3]))).toBeNull();
  });

  it('gives the bounds of a council’s drawn area, and none for a council not drawn that year', () => {
    const bounds = layer.boundsOf(['E07000200', 'E09000015'])!;
    expect(bounds.getWest()).toBeCloseTo(-1, 9);
    expect(bounds.getEast()).toBeCloseTo(1, 9);
    expect(bounds.getSouth()).toBeCloseTo(52, 9);
    expect(bounds.getNorth()).toBeCloseTo(53, 9);
    expect(layer.boundsOf(['E07000245'])).toBeNull();
  });
});
