import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boxAround, overlap, OverlayCanvas } from '../../src/map/overlayCanvas';
import { installCanvasRecorders, sizedContainer } from '../helpers/canvas';

const box = (b: L.Bounds | null) => (b ? [b.min!.x, b.min!.y, b.max!.x, b.max!.y] : null);

describe('overlap', () => {
  it('is the part of the view the drawing covers, on whole pixels outward', () => {
    const view = L.bounds([-100, -50], [900, 650]);
    expect(box(overlap(view, L.bounds([10.4, 20.6], [30.2, 40.1])))).toEqual([10, 20, 31, 41]);
    expect(box(overlap(view, L.bounds([-500, 600], [0, 2000])))).toEqual([-100, 600, 0, 650]);
  });

  it('is nothing when the drawing is outside the view', () => {
    expect(overlap(L.bounds([0, 0], [100, 100]), L.bounds([200, 200], [300, 300]))).toBeNull();
    expect(overlap(L.bounds([0, 0], [100, 100]), L.bounds([100, 0], [150, 50]))).toBeNull();
  });
});

describe('boxAround', () => {
  it('is the box of the points, grown by the margin on every side', () => {
    expect(
      box(
        boxAround(
          [
            [10, 40],
            [30, 5],
            [-2, 20],
          ],
          3,
        ),
      ),
    ).toEqual([-5, 2, 33, 43]);
  });
});

describe('OverlayCanvas', () => {
  let map: L.Map;
  let extent: L.Bounds | null;
  let draws: number;
  let overlay: OverlayCanvas;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    installCanvasRecorders();
    map = L.map(sizedContainer(800, 600), { center: [52, -1], zoom: 6, zoomAnimation: false });
    extent = null;
    draws = 0;
    overlay = new OverlayCanvas(() => ({ extent, draw: () => draws++ }), { pane: 'overlayPane', className: 'test-overlay', padding: 0.3 }).addTo(map);
  });
  afterEach(() => {
    map.remove();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  const canvas = () => map.getContainer().querySelector<HTMLCanvasElement>('canvas.test-overlay')!;

  it('hides itself when there is nothing to draw, and still draws (so the layer beneath can count the draw)', () => {
    expect(canvas().style.display).toBe('none');
    expect(canvas().width).toBe(0);
    expect(draws).toBeGreaterThan(0);
  });

  it('covers only the box of what it draws, on whole pixels', () => {
    extent = L.bounds([10.5, 20.5], [110.2, 60.7]);
    overlay.redraw();
    expect(canvas().style.display).toBe('');
    expect([canvas().style.width, canvas().style.height]).toEqual(['101px', '41px']);
    expect(L.DomUtil.getPosition(canvas())).toEqual(L.point(10, 20));
  });

  it('redraws once a frame when asked, and at once when told', () => {
    const before = draws;
    overlay.requestDraw();
    overlay.requestDraw();
    expect(draws).toBe(before);
    vi.advanceTimersToNextFrame();
    expect(draws).toBe(before + 1);
    overlay.requestDraw();
    overlay.redraw();
    vi.advanceTimersToNextFrame();
    expect(draws).toBe(before + 2);
  });

  it('draws again for a new view after a move', () => {
    const before = draws;
    map.panBy([40, 0], { animate: false });
    expect(draws).toBe(before + 1);
  });
});
