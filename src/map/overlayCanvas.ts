import L from 'leaflet';

// A canvas drawn over another layer's canvas, for what changes often (focus,
// hover) over what changes only with the view. Being a Leaflet renderer of
// its own, Leaflet sizes, places and animates it exactly as the layer
// beneath; it draws through a callback of that layer, and redraws alone, so
// a hover clears and draws this small overlay and never the canvas beneath.
// (In software rendering, painting a whole padded canvas again costs about
// as much as drawing what is on it.)

/** The parts of L.Canvas that Leaflet keeps private and the map's canvas layers use (unset until the layer is on a map). */
export type CanvasInternals = {
  _ctx: CanvasRenderingContext2D;
  _bounds: L.Bounds;
  _container: HTMLCanvasElement;
  _map: L.Map;
  /** Clears the canvas and calls _draw. */
  _redraw(): void;
};

/** What an overlay will draw: where, and how. */
export interface OverlayPlan {
  /** The layer-pixel box that holds everything it draws; null when it draws nothing. */
  extent: L.Bounds | null;
  draw(ctx: CanvasRenderingContext2D): void;
}

/** The parts of L.Renderer the overlay uses to follow the map. */
type RendererInternals = CanvasInternals & { _center: L.LatLng; _zoom: number; options: { padding: number } };
type MapInternals = L.Map & { _animatingZoom?: boolean; _getNewPixelOrigin(center: L.LatLng, zoom: number): L.Point };

/** The box around `points`, grown by `margin` on every side (for line widths and dots). */
export function boxAround(points: L.PointTuple[], margin: number): L.Bounds {
  const box = L.bounds(points.map((p) => L.point(p)));
  return L.bounds(box.min!.subtract([margin, margin]), box.max!.add([margin, margin]));
}

/** The part of `a` that `b` covers, on whole pixels; null when they do not meet. */
export function overlap(a: L.Bounds, b: L.Bounds): L.Bounds | null {
  const minX = Math.floor(Math.max(a.min!.x, b.min!.x));
  const minY = Math.floor(Math.max(a.min!.y, b.min!.y));
  const maxX = Math.ceil(Math.min(a.max!.x, b.max!.x));
  const maxY = Math.ceil(Math.min(a.max!.y, b.max!.y));
  return maxX > minX && maxY > minY ? L.bounds([minX, minY], [maxX, maxY]) : null;
}

/**
 * The canvas covers only the box of what it draws (a hovered council, a
 * focused council's links), not the whole padded view: after a move or zoom
 * the browser copies each changed canvas to the screen, and in software
 * rendering a full-size copy of a nearly empty canvas costs a frame.
 */
export class OverlayCanvas extends L.Canvas {
  private frame = 0;
  private readonly className: string;
  /** Where the canvas is, in layer pixels; null when hidden. */
  private area: L.Bounds | null = null;

  constructor(
    private readonly plan: (bounds: L.Bounds, map: L.Map) => OverlayPlan,
    options: { pane: string; className: string; padding: number },
  ) {
    super({ pane: options.pane, padding: options.padding });
    this.className = options.className;
  }

  private get internals(): RendererInternals {
    return this as unknown as RendererInternals;
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    this.internals._container.classList.add(this.className);
    return this;
  }

  override onRemove(map: L.Map): this {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    return super.onRemove(map);
  }

  /** Size, place and draw now (within a frame callback of the layer beneath). */
  redraw(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.internals._ctx && this.internals._map && this.internals._bounds) this.paint();
  }

  /** Redraw at the next frame; several changes in one frame draw once. */
  requestDraw(): void {
    if (this.frame || !this.internals._map) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.redraw();
    });
  }

  /** Leaflet calls this whenever the view moves or resizes: new bounds, then a new box and drawing. */
  _update(): void {
    const map = this.internals._map as MapInternals;
    if (map._animatingZoom && this.internals._bounds) return;
    (L.Renderer.prototype as unknown as { _update(this: unknown): void })._update.call(this);
    this.paint();
  }

  /** During a zoom animation, scale the canvas about the same point as the map, from wherever its box is. */
  _updateTransform(center: L.LatLng, zoom: number): void {
    const { _map, _center, _zoom, _container, _bounds, options } = this.internals;
    const map = _map as MapInternals;
    const scale = map.getZoomScale(zoom, _zoom);
    const viewHalf = map.getSize().multiplyBy(0.5 + options.padding);
    const topLeft = viewHalf.multiplyBy(-scale).add(map.project(_center, zoom)).subtract(map._getNewPixelOrigin(center, zoom));
    const shift = this.area ? this.area.min!.subtract(_bounds.min!).multiplyBy(scale) : L.point(0, 0);
    L.DomUtil.setTransform(_container, topLeft.add(shift), scale);
  }

  /** Leaflet's own drawing of vector layers: the overlay has none. */
  _draw(): void {}

  /** Leaflet clears and redraws on some view resets (after a jump): the overlay sizes and draws itself again instead. */
  _redraw(): void {
    if (this.internals._ctx && this.internals._map && this.internals._bounds) this.paint();
  }

  private paint(): void {
    const { _ctx: ctx, _bounds: bounds, _map: map, _container: canvas } = this.internals;
    const plan = this.plan(bounds, map);
    const area = plan.extent ? overlap(bounds, plan.extent) : null;
    this.area = area;
    if (!area) {
      canvas.width = 0;
      canvas.height = 0;
      canvas.style.display = 'none';
    } else {
      const size = area.getSize();
      const ratio = L.Browser.retina ? 2 : 1;
      canvas.style.display = '';
      L.DomUtil.setPosition(canvas, area.min!);
      // Setting the size clears the canvas and its transform.
      canvas.width = ratio * size.x;
      canvas.height = ratio * size.y;
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
      if (ratio !== 1) ctx.scale(ratio, ratio);
      ctx.translate(-area.min!.x, -area.min!.y);
    }
    // Drawn even when hidden: the layer beneath counts and marks every draw.
    plan.draw(ctx);
  }
}
