import polylabel from 'polylabel';
import { feature, quantize } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon, Position } from 'geojson';
import { FIRST_BOUNDARY_YEAR, LAST_BOUNDARY_YEAR } from '../../src/shared/types';
import type { BoundaryProperties } from '../../src/shared/boundaries';

// The app's boundaries: lower-tier/unitary councils and counties for every
// year 2014–2025 from the ONS TopoJSON, keyed by council code and trimmed
// to what the app draws (no names, no other layers, arcs nobody uses
// dropped, coordinates on a coarser grid than the source's).

/**
 * North Lanarkshire and Glasgow City keep their pre-2019 codes in every
 * year of the ONS file (SOURCE.md, "Known quirks"); these are their codes today.
 */
export const SCOTTISH_CODE_FIXES: Record<string, string> = {
  S12000044: 'S12000050',
  S12000046: 'S12000049',
};

/**
 * Grid of the output coordinates. The source's shapes are generalised to
 * 200 m; a 20,000-step grid over the UK’s extent is about 55 m north–south
 * and 35 m east–west, well inside that, and much shorter to write.
 */
const QUANTIZATION = 20_000;

type SourceGeometry = (Polygon | MultiPolygon) & {
  properties: { areacd: string; areanm: string; start?: number; end?: number };
};

type OutputGeometry = (Polygon | MultiPolygon) & { properties: BoundaryProperties };

export interface BoundaryBuildResult {
  topology: Topology;
  /** [lon, lat] inside each council's shape, by council code. */
  points: Map<string, [number, number]>;
  /** Council codes with a shape in each year, by layer. */
  shapesByYear: Record<string, { ltla: number; cty: number }>;
  warnings: string[];
}

function sameArcs(a: SourceGeometry, b: SourceGeometry): boolean {
  return JSON.stringify(a.arcs) === JSON.stringify(b.arcs);
}

/** Turn delta-encoded, quantised arcs back into absolute coordinates. */
function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0]!, p[1]!]);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** Keep only the arcs these geometries use, renumbered in order of use. */
function pruneArcs(arcs: Position[][], geometries: OutputGeometry[]): Position[][] {
  const newIndex = new Map<number, number>();
  const kept: Position[][] = [];
  const remap = (index: number): number => {
    const original = index < 0 ? ~index : index;
    let mapped = newIndex.get(original);
    if (mapped === undefined) {
      mapped = kept.length;
      newIndex.set(original, mapped);
      kept.push(arcs[original]!);
    }
    return index < 0 ? ~mapped : mapped;
  };
  for (const g of geometries) {
    if (g.type === 'Polygon') g.arcs = g.arcs.map((ring) => ring.map(remap));
    else g.arcs = g.arcs.map((polygon) => polygon.map((ring) => ring.map(remap)));
  }
  return kept;
}

function ringArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    area += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return Math.abs(area / 2);
}

/**
 * A point well inside the largest part of a shape, so a link ends inside its
 * council even for an L-shaped district or an island group. Polylabel works
 * on a plane, so longitudes are scaled by cos(latitude) first.
 */
export function attachmentPoint(geometry: GeoPolygon | GeoMultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0]!;
  let largestArea = -1;
  for (const polygon of polygons) {
    const area = ringArea(polygon[0]!);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  const lat0 = largest[0]!.reduce((sum, p) => sum + p[1]!, 0) / largest[0]!.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const projected = largest.map((ring) => ring.map((p) => [p[0]! * k, p[1]!]));
  const best = polylabel(projected, 0.0005);
  return [round(best[0]! / k, 4), round(best[1]!, 4)];
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function buildBoundaries(source: Topology, codeToCouncil: Map<string, string>): BoundaryBuildResult {
  const warnings: string[] = [];
  const layers: Record<'ltla' | 'cty', OutputGeometry[]> = { ltla: [], cty: [] };

  for (const layer of ['ltla', 'cty'] as const) {
    const collection = source.objects[layer];
    if (!collection || collection.type !== 'GeometryCollection') throw new Error(`the ONS topology has no ${layer} collection`);
    const byCouncil = new Map<string, SourceGeometry[]>();
    for (const raw of collection.geometries as GeometryObject[]) {
      const g = raw as SourceGeometry;
      const areaCode = SCOTTISH_CODE_FIXES[g.properties.areacd] ?? g.properties.areacd;
      const council = codeToCouncil.get(areaCode);
      if (!council) {
        warnings.push(`${layer} area ${areaCode} ${g.properties.areanm} matches no council in the register; left out`);
        continue;
      }
      const list = byCouncil.get(council) ?? [];
      list.push(g);
      byCouncil.set(council, list);
    }
    for (const [council, geometries] of byCouncil) {
      // A code change with the same shape (Fife 2018, Barnsley 2025) is one shape for all its years.
      const merged: { geometry: SourceGeometry; from?: number; to?: number }[] = [];
      for (const g of geometries) {
        const twin = merged.find((m) => sameArcs(m.geometry, g));
        if (twin) {
          twin.from = twin.from === undefined || g.properties.start === undefined ? undefined : Math.min(twin.from, g.properties.start);
          twin.to = twin.to === undefined || g.properties.end === undefined ? undefined : Math.max(twin.to, g.properties.end);
        } else {
          merged.push({ geometry: g, from: g.properties.start, to: g.properties.end });
        }
      }
      for (const m of merged) {
        const properties: BoundaryProperties = { c: council };
        if (m.from !== undefined) properties.f = m.from;
        if (m.to !== undefined) properties.l = m.to;
        const out = { type: m.geometry.type, arcs: m.geometry.arcs, properties } as OutputGeometry;
        layers[layer].push(out);
      }
    }
    layers[layer].sort((a, b) => a.properties.c.localeCompare(b.properties.c) || (a.properties.f ?? 0) - (b.properties.f ?? 0));
  }

  const absolute = decodeArcs(source);
  // Copy the arc lists, so pruning does not touch the source topology.
  const all = [...layers.ltla, ...layers.cty].map((g) => ({ ...g, arcs: JSON.parse(JSON.stringify(g.arcs)) }) as OutputGeometry);
  const ltla = all.slice(0, layers.ltla.length);
  const cty = all.slice(layers.ltla.length);
  const arcs = pruneArcs(absolute, all);
  const unquantized: Topology<{ ltla: GeometryCollection<BoundaryProperties>; cty: GeometryCollection<BoundaryProperties> }> = {
    type: 'Topology',
    arcs,
    objects: {
      ltla: { type: 'GeometryCollection', geometries: ltla },
      cty: { type: 'GeometryCollection', geometries: cty },
    },
  };
  const topology = quantize(unquantized, QUANTIZATION);

  // Points from the unquantised shapes; for a council with several shapes, its latest.
  const points = new Map<string, [number, number]>();
  for (const layer of ['ltla', 'cty'] as const) {
    for (const g of [...(layer === 'ltla' ? ltla : cty)].sort((a, b) => (a.properties.l ?? 9999) - (b.properties.l ?? 9999))) {
      const f = feature(unquantized, g) as Feature<GeoPolygon | GeoMultiPolygon>;
      points.set(g.properties.c, attachmentPoint(f.geometry));
    }
  }

  const shapesByYear: BoundaryBuildResult['shapesByYear'] = {};
  for (let year = FIRST_BOUNDARY_YEAR; year <= LAST_BOUNDARY_YEAR; year++) {
    const count = (list: OutputGeometry[]) =>
      list.filter((g) => (g.properties.f ?? -Infinity) <= year && (g.properties.l ?? Infinity) >= year).length;
    shapesByYear[year] = { ltla: count(ltla), cty: count(cty) };
  }
  return { topology, points, shapesByYear, warnings };
}
