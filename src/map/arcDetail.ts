import type { Topology } from 'topojson-specification';

// The council shapes at the detail each zoom level can show.
//
// At the UK-wide zoom most of the boundaries' points
// fall within a pixel of their neighbours, and rasterising those edges
// was most of the cost of drawing the shapes after a zoom. The shapes are
// therefore drawn from arcs thinned for the zoom level: a point is kept when
// it lies at least a pixel (at that level, so half to one pixel at the zoom
// shown) from the last point kept. Half a pixel at that level was tried
// first: side by side the shapes look the same, and without a GPU the first
// view's shapes took a third longer to rasterise (about 95 ms against 59 on
// a phone's slowed CPU).
// Thinning the topology's arcs, not each shape's rings, keeps a border
// shared by two councils identical in both, so no slivers open between
// them. (topojson-simplify's Visvalingam weights would serve too, but its
// presimplify weighs every point of every arc at start-up, before the first
// view; this radial-distance pass is one linear walk per level, made when a
// zoom first needs it.)

/** Arcs as flat [x0, y0, x1, y1, …] arrays, in world pixels at zoom 0. */
export type WorldArcs = readonly Float64Array[];

/** The least and greatest levels of detail; a map zoom beyond them uses the nearest. */
export const DETAIL_LEVELS = { min: 4, max: 12 } as const;

/** How far apart, in pixels at the level of detail, two kept points must be. */
const TOLERANCE_PX = 1;

/** The level of detail for a map zoom: the next whole level up, so the thinning is never coarser than the screen. */
export function detailLevel(zoom: number): number {
  return Math.min(DETAIL_LEVELS.max, Math.max(DETAIL_LEVELS.min, Math.ceil(zoom)));
}

/** The topology's arcs decoded (delta and quantisation) and projected to world pixels at zoom 0. */
export function worldArcs(topology: Topology, project: (lon: number, lat: number) => [number, number]): WorldArcs {
  const transform = topology.transform;
  const [kx, ky] = transform?.scale ?? [1, 1];
  const [tx, ty] = transform?.translate ?? [0, 0];
  return topology.arcs.map((arc) => {
    const out = new Float64Array(arc.length * 2);
    let x = 0;
    let y = 0;
    arc.forEach((position, i) => {
      // A quantized topology stores each point as a step from the one before.
      if (transform) {
        x += position[0]!;
        y += position[1]!;
      } else {
        x = position[0]!;
        y = position[1]!;
      }
      const [px, py] = project(x * kx + tx, y * ky + ty);
      out[i * 2] = px;
      out[i * 2 + 1] = py;
    });
    return out;
  });
}

/** An arc without the points that lie within `tolerance` of the last point kept; its two ends are always kept. */
export function thinArc(arc: Float64Array, tolerance: number): Float64Array {
  const count = arc.length / 2;
  if (count <= 2) return arc;
  const kept: number[] = [arc[0]!, arc[1]!];
  let lastX = arc[0]!;
  let lastY = arc[1]!;
  const squared = tolerance * tolerance;
  for (let i = 1; i < count - 1; i++) {
    const x = arc[i * 2]!;
    const y = arc[i * 2 + 1]!;
    const dx = x - lastX;
    const dy = y - lastY;
    if (dx * dx + dy * dy < squared) continue;
    kept.push(x, y);
    lastX = x;
    lastY = y;
  }
  kept.push(arc[count * 2 - 2]!, arc[count * 2 - 1]!);
  return Float64Array.from(kept);
}

/** Every arc thinned for a level of detail. */
export function arcsAtLevel(arcs: WorldArcs, level: number): WorldArcs {
  const tolerance = TOLERANCE_PX / 2 ** level;
  return arcs.map((arc) => thinArc(arc, tolerance));
}

/** Something that takes a path, as Path2D and a canvas context do. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/** Trace a chain of arc references (a negative index ~i is arc i reversed); consecutive arcs share their end point, drawn once. */
function traceChain(sink: PathSink, arcs: WorldArcs, chain: readonly number[]): void {
  let first = true;
  for (const reference of chain) {
    const arc = arcs[reference < 0 ? ~reference : reference]!;
    const count = arc.length / 2;
    for (let k = first ? 0 : 1; k < count; k++) {
      const i = reference < 0 ? count - 1 - k : k;
      if (first) sink.moveTo(arc[i * 2]!, arc[i * 2 + 1]!);
      else sink.lineTo(arc[i * 2]!, arc[i * 2 + 1]!);
      first = false;
    }
  }
}

/** Trace rings given as TopoJSON arc references into a path, each ring closed. */
export function traceRings(sink: PathSink, arcs: WorldArcs, rings: readonly (readonly number[])[]): void {
  for (const ring of rings) {
    traceChain(sink, arcs, ring);
    sink.closePath();
  }
}

/** Trace lines given as arc references (from topojson-client's meshArcs) into a path, left open. */
export function traceLines(sink: PathSink, arcs: WorldArcs, lines: readonly (readonly number[])[]): void {
  for (const line of lines) traceChain(sink, arcs, line);
}

/** A box in world pixels at zoom 0: [minX, minY, maxX, maxY]. */
export type WorldBox = [number, number, number, number];

/** Part of a set of borders: the chains of arcs that lie in one cell of a grid, and the box they fill. */
export interface BorderCell {
  box: WorldBox;
  /** Arc references, each chain consecutive along one of the original lines. */
  chains: number[][];
}

/** The box of an arc's points. */
export function arcBox(arc: Float64Array): WorldBox {
  // Point by point, not through extendBox: this runs over every point at start-up, and a box per point is garbage.
  const box = emptyBox();
  for (let i = 0; i < arc.length; i += 2) {
    box[0] = Math.min(box[0], arc[i]!);
    box[1] = Math.min(box[1], arc[i + 1]!);
    box[2] = Math.max(box[2], arc[i]!);
    box[3] = Math.max(box[3], arc[i + 1]!);
  }
  return box;
}

/**
 * Borders (lines of arc references, from meshArcs) split into the cells of
 * a grid, each arc in the cell of its box's centre, so a drawing can stroke
 * only the cells it shows. A canvas clips what it strokes only after
 * tracing the whole outline of the stroke: stroking all the UK's county
 * borders onto the small canvas of one focused council took longer than
 * everything else in the click. A line keeps its arcs chained within a
 * cell; where it crosses into another it is cut (the pieces meet end to
 * end; at the borders' widths of a pixel or less the cut does not show).
 */
export function bordersByCell(lines: readonly (readonly number[])[], boxOf: (arcIndex: number) => WorldBox, cellSize: number): BorderCell[] {
  const cells = new Map<string, BorderCell>();
  for (const line of lines) {
    let chain: number[] = [];
    let chainCell = '';
    for (const reference of line) {
      const box = boxOf(reference < 0 ? ~reference : reference);
      const key = `${Math.floor((box[0] + box[2]) / 2 / cellSize)}:${Math.floor((box[1] + box[3]) / 2 / cellSize)}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = { box: emptyBox(), chains: [] };
        cells.set(key, cell);
      }
      if (key !== chainCell) {
        chain = [];
        cell.chains.push(chain);
        chainCell = key;
      }
      chain.push(reference);
      extendBox(cell.box, box);
    }
  }
  return [...cells.values()];
}

/** Grow `box` in place to hold `other`. */
export function extendBox(box: WorldBox, other: Readonly<WorldBox>): void {
  box[0] = Math.min(box[0], other[0]);
  box[1] = Math.min(box[1], other[1]);
  box[2] = Math.max(box[2], other[2]);
  box[3] = Math.max(box[3], other[3]);
}

/** A box that holds nothing yet, to extend. */
export function emptyBox(): WorldBox {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

/** Whether two boxes meet. */
export function boxesMeet(a: WorldBox, b: WorldBox): boolean {
  return a[2] >= b[0] && a[0] <= b[2] && a[3] >= b[1] && a[1] <= b[3];
}
