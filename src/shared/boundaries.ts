import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Year } from './types';

/** Properties of each shape in the bundled boundaries, kept short because there are hundreds. */
export interface BoundaryProperties {
  /** Council code. */
  c: string;
  /** First boundary year the shape was in use (absent: from 2014 or before). */
  f?: Year;
  /** Last boundary year the shape was in use (absent: still in use). */
  l?: Year;
}

export function shapeInYear(properties: BoundaryProperties, year: Year): boolean {
  return (properties.f == null || properties.f <= year) && (properties.l == null || properties.l >= year);
}

/** A shape of the bundled boundaries, as topojson-specification types it with our properties. */
export type BoundaryGeometry = (Polygon | MultiPolygon) & {
  properties: BoundaryProperties;
};

/** The shapes of one layer of the bundled boundaries. */
export function boundaryGeometries(topology: Topology, layer: 'ltla' | 'cty'): BoundaryGeometry[] {
  const collection = topology.objects[layer];
  if (!collection || collection.type !== 'GeometryCollection') return [];
  return collection.geometries as BoundaryGeometry[];
}
