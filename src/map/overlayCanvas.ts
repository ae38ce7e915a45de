import L from 'leaflet';
import { FrameBatchedCanvas } from './frameBatchedCanvas';
import { canvasPixelRatio, type CanvasView, type ViewChange } from './leafletCanvas';

// A canvas drawn over another layer's canvas, for what changes often (focus,
// hover) over what changes only with the view. Being a Leaflet renderer of
// its own, Leaflet sizes, places and animates it exactly as the layer
// beneath; it draws through a callback of that layer, and redraws alone, so
// a hover clears and draws this small overlay and never the canvas beneath.
// (In software rendering, painting a whole padded canvas again costs about
// as much as drawing what is on it.)

/** What an overlay will draw: where, and how. */
export interface OverlayPlan {
  /** The layer-pixel box that holds everything it draws; null when it draws nothing. */
  extent: L.Bounds | null;
  draw(ctx: CanvasRenderingContext2D): void;
}

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
export class OverlayCanvas extends FrameBatchedCanvas {
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

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    this.canvasElement!.classList.add(this.className);
    return this;
  }

  /** Size, place and draw now (within a frame callback of the layer beneath). */
  redraw(): void {
    this.cancelRequestedDraw();
    const view = this.view;
    if (view) this.paint(view);
  }

  protected drawFrame(): void {
    this.redraw();
  }

  /** Whenever the view moves or resizes: new bounds, then a new box and drawing (after a zoom's animation, not during it). */
  protected override viewChanged({ first }: ViewChange): void {
    if (this.zoomAnimating() && !first) return;
    this.followViewBoxOnly();
    this.paint(this.view!);
  }

  /** During a zoom animation, scale the canvas about the same point as the map, from wherever its box is. */
  protected override placeForZoom(center: L.LatLng, zoom: number): void {
    const { topLeft, scale } = this.zoomPlacement(center, zoom);
    const bounds = this.view!.bounds;
    const shift = this.area ? this.area.min!.subtract(bounds.min!).multiplyBy(scale) : L.point(0, 0);
    L.DomUtil.setTransform(this.canvasElement!, topLeft.add(shift), scale);
  }

  /** Leaflet's own drawing of vector layers, on its cleared full-size canvas: the overlay draws through paint instead. */
  protected drawView(): void {}

  /** Leaflet clears and redraws on some view resets (after a jump): the overlay sizes and draws itself again instead. */
  protected override redrawView(): void {
    const view = this.view;
    if (view) this.paint(view);
  }

  private paint({ ctx, bounds, map }: CanvasView): void {
    const canvas = this.canvasElement!;
    const plan = this.plan(bounds, map);
    const area = plan.extent ? overlap(bounds, plan.extent) : null;
    this.area = area;
    if (!area) {
      canvas.width = 0;
      canvas.height = 0;
      canvas.style.display = 'none';
    } else {
      const size = area.getSize();
      const ratio = canvasPixelRatio();
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
