import fc from 'fast-check';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  arcBox,
  arcsAtLevel,
  bordersByCell,
  boxesMeet,
  detailLevel,
  DETAIL_LEVELS,
  thinArc,
  traceLines,
  traceRings,
  worldArcs,
  type PathSink,
  type WorldBox,
} from '../../src/map/arcDetail';

/** A path sink that records what it is told. */
function recorder() {
  const calls: string[] = [];
  const sink: PathSink = {
    moveTo: (x, y) => calls.push(`M${x},${y}`),
    lineTo: (x, y) => calls.push(`L${x},${y}`),
    closePath: () => calls.push('Z'),
  };
  return { sink, calls };
}

const identity = (lon: number, lat: number): [number, number] => [lon, lat];

describe('worldArcs', () => {
  it('undoes the delta encoding and the quantisation, then projects', () => {
    const topology = {
      type: 'Topology',
      transform: { scale: [0.5, 2], translate: [10, 20] },
      arcs: [[[0, 0], [2, 1], [-1, 3]]],
      objects: {},
    } as unknown as Topology;
    expect(Array.from(worldArcs(topology, identity)[0]!)).toEqual([10, 20, 11, 22, 10.5, 28]);
    expect(Array.from(worldArcs(topology, (lon, lat) => [lon * 2, -lat])[0]!)).toEqual([20, -20, 22, -22, 21, -28]);
  });

  it('reads an unquantized topology as absolute positions', () => {
    const topology = { type: 'Topology', arcs: [[[1, 1], [3, 4]]], objects: {} } as unknown as Topology;
    expect(Array.from(worldArcs(topology, identity)[0]!)).toEqual([1, 1, 3, 4]);
  });
});

describe('thinArc', () => {
  const arcArbitrary = fc
    .array(fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true })), { minLength: 2, maxLength: 60 })
    .map((points) => Float64Array.from(points.flat()));

  it('keeps both ends, and every point it drops lies within the tolerance of the point kept before it', () => {
    fc.assert(
      fc.property(arcArbitrary, fc.double({ min: 0.01, max: 50, noNaN: true }), (arc, tolerance) => {
        const thin = thinArc(arc, tolerance);
        const n = arc.length / 2;
        const m = thin.length / 2;
        expect([thin[0], thin[1]]).toEqual([arc[0], arc[1]]);
        expect([thin[m * 2 - 2], thin[m * 2 - 1]]).toEqual([arc[n * 2 - 2], arc[n * 2 - 1]]);
        // Walk the original: kept points appear in order; dropped ones are near the last kept.
        let j = 0;
        let lastX = arc[0]!;
        let lastY = arc[1]!;
        for (let i = 0; i < n; i++) {
          const x = arc[i * 2]!;
          const y = arc[i * 2 + 1]!;
          if (j < m && thin[j * 2] === x && thin[j * 2 + 1] === y && (i === 0 || i === n - 1 || Math.hypot(x - lastX, y - lastY) >= tolerance)) {
            lastX = x;
            lastY = y;
            j++;
          } else {
            expect(Math.hypot(x - lastX, y - lastY)).toBeLessThan(tolerance);
          }
        }
        expect(j).toBe(m);
      }),
    );
  });

  it('drops the points bunched within the tolerance and keeps those spread beyond it', () => {
    const arc = Float64Array.from([0, 0, 0.1, 0, 0.2, 0, 1, 0, 1.05, 0, 2, 0]);
    expect(Array.from(thinArc(arc, 0.5))).toEqual([0, 0, 1, 0, 2, 0]);
    expect(Array.from(thinArc(arc, 0.01))).toEqual(Array.from(arc));
  });
});

describe('levels of detail', () => {
  it('rounds a zoom up to a whole level, within the levels made', () => {
    expect(detailLevel(5.5)).toBe(6);
    expect(detailLevel(6)).toBe(6);
    expect(detailLevel(1)).toBe(DETAIL_LEVELS.min);
    expect(detailLevel(18)).toBe(DETAIL_LEVELS.max);
  });

  it('thins less at each level up, at a pixel of that level', () => {
    // Points 1/64 of a world pixel apart: a pixel at level 6 is 1/64.
    const arc = Float64Array.from(Array.from({ length: 101 }, (_, i) => [i / 64, 0]).flat());
    const counts = [4, 5, 6, 7].map((level) => arcsAtLevel([arc], level)[0]!.length / 2);
    expect(counts).toEqual([26, 51, 101, 101]);
    // Every eighth point, and the arc's end.
    expect(arcsAtLevel([arc], 3)[0]!.length / 2).toBe(14);
  });
});

describe('tracing arcs into paths', () => {
  const arcs = [Float64Array.from([0, 0, 1, 0, 1, 1]), Float64Array.from([1, 1, 0, 1, 0, 0])];

  it('joins a ring’s arcs, drawing each shared end once, and closes it', () => {
    const { sink, calls } = recorder();
    traceRings(sink, arcs, [[0, 1]]);
    expect(calls).toEqual(['M0,0', 'L1,0', 'L1,1', 'L0,1', 'L0,0', 'Z']);
  });

  it('follows a reversed arc (~i) backwards', () => {
    const { sink, calls } = recorder();
    traceRings(sink, arcs, [[~1, ~0]]);
    expect(calls).toEqual(['M0,0', 'L0,1', 'L1,1', 'L1,0', 'L0,0', 'Z']);
  });

  it('leaves lines open, each starting afresh', () => {
    const { sink, calls } = recorder();
    traceLines(sink, arcs, [[0], [~1]]);
    expect(calls).toEqual(['M0,0', 'L1,0', 'L1,1', 'M0,0', 'L0,1', 'L1,1']);
  });
});

describe('borders split into cells', () => {
  // Arcs as boxes only: arc i spans x from i to i + 1, at y 0 to 0.5.
  const strip = (arc: number): WorldBox => [arc, 0, arc + 1, 0.5];

  it('keeps every arc reference once, in its line’s order, chained while a line stays in one cell', () => {
    const cells = bordersByCell([[0, 1, ~2, 3, 4], [5]], strip, 2);
    // Centres 0.5, 1.5 | 2.5, 3.5 | 4.5, 5.5 fall in cells 0, 1 and 2 of width 2.
    expect(cells.map((c) => c.chains)).toEqual([[[0, 1]], [[~2, 3]], [[4], [5]]]);
  });

  it('gives each cell the box of its arcs', () => {
    const cells = bordersByCell([[0, 1, 2]], strip, 2);
    expect(cells.map((c) => c.box)).toEqual([
      [0, 0, 2, 0.5],
      [2, 0, 3, 0.5],
    ]);
  });

  it('cuts a line that leaves a cell and comes back into separate chains of that cell', () => {
    const wander = (arc: number): WorldBox => (arc === 1 ? [5, 5, 6, 6] : [0, 0, 1, 1]);
    const cells = bordersByCell([[0, 1, 2]], wander, 2);
    expect(cells.map((c) => c.chains)).toEqual([[[0], [2]], [[1]]]);
  });

  it('loses and repeats nothing, and every cell’s box holds its arcs’ boxes, for any lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 29 }).chain((i) => fc.constantFrom(i, ~i)), { minLength: 1, maxLength: 8 }), { maxLength: 10 }),
        fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 30, maxLength: 30 }),
        fc.double({ min: 0.25, max: 20, noNaN: true }),
        (lines, corners, cellSize) => {
          const boxOf = (arc: number): WorldBox => {
            const [x, y, size] = corners[arc]!;
            return [x, y, x + size, y + size];
          };
          const cells = bordersByCell(lines, boxOf, cellSize);
          const out = cells.flatMap((c) => c.chains.flat());
          expect(out.slice().sort((a, b) => a - b)).toEqual(lines.flat().sort((a, b) => a - b));
          for (const cell of cells) {
            for (const reference of cell.chains.flat()) {
              const box = boxOf(reference < 0 ? ~reference : reference);
              expect(cell.box[0]).toBeLessThanOrEqual(box[0]);
              expect(cell.box[1]).toBeLessThanOrEqual(box[1]);
              expect(cell.box[2]).toBeGreaterThanOrEqual(box[2]);
              expect(cell.box[3]).toBeGreaterThanOrEqual(box[3]);
            }
          }
        },
      ),
      { numRuns: Math.max(500, Number(process.env.FUZZ_RUNS) || 0) },
    );
  });

  it('finds an arc’s box and whether boxes meet', () => {
    expect(arcBox(Float64Array.from([3, 4, -1, 9, 2, 0]))).toEqual([-1, 0, 3, 9]);
    expect(boxesMeet([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(boxesMeet([0, 0, 1, 1], [1.01, 0, 2, 1])).toBe(false);
    expect(boxesMeet([0, 0, 10, 10], [2, 2, 3, 3])).toBe(true);
  });
});
