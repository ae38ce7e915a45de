import { describe, expect, it } from 'vitest';
import { groupDrawable, largestStrokeShare, lineCorners, linesMeeting, linkDrawable, type Drawable } from '../../src/map/linkDrawables';
import type { LinkGroup } from '../../src/model/linkGrouping';
import type { Link } from '../../src/model/links';
import { partnership } from '../helpers/appData';

const points: Record<string, { x: number; y: number }> = { A: { x: 0, y: 0 }, B: { x: 100, y: 0 } };
const link = (bend: number, unknownSavings = false): Link => ({
  key: `p:A:B:${bend}`,
  partnership: partnership({ id: 'p', councils: ['A', 'B'] }),
  a: 'A',
  b: 'B',
  pointA: [0, 0],
  pointB: [1, 0],
  services: ['ict'],
  width: 4,
  members: 2,
  unknownSavings,
  bend,
  hub: null,
});

describe('linkDrawable', () => {
  it('runs between its councils’ points, straight when it has no bend', () => {
    const d = linkDrawable(link(0), (code) => points[code]!);
    expect(d).toMatchObject({ x0: 0, y0: 0, x1: 100, y1: 0, cx: 50, cy: 0, straight: true, width: 4, dashed: false, endA: 'A', endB: 'B', ids: ['p'] });
  });

  it('bends sideways by its share of its length, and is dashed without a savings figure', () => {
    const d = linkDrawable(link(0.16, true), (code) => points[code]!);
    expect(d.straight).toBe(false);
    expect(d.cx).toBe(50);
    expect(d.cy).toBeCloseTo(16, 9);
    expect(d.dashed).toBe(true);
  });
});

describe('linkDrawable of a target', () => {
  it('is hollow when its savings are a target or projection, but not when they are reported or not known', () => {
    const target = (unknownSavings: boolean, figure: 'reported' | 'target') => ({ ...link(0, unknownSavings), partnership: { ...link(0).partnership, figure } });
    expect(linkDrawable(target(false, 'target'), (code) => points[code]!).target).toBe(true);
    expect(linkDrawable(target(false, 'reported'), (code) => points[code]!).target).toBe(false);
    expect(linkDrawable(target(true, 'target'), (code) => points[code]!).target).toBe(false);
  });
});

describe('groupDrawable', () => {
  it('is a straight line between its cells, of the width given, ending at the cells', () => {
    const group: LinkGroup = { key: '1:2|3:4', pointA: [0, 0], pointB: [1, 1], count: 5, partnershipIds: ['a', 'b'], low: 0, high: 0, unknown: 5, services: ['legal'] };
    const d = groupDrawable(group, 7, ([lon, lat]) => ({ x: lon * 10, y: lat * 20 }));
    expect(d).toMatchObject({ x0: 0, y0: 0, x1: 10, y1: 20, straight: true, width: 7, endA: '1:2', endB: '3:4', ids: ['a', 'b'], hit: { kind: 'group', group } });
  });
});

describe('linesMeeting', () => {
  const line = (x0: number, x1: number, cy = 0): Drawable => ({ ...linkDrawable(link(0), (code) => points[code]!), x0, x1, cx: (x0 + x1) / 2, cy });

  it('keeps the lines whose curve and width reach into the box, and culls the rest', () => {
    const inside = line(10, 20);
    const outside = line(500, 600);
    const nearEdge = line(-8, -3);
    expect(linesMeeting([inside, outside, nearEdge], [0, -10, 100, 10])).toEqual([inside, nearEdge]);
  });

  it('counts a curve’s control point, which it bulges towards', () => {
    const bulging = line(0, 100, 60);
    expect(linesMeeting([bulging], [40, 50, 60, 70])).toEqual([bulging]);
  });
});

describe('lineCorners', () => {
  it('lists each line’s ends and control point', () => {
    expect(lineCorners([linkDrawable(link(0), (code) => points[code]!)])).toEqual([
      [0, 0],
      [100, 0],
      [50, 0],
    ]);
  });
});

describe('largestStrokeShare', () => {
  const line = (id: string, x1: number, width: number): Drawable => ({ ...linkDrawable(link(0), (code) => points[code]!), ids: [id], x1, cx: x1 / 2, width });
  it('is the share of painted area (length by width with casing) of the partnership that paints most', () => {
    // p paints 100×4 twice, q 100×2: 800 of 1000.
    expect(largestStrokeShare([line('p', 100, 4), line('p', 100, 4), line('q', 100, 2)], (w) => w)).toBeCloseTo(0.8, 9);
    expect(largestStrokeShare([line('p', 100, 2), line('q', 100, 2)], (w) => w + 2)).toBeCloseTo(0.5, 9);
    expect(largestStrokeShare([], (w) => w)).toBe(0);
  });

  it('counts a mark as its disc', () => {
    const mark: Drawable = { ...line('m', 0, 10), markRadius: 5 };
    expect(largestStrokeShare([mark, line('q', 100, 1)], (w) => w)).toBeCloseTo(100 / (Math.PI * 25 + 100), 9);
    expect(largestStrokeShare([mark, line('q', 10, 1)], (w) => w)).toBeCloseTo((Math.PI * 25) / (Math.PI * 25 + 10), 9);
  });
});
