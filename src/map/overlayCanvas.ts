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

export class OverlayCanvas extends L.Canvas {
  private frame = 0;
  private readonly className: string;

  constructor(
    private readonly drawInto: (ctx: CanvasRenderingContext2D, bounds: L.Bounds, map: L.Map) => void,
    options: { pane: string; className: string; padding: number },
  ) {
    super({ pane: options.pane, padding: options.padding });
    this.className = options.className;
  }

  private get internals(): CanvasInternals {
    return this as unknown as CanvasInternals;
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

  /** Clear and draw now (within a frame callback of the layer beneath). */
  redraw(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.internals._ctx && this.internals._map) this.internals._redraw();
  }

  /** Redraw at the next frame; several changes in one frame draw once. */
  requestDraw(): void {
    if (this.frame || !this.internals._map) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.redraw();
    });
  }

  /** L.Canvas calls this after clearing, whenever the view moves or resizes. */
  _draw(): void {
    const { _ctx: ctx, _bounds: bounds, _map: map } = this.internals;
    if (ctx && bounds && map) this.drawInto(ctx, bounds, map);
  }
}
