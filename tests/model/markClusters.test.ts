import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterMarks, type Disc } from '../../src/model/markClusters';

const mark = (x: number, y: number, r = 4, id = `${x},${y}`) => ({ x, y, r, id });
const byCount = (count: number) => 6 + count;

describe('clusterMarks', () => {
  it('leaves marks that do not overlap as they are, one cluster each', () => {
    const marks = [mark(0, 0), mark(20, 0), mark(0, 20)];
    const clusters = clusterMarks(marks, byCount);
    expect(clusters).toEqual(marks.map((m) => ({ x: m.x, y: m.y, r: m.r, items: [m] })));
  });

  it('merges two overlapping marks into one at their mean position, sized by their number', () => {
    const clusters = clusterMarks([mark(0, 0), mark(6, 2)], byCount);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ x: 3, y: 1, r: 8 });
    expect(clusters[0]!.items.map((m) => m.id)).toEqual(['0,0', '6,2']);
  });

  it('keeps the gap between marks that only touch', () => {
    expect(clusterMarks([mark(0, 0), mark(8.5, 0)], byCount, 1)).toHaveLength(1);
    expect(clusterMarks([mark(0, 0), mark(9, 0)], byCount, 1)).toHaveLength(2);
    expect(clusterMarks([mark(0, 0), mark(8.5, 0)], byCount, 0)).toHaveLength(2);
  });

  it('merges a cluster again when its larger disc reaches a neighbour it did not before', () => {
    // The first two merge (r 8 at x 3); that disc then reaches the mark at 14, which neither reached alone.
    const clusters = clusterMarks([mark(0, 0), mark(6, 0), mark(14, 0)], byCount, 0);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.items).toHaveLength(3);
  });

  it('merges marks on the same point, which no zoom separates', () => {
    const clusters = clusterMarks([mark(5, 5, 4, 'a'), mark(5, 5, 6, 'b'), mark(5, 5, 5, 'c')], byCount);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ x: 5, y: 5, r: 9 });
  });

  it('merges the most overlapping pair first', () => {
    // b and c overlap most; a overlaps b a little, but not the cluster of b and c, which sits further from it.
    const clusters = clusterMarks([mark(0, 0, 4, 'a'), mark(7.5, 0, 4, 'b'), mark(9, 0, 4, 'c')], () => 4, 0);
    expect(clusters.map((c) => c.items.map((m) => m.id))).toEqual([['a'], ['b', 'c']]);
  });

  it('at any scale, leaves no two drawn discs overlapping and every mark in exactly one cluster', () => {
    const marks = fc.array(
      fc.record({ x: fc.double({ min: -400, max: 400, noNaN: true }), y: fc.double({ min: -400, max: 400, noNaN: true }), r: fc.double({ min: 0.5, max: 12, noNaN: true }) }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(marks, fc.double({ min: 0.05, max: 4, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (input, scale, gap) => {
        // The same marks at a zoom's scale: positions and radii scaled together, as the map projects them.
        const scaled: (Disc & { i: number })[] = input.map((m, i) => ({ x: m.x * scale, y: m.y * scale, r: m.r * scale, i }));
        const clusters = clusterMarks(scaled, (count) => scale * (5 + 2 * Math.sqrt(count)), gap);
        for (let i = 0; i < clusters.length; i++) {
          for (let j = i + 1; j < clusters.length; j++) {
            const [p, q] = [clusters[i]!, clusters[j]!];
            expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(p.r + q.r);
          }
        }
        const seen = clusters.flatMap((c) => c.items.map((m) => m.i)).sort((x, y) => x - y);
        expect(seen).toEqual(scaled.map((m) => m.i));
      }),
      { numRuns: 300 },
    );
  });

  it('with many marks (gathered by cell first), still leaves no two discs overlapping and every mark in exactly one cluster', () => {
    const marks = fc.array(fc.record({ x: fc.double({ min: 0, max: 600, noNaN: true }), y: fc.double({ min: 0, max: 800, noNaN: true }), r: fc.double({ min: 2, max: 6, noNaN: true }) }), {
      minLength: 401,
      maxLength: 900,
    });
    fc.assert(
      fc.property(marks, (input) => {
        const indexed = input.map((m, i) => ({ ...m, i }));
        const clusters = clusterMarks(indexed, (count) => 6 + 1.2 * Math.sqrt(count));
        for (let i = 0; i < clusters.length; i++) {
          for (let j = i + 1; j < clusters.length; j++) {
            const [p, q] = [clusters[i]!, clusters[j]!];
            expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(p.r + q.r);
          }
        }
        expect(clusters.flatMap((c) => c.items.map((m) => m.i)).sort((x, y) => x - y)).toEqual(indexed.map((m) => m.i));
      }),
      { numRuns: 25 },
    );
  });
});
