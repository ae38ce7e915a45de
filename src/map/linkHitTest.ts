import type { Drawable, PixelPoint } from './linkDrawables';

// Which line is under the pointer. The lines are sampled into short
// segments and put in the cells of a grid they come near, so a pointer
// move looks at a cell's few lines, not at every link. A grid is built only
// when the pointer first needs it (see LinkCanvas.hitTest).

const GRID = 24;
/** How far from a line's edge, in pixels, the pointer still takes it. */
export const HIT_TOLERANCE = 5;

/** Lines by the grid cells they come near. */
export type HitGrid = Map<number, Drawable[]>;

const cellNumber = (gx: number, gy: number) => gx * 100_003 + gy;

/** Points along a line, about `step` pixels apart (its two ends when straight). */
export function samplePoints(d: Drawable, step = 8): [number, number][] {
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

export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function buildHitGrid(items: readonly Drawable[]): HitGrid {
  const grid: HitGrid = new Map();
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
      for (let gx = x0; gx <= x1; gx++) for (let gy = y0; gy <= y1; gy++) cells.add(cellNumber(gx, gy));
    }
    for (const cell of cells) {
      const list = grid.get(cell);
      if (list) list.push(d);
      else grid.set(cell, [d]);
    }
  }
  return grid;
}

/** The line nearest a point, within its half width and the tolerance (at most HIT_TOLERANCE, the grid's reach); null when none is. */
export function nearestLine(grid: HitGrid, point: PixelPoint, tolerance = HIT_TOLERANCE): Drawable | null {
  const reach = Math.min(tolerance, HIT_TOLERANCE);
  const candidates = grid.get(cellNumber(Math.floor(point.x / GRID), Math.floor(point.y / GRID)));
  if (!candidates) return null;
  let best: Drawable | null = null;
  let bestDistance = Infinity;
  for (const d of candidates) {
    const points = samplePoints(d, 4);
    let distance = Infinity;
    for (let i = 1; i < points.length; i++) {
      distance = Math.min(distance, distanceToSegment(point.x, point.y, points[i - 1]![0], points[i - 1]![1], points[i]![0], points[i]![1]));
    }
    if (distance <= d.width / 2 + reach && distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}
