import L from 'leaflet';

// The one place that reaches into Leaflet's private parts. The map's canvas
// layers extend L.Canvas for what it does well (sizing, padding, retina,
// the zoom animation) and draw by themselves; for that they need members
// Leaflet keeps private (underscored, not in its types): the canvas and its
// context, the map, the box the canvas covers, and the methods Leaflet calls
// when the view changes. This file names each of them once and hands them
// to the layers as a small typed API (LeafletCanvas's protected members).
// Private members change without notice between versions, so this file is
// pinned to the version it was written against and refuses any other. To
// move to another version: check each member named here against its
// src/layer/vector/Renderer.js and Canvas.js and src/map/Map.js, run
// tests/map/leafletCanvas.test.ts and the map's e2e tests, then change
// PINNED_LEAFLET_VERSION.

/** The Leaflet version whose private members this file was checked against. */
export const PINNED_LEAFLET_VERSION = '1.9.4';

/** Throws unless `version` is the pinned one, saying what to do about it. */
export function checkLeafletVersion(version: string): void {
  if (version === PINNED_LEAFLET_VERSION) return;
  // Short, as it ships in the first view's script; the file's header says what to check.
  throw new Error(`Leaflet ${version} is loaded; src/map/leafletCanvas.ts is pinned to ${PINNED_LEAFLET_VERSION}`);
}

checkLeafletVersion(L.version);

/** The private members of L.Canvas and L.Renderer used here, for the test to check on the real classes. */
export const PRIVATE_METHODS = {
  canvas: ['_update', '_reset', '_redraw', '_draw'],
  renderer: ['_update', '_updateTransform'],
  map: ['_getNewPixelOrigin'],
} as const;

type ViewMethods = { _update(this: unknown): void; _reset(this: unknown): void; _redraw(this: unknown): void };
type RendererMethods = { _update(this: unknown): void; _updateTransform(this: unknown, center: L.LatLng, zoom: number): void };
const canvasMethods = L.Canvas.prototype as unknown as ViewMethods;
const rendererMethods = L.Renderer.prototype as unknown as RendererMethods;

type MapFields = L.Map & { _animatingZoom?: boolean; _getNewPixelOrigin(center: L.LatLng, zoom: number): L.Point };

/** What a canvas draws with: its context, the layer-pixel box it covers (the view and its padding) and the map. */
export interface CanvasView {
  ctx: CanvasRenderingContext2D;
  bounds: L.Bounds;
  map: L.Map;
}

/** What Leaflet is doing when it asks a canvas to follow the view. */
export interface ViewChange {
  /** The canvas's first placement, when it is added to a map. */
  first: boolean;
  /** A reset of the view (a jump, not a pan or zoom): the canvas must follow at once. */
  reset: boolean;
}

/** The device pixels per CSS pixel Leaflet's canvases use: 2 on a high-density screen, else 1. */
export function canvasPixelRatio(): number {
  return L.Browser.retina ? 2 : 1;
}

/**
 * An L.Canvas that draws by itself. Leaflet calls its private hooks; each
 * hands over to a typed method a layer overrides: drawView (after Leaflet
 * clears the canvas), viewChanged (a move, zoom or resize), redrawView
 * (Leaflet's clear-and-draw) and placeForZoom (during a zoom animation).
 */
export abstract class LeafletCanvas extends L.Canvas {
  // L.Canvas's and L.Renderer's own fields, set once it is on a map (declared only: no code).
  declare private readonly _ctx?: CanvasRenderingContext2D;
  declare private readonly _bounds?: L.Bounds;
  declare private readonly _container?: HTMLCanvasElement;
  declare private readonly _center: L.LatLng;
  declare private readonly _zoom: number;
  declare readonly options: L.RendererOptions & { padding: number };
  private resetting = false;

  /** The map, once the canvas is on one. */
  protected get currentMap(): L.Map | null {
    return this._map ?? null;
  }

  /** The canvas element, once on a map. */
  protected get canvasElement(): HTMLCanvasElement | null {
    return this._container ?? null;
  }

  /** Context, box and map, once the canvas is on a map and placed; null before. */
  protected get view(): CanvasView | null {
    const { _ctx: ctx, _bounds: bounds, _map: map } = this;
    return ctx && bounds && map ? { ctx, bounds, map } : null;
  }

  /** Draw what the canvas shows, on a cleared canvas: after each view change, and on redrawView. */
  protected abstract drawView(view: CanvasView): void;

  /** The view changed: by default the canvas follows at once. */
  protected viewChanged(_change: ViewChange): void {
    this.followView();
  }

  /** L.Canvas's own following of the view: new box, the canvas sized, placed and cleared, then drawView. */
  protected followView(): void {
    canvasMethods._update.call(this);
  }

  /** L.Renderer's following of the view: the new box only, for a canvas that sizes and places itself. */
  protected followViewBoxOnly(): void {
    rendererMethods._update.call(this);
  }

  /** Clear the canvas and draw it again now (L.Canvas's own redraw, which calls drawView). */
  protected redrawView(): void {
    canvasMethods._redraw.call(this);
  }

  /** Whether the map is in the middle of an animated zoom. */
  protected zoomAnimating(): boolean {
    return (this._map as MapFields | undefined)?._animatingZoom === true;
  }

  /** During an animated zoom to `zoom` about `center`: place and scale the canvas (by default as Leaflet does). */
  protected placeForZoom(center: L.LatLng, zoom: number): void {
    rendererMethods._updateTransform.call(this, center, zoom);
  }

  /** Where Leaflet's zoom animation puts the top left of the canvas's box, and how much it scales it. */
  protected zoomPlacement(center: L.LatLng, zoom: number): { topLeft: L.Point; scale: number } {
    const { _center, _zoom, options } = this;
    const map = this._map as MapFields;
    const scale = map.getZoomScale(zoom, _zoom);
    const viewHalf = map.getSize().multiplyBy(0.5 + options.padding);
    const topLeft = viewHalf.multiplyBy(-scale).add(map.project(_center, zoom)).subtract(map._getNewPixelOrigin(center, zoom));
    return { topLeft, scale };
  }

  // Leaflet's private hooks, each handed to its typed method.

  /** @internal L.Canvas: draw the layers on the cleared canvas. */
  _draw(): void {
    const view = this.view;
    if (view) this.drawView(view);
  }

  /** @internal L.Renderer: the view moved, zoomed or resized. */
  _update(): void {
    this.viewChanged({ first: !this._bounds, reset: this.resetting });
  }

  /** @internal L.Renderer: the view was reset (it calls _update, then _updateTransform). */
  _reset(): void {
    this.resetting = true;
    try {
      canvasMethods._reset.call(this);
    } finally {
      this.resetting = false;
    }
  }

  /** @internal L.Canvas: clear and draw again. */
  _redraw(): void {
    this.redrawView();
  }

  /** @internal L.Renderer: place the canvas during a zoom animation. */
  _updateTransform(center: L.LatLng, zoom: number): void {
    this.placeForZoom(center, zoom);
  }
}
