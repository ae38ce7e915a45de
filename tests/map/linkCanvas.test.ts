import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkCanvas, type LinkPaint } from '../../src/map/linkCanvas';
import { CASING, DIMMED_OPACITY } from '../../src/map/palette';
import { buildLinks, type Link } from '../../src/model/links';
import { savingsWidthScale } from '../../src/model/linkWidth';
import { installCanvasRecorders, sizedContainer, type RecordingContext } from '../helpers/canvas';
import { makeAppData, partnership, PARTNERSHIPS } from '../helpers/appData';

// What can be checked without a browser's drawing: what the layer strokes,
// that it redraws in place, when it draws its base again, and what its hit
// test finds. tests/e2e/map.test.ts checks the pixels in Chromium.

const data = makeAppData();
const links = buildLinks(PARTNERSHIPS, null, data, savingsWidthScale(4_000_000));
const paint = (partial: Partial<LinkPaint> = {}): LinkPaint => ({ highlighted: null, selected: null, hovered: null, hoveredGroup: null, colour: () => '#123456', ...partial });

let contexts: Map<HTMLCanvasElement, RecordingContext>;
let map: L.Map;
let layer: LinkCanvas;
const canvases = () => [...map.getContainer().querySelectorAll<HTMLCanvasElement>('canvas.link-canvas')];
const base = () => contexts.get(canvases()[0]!)!;
const overlay = () => contexts.get(canvases()[1]!)!;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  contexts = installCanvasRecorders();
  map = L.map(sizedContainer(800, 600), { center: [52, -1.5], zoom: 7, zoomAnimation: false });
  map.createPane('links');
  layer = new LinkCanvas({ pane: 'links' });
  layer.setLinks(links);
  layer.setPaint(paint());
  layer.addTo(map);
  vi.advanceTimersToNextFrame();
});
afterEach(() => {
  map.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('LinkCanvas', () => {
  it('makes its canvas and the overlay over it once, in the links pane', () => {
    expect(canvases()).toHaveLength(2);
    expect(canvases().every((c) => c.parentElement === map.getPane('links'))).toBe(true);
  });

  it('strokes every link on its base, in batches of equal style, each with a casing', () => {
    expect(base().strokes.length).toBeGreaterThan(0);
    expect(base().strokes.some((s) => s.strokeStyle === '#123456')).toBe(true);
  });

  it('draws new links in place, on the same canvas', () => {
    const before = canvases();
    const clears = base().count('clearRect');
    layer.setLinks(links.slice(0, 2));
    vi.advanceTimersToNextFrame();
    expect(canvases()).toEqual(before);
    expect(base().count('clearRect')).toBe(clears + 1);
  });

  it('fades the base behind a focus without drawing it again, and draws the focus on the overlay', () => {
    const clears = base().count('clearRect');
    const strokesOnTop = overlay().strokes.length;
    layer.setPaint(paint({ highlighted: new Set(['suffolk-ict']) }));
    vi.advanceTimersToNextFrame();
    expect(base().count('clearRect')).toBe(clears);
    expect(canvases()[0]!.style.opacity).toBe(String(DIMMED_OPACITY));
    expect(overlay().strokes.length).toBeGreaterThan(strokesOnTop);
  });

  it('leaves the base as it is during a zoom’s animation, where a hover draws only the overlay', () => {
    // During the animation Leaflet already reports the zoom it goes to; no moveend yet.
    const internals = map as unknown as { _animatingZoom: boolean; _zoom: number };
    const zoom = map.getZoom();
    const hoverWith = (animating: boolean, id: string) => {
      const clears = base().count('clearRect');
      internals._animatingZoom = animating;
      internals._zoom = zoom + 1;
      layer.setPaint(paint({ hovered: id }));
      vi.advanceTimersToNextFrame();
      internals._animatingZoom = false;
      internals._zoom = zoom;
      return base().count('clearRect') - clears;
    };
    const onTop = overlay().strokes.length;
    expect(hoverWith(true, 'harrow-barnet-hr')).toBe(0);
    expect(overlay().strokes.length).toBeGreaterThan(onTop);
    // Not animating, the same view change redraws the base with the hover.
    expect(hoverWith(false, 'suffolk-ict')).toBe(1);
  });

  it('draws several changes in one frame once', () => {
    const clears = base().count('clearRect');
    layer.setLinks(links.slice(0, 3));
    layer.setLinks(links.slice(0, 2));
    layer.setPaint(paint({ hovered: 'harrow-barnet-hr' }));
    vi.advanceTimersToNextFrame();
    expect(base().count('clearRect')).toBe(clears + 1);
  });

  it('finds the link under the pointer, and nothing away from the links', () => {
    const link = links.find((l) => l.bend === 0 && l.partnership.id === 'cardiff-vale-regulatory') as Link;
    const middle = map.latLngToContainerPoint([(link.pointA[1] + link.pointB[1]) / 2, (link.pointA[0] + link.pointB[0]) / 2]);
    expect(layer.hitTest(middle)).toEqual({ kind: 'link', link });
    expect(layer.hitTest(L.point(5, 5))).toBeNull();
  });

  it('with more than 3,000 links zoomed out, draws their groups (and says so in its mark)', () => {
    const many = Array.from({ length: 3001 }, (_, i) => partnership({ id: `p${i}`, councils: i % 2 ? ['E09000015', 'W06000015'] : ['E10000029', 'W06000014'] }));
    // The largest share is in the mark when the page asks (censusAsked).
    (window as { markCensus?: boolean }).markCensus = true;
    layer.setLinks(buildLinks(many, null, data, savingsWidthScale(1)));
    vi.advanceTimersToNextFrame();
    delete (window as { markCensus?: boolean }).markCensus;
    const mark = performance.getEntriesByName('links-drawn').at(-1) as PerformanceMark;
    expect(mark.detail).toMatchObject({ links: 3001, drawn: 2, grouped: true });
    // Two groups of about equal stroke area (count as its width): the larger takes at least half.
    expect((mark.detail as { largestShare: number }).largestShare).toBeGreaterThanOrEqual(0.5);
    expect((mark.detail as { largestShare: number }).largestShare).toBeLessThan(1);
    // Half way from Harrow to Cardiff: the group of the odd partnerships.
    const hit = layer.hitTest(map.latLngToContainerPoint([(51.59 + 51.5) / 2, (-0.34 + -3.18) / 2]));
    expect(hit?.kind === 'group' && hit.group.count).toBe(1500);
  });
});

describe('partnerships of many councils', () => {
  it('draws a group as one mark on the base, and its spokes on top only when it is hovered', () => {
    const group = partnership({ id: 'group', councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'], lead: 'E10000002', services: ['waste'] });
    const [strokesBefore, fillsBefore, callsBefore] = [base().strokes.length, base().fills.length, base().calls.length];
    layer.setLinks(buildLinks([group], null, data, savingsWidthScale(1)));
    vi.advanceTimersToNextFrame();
    // One mark, stamped from its image (markStamps.ts): nothing filled or stroked on the base but one copy.
    expect(base().fills.length - fillsBefore).toBe(0);
    expect(base().strokes.length - strokesBefore).toBe(0);
    expect(base().calls.slice(callsBefore).filter(([name]) => name === 'drawImage')).toHaveLength(1);
    const onTopBefore = overlay().strokes.length;
    layer.setPaint(paint({ hovered: 'group' }));
    vi.advanceTimersToNextFrame();
    // Its four spokes in one batch (savings not known, at zoom 7: dashed in colour with no casing, model/dashStyle.ts), then the mark's edge over them.
    expect(overlay().strokes.slice(onTopBefore).map((s) => s.strokeStyle)).toEqual(['#123456', CASING]);
    layer.setPaint(paint());
    map.setZoom(9);
    vi.advanceTimersToNextFrame();
    const zoomedIn = overlay().strokes.length;
    layer.setPaint(paint({ hovered: 'group' }));
    vi.advanceTimersToNextFrame();
    // Zoomed in, the spokes' dashes have their casing under them.
    expect(overlay().strokes.slice(zoomedIn).map((s) => s.strokeStyle)).toEqual([CASING, '#123456', CASING]);
  });

  it('draws two groups led from the same council as one cluster, which the hit test finds, and says how many it draws', () => {
    const councils = ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'];
    const groups = ['waste', 'ict'].map((service) => partnership({ id: service, councils, lead: 'E10000002', services: [service] }));
    layer.setLinks(buildLinks(groups, null, data, savingsWidthScale(1)));
    vi.advanceTimersToNextFrame();
    // Not asked for: the mark leaves the marks and clusters out.
    expect((performance.getEntriesByName('links-drawn').at(-1) as PerformanceMark).detail).not.toHaveProperty('clusters');
    (window as { markCensus?: boolean }).markCensus = true;
    layer.setLinks(buildLinks(groups, null, data, savingsWidthScale(1)));
    vi.advanceTimersToNextFrame();
    delete (window as { markCensus?: boolean }).markCensus;
    const detail = (performance.getEntriesByName('links-drawn').at(-1) as PerformanceMark).detail as { marks: number; clusters: [number, number, number][] };
    const at = map.latLngToContainerPoint([51.8, -0.8]);
    expect(detail.marks).toBe(1);
    expect(detail.clusters).toHaveLength(1);
    expect(detail.clusters[0]![0]).toBeCloseTo(at.x, 6);
    expect(detail.clusters[0]![1]).toBeCloseTo(at.y, 6);
    expect(detail.clusters[0]![2]).toBe(2);
    // Its number, set in type once on an image of its own (markStamps.ts), and copied at each draw.
    const numberImages = [...contexts.values()].filter((c) => c.calls.some(([name, text]) => name === 'fillText' && text === '2'));
    expect(numberImages).toHaveLength(1);
    expect(base().calls.filter(([name]) => name === 'fillText')).toEqual([]);
    expect(base().calls.filter(([name]) => name === 'drawImage')).toHaveLength(2);
    const hit = layer.hitTest(at);
    expect(hit?.kind === 'cluster' && hit.marks.map((m) => m.partnership.id)).toEqual(['waste', 'ict']);
  });

  it('before it is added, projects the view and makes its clusters’ digits in steps, so its first draw makes no image', () => {
    const councils = ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'];
    const groups = ['waste', 'ict'].map((service) => partnership({ id: service, councils, lead: 'E10000002', services: [service] }));
    const digitImages = () => [...contexts.values()].filter((c) => c.calls.some(([name, text]) => name === 'fillText' && text === '2'));
    const fresh = new LinkCanvas({ pane: 'links' });
    fresh.setLinks(buildLinks(groups, null, data, savingsWidthScale(1)));
    const steps = fresh.prepareFirstDrawSteps(map);
    expect(steps).toHaveLength(2);
    const before = digitImages().length;
    steps[0]!();
    expect(digitImages()).toHaveLength(before);
    steps[1]!();
    // The cluster's number size, at the canvas's pixel ratio: one image of the ten digits.
    expect(digitImages()).toHaveLength(before + 1);
    fresh.setPaint(paint());
    fresh.addTo(map);
    vi.advanceTimersToNextFrame();
    expect(digitImages()).toHaveLength(before + 1);
    const drawn = contexts.get([...map.getContainer().querySelectorAll<HTMLCanvasElement>('canvas.link-canvas')].at(-2)!)!;
    // The cluster's ring is drawn, and its number copied from that image.
    expect(drawn.calls.filter(([name]) => name === 'drawImage').length).toBeGreaterThan(0);
    fresh.remove();
  });
});
