import L from 'leaflet';
import type { Topology } from 'topojson-specification';
import type { AppData } from '../data/indexes';
import { councilTiersInYear } from '../model/councilTiers';
import { shapeInYear } from '../shared/boundaries';
import type { Year } from '../shared/types';
import { boxesMeet, DETAIL_LEVELS, detailLevel, type WorldBox } from './arcDetail';
import { drawShapes, FOCUS_STROKE_WIDTH, worldBox, type BoundaryFills, type BoundaryPaint } from './boundaryDrawing';
import { BoundaryPaths, boxBounds, type Shape } from './boundaryPaths';
import { FrameBatchedCanvas } from './frameBatchedCanvas';
import { levelsOutward, runWhenIdle } from './idleWork';
import type { CanvasView } from './leafletCanvas';
import { boxAround, OverlayCanvas, type OverlayPlan } from './overlayCanvas';

export type { BoundaryFills, BoundaryPaint } from './boundaryDrawing';

// Council shapes for one year at a time: lower-tier and unitary councils
// filled, the borders of counties and unitaries drawn over them (which
// shapes are which tier: model/councilTiers.ts; the paths:
// boundaryPaths.ts; the drawing: boundaryDrawing.ts). Leaflet's own vector
// layers project and clip every point of every shape again after each
// zoom, which was most of the frame that ends a zoom; this layer draws
// prepared paths through a canvas transform. The pointer goes to the map
// underneath: hitTest says which shape is under a point.
//
// Two canvases: this one holds every shape plainly and is drawn only when
// the view or the year changes; an OverlayCanvas over it holds the focused,
// partner and hovered shapes, so a click or a hover redraws only that.

const NONE: ReadonlySet<string> = new Set();
const NOTHING_HIGHLIGHTED: OverlayPlan = { extent: null, draw: () => {} };

/** The pane of the highlight canvas: over the plain shapes, under the links. */
const HIGHLIGHT_PANE = 'boundary-highlight';

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

/** Layer pixels per world pixel at zoom 0, and the pixel origin, of the map's view. */
function viewTransform(map: L.Map): { scale: number; origin: L.Point } {
  return { scale: map.getZoomScale(map.getZoom(), 0), origin: map.getPixelOrigin() };
}

export class BoundaryLayer extends FrameBatchedCanvas {
  private readonly paths: BoundaryPaths;
  /** Shapes of the current year. */
  private visible: Shape[] = [];
  private year: Year | null = null;
  private paint: BoundaryPaint = { focused: new Set(), partners: new Set(), hovered: null };
  private fills: BoundaryFills = null;
  private cancelPrepare: () => void = () => {};
  private readonly highlight = new OverlayCanvas((bounds, map) => this.planHighlight(bounds, map), { pane: HIGHLIGHT_PANE, className: 'boundary-canvas', padding: 0.3 });
  private readonly hitContext: CanvasRenderingContext2D | null;

  constructor(
    private readonly data: Pick<AppData, 'topology' | 'councilByCode'>,
    /** Over a basemap the fills are translucent, so the tiles show through. */
    private readonly fillOpacity = 1,
  ) {
    super({ padding: 0.3 });
    this.paths = new BoundaryPaths(data.topology as Topology);
    this.hitContext = document.createElement('canvas').getContext('2d');
  }

  /**
   * Make the paths while the browser is idle: first the shapes of the level
   * drawn (zoomed out, the draw needs only the land and the borders; the
   * pointer and the highlights need each shape), then the other levels,
   * nearest first, so a zoom (a wheel step may cross two levels) finds them
   * ready.
   */
  private prepareNeighbours(level: number): void {
    this.cancelPrepare();
    // Two levels each way (a zoom ends nearer, and prepares around where it ends): the far levels are the most detailed, the most work and the least needed.
    const wanted = [level, ...levelsOutward(level, Math.max(DETAIL_LEVELS.min, level - 2), Math.min(DETAIL_LEVELS.max, level + 2))].filter((next) => !this.paths.readyAt(next));
    this.cancelPrepare = runWhenIdle(wanted.flatMap((next) => [...this.paths.pathStepsAt(next), () => this.paths.yearPathsAt(next)]));
  }

  /** Make the year's land and borders at the level a zoom draws (a step of the first view of its own, before the first draw). */
  prepareDraw(zoom: number): void {
    this.paths.yearPathsAt(detailLevel(zoom));
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    // The map underneath takes the pointer; hitTest answers which shape is there.
    this.canvasElement!.classList.add('boundary-canvas');
    if (!map.getPane(HIGHLIGHT_PANE)) map.createPane(HIGHLIGHT_PANE).classList.add('boundary-highlight-pane');
    this.highlight.addTo(map);
    return this;
  }

  override onRemove(map: L.Map): this {
    this.cancelPrepare();
    this.highlight.remove();
    return super.onRemove(map);
  }

  protected drawFrame(): void {
    if (this.view) this.redrawView();
  }

  /** Show the shapes of a boundary year. */
  setYear(year: Year): void {
    for (const step of this.setYearSteps(year)) step();
  }

  /** setYear in steps, for the first view (see BoundaryPaths.setYearSteps); none when the year is shown already. */
  setYearSteps(year: Year): (() => void)[] {
    if (year === this.year) return [];
    const steps = this.paths.setYearSteps(councilTiersInYear(this.data.topology as Topology, year, this.data));
    const last = steps.pop()!;
    return [
      ...steps,
      () => {
        last();
        this.year = year;
        this.visible = this.paths.shapes.filter((shape) => shapeInYear(shape.properties, year));
        this.requestDraw();
        this.highlight.requestDraw();
      },
    ];
  }

  setPaint(paint: BoundaryPaint): void {
    // A filter change makes a new paint with the same content: no redraw for that.
    const sameTint = (paint.tint?.colour ?? '') === (this.paint.tint?.colour ?? '') && sameSet(paint.tint?.codes ?? NONE, this.paint.tint?.codes ?? NONE);
    const same = sameTint && paint.hovered === this.paint.hovered && sameSet(paint.focused, this.paint.focused) && sameSet(paint.partners, this.paint.partners);
    this.paint = paint;
    if (!same) this.highlight.requestDraw();
  }

  /** Colour each shape (the areas map), or null for the plain land colour; both canvases are drawn again. */
  setFills(fills: BoundaryFills): void {
    if (fills === this.fills) return;
    this.fills = fills;
    this.requestDraw();
    this.highlight.requestDraw();
  }

  /** After Leaflet clears this canvas (a move, a resize, a change of year): every shape, plainly. */
  protected drawView({ ctx, bounds, map }: CanvasView): void {
    const { scale, origin } = viewTransform(map);
    const level = detailLevel(map.getZoom());
    const area = worldBox(bounds, scale, origin);
    drawShapes(ctx, { paths: this.paths, level, scale, origin, area, shapes: this.visibleIn(area), paint: null, fillOpacity: this.fillOpacity, fills: this.fills });
    this.prepareNeighbours(level);
  }

  /** The highlight canvas: the focused, partner and hovered shapes in the view, and the box they fill. */
  private planHighlight(bounds: L.Bounds, map: L.Map): OverlayPlan {
    const { focused, partners, hovered } = this.paint;
    const tinted = this.paint.tint?.codes ?? NONE;
    if (!focused.size && !partners.size && !tinted.size && hovered == null) return NOTHING_HIGHLIGHTED;
    const { scale, origin } = viewTransform(map);
    const changed = this.visibleIn(worldBox(bounds, scale, origin)).filter((shape) => {
      const code = shape.properties.c;
      return focused.has(code) || partners.has(code) || tinted.has(code) || hovered === code;
    });
    if (!changed.length) return NOTHING_HIGHLIGHTED;
    // Each shape's box corners, from world pixels at zoom 0 to layer pixels.
    const corners = changed.flatMap(({ box: [x0, y0, x1, y1] }): L.PointTuple[] => [
      [x0 * scale - origin.x, y0 * scale - origin.y],
      [x1 * scale - origin.x, y1 * scale - origin.y],
    ]);
    // Half the focus outline each side, and a pixel for antialiasing.
    const extent = boxAround(corners, FOCUS_STROKE_WIDTH / 2 + 1);
    const level = detailLevel(map.getZoom());
    const area = worldBox(extent, scale, origin);
    return {
      extent,
      draw: (ctx) => drawShapes(ctx, { paths: this.paths, level, scale, origin, area, shapes: changed, paint: this.paint, fillOpacity: this.fillOpacity, fills: this.fills }),
    };
  }

  /** The year's shapes that meet a box. */
  private visibleIn(area: WorldBox): Shape[] {
    return this.visible.filter((shape) => boxesMeet(shape.box, area));
  }

  /** The council whose shape is under a point of the map's container, in the current year. */
  hitTest(containerPoint: L.Point): string | null {
    const map = this.currentMap;
    if (!map || !this.hitContext) return null;
    const { scale, origin } = viewTransform(map);
    const world = map.containerPointToLayerPoint(containerPoint).add(origin).divideBy(scale);
    const level = detailLevel(map.getZoom());
    for (const shape of this.visible) {
      const [x0, y0, x1, y1] = shape.box;
      if (world.x < x0 || world.x > x1 || world.y < y0 || world.y > y1) continue;
      if (this.hitContext.isPointInPath(this.paths.pathOf(level, shape.index), world.x, world.y, 'evenodd')) return shape.properties.c;
    }
    return null;
  }

  /** Bounds of the given shapes (a council's drawn area) in the current year, if any is drawn. */
  boundsOf(codes: readonly string[]): L.LatLngBounds | null {
    const wanted = new Set(codes);
    let bounds: L.LatLngBounds | null = null;
    for (const shape of this.visible) {
      if (!wanted.has(shape.properties.c)) continue;
      const own = boxBounds(shape.box);
      bounds = bounds ? bounds.extend(own) : own;
    }
    return bounds;
  }
}
