import L from 'leaflet';
import { GROUPING, LinkGroupsByLevel, linksGrouped, type LinkGroup } from '../model/linkGrouping';
import { groupWidthScale } from '../model/linkWidth';
import type { Link } from '../model/links';
import { boxAround, OverlayCanvas, type CanvasInternals, type OverlayPlan } from './overlayCanvas';
import { levelsOutward, runWhenIdle } from './idleWork';

// All links drawn on one canvas, by a layer made once and updated in place.
// Leaflet's own canvas renderer keeps one object per path and redraws them
// all on every change; with tens of thousands of links that is the cost we
// avoid. This extends L.Canvas for what it does well (sizing, padding,
// retina, zoom animation) and replaces what it draws:
// - the links that are not in focus (all of them) are drawn on this canvas
//   once per view; behind a focused council the whole canvas is faded with
//   CSS opacity, so a click does not draw it again; the few links on top
//   (the focused council's, the open and hovered ones) are drawn on an
//   OverlayCanvas over it, so a click or a hover redraws only those;
// - zoomed out, with more links than a map can show one by one, links are
//   grouped between cells of a screen grid (see model/aggregate.ts);
// - links are stroked in batches of equal style, and hit-testing uses a
//   grid built only when the pointer first needs it.

export interface LinkPaint {
  /** Partnership ids to show at full strength; null shows all so. */
  highlighted: ReadonlySet<string> | null;
  /** The open partnership. */
  selected: string | null;
  /** The partnership under the pointer. */
  hovered: string | null;
  /** The group under the pointer (zoomed out, with grouping on). */
  hoveredGroup: string | null;
  /** Colour of each service area. */
  colour(serviceId: string): string;
}

export type LinkHit = { kind: 'link'; link: Link } | { kind: 'group'; group: LinkGroup };

/** A line to draw, projected to layer pixels: one link, or one group of them. */
interface Drawable {
  hit: LinkHit;
  /** Partnership ids it stands for. */
  ids: readonly string[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Control point of the quadratic curve (the midpoint when straight). */
  cx: number;
  cy: number;
  straight: boolean;
  width: number;
  dashed: boolean;
  services: readonly string[];
  /** Council codes at the ends, for the endpoint dots (cells for groups). */
  endA: string;
  endB: string;
}

/** A dark edge on every link, so a link of any colour stands out at 3:1 from the land under it. */
export const CASING = 'rgba(23, 32, 42, 0.72)';
/** Opacity of the links behind a focused council (the whole canvas, so overlapping links do not darken). */
export const DIMMED_OPACITY = 0.2;
const STRIPE = 9;
const DASH = 4;
const GRID = 24;
const HIT_TOLERANCE = 5;
const ENDPOINT_RADIUS = 2.6;

function samplePoints(d: Drawable, step = 8): [number, number][] {
  const length = Math.hypot(d.x1 - d.x0, d.y1 - d.y0);
  const n = d.straight ? 1 : Math.max(2, Math.ceil(length / step));
  const points: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    points.push([u * u * d.x0 + 2 * u * t * d.cx + t * t * d.x1, u * u * d.y0 + 2 * u * t * d.cy + t * t * d.y1]);
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

/** L.Canvas's own methods that this layer wraps (Leaflet keeps them private, so they are not in its types). */
const leafletCanvas = L.Canvas.prototype as unknown as { _update(this: unknown): void; _reset(this: unknown): void };

export class LinkCanvas extends L.Canvas {
  private links: readonly Link[] = [];
  /** Each partnership's links, made when first needed (a focus or a hover), not on every change of links. */
  private linksByPartnership: Map<string, Link[]> | null = null;
  private dataVersion = 0;
  private cancelPrepare: () => void = () => {};
  private paint: LinkPaint = { highlighted: null, selected: null, hovered: null, hoveredGroup: null, colour: () => '#777777' };
  /** What the base bitmap holds: every link, or the groups; projected for the current view. */
  private base: Drawable[] = [];
  private grouped = false;
  private projectedFor = '';
  private pointCache = new Map<string, L.Point>();
  /** The lines on top of the base at the last draw, for hit-testing. */
  private overlay: Drawable[] = [];
  /** Hit-testing grids, built when the pointer first needs them: the base's per view, the overlay's per draw. */
  private baseGrid: { key: string; grid: Map<number, Drawable[]> } | null = null;
  private overlayGrid: Map<number, Drawable[]> | null = null;
  /** The view and links this canvas was last drawn for. */
  private drawnBase = '';
  private frame = 0;
  /** A move's or zoom's redraw waiting for the next frame (see _update). */
  private updateFrame = 0;
  /** Set while Leaflet resets the view after a jump, when the canvas must follow at once. */
  private resetting = false;
  private readonly onTop = new OverlayCanvas(() => this.planOverlay(), { pane: 'links', className: 'link-canvas', padding: 0.3 });
  /** How many groups are drawn, of how many, at the current zoom. */
  groupCounts = { shown: 0, total: 0 };
  /** The links' groups by whole zoom level (see model/linkGrouping.ts). */
  private readonly groupsByLevel = new LinkGroupsByLevel();
  /** Called after each draw, with the number of lines drawn, whether they are groups, and whether any links were given yet. */
  onDrawn: ((count: number, grouped: boolean, linksGiven: boolean) => void) | null = null;

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
    // Added after this canvas, in the same pane: over it.
    this.onTop.addTo(map);
    return this;
  }

  setLinks(links: readonly Link[]): void {
    if (links === this.links) return;
    this.links = links;
    this.linksByPartnership = null;
    this.groupsByLevel.setLinks(links);
    this.dataVersion++;
    this.requestDraw();
  }

  private linksOfPartnership(id: string): readonly Link[] {
    if (!this.linksByPartnership) {
      this.linksByPartnership = new Map();
      for (const link of this.links) {
        const list = this.linksByPartnership.get(link.partnership.id);
        if (list) list.push(link);
        else this.linksByPartnership.set(link.partnership.id, [link]);
      }
    }
    return this.linksByPartnership.get(id) ?? [];
  }

  setPaint(paint: LinkPaint): void {
    if (paint === this.paint) return;
    this.paint = paint;
    this.requestDraw();
  }

  /** Whether links are grouped at the current zoom. */
  isGrouped(): boolean {
    return this.grouped;
  }

  /**
   * Redraw at the next frame; several changes in one frame draw once. This
   * canvas is drawn again only if the view or the links changed; a focus
   * only fades it (in the same frame as the overlay draws, so both show
   * together); the overlay is drawn always.
   */
  private requestDraw(): void {
    if (this.frame || !this.internals._map) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.internals._ctx) return;
      // A redraw for a move waiting for its frame draws the base then.
      if (!this.updateFrame && this.viewKey() !== this.drawnBase) this.internals._redraw();
      this.fadeBase();
      this.onTop.redraw();
    });
  }

  /** Fade the base behind a focus: a change of style, with nothing drawn again. */
  private fadeBase(): void {
    const opacity = this.paint.highlighted ? String(DIMMED_OPACITY) : '';
    const style = this.internals._container.style;
    if (style.opacity !== opacity) style.opacity = opacity;
  }

  /** What the lines' layer points depend on: the zoom and the pixel origin (which a pan leaves alone), and the links. */
  private projectionKey(): string {
    const map = this.internals._map;
    const origin = map.getPixelOrigin();
    return `${origin.x}|${origin.y}|${map.getZoom()}|${this.dataVersion}`;
  }

  /** What the base bitmap depends on: the projection and the canvas's place. */
  private viewKey(): string {
    const bounds = this.internals._bounds;
    return `${bounds.min!.x}|${bounds.min!.y}|${bounds.max!.x}|${bounds.max!.y}|${this.projectionKey()}`;
  }

  override onRemove(map: L.Map): this {
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.updateFrame) cancelAnimationFrame(this.updateFrame);
    this.frame = 0;
    this.updateFrame = 0;
    this.cancelPrepare();
    this.onTop.remove();
    return super.onRemove(map);
  }

  /**
   * After a move or a zoom, Leaflet resizes, clears and redraws every canvas
   * in the task that ends the gesture, and Chromium rasterises all of them
   * before the next frame: with the shapes, more than a frame's time. This
   * canvas does its part in the frame after; until then it shows its last
   * drawing, placed and scaled for the new view as during the zoom (Leaflet
   * has already set its transform). A jump to another view (a reset) and
   * the first placement are done at once.
   */
  _update(): void {
    const first = !this.internals._bounds;
    if (first || this.resetting) {
      leafletCanvas._update.call(this);
      return;
    }
    if (this.updateFrame) return;
    this.updateFrame = requestAnimationFrame(() => {
      this.updateFrame = 0;
      if (this.internals._map) leafletCanvas._update.call(this);
    });
  }

  _reset(): void {
    this.resetting = true;
    try {
      leafletCanvas._reset.call(this);
    } finally {
      this.resetting = false;
    }
  }

  /** L.Canvas calls this after clearing, whenever the view moves or resizes, and on requestDraw: the lines not on top. */
  _draw(): void {
    const { _ctx: ctx, _bounds: bounds, _map: map } = this.internals;
    if (!ctx || !bounds || !map) return;
    const projection = this.projectionKey();
    if (projection !== this.projectedFor) this.projectBase(map.getZoom(), projection);
    this.renderBase(ctx, bounds);
    this.fadeBase();
    this.drawnBase = this.viewKey();
  }

  /**
   * The overlay: the focused council's links in full, then the open and
   * hovered ones, emphasised; and the box they fill. Drawing them also marks
   * the draw, for the tests and the benchmark.
   */
  private planOverlay(): OverlayPlan {
    const map = this.internals._map;
    // The overlay may draw before this canvas after a move (each renderer follows the map on its own).
    const projection = this.projectionKey();
    if (projection !== this.projectedFor) this.projectBase(map.getZoom(), projection);
    const { highlighted, selected, hovered, hoveredGroup } = this.paint;
    const onTop = new Set<string>();
    if (highlighted) for (const id of highlighted) onTop.add(id);
    const emphasised = new Set([selected, hovered].filter((id): id is string => id != null));
    const strong: Drawable[] = [];
    const extra: Drawable[] = [];
    for (const id of new Set([...onTop, ...emphasised])) {
      for (const link of this.linksOfPartnership(id)) {
        const d = this.projectLink(link, map);
        (emphasised.has(id) ? extra : strong).push(d);
      }
    }
    const groupOnTop = hoveredGroup ? this.base.filter((d) => d.hit.kind === 'group' && d.hit.group.key === hoveredGroup) : [];
    const all = [...strong, ...extra, ...groupOnTop];
    // A quadratic curve lies inside the triangle of its ends and control point.
    const corners = all.flatMap((d): L.PointTuple[] => [
      [d.x0, d.y0],
      [d.x1, d.y1],
      [d.cx, d.cy],
    ]);
    // Half the widest line with its casing and emphasis, the endpoint dots, and a pixel for antialiasing.
    const margin = Math.max(0, ...all.map((d) => d.width)) / 2 + 4 + ENDPOINT_RADIUS + 1;
    return {
      extent: all.length ? boxAround(corners, margin) : null,
      draw: (ctx) => {
        ctx.save();
        ctx.lineCap = 'butt';
        ctx.lineJoin = 'round';
        this.strokeBatch(ctx, strong, true, 0);
        this.strokeBatch(ctx, [...groupOnTop, ...extra], true, 2);
        if (highlighted) this.drawEndpoints(ctx, [...strong, ...extra]);
        ctx.restore();
        this.overlay = [...strong, ...extra];
        this.overlayGrid = null;

        // A mark per draw, so tools can time a click or a filter to the frame that shows it.
        const drawn = this.base.length + this.overlay.length;
        performance.clearMarks('links-drawn');
        performance.mark('links-drawn', { detail: { links: this.links.length, drawn, grouped: this.grouped } });
        this.onDrawn?.(drawn, this.grouped, this.dataVersion > 0);
      },
    };
  }


  private pointOf(code: string, lonLat: readonly [number, number], map: L.Map): L.Point {
    let p = this.pointCache.get(code);
    if (!p) {
      p = map.latLngToLayerPoint([lonLat[1], lonLat[0]]);
      this.pointCache.set(code, p);
    }
    return p;
  }

  private projectLink(link: Link, map: L.Map): Drawable {
    const a = this.pointOf(link.a, link.pointA, map);
    const b = this.pointOf(link.b, link.pointB, map);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    // Perpendicular to a→b, scaled by the bend; a fixed a<b order keeps bends consistent.
    return {
      hit: { kind: 'link', link },
      ids: [link.partnership.id],
      x0: a.x,
      y0: a.y,
      x1: b.x,
      y1: b.y,
      cx: (a.x + b.x) / 2 - dy * link.bend,
      cy: (a.y + b.y) / 2 + dx * link.bend,
      straight: link.bend === 0,
      width: link.width,
      dashed: link.unknownSavings,
      services: link.services,
      endA: link.a,
      endB: link.b,
    };
  }

  /**
   * Group for the other zoom levels that are drawn grouped while the browser
   * is idle, nearest first, so zooming (a wheel step may cross two levels)
   * finds them ready.
   */
  private prepareNeighbours(level: number): void {
    this.cancelPrepare();
    const wanted = levelsOutward(level, 0, GROUPING.maxZoom - 1).filter((next) => !this.groupsByLevel.has(next));
    const version = this.dataVersion;
    this.cancelPrepare = runWhenIdle(
      wanted.map((next) => () => {
        if (version === this.dataVersion && this.internals._map) this.groupsByLevel.at(next);
      }),
    );
  }

  /** Project what the base shows for this view: the links, or their groups at this zoom. */
  private projectBase(zoom: number, projection: string): void {
    const map = this.internals._map;
    this.pointCache = new Map();
    this.grouped = linksGrouped(this.links.length, zoom);
    if (!this.grouped) {
      this.base = this.links.map((link) => this.projectLink(link, map));
    } else {
      const level = Math.floor(zoom);
      const { groups, total } = this.groupsByLevel.at(level);
      this.groupCounts = { shown: groups.length, total };
      this.prepareNeighbours(level);
      const width = groupWidthScale(groups);
      this.base = groups.map((group) => {
        const a = map.latLngToLayerPoint([group.pointA[1], group.pointA[0]]);
        const b = map.latLngToLayerPoint([group.pointB[1], group.pointB[0]]);
        return {
          hit: { kind: 'group', group },
          ids: group.partnershipIds,
          x0: a.x,
          y0: a.y,
          x1: b.x,
          y1: b.y,
          cx: (a.x + b.x) / 2,
          cy: (a.y + b.y) / 2,
          straight: true,
          width: width(group.count),
          dashed: false,
          services: group.services,
          endA: group.key.split('|')[0]!,
          endB: group.key.split('|')[1]!,
        };
      });
    }
    this.projectedFor = projection;
  }

  /** Draw the base (all lines not on top), culling what lies outside the canvas. */
  private renderBase(ctx: CanvasRenderingContext2D, bounds: L.Bounds): void {
    ctx.save();
    ctx.lineCap = 'butt';
    ctx.lineJoin = 'round';
    const { min, max } = bounds as Required<L.Bounds>;
    const visible = this.base.filter((d) => {
      const reach = d.width;
      const left = Math.min(d.x0, d.x1, d.cx) - reach;
      const right = Math.max(d.x0, d.x1, d.cx) + reach;
      const top = Math.min(d.y0, d.y1, d.cy) - reach;
      const bottom = Math.max(d.y0, d.y1, d.cy) + reach;
      return right >= min.x && left <= max.x && bottom >= min.y && top <= max.y;
    });
    this.strokeBatch(ctx, visible, true, 0);
    this.drawEndpoints(ctx, visible);
    ctx.restore();
  }

  /**
   * Stroke lines grouped by style, widest first so narrow lines stay on top.
   * A line of several service areas is drawn in stripes of each colour; one
   * of unknown savings is thin and dashed.
   */
  private strokeBatch(ctx: CanvasRenderingContext2D, items: Drawable[], casing: boolean, extra: number): void {
    if (!items.length) return;
    const groups = new Map<string, Drawable[]>();
    for (const d of items) {
      const key = `${d.width.toFixed(1)}|${d.dashed ? 'd' : 's'}|${d.services.join(',')}`;
      const group = groups.get(key);
      if (group) group.push(d);
      else groups.set(key, [d]);
    }
    const ordered = [...groups.values()].sort((x, y) => y[0]!.width - x[0]!.width);
    for (const group of ordered) {
      const { width, dashed, services } = group[0]!;
      const gap = dashed ? DASH : 0;
      const dash = dashed ? DASH : STRIPE;
      const path = new Path2D();
      for (const d of group) {
        path.moveTo(d.x0, d.y0);
        if (d.straight) path.lineTo(d.x1, d.y1);
        else path.quadraticCurveTo(d.cx, d.cy, d.x1, d.y1);
      }
      if (casing) {
        ctx.strokeStyle = CASING;
        ctx.lineWidth = width + 2 + extra * 2;
        ctx.setLineDash(dashed ? [dash, gap] : []);
        ctx.lineDashOffset = 0;
        ctx.stroke(path);
      }
      ctx.lineWidth = width + extra;
      const k = services.length;
      services.forEach((service, i) => {
        ctx.strokeStyle = this.paint.colour(service);
        if (k === 1) {
          ctx.setLineDash(dashed ? [dash, gap] : []);
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

  private drawEndpoints(ctx: CanvasRenderingContext2D, items: Drawable[]): void {
    const seen = new Set<string>();
    const dots = new Path2D();
    for (const d of items) {
      for (const [end, x, y] of [
        [d.endA, d.x0, d.y0],
        [d.endB, d.x1, d.y1],
      ] as const) {
        if (seen.has(end)) continue;
        seen.add(end);
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

  private buildGrid(items: Drawable[]): Map<number, Drawable[]> {
    const grid = new Map<number, Drawable[]>();
    for (const d of items) {
      const points = samplePoints(d);
      const reach = d.width / 2 + HIT_TOLERANCE;
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
        if (list) list.push(d);
        else grid.set(cell, [d]);
      }
    }
    return grid;
  }

  /** The line under a point of the map's container: the lines on top first, then the base, nearest first. */
  hitTest(containerPoint: L.Point): LinkHit | null {
    const map = this.internals._map;
    if (!map) return null;
    const point = map.containerPointToLayerPoint(containerPoint);
    this.overlayGrid ??= this.buildGrid(this.overlay);
    const onTop = nearest(this.overlayGrid, point);
    // Behind a focused council the base is dimmed: only the lines on top answer the pointer.
    if (onTop || this.paint.highlighted) return onTop?.hit ?? null;
    if (this.baseGrid?.key !== this.projectedFor) this.baseGrid = { key: this.projectedFor, grid: this.buildGrid(this.base) };
    return nearest(this.baseGrid.grid, point)?.hit ?? null;
  }
}

function nearest(grid: Map<number, Drawable[]>, point: L.Point): Drawable | null {
  const candidates = grid.get(Math.floor(point.x / GRID) * 100_003 + Math.floor(point.y / GRID));
  if (!candidates) return null;
  let best: Drawable | null = null;
  let bestDistance = Infinity;
  for (const d of candidates) {
    const points = samplePoints(d, 4);
    let distance = Infinity;
    for (let i = 1; i < points.length; i++) {
      distance = Math.min(distance, distanceToSegment(point.x, point.y, points[i - 1]![0], points[i - 1]![1], points[i]![0], points[i]![1]));
    }
    if (distance <= d.width / 2 + HIT_TOLERANCE && distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}
