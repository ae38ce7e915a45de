import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canvasPixelRatio, checkLeafletVersion, LeafletCanvas, PINNED_LEAFLET_VERSION, PRIVATE_METHODS, type CanvasView, type ViewChange } from '../../src/map/leafletCanvas';
import { installCanvasRecorders, sizedContainer } from '../helpers/canvas';

// The adapter is the only file that touches Leaflet's private members: this
// checks that the Leaflet installed is the one it was written for, that the
// members it relies on are there on the real classes, and that Leaflet's
// hooks reach the typed methods the layers override.

class Probe extends LeafletCanvas {
  views: CanvasView[] = [];
  changes: ViewChange[] = [];
  protected drawView(view: CanvasView): void {
    this.views.push(view);
  }
  protected override viewChanged(change: ViewChange): void {
    this.changes.push(change);
    super.viewChanged(change);
  }
  get exposed() {
    return { map: this.currentMap, canvas: this.canvasElement, view: this.view, animating: this.zoomAnimating() };
  }
  placement(center: L.LatLng, zoom: number) {
    return this.zoomPlacement(center, zoom);
  }
}

describe('the Leaflet version pin', () => {
  it('is the Leaflet installed', () => {
    expect(L.version).toBe(PINNED_LEAFLET_VERSION);
    expect(() => checkLeafletVersion(L.version)).not.toThrow();
  });

  it('refuses another version, saying which is loaded and which file is pinned to what', () => {
    expect(() => checkLeafletVersion('2.0.0')).toThrow('Leaflet 2.0.0 is loaded; src/map/leafletCanvas.ts is pinned to 1.9.4');
    expect(() => checkLeafletVersion('1.9.5')).toThrow(/1\.9\.5/);
  });
});

describe("Leaflet's private members the adapter relies on", () => {
  it('are methods of the real classes', () => {
    const prototypes = { canvas: L.Canvas.prototype, renderer: L.Renderer.prototype, map: L.Map.prototype } as const;
    for (const [owner, names] of Object.entries(PRIVATE_METHODS) as [keyof typeof prototypes, readonly string[]][]) {
      for (const name of names) expect(typeof (prototypes[owner] as unknown as Record<string, unknown>)[name], `${owner}.${name}`).toBe('function');
    }
  });

  it('include the fields a canvas has once on a map', () => {
    installCanvasRecorders();
    const map = L.map(sizedContainer(), { center: [52, -1], zoom: 6 });
    const canvas = L.canvas({ padding: 0.3 }).addTo(map) as unknown as Record<string, unknown>;
    expect(canvas._ctx).toBeDefined();
    expect(canvas._bounds).toBeInstanceOf(L.Bounds);
    expect(canvas._container).toBeInstanceOf(HTMLCanvasElement);
    expect(canvas._map).toBe(map);
    expect(canvas._center).toBeInstanceOf(L.LatLng);
    expect(canvas._zoom).toBe(6);
    // Read by the adapter, set by the map only during an animated zoom (which jsdom cannot run).
    expect(String((L.Map.prototype as unknown as Record<string, unknown>)._animateZoom)).toContain('_animatingZoom = true');
    map.remove();
  });
});

describe('LeafletCanvas', () => {
  let map: L.Map;
  beforeEach(() => {
    installCanvasRecorders();
    map = L.map(sizedContainer(800, 600), { center: [52, -1], zoom: 6, zoomAnimation: false });
  });
  afterEach(() => {
    map.remove();
    vi.restoreAllMocks();
  });

  it('has no map, canvas or view until added', () => {
    const probe = new Probe();
    expect(probe.exposed).toMatchObject({ map: null, canvas: null, view: null });
  });

  it('is placed and drawn when added: the view is the padded box of the map', () => {
    const probe = new Probe({ padding: 0.5 }).addTo(map);
    expect(probe.changes).toEqual([{ first: true, reset: false }]);
    expect(probe.views.length).toBeGreaterThan(0);
    const { bounds, map: viewMap, ctx } = probe.views.at(-1)!;
    expect(viewMap).toBe(map);
    expect(ctx).toBeDefined();
    expect(bounds.getSize()).toEqual(L.point(1600, 1200));
    expect(probe.exposed.canvas!.style.width).toBe('1600px');
  });

  it('hears a move as a change of view, and a reset as a reset', () => {
    const probe = new Probe().addTo(map);
    map.panBy([50, 0], { animate: false });
    expect(probe.changes.at(-1)).toEqual({ first: false, reset: false });
    map.setView([53, -2], 7, { reset: true } as L.ZoomPanOptions);
    expect(probe.changes.at(-1)).toEqual({ first: false, reset: true });
    expect(probe.exposed.animating).toBe(false);
  });

  it('works out a zoom placement as Leaflet places the canvas during a zoom', () => {
    const probe = new Probe({ padding: 0 }).addTo(map);
    const center = L.latLng(52.3, -1.4);
    const { scale, topLeft } = probe.placement(center, 7);
    expect(scale).toBe(2);
    // Leaflet's own placement (the default placeForZoom), as it leaves the canvas element.
    (probe as unknown as { _updateTransform(c: L.LatLng, z: number): void })._updateTransform(center, 7);
    expect(L.DomUtil.getPosition(probe.exposed.canvas!)).toEqual(topLeft);
  });

  it('uses the pixel ratio Leaflet uses for its canvases', () => {
    expect(canvasPixelRatio()).toBe(L.Browser.retina ? 2 : 1);
  });
});
