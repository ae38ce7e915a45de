import { feature, quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { attachmentPoint, buildBoundaries } from '../../../scripts/build/buildBoundaries';
import type { BoundaryProperties } from '../../../src/shared/boundaries';

// Two unit squares side by side (A, B) sharing one arc, a county around both,
// a separate square D whose code changed in 2018, and an arc nobody uses.
const arcs = [
  [[1, 50], [1, 51]], // 0: shared by A and B
  [[1, 51], [0, 51], [0, 50], [1, 50]], // 1: rest of A
  [[1, 50], [2, 50], [2, 51], [1, 51]], // 2: rest of B
  [[5, 55], [6, 55]], // 3: unused
  [[3, 50], [4, 50], [4, 51], [3, 51], [3, 50]], // 4: D
];

const source = quantize(
  {
    type: 'Topology',
    arcs,
    objects: {
      ltla: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[1, 0]], properties: { areacd: 'S12000046', areanm: 'Glasgow City' } },
          { type: 'Polygon', arcs: [[2, ~0]], properties: { areacd: 'E07000005', areanm: 'Chiltern', end: 2019 } },
          { type: 'Polygon', arcs: [[4]], properties: { areacd: 'S12000015', areanm: 'Fife', end: 2017 } },
          { type: 'Polygon', arcs: [[4]], properties: { areacd: 'S12000047', areanm: 'Fife', start: 2018 } },
          { type: 'Polygon', arcs: [[4]], properties: { areacd: 'E99999999', areanm: 'Nowhere' } },
        ],
      },
      cty: {
        type: 'GeometryCollection',
        geometries: [{ type: 'Polygon', arcs: [[1, 2]], properties: { areacd: 'E10000002', areanm: 'Buckinghamshire', end: 2019 } }],
      },
      rgn: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[3]], properties: {} }] },
    },
  } as unknown as Parameters<typeof quantize>[0],
  1e4,
) as Topology;

const codeToCouncil = new Map([
  ['S12000049', 'S12000049'],
  ['E07000005', 'E07000005'],
  ['S12000047', 'S12000047'],
  ['S12000015', 'S12000047'],
  ['E10000002', 'E10000002'],
]);

const result = buildBoundaries(source, codeToCouncil);
const props = (layer: 'ltla' | 'cty') =>
  (result.topology.objects[layer] as unknown as { geometries: { properties: BoundaryProperties }[] }).geometries.map((g) => g.properties);

describe('buildBoundaries', () => {
  it('keeps only the two layers the app draws, keyed by council code with their years', () => {
    expect(Object.keys(result.topology.objects).sort()).toEqual(['cty', 'ltla']);
    expect(props('ltla')).toEqual([{ c: 'E07000005', l: 2019 }, { c: 'S12000047' }, { c: 'S12000049' }]);
    expect(props('cty')).toEqual([{ c: 'E10000002', l: 2019 }]);
  });

  it('fixes the Scottish codes, merges a code change with the same shape, and drops areas of no council', () => {
    expect(props('ltla').map((p) => p.c)).toContain('S12000049');
    expect(props('ltla').filter((p) => p.c === 'S12000047')).toHaveLength(1);
    expect(result.warnings.join()).toContain('E99999999');
  });

  it('drops arcs no kept shape uses, and keeps the shapes where they were', () => {
    expect(result.topology.arcs).toHaveLength(4);
    const ltla = result.topology.objects.ltla as GeometryCollection;
    const glasgow = ltla.geometries.find((g) => (g.properties as BoundaryProperties).c === 'S12000049')!;
    const ring = (feature(result.topology, glasgow) as Feature<Polygon>).geometry.coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    expect(Math.min(...xs)).toBeCloseTo(0, 3);
    expect(Math.max(...xs)).toBeCloseTo(1, 3);
    expect(Math.min(...ys)).toBeCloseTo(50, 3);
    expect(Math.max(...ys)).toBeCloseTo(51, 3);
  });

  it('counts the shapes of each year', () => {
    expect(result.shapesByYear[2014]).toEqual({ ltla: 3, cty: 1 });
    expect(result.shapesByYear[2020]).toEqual({ ltla: 2, cty: 0 });
  });

  it('puts each attachment point inside its shape', () => {
    const [x, y] = result.points.get('E07000005')!;
    expect(x).toBeGreaterThan(1);
    expect(x).toBeLessThan(2);
    expect(y).toBeGreaterThan(50);
    expect(y).toBeLessThan(51);
  });
});

describe('attachmentPoint', () => {
  it('picks the largest part of a multi-part shape and a point well inside an L shape', () => {
    const island = [[[10, 50], [10.1, 50], [10.1, 50.1], [10, 50.1], [10, 50]]];
    // An L: the centroid of its outline falls outside it, the point must not.
    const l = [[[0, 50], [3, 50], [3, 51], [1, 51], [1, 53], [0, 53], [0, 50]]];
    const [x, y] = attachmentPoint({ type: 'MultiPolygon', coordinates: [island, l] });
    const insideFoot = x >= 0 && x <= 3 && y >= 50 && y <= 51;
    const insideLeg = x >= 0 && x <= 1 && y >= 50 && y <= 53;
    expect(insideFoot || insideLeg).toBe(true);
  });
});
