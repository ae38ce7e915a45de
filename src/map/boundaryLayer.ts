import L from 'leaflet';
import { mergeArcs, meshArcs } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { AppData } from '../data/indexes';
import { boundaryGeometries, shapeInYear, type BoundaryGeometry, type BoundaryProperties } from '../shared/boundaries';
import type { Year } from '../shared/types';
import { boxAround, OverlayCanvas, type CanvasInternals, type OverlayPlan } from './overlayCanvas';
import {
  arcBox,
  arcsAtLevel,
  bordersByCell,
  boxesMeet,
  DETAIL_LEVELS,
  detailLevel,
  emptyBox,
  extendBox,
  traceLines,
  traceRings,
  worldArcs,
  type BorderCell,
  type WorldArcs,
  type WorldBox,
} from './arcDetail';
import { levelsOutward, runWhenIdle } from './idleWork';

// Council shapes for one year at a time: lower-tier and unitary councils
// filled, the borders of counties and unitaries drawn over them.
//
// The arcs are projected once, when the data arrives, to world pixels at
// zoom 0; each shape is kept as a Path2D per level of detail (arcDetail.ts),
// made when a zoom first needs it; drawing at any zoom is then a canvas
// transform, with no projecting or clipping in JavaScript. (Leaflet's own
// vector layers project and clip every point of every shape again after
// each zoom, which was most of the frame that ends a zoom.) This extends
// L.Canvas for sizing, padding, retina and the zoom animation, as the link
// layer does. The pointer goes to the map underneath: hitTest says which
// shape is under a point.
//
// Two canvases: this one holds every shape plainly and is drawn only when
// the view or the year changes; an OverlayCanvas over it holds the focused,
// partner and hovered shapes, so a click or a hover redraws only that.

export interface BoundaryPaint {
  /** Council codes whose area is focused (a district, or a county's districts). */
  focused: ReadonlySet<string>;
  /** Councils in the focused council's partnerships. */
  partners: ReadonlySet<string>;
  hovered: string | null;
}

export const BOUNDARY_COLOURS = {
  fill: '#f3f2ee',
  stroke: '#767f88',
  partnerFill: '#f9dc8c',
  focusFill: '#f0b429',
  focusStroke: '#1b1f24',
  hoverStroke: '#1b1f24',
  upperTier: '#47515c',
} as const;

const STROKE_WIDTH = 0.6;
const FOCUS_STROKE_WIDTH = 2;
const UPPER_TIER_WIDTH = 1;

interface Shape {
  /** Its place in the layer's list, and in each level's list of paths. */
  index: number;
  properties: BoundaryProperties;
  /** Its rings, as references to the topology's arcs. */
  rings: number[][];
  /** Its box in world pixels at zoom 0. */
  box: WorldBox;
  bounds: L.LatLngBounds;
}

const NOTHING_HIGHLIGHTED: OverlayPlan = { extent: null, draw: () => {} };

/** The pane of the highlight canvas: over the plain shapes, under the links. */
const HIGHLIGHT_PANE = 'boundary-highlight';

/** A box of layer pixels in world pixels at zoom 0. */
function worldBox(bounds: L.Bounds, scale: number, origin: L.Point): WorldBox {
  return [(bounds.min!.x + origin.x) / scale, (bounds.min!.y + origin.y) / scale, (bounds.max!.x + origin.x) / scale, (bounds.max!.y + origin.y) / scale];
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

/** World pixels at zoom 0 of a longitude and latitude. */
function worldPoint(lon: number, lat: number): [number, number] {
  const p = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), 0);
  return [p.x, p.y];
}

/**
 * Cells of the grid the year's borders are split into, in world pixels at
 * zoom 0: about 20 screen pixels at the UK-wide zoom, 2,000 at a street's.
 */
const BORDER_CELL = 0.5;

/**
 * Up to this level of detail (zoomed out, the whole country in view) the
 * plain shapes are filled as one: the land, the year's shapes merged, with
 * only the coast for edges. Filling each council's shape rasterises every
 * inner border twice, and that was most of the work of the frame that ends
 * a zoom. Zoomed in, each shape in view is filled, so the rest of the
 * coast is not traced.
 */
const LAND_FILL_MAX_LEVEL = 8;

/** The year's borders, split into cells (see bordersByCell), and its land. */
interface YearBorders {
  /** Every border of the year's shapes, each once. */
  outlines: BorderCell[];
  /** Borders between counties and unitary councils. */
  upperTier: BorderCell[];
  /** The rings of the year's shapes merged into one area. */
  land: number[][];
}

/** The year's borders as paths at one level of detail, one per cell (in the order of YearBorders), and its land at the levels filled as one. */
interface YearPaths {
  outlines: Path2D[];
  upperTier: Path2D[];
  land: Path2D | null;
}

export class BoundaryLayer extends L.Canvas {
  private readonly shapes: Shape[] = [];
  /** The topology's arcs in world pixels at zoom 0, in full detail. */
  private readonly arcs: WorldArcs;
  /** The arcs thinned for each level of detail, shared by the shapes and the year's borders. */
  private readonly arcsByLevel = new Map<number, WorldArcs>();
  /** Each shape's path, by level of detail (in the order of `shapes`). */
  private readonly pathsByLevel = new Map<number, Path2D[]>();
  /** The year's borders by level of detail, for the current year. */
  private yearPathsByLevel = new Map<number, YearPaths>();
  /** The year's borders as arc references, for the current year. */
  private yearBorders: YearBorders = { outlines: [], upperTier: [], land: [] };
  /** Each arc's box, in world pixels at zoom 0. */
  private readonly arcBoxes: WorldBox[];
  /** Shapes of the current year. */
  private visible: Shape[] = [];
  private year: Year | null = null;
  private paint: BoundaryPaint = { focused: new Set(), partners: new Set(), hovered: null };
  private frame = 0;
  private cancelPrepare: () => void = () => {};
  private readonly highlight = new OverlayCanvas((bounds, map) => this.planHighlight(bounds, map), { pane: HIGHLIGHT_PANE, className: 'boundary-canvas', padding: 0.3 });
  private readonly hitContext: CanvasRenderingContext2D | null;

  constructor(
    private readonly data: Pick<AppData, 'topology' | 'councilByCode'>,
    /** Over a basemap the fills are translucent, so the tiles show through. */
    private readonly fillOpacity = 1,
  ) {
    super({ padding: 0.3 });
    const topology = data.topology as Topology;
    this.arcs = worldArcs(topology, worldPoint);
    this.arcBoxes = this.arcs.map(arcBox);
    for (const geometry of boundaryGeometries(topology, 'ltla')) {
      const rings = geometry.type === 'Polygon' ? geometry.arcs : geometry.arcs.flat();
      const box = emptyBox();
      for (const reference of rings.flat()) extendBox(box, this.arcBoxes[reference < 0 ? ~reference : reference]!);
      const corner = (x: number, y: number) => L.CRS.EPSG3857.pointToLatLng(L.point(x, y), 0);
      this.shapes.push({ index: this.shapes.length, properties: geometry.properties, rings, box, bounds: L.latLngBounds(corner(box[0], box[3]), corner(box[2], box[1])) });
    }
    this.hitContext = document.createElement('canvas').getContext('2d');
  }

  private arcsAt(level: number): WorldArcs {
    let arcs = this.arcsByLevel.get(level);
    if (!arcs) {
      arcs = arcsAtLevel(this.arcs, level);
      this.arcsByLevel.set(level, arcs);
    }
    return arcs;
  }

  /** Each shape's path at a level of detail, made the first time it is asked for. */
  private pathsAt(level: number): Path2D[] {
    let paths = this.pathsByLevel.get(level);
    if (!paths) {
      const arcs = this.arcsAt(level);
      paths = this.shapes.map((shape) => {
        const path = new Path2D();
        traceRings(path, arcs, shape.rings);
        return path;
      });
      this.pathsByLevel.set(level, paths);
    }
    return paths;
  }

  /** The current year's borders at a level of detail. */
  private yearPathsAt(level: number): YearPaths {
    let paths = this.yearPathsByLevel.get(level);
    if (!paths) {
      const arcs = this.arcsAt(level);
      const trace = (cell: BorderCell) => {
        const path = new Path2D();
        traceLines(path, arcs, cell.chains);
        return path;
      };
      // Filled only, and a fill closes each ring itself: without closePath, which in Chromium
      // takes longer the longer the path already is (tens of milliseconds over the land's rings).
      let land: Path2D | null = null;
      if (level <= LAND_FILL_MAX_LEVEL) {
        land = new Path2D();
        traceLines(land, arcs, this.yearBorders.land);
      }
      paths = { outlines: this.yearBorders.outlines.map(trace), upperTier: this.yearBorders.upperTier.map(trace), land };
      this.yearPathsByLevel.set(level, paths);
    }
    return paths;
  }

  /**
   * Make the paths of the other levels while the browser is idle, nearest
   * first, so a zoom (a wheel step may cross two levels) finds them ready.
   */
  private prepareNeighbours(level: number): void {
    this.cancelPrepare();
    const wanted = levelsOutward(level, DETAIL_LEVELS.min, DETAIL_LEVELS.max).filter((next) => !(this.pathsByLevel.has(next) && this.yearPathsByLevel.has(next)));
    this.cancelPrepare = runWhenIdle(wanted.flatMap((next) => [() => this.pathsAt(next), () => this.yearPathsAt(next)]));
  }

  private get internals(): CanvasInternals {
    return this as unknown as CanvasInternals;
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    // The map underneath takes the pointer; hitTest answers which shape is there.
    this.internals._container.classList.add('boundary-canvas');
    if (!map.getPane(HIGHLIGHT_PANE)) map.createPane(HIGHLIGHT_PANE).classList.add('boundary-highlight-pane');
    this.highlight.addTo(map);
    return this;
  }

  override onRemove(map: L.Map): this {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.cancelPrepare();
    this.frame = 0;
    this.highlight.remove();
    return super.onRemove(map);
  }

  private requestDraw(): void {
    if (this.frame || !this.internals._map) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.internals._ctx) this.internals._redraw();
    });
  }

  /** Show the shapes of a boundary year. */
  setYear(year: Year): void {
    if (year === this.year) return;
    this.year = year;
    this.visible = this.shapes.filter((shape) => shapeInYear(shape.properties, year));
    const topology = this.data.topology as Topology;
    const inYear = (g: BoundaryGeometry) => shapeInYear(g.properties, year);
    const lower = boundaryGeometries(topology, 'ltla').filter(inYear);
    const counties = boundaryGeometries(topology, 'cty').filter(inYear);
    const unitaries = lower.filter((g) => this.data.councilByCode.get(g.properties.c)?.tier !== 'lower');
    const boxOf = (arc: number) => this.arcBoxes[arc]!;
    this.yearBorders = {
      outlines: bordersByCell(meshArcs(topology, { type: 'GeometryCollection', geometries: lower }).arcs, boxOf, BORDER_CELL),
      // Between upper-tier areas only, not along the coast.
      upperTier: bordersByCell(meshArcs(topology, { type: 'GeometryCollection', geometries: [...counties, ...unitaries] }, (a, b) => a !== b).arcs, boxOf, BORDER_CELL),
      land: mergeArcs(topology, lower).arcs.flat(),
    };
    this.yearPathsByLevel = new Map();
    this.requestDraw();
    this.highlight.requestDraw();
  }

  setPaint(paint: BoundaryPaint): void {
    // A filter change makes a new paint with the same content: no redraw for that.
    const same = paint.hovered === this.paint.hovered && sameSet(paint.focused, this.paint.focused) && sameSet(paint.partners, this.paint.partners);
    this.paint = paint;
    if (!same) this.highlight.requestDraw();
  }

  /** L.Canvas calls this after clearing, whenever the view moves or resizes, and on a change of year: every shape, plainly. */
  _draw(): void {
    const { _ctx: ctx, _bounds: bounds, _map: map } = this.internals;
    if (!ctx || !bounds || !map) return;
    const scale = map.getZoomScale(map.getZoom(), 0);
    const origin = map.getPixelOrigin();
    const level = detailLevel(map.getZoom());
    const area = worldBox(bounds, scale, origin);
    this.drawShapes(ctx, scale, origin, level, area, this.visibleIn(area), null);
    this.prepareNeighbours(level);
  }

  /** The highlight canvas: the focused, partner and hovered shapes in the view, and the box they fill. */
  private planHighlight(bounds: L.Bounds, map: L.Map): OverlayPlan {
    const { focused, partners, hovered } = this.paint;
    if (!focused.size && !partners.size && hovered == null) return NOTHING_HIGHLIGHTED;
    const scale = map.getZoomScale(map.getZoom(), 0);
    const origin = map.getPixelOrigin();
    const changed = this.visibleIn(worldBox(bounds, scale, origin)).filter((shape) => {
      const code = shape.properties.c;
      return focused.has(code) || partners.has(code) || hovered === code;
    });
    if (!changed.length) return NOTHING_HIGHLIGHTED;
    // Each shape's box corners, from world pixels at zoom 0 to layer pixels.
    const corners = changed.flatMap(({ box: [x0, y0, x1, y1] }): L.PointTuple[] => [
      [x0 * scale - origin.x, y0 * scale - origin.y],
      [x1 * scale - origin.x, y1 * scale - origin.y],
    ]);
    // Half the focus outline each side, and a pixel for antialiasing.
    const extent = boxAround(corners, FOCUS_STROKE_WIDTH / 2 + 1);
    return {
      extent,
      draw: (ctx) => this.drawShapes(ctx, scale, origin, detailLevel(map.getZoom()), worldBox(extent, scale, origin), changed, this.paint),
    };
  }

  /** The year's shapes that meet a box. */
  private visibleIn(area: WorldBox): Shape[] {
    return this.visible.filter((shape) => boxesMeet(shape.box, area));
  }

  /**
   * Fill and outline shapes. Without paint: every shape plainly (zoomed
   * out, the land as one), with all outlines and the upper-tier borders. With paint: the given shapes in
   * their focus, partner or hover style, and the borders again over them.
   * Borders are stroked only where they meet `area`, the part drawn.
   */
  private drawShapes(ctx: CanvasRenderingContext2D, scale: number, origin: L.Point, level: number, area: WorldBox, shapes: Shape[], paint: BoundaryPaint | null): void {
    const paths = this.pathsAt(level);
    const year = this.yearPathsAt(level);
    const strokeBorders = (cells: readonly BorderCell[], cellPaths: readonly Path2D[]) =>
      cells.forEach((cell, i) => {
        if (boxesMeet(cell.box, area)) ctx.stroke(cellPaths[i]!);
      });
    ctx.save();
    // From world pixels at zoom 0 to the layer points the canvas is set up for.
    ctx.transform(scale, 0, 0, scale, -origin.x, -origin.y);
    ctx.lineJoin = 'round';
    // Where a border is cut between cells, round ends join the pieces.
    ctx.lineCap = 'round';
    const emphasised: Shape[] = [];
    const asLand = !paint && year.land != null;
    if (asLand) {
      ctx.fillStyle = BOUNDARY_COLOURS.fill;
      ctx.globalAlpha = this.fillOpacity;
      ctx.fill(year.land!, 'evenodd');
    }
    for (const shape of asLand ? [] : shapes) {
      const code = shape.properties.c;
      const isFocused = paint?.focused.has(code) ?? false;
      const isPartner = paint?.partners.has(code) ?? false;
      ctx.fillStyle = isFocused ? BOUNDARY_COLOURS.focusFill : isPartner ? BOUNDARY_COLOURS.partnerFill : BOUNDARY_COLOURS.fill;
      ctx.globalAlpha = isFocused || isPartner ? Math.max(0.6, this.fillOpacity) : this.fillOpacity;
      ctx.fill(paths[shape.index]!, 'evenodd');
      if (isFocused || paint?.hovered === code) emphasised.push(shape);
    }
    ctx.globalAlpha = 1;
    ctx.strokeStyle = BOUNDARY_COLOURS.stroke;
    ctx.lineWidth = STROKE_WIDTH / scale;
    if (paint) for (const shape of shapes) ctx.stroke(paths[shape.index]!);
    else strokeBorders(this.yearBorders.outlines, year.outlines);
    ctx.strokeStyle = BOUNDARY_COLOURS.upperTier;
    ctx.lineWidth = UPPER_TIER_WIDTH / scale;
    strokeBorders(this.yearBorders.upperTier, year.upperTier);
    ctx.strokeStyle = BOUNDARY_COLOURS.focusStroke;
    ctx.lineWidth = FOCUS_STROKE_WIDTH / scale;
    for (const shape of emphasised) ctx.stroke(paths[shape.index]!);
    ctx.restore();
  }

  /** The council whose shape is under a point of the map's container, in the current year. */
  hitTest(containerPoint: L.Point): string | null {
    const map = this.internals._map;
    if (!map || !this.hitContext) return null;
    const scale = map.getZoomScale(map.getZoom(), 0);
    const world = map.containerPointToLayerPoint(containerPoint).add(map.getPixelOrigin()).divideBy(scale);
    const paths = this.pathsAt(detailLevel(map.getZoom()));
    for (const shape of this.visible) {
      const [x0, y0, x1, y1] = shape.box;
      if (world.x < x0 || world.x > x1 || world.y < y0 || world.y > y1) continue;
      if (this.hitContext.isPointInPath(paths[shape.index]!, world.x, world.y, 'evenodd')) return shape.properties.c;
    }
    return null;
  }

  /** Bounds of the given shapes (a council's drawn area) in the current year, if any is drawn. */
  boundsOf(codes: readonly string[]): L.LatLngBounds | null {
    const wanted = new Set(codes);
    let bounds: L.LatLngBounds | null = null;
    for (const shape of this.visible) {
      if (!wanted.has(shape.properties.c)) continue;
      bounds = bounds ? bounds.extend(shape.bounds) : L.latLngBounds(shape.bounds.getSouthWest(), shape.bounds.getNorthEast());
    }
    return bounds;
  }
}
