import { describe, expect, it } from 'vitest';
import type { Drawable } from '../../src/map/linkDrawables';
import { buildHitGrid, distanceToSegment, HIT_TOLERANCE, nearestLine, samplePoints } from '../../src/map/linkHitTest';

const line = (id: string, x0: number, y0: number, x1: number, y1: number, width = 4, bend: { cx: number; cy: number } | null = null): Drawable => ({
  hit: { kind: 'group', group: { key: id, pointA: [0, 0], pointB: [0, 0], count: 1, partnershipIds: [id], low: 0, high: 0, unknown: 0, services: [] } },
  ids: [id],
  x0,
  y0,
  x1,
  y1,
  cx: bend?.cx ?? (x0 + x1) / 2,
  cy: bend?.cy ?? (y0 + y1) / 2,
  straight: bend == null,
  width,
  dashed: false,
  services: [],
  endA: `${id}a`,
  endB: `${id}b`,
});
const idOf = (d: Drawable | null) => d?.ids[0] ?? null;

describe('distanceToSegment', () => {
  it('is the distance to the nearest point of the segment, ends included', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(distanceToSegment(13, 4, 0, 0, 10, 0)).toBe(5);
    expect(distanceToSegment(3, 4, 0, 0, 0, 0)).toBe(5);
  });
});

describe('samplePoints', () => {
  it('takes a straight line’s two ends, and a curve in steps along it', () => {
    expect(samplePoints(line('s', 0, 0, 100, 0))).toEqual([
      [0, 0],
      [100, 0],
    ]);
    const curve = samplePoints(line('c', 0, 0, 100, 0, 4, { cx: 50, cy: 40 }));
    expect(curve).toHaveLength(14);
    expect(curve[0]).toEqual([0, 0]);
    expect(curve.at(-1)).toEqual([100, 0]);
    // Half way along, a quadratic curve is half way to its control point.
    expect(Math.max(...curve.map(([, y]) => y))).toBeCloseTo(20, 0);
  });
});

describe('nearestLine', () => {
  const across = line('across', 0, 50, 200, 50, 4);
  const down = line('down', 100, 0, 100, 200, 10);
  const grid = buildHitGrid([across, down]);

  it('takes a line within half its width and the tolerance, and nothing further', () => {
    expect(idOf(nearestLine(grid, { x: 30, y: 50 + 2 + HIT_TOLERANCE }))).toBe('across');
    expect(nearestLine(grid, { x: 30, y: 50 + 2 + HIT_TOLERANCE + 1 })).toBeNull();
    expect(idOf(nearestLine(grid, { x: 100 + 5 + HIT_TOLERANCE, y: 150 }))).toBe('down');
  });

  it('takes a smaller tolerance when asked (a tap over a council), but never one wider than the grid reaches', () => {
    expect(idOf(nearestLine(grid, { x: 30, y: 50 + 2 + 1 }, 1))).toBe('across');
    expect(nearestLine(grid, { x: 30, y: 50 + 2 + 2 }, 1)).toBeNull();
    expect(nearestLine(grid, { x: 30, y: 50 + 2 + HIT_TOLERANCE + 1 }, HIT_TOLERANCE + 10)).toBeNull();
  });

  it('takes the nearer of two lines that cross', () => {
    expect(idOf(nearestLine(grid, { x: 103, y: 52 }))).toBe('across');
    expect(idOf(nearestLine(grid, { x: 101, y: 56 }))).toBe('down');
  });

  it('follows a curve, not the straight line between its ends', () => {
    const curved = buildHitGrid([line('curve', 0, 0, 200, 0, 4, { cx: 100, cy: 80 })]);
    expect(idOf(nearestLine(curved, { x: 100, y: 40 }))).toBe('curve');
    expect(nearestLine(curved, { x: 100, y: 0 })).toBeNull();
  });

  it('finds nothing where no line comes near', () => {
    expect(nearestLine(grid, { x: 500, y: 500 })).toBeNull();
  });
});
