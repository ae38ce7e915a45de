import type { Topology } from 'topojson-specification';

// Two squares of a degree side by side, sharing the meridian as their
// border: Babergh (a district, west) and Harrow (unitary, east), and the
// county of Suffolk drawn over Babergh. Unquantised: arcs in longitude and
// latitude. Babergh's shape ends in 2019; West Suffolk takes its place.
export const SQUARES = {
  type: 'Topology',
  arcs: [
    [
      [0, 52],
      [0, 53],
    ],
    [
      [0, 53],
      [-1, 53],
      [-1, 52],
      [0, 52],
    ],
    [
      [0, 52],
      [1, 52],
      [1, 53],
      [0, 53],
    ],
  ],
  objects: {
    ltla: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { c: 'E07000200', l: 2019 } },
        { type: 'Polygon', arcs: [[0, 1]], properties: { c: 'E07000245', f: 2020 } },
        { type: 'Polygon', arcs: [[2, -1]], properties: { c: 'E09000015' } },
      ],
    },
    cty: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 1]], properties: { c: 'E10000029' } }] },
  },
} as unknown as Topology;
