import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { councilTiersInYear } from '../../src/model/councilTiers';
import type { BoundaryProperties } from '../../src/shared/boundaries';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
const shape = (properties: BoundaryProperties) => ({ type: 'Polygon', arcs: [[0]], properties });
// Suffolk's districts before and after the 2019 merger, Babergh throughout, a London borough, and the two counties' shapes.
const topology = {
  type: 'Topology',
  arcs: [[[0, 0], [1, 0], [1, 1], [0, 0]]],
  objects: {
    ltla: {
      type: 'GeometryCollection',
      geometries: [
        shape({ c: 'E07000201', l: 2018 }),
        shape({ c: 'E07000204', l: 2018 }),
        shape({ c: 'E07000245', f: 2019 }),
        shape({ c: 'E07000200' }),
        shape({ c: 'E09000015' }),
        shape({ c: 'X99999999' }),
      ],
    },
    cty: { type: 'GeometryCollection', geometries: [shape({ c: 'E10000029' }), shape({ c: 'E10000002', l: 2019 })] },
  },
} as unknown as Topology;
const codes = (shapes: { properties: BoundaryProperties }[]) => shapes.map((g) => g.properties.c);

describe('councilTiersInYear', () => {
  it('fills the district and unitary shapes in use that year', () => {
    expect(codes(councilTiersInYear(topology, 2015, data).filled)).toEqual(['E07000201', 'E07000204', 'E07000200', 'E09000015', 'X99999999']);
    expect(codes(councilTiersInYear(topology, 2020, data).filled)).toEqual(['E07000245', 'E07000200', 'E09000015', 'X99999999']);
  });

  it('takes counties and unitary councils as the upper tier, districts not', () => {
    expect(codes(councilTiersInYear(topology, 2015, data).upperTier)).toEqual(['E10000029', 'E10000002', 'E09000015', 'X99999999']);
    // Buckinghamshire County's shape is gone by 2020.
    expect(codes(councilTiersInYear(topology, 2020, data).upperTier)).toEqual(['E10000029', 'E09000015', 'X99999999']);
  });

  it('has nothing for a topology without the layers', () => {
    expect(councilTiersInYear({ type: 'Topology', arcs: [], objects: {} }, 2020, data)).toEqual({ filled: [], upperTier: [] });
  });
});
