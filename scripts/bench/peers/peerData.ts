import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { buildIndexes, type AppData } from '../../../src/data/indexes';
import { serviceColourScale } from '../../../src/model/colours';
import { filterPartnerships } from '../../../src/model/filters';
import { buildLinks, type Link, type LonLat } from '../../../src/model/links';
import { partnershipWidthScale } from '../../../src/model/linkWidth';
import { boundaryYearFor } from '../../../src/model/years';
import { boundaryGeometries, shapeInYear, type BoundaryProperties } from '../../../src/shared/boundaries';
import { DATA_DIR, DATA_FILES, FIRST_VIEW_FILES } from '../../../src/shared/dataFiles';
import type { BuildMeta, Council, PartnershipSummary, ServiceArea } from '../../../src/shared/types';

// What the reference pages draw, worked out the way the app works it out:
// the same files, the app's own link model (src/model: which councils a
// partnership joins, the star from its lead, the bends between links of the
// same pair, the width from its savings, the colour of its service area),
// and the same first view (no year chosen: the latest boundaries). This
// module runs in the page (bundled by peerBuild.ts) and in the tests.

/** The first view's files, as fetched. */
export interface PeerFiles {
  topology: Topology;
  councils: Council[];
  services: ServiceArea[];
  partnerships: PartnershipSummary[];
  meta: BuildMeta;
}

/** One link as a reference page draws it: a polyline in [lon, lat]. */
export interface PeerLink {
  /** Its partnership's id (what a filter picks by). */
  id: string;
  key: string;
  /** Two points when straight; the app's quadratic curve, sampled, when bent. */
  path: LonLat[];
  /** The colour of its first service area (the app draws several as stripes). */
  colour: string;
  /** Line width in CSS pixels, as the app's model gives it. */
  width: number;
  /** Unknown savings: the app draws these thin and dashed. */
  dashed: boolean;
}

export interface PeerScene {
  data: AppData;
  boundaries: FeatureCollection<Geometry, BoundaryProperties>;
  links: PeerLink[];
  /** The service area the filter toggles: the first of the taxonomy, as the bench's click on the app's key does. */
  filterService: string;
}

/** The paths of the first view's files, relative to a page two folders down (peers/NAME/). */
export const PEER_DATA_PATHS = Object.fromEntries(FIRST_VIEW_FILES.map((key) => [key, `../../${DATA_DIR}/${DATA_FILES[key]}`])) as Record<(typeof FIRST_VIEW_FILES)[number], string>;

/** The first view's bounds, [south, west] and [north, east], as the app fits them (UK_BOUNDS in src/map/MapView.tsx). */
export const FIRST_VIEW_BOUNDS: [[number, number], [number, number]] = [
  [49.85, -8.2],
  [60.86, 1.77],
];

/** Segments a bent link is drawn with. */
export const CURVE_STEPS = 8;

/** Web Mercator, in world units of 0–1 with y down: Leaflet's pixels at any zoom, scaled. */
export function mercator([lon, lat]: LonLat): [number, number] {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

export function unmercator([x, y]: readonly [number, number]): LonLat {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

/**
 * A link's line: straight, or the app's quadratic curve (linkDrawables.ts:
 * control point off the midpoint, perpendicular to a→b by the bend, in
 * projected pixels) sampled into CURVE_STEPS segments.
 */
export function linkPath(a: LonLat, b: LonLat, bend: number, steps = CURVE_STEPS): LonLat[] {
  if (bend === 0) return [a, b];
  const [x0, y0] = mercator(a);
  const [x1, y1] = mercator(b);
  const cx = (x0 + x1) / 2 - (y1 - y0) * bend;
  const cy = (y0 + y1) / 2 + (x1 - x0) * bend;
  const path: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    path.push(unmercator([u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1]));
  }
  return path;
}

export function peerLink(link: Link, colour: (service: string) => string): PeerLink {
  return {
    id: link.partnership.id,
    key: link.key,
    path: linkPath(link.pointA, link.pointB, link.bend),
    colour: colour(link.services[0] ?? ''),
    width: link.width,
    dashed: link.unknownSavings,
  };
}

/** The council shapes of the first view: the lower-tier shapes in use in the latest boundary year. */
export function boundaryFeatures(topology: Topology): FeatureCollection<Geometry, BoundaryProperties> {
  const year = boundaryYearFor(null);
  const geometries = boundaryGeometries(topology, 'ltla').filter((g) => shapeInYear(g.properties, year));
  const features = geometries.map((g) => feature(topology, g) as Feature<Geometry, BoundaryProperties>);
  return { type: 'FeatureCollection', features };
}

/** Everything a reference page draws, from the files the app loads. */
export function peerScene(files: PeerFiles): PeerScene {
  const data = buildIndexes({ ...files, rejected: [] });
  const colour = serviceColourScale(data.services);
  const links = buildLinks(data.partnerships, null, data, partnershipWidthScale(data.partnerships)).map((l) => peerLink(l, colour));
  return { data, boundaries: boundaryFeatures(files.topology), links, filterService: data.services[0]?.id ?? '' };
}

/** The partnerships shown with the filter on (only the filter's service area) or off (all), by the app's own filter. */
export function shownIds(scene: Pick<PeerScene, 'data' | 'filterService'>, filterOn: boolean): Set<string> {
  const services = filterOn ? [scene.filterService] : [];
  return new Set(filterPartnerships(scene.data, { services, savings: [], status: [], area: null, year: null }).map((p) => p.id));
}

/** The links shown when the partnerships in `shown` are. */
export function linksShown(links: readonly PeerLink[], shown: ReadonlySet<string>): PeerLink[] {
  return links.filter((l) => shown.has(l.id));
}

/** What a filter change does to the layers: the links to take off and to put back (the rest stay as they are). */
export function linkChanges(links: readonly PeerLink[], before: ReadonlySet<string>, after: ReadonlySet<string>): { remove: PeerLink[]; add: PeerLink[] } {
  const remove: PeerLink[] = [];
  const add: PeerLink[] = [];
  for (const link of links) {
    const was = before.has(link.id);
    const is = after.has(link.id);
    if (was && !is) remove.push(link);
    else if (is && !was) add.push(link);
  }
  return { remove, add };
}

/** Fetch the first view's files (the same the app fetches), as JSON. */
export async function fetchPeerFiles(fetchImpl: typeof fetch = fetch.bind(globalThis), paths = PEER_DATA_PATHS): Promise<PeerFiles> {
  const get = async (path: string) => {
    const response = await fetchImpl(path);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as unknown;
  };
  const [topology, councils, services, partnerships, meta] = await Promise.all(FIRST_VIEW_FILES.map((key) => get(paths[key])));
  return { topology, councils, services, partnerships, meta } as PeerFiles;
}
