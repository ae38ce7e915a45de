import L from 'leaflet';
import { mergeArcs, meshArcs } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { CouncilTiers } from '../model/councilTiers';
import { boundaryGeometries, type BoundaryProperties } from '../shared/boundaries';
import { arcBox, arcsAtLevel, bordersByCell, emptyBox, extendBox, traceLines, traceRings, worldArcs, type BorderCell, type WorldArcs, type WorldBox } from './arcDetail';

// The council shapes as canvas paths. The arcs are projected once, when the
// data arrives, to world pixels at zoom 0; each shape is kept as a Path2D
// per level of detail (arcDetail.ts), made when a zoom first needs it;
// drawing at any zoom is then a canvas transform, with no projecting or
// clipping in JavaScript. The borders of the year shown are kept as paths
// too, split into cells so a drawing strokes only the cells it shows.

/** A council's shape, as the topology gives it. */
export interface Shape {
  /** Its place in the list of shapes, and in each level's list of paths. */
  index: number;
  properties: BoundaryProperties;
  /** Its rings, as references to the topology's arcs. */
  rings: number[][];
  /** Its box in world pixels at zoom 0. */
  box: WorldBox;
}

/** The year's borders, split into cells (see bordersByCell), and its land. */
export interface YearBorders {
  /** Every border of the year's shapes, each once. */
  outlines: BorderCell[];
  /** Borders between counties and unitary councils. */
  upperTier: BorderCell[];
  /** The rings of the year's shapes merged into one area. */
  land: number[][];
}

/** The year's borders as paths at one level of detail, one per cell (in the order of YearBorders), and its land at the levels filled as one. */
export interface YearPaths {
  outlines: Path2D[];
  upperTier: Path2D[];
  land: Path2D | null;
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
export const LAND_FILL_MAX_LEVEL = 8;

/** World pixels at zoom 0 of a longitude and latitude. */
function worldPoint(lon: number, lat: number): [number, number] {
  const p = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), 0);
  return [p.x, p.y];
}

/** The bounds of a box in world pixels at zoom 0. */
export function boxBounds([x0, y0, x1, y1]: WorldBox): L.LatLngBounds {
  const corner = (x: number, y: number) => L.CRS.EPSG3857.pointToLatLng(L.point(x, y), 0);
  return L.latLngBounds(corner(x0, y1), corner(x1, y0));
}

export class BoundaryPaths {
  readonly shapes: Shape[] = [];
  /** The topology's arcs in world pixels at zoom 0, in full detail. */
  private readonly arcs: WorldArcs;
  /** Each arc's box, in world pixels at zoom 0. */
  private readonly arcBoxes: WorldBox[];
  /** The arcs thinned for each level of detail, shared by the shapes and the year's borders. */
  private readonly arcsByLevel = new Map<number, WorldArcs>();
  /** Each shape's path, by level of detail (in the order of `shapes`). */
  private readonly pathsByLevel = new Map<number, Path2D[]>();
  /** Levels whose paths are being made a slice at a time (pathStepsAt), and the paths made so far. */
  private readonly partialPaths = new Map<number, Path2D[]>();
  /** Shapes' paths traced one by one (pathOf), by level, until the level's list is made. */
  private readonly loosePaths = new Map<number, Map<number, Path2D>>();
  /** The year's borders as arc references, and as paths by level of detail. */
  private borders: YearBorders = { outlines: [], upperTier: [], land: [] };
  private yearPathsByLevel = new Map<number, YearPaths>();

  constructor(private readonly topology: Topology) {
    this.arcs = worldArcs(topology, worldPoint);
    this.arcBoxes = this.arcs.map(arcBox);
    for (const geometry of boundaryGeometries(topology, 'ltla')) {
      const rings = geometry.type === 'Polygon' ? geometry.arcs : geometry.arcs.flat();
      const box = emptyBox();
      for (const reference of rings.flat()) extendBox(box, this.arcBoxes[reference < 0 ? ~reference : reference]!);
      this.shapes.push({ index: this.shapes.length, properties: geometry.properties, rings, box });
    }
  }

  /** The year's borders: those of the shapes filled, and those between upper-tier areas. */
  get yearBorders(): YearBorders {
    return this.borders;
  }

  /** Take the borders of a year's shapes, by tier. */
  setYear(tiers: CouncilTiers): void {
    for (const step of this.setYearSteps(tiers)) step();
  }

  /**
   * setYear as three steps (the borders, those between upper-tier areas, the
   * land), each a task of its own in the first view: together they are a
   * long one on a slow phone. The year's borders change at the last step.
   */
  setYearSteps(tiers: CouncilTiers): (() => void)[] {
    const boxOf = (arc: number) => this.arcBoxes[arc]!;
    const collection = (geometries: CouncilTiers['filled']) => ({ type: 'GeometryCollection' as const, geometries });
    const next: Partial<YearBorders> = {};
    return [
      () => (next.outlines = bordersByCell(meshArcs(this.topology, collection(tiers.filled)).arcs, boxOf, BORDER_CELL)),
      // Between upper-tier areas only, not along the coast.
      () => (next.upperTier = bordersByCell(meshArcs(this.topology, collection(tiers.upperTier), (a, b) => a !== b).arcs, boxOf, BORDER_CELL)),
      () => {
        this.borders = { outlines: next.outlines!, upperTier: next.upperTier!, land: mergeArcs(this.topology, tiers.filled).arcs.flat() };
        this.yearPathsByLevel = new Map();
      },
    ];
  }

  /** Whether the paths of a level are made already. */
  readyAt(level: number): boolean {
    return this.pathsByLevel.has(level) && this.yearPathsByLevel.has(level);
  }

  private arcsAt(level: number): WorldArcs {
    let arcs = this.arcsByLevel.get(level);
    if (!arcs) {
      arcs = arcsAtLevel(this.arcs, level);
      this.arcsByLevel.set(level, arcs);
    }
    return arcs;
  }

  /** Each shape's path at a level of detail, made the first time it is asked for (finishing what pathStepsAt began). */
  pathsAt(level: number): Path2D[] {
    return this.pathsByLevel.get(level) ?? this.tracePaths(level, this.shapes.length)!;
  }

  /**
   * One shape's path at a level: from the level's list where it is made,
   * else traced alone (a focused council's shape, before the whole level's
   * list is made while the browser is idle), and kept until the list is.
   */
  pathOf(level: number, index: number): Path2D {
    const listed = this.pathsByLevel.get(level)?.[index] ?? this.partialPaths.get(level)?.[index];
    if (listed) return listed;
    let loose = this.loosePaths.get(level);
    if (!loose) this.loosePaths.set(level, (loose = new Map()));
    let path = loose.get(index);
    if (!path) {
      path = new Path2D();
      traceRings(path, this.arcsAt(level), this.shapes[index]!.rings);
      loose.set(index, path);
    }
    return path;
  }

  /**
   * A level's paths as steps of `slice` shapes each, for idle work: each
   * step is a few milliseconds, where the whole level is tens (a task that
   * long delays an input, and counts as blocking time).
   */
  pathStepsAt(level: number, slice = 10): (() => void)[] {
    if (this.pathsByLevel.has(level)) return [];
    const steps: (() => void)[] = [];
    for (let to = slice; to < this.shapes.length + slice; to += slice) steps.push(() => this.tracePaths(level, to));
    return steps;
  }

  /** Trace the level's paths up to shape `to` (from where the last call stopped); the whole list once done. */
  private tracePaths(level: number, to: number): Path2D[] | null {
    const done = this.pathsByLevel.get(level);
    if (done) return done;
    const paths = this.partialPaths.get(level) ?? [];
    this.partialPaths.set(level, paths);
    const arcs = this.arcsAt(level);
    for (let i = paths.length; i < Math.min(to, this.shapes.length); i++) {
      const path = new Path2D();
      traceRings(path, arcs, this.shapes[i]!.rings);
      paths.push(path);
    }
    if (paths.length < this.shapes.length) return null;
    this.partialPaths.delete(level);
    this.loosePaths.delete(level);
    this.pathsByLevel.set(level, paths);
    return paths;
  }

  /** The current year's borders at a level of detail. */
  yearPathsAt(level: number): YearPaths {
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
        traceLines(land, arcs, this.borders.land);
      }
      paths = { outlines: this.borders.outlines.map(trace), upperTier: this.borders.upperTier.map(trace), land };
      this.yearPathsByLevel.set(level, paths);
    }
    return paths;
  }
}
