import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { boundaryGeometries, shapeInYear } from '../../src/shared/boundaries';

describe('shapeInYear', () => {
  it('holds from its first year to its last, both included, open where absent', () => {
    expect(shapeInYear({ c: 'E1' }, 2014)).toBe(true);
    expect([2018, 2019, 2023, 2024].map((year) => shapeInYear({ c: 'E1', f: 2019, l: 2023 }, year))).toEqual([false, true, true, false]);
    expect(shapeInYear({ c: 'E1', f: 2019 }, 2030)).toBe(true);
    expect(shapeInYear({ c: 'E1', l: 2018 }, 2000)).toBe(true);
  });
});

describe('boundaryGeometries', () => {
  const polygon = { type: 'Polygon', arcs: [[0]], properties: { c: 'E06000060', f: 2020 } };
  const topology = {
    type: 'Topology',
    arcs: [[[0, 0], [1, 0], [0, 1], [0, 0]]],
    objects: { ltla: { type: 'GeometryCollection', geometries: [polygon] }, cty: { type: 'Polygon', arcs: [[0]] } },
  } as unknown as Topology;

  it('gives the shapes of a layer', () => {
    expect(boundaryGeometries(topology, 'ltla')).toEqual([polygon]);
  });

  it('gives none for a layer that is missing or not a collection', () => {
    expect(boundaryGeometries(topology, 'cty')).toEqual([]);
    expect(boundaryGeometries({ ...topology, objects: {} }, 'ltla')).toEqual([]);
  });
});
