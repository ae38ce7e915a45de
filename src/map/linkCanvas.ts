import L from 'leaflet';
import type { Link } from '../model/links';

// All links drawn on one canvas, by a layer made once and updated in place.
// Leaflet's own canvas renderer keeps one object per path and redraws them
// all on every change; with tens of thousands of links that is the cost we
// avoid. This extends L.Canvas for the part it does well (sizing, padding,
// retina, zoom animation) and replaces what it draws: links are stroked in
// batches of equal style, and hit-testing uses a grid built on demand.

export interface LinkPaint {
  /** Partnership ids to show at full strength; null shows all so. */
  highlighted: ReadonlySet<string> | null;
  /** The open partnership. */
  selected: string | null;
  /** The partnership under the pointer. */
  hovered: string | null;
  /** Colour of each service area. */
  colour(serviceId: string): string;
}

interface Projected {
  link: Link;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Control point of the quadratic curve (equal to the midpoint when straight). */
  cx: number;
  cy: number;
}

/** A dark edge on every link, so a link of any colour stands out at 3:1 from the land under it. */
export const CASING = 'rgba(23, 32, 42, 0.72)';
const DIMMED_ALPHA = 0.14;
const STRIPE = 9;
const DASH = 4;
const GRID = 24;
const HIT_TOLERANCE = 5;
const ENDPOINT_RADIUS = 2.6;

/** Points along a link's curve, for hit-testing. */
function samplePoints(p: Projected, step = 8): [number, number][] {
  const length = Math.hypot(p.x1 - p.x0, p.y1 - p.y0);
  const n = Math.max(2, Math.ceil(length / step));
  const points: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    points.push([u * u * p.x0 + 2 * u * t * p.cx + t * t * p.x1, u * u * p.y0 + 2 * u * t * p.cy + t * t * p.y1]);
  }
  return points;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

type CanvasInternals = {
  _ctx: CanvasRenderingContext2D;
  _bounds: L.Bounds;
  _container: HTMLCanvasElement;
  _map: L.Map;
  /** Clears the canvas and calls _draw. */
  _redraw(): void;
};

export class LinkCanvas extends L.Canvas {
  private links: readonly Link[] = [];
  private paint: LinkPaint = { highlighted: null, selected: null, hovered: null, colour: () => '#777777' };
  private projected: Projected[] = [];
  private grid: Map<number, number[]> | null = null;
  private frame = 0;
  /** Called after each full draw, with the number of links drawn. */
  onDrawn: ((count: number) => void) | null = null;

  constructor(options?: L.RendererOptions) {
    super({ padding: 0.3, ...options });
  }

  private get internals(): CanvasInternals {
    return this as unknown as CanvasInternals;
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    // The boundaries underneath take the pointer; this layer answers hitTest instead.
    this.internals._container.classList.add('link-canvas');
    return this;
  }

  setLinks(links: readonly Link[]): void {
    this.links = links;
    this.requestDraw();
  }

  setPaint(paint: LinkPaint): void {
    this.paint = paint;
    this.requestDraw();
  }

  /** Redraw at the next frame; several changes in one frame draw once. */
  private requestDraw(): void {
    if (this.frame || !this.internals._map) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.internals._ctx) this.internals._redraw();
    });
  }

  /** L.Canvas calls this after clearing, whenever the view moves or resizes: draw our links. */
  _draw(): void {
    this.drawAll();
  }

  override onRemove(map: L.Map): this {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    return super.onRemove(map);
  }

  private project(): void {
    const map = this.internals._map;
    const cache = new Map<string, L.Point>();
    const pointOf = (code: string, lonLat: readonly [number, number]) => {
      let p = cache.get(code);
      if (!p) {
        p = map.latLngToLayerPoint([lonLat[1], lonLat[0]]);
        cache.set(code, p);
      }
      return p;
    };
    this.projected = this.links.map((link) => {
      const a = pointOf(link.a, link.pointA);
      const b = pointOf(link.b, link.pointB);
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      // Perpendicular to a→b, scaled by the bend; a fixed a<b order keeps bends consistent.
      return { link, x0: a.x, y0: a.y, x1: b.x, y1: b.y, cx: (a.x + b.x) / 2 - dy * link.bend, cy: (a.y + b.y) / 2 + dx * link.bend };
    });
    this.grid = null;
  }

  private drawAll(): void {
    const { _ctx: ctx, _bounds: bounds, _map: map } = this.internals;
    if (!ctx || !bounds || !map) return;
    this.project();
    ctx.save();
    ctx.lineCap = 'butt';
    ctx.lineJoin = 'round';

    const { highlighted, selected, hovered } = this.paint;
    const dimmed: Projected[] = [];
    const normal: Projected[] = [];
    const emphasised: Projected[] = [];
    for (const p of this.projected) {
      const id = p.link.partnership.id;
      if (id === selected || id === hovered) emphasised.push(p);
      else if (highlighted && !highlighted.has(id)) dimmed.push(p);
      else normal.push(p);
    }
    ctx.globalAlpha = DIMMED_ALPHA;
    this.strokeBatch(ctx, dimmed, false, 0);
    ctx.globalAlpha = 1;
    this.strokeBatch(ctx, normal, true, 0);
    this.strokeBatch(ctx, emphasised, true, 2);
    this.drawEndpoints(ctx, [...normal, ...emphasised]);
    ctx.restore();
    // A mark per draw, so tools can time a click or a filter to the frame that shows it.
    performance.clearMarks('links-drawn');
    performance.mark('links-drawn', { detail: { links: this.projected.length } });
    this.onDrawn?.(this.projected.length);
  }

  /**
   * Stroke links grouped by style, widest first so narrow links stay on top.
   * A link of several service areas is drawn in stripes of each colour; one
   * of unknown savings is thin and dashed.
   */
  private strokeBatch(ctx: CanvasRenderingContext2D, items: Projected[], casing: boolean, extra: number): void {
    if (!items.length) return;
    const groups = new Map<string, Projected[]>();
    for (const p of items) {
      const key = `${p.link.width.toFixed(1)}|${p.link.unknownSavings ? 'd' : 's'}|${p.link.services.join(',')}`;
      const group = groups.get(key);
      if (group) group.push(p);
      else groups.set(key, [p]);
    }
    const ordered = [...groups.values()].sort((x, y) => y[0]!.link.width - x[0]!.link.width);
    for (const group of ordered) {
      const { width, unknownSavings, services } = group[0]!.link;
      const gap = unknownSavings ? DASH : 0;
      const dash = unknownSavings ? DASH : STRIPE;
      const path = new Path2D();
      for (const p of group) {
        path.moveTo(p.x0, p.y0);
        if (p.link.bend === 0) path.lineTo(p.x1, p.y1);
        else path.quadraticCurveTo(p.cx, p.cy, p.x1, p.y1);
      }
      if (casing) {
        ctx.strokeStyle = CASING;
        ctx.lineWidth = width + 2 + extra * 2;
        ctx.setLineDash(unknownSavings ? [dash, gap] : []);
        ctx.lineDashOffset = 0;
        ctx.stroke(path);
      }
      ctx.lineWidth = width + extra;
      const k = services.length;
      services.forEach((service, i) => {
        ctx.strokeStyle = this.paint.colour(service);
        if (k === 1) {
          ctx.setLineDash(unknownSavings ? [dash, gap] : []);
          ctx.lineDashOffset = 0;
        } else {
          // Colour i shows in the i-th of every k stretches along the line.
          ctx.setLineDash([dash, (dash + gap) * k - dash]);
          ctx.lineDashOffset = -i * (dash + gap);
        }
        ctx.stroke(path);
      });
    }
    ctx.setLineDash([]);
  }

  private drawEndpoints(ctx: CanvasRenderingContext2D, items: Projected[]): void {
    const seen = new Set<string>();
    const dots = new Path2D();
    for (const p of items) {
      for (const [code, x, y] of [
        [p.link.a, p.x0, p.y0],
        [p.link.b, p.x1, p.y1],
      ] as const) {
        if (seen.has(code)) continue;
        seen.add(code);
        dots.moveTo(x + ENDPOINT_RADIUS, y);
        dots.arc(x, y, ENDPOINT_RADIUS, 0, Math.PI * 2);
      }
    }
    ctx.fillStyle = '#ffffff';
    ctx.fill(dots);
    ctx.strokeStyle = CASING;
    ctx.lineWidth = 1.2;
    ctx.stroke(dots);
  }

  private buildGrid(): Map<number, number[]> {
    const grid = new Map<number, number[]>();
    this.projected.forEach((p, index) => {
      const points = samplePoints(p);
      const reach = p.link.width / 2 + HIT_TOLERANCE;
      const cells = new Set<number>();
      for (let i = 1; i < points.length; i++) {
        const [ax, ay] = points[i - 1]!;
        const [bx, by] = points[i]!;
        const x0 = Math.floor((Math.min(ax, bx) - reach) / GRID);
        const x1 = Math.floor((Math.max(ax, bx) + reach) / GRID);
        const y0 = Math.floor((Math.min(ay, by) - reach) / GRID);
        const y1 = Math.floor((Math.max(ay, by) + reach) / GRID);
        for (let gx = x0; gx <= x1; gx++) for (let gy = y0; gy <= y1; gy++) cells.add(gx * 100_003 + gy);
      }
      for (const cell of cells) {
        const list = grid.get(cell);
        if (list) list.push(index);
        else grid.set(cell, [index]);
      }
    });
    return grid;
  }

  /** The link under a point of the map's container, preferring links not dimmed, then the nearest. */
  hitTest(containerPoint: L.Point): Link | null {
    const map = this.internals._map;
    if (!map || !this.projected.length) return null;
    this.grid ??= this.buildGrid();
    const point = map.containerPointToLayerPoint(containerPoint);
    const candidates = this.grid.get(Math.floor(point.x / GRID) * 100_003 + Math.floor(point.y / GRID));
    if (!candidates) return null;
    const { highlighted } = this.paint;
    let best: Link | null = null;
    let bestScore = Infinity;
    for (const index of candidates) {
      const p = this.projected[index]!;
      const points = samplePoints(p, 4);
      let distance = Infinity;
      for (let i = 1; i < points.length; i++) {
        distance = Math.min(distance, distanceToSegment(point.x, point.y, points[i - 1]![0], points[i - 1]![1], points[i]![0], points[i]![1]));
      }
      if (distance > p.link.width / 2 + HIT_TOLERANCE) continue;
      const dimmed = highlighted != null && !highlighted.has(p.link.partnership.id);
      const score = distance + (dimmed ? 1000 : 0);
      if (score < bestScore) {
        best = p.link;
        bestScore = score;
      }
    }
    return best;
  }
}
