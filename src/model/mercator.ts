import type { LonLat } from './links';

// Web Mercator (EPSG:3857), as Leaflet 1.9.4 projects it, without Leaflet:
// the link grouping grid and the boundary arcs need world pixels, and the
// pure core cannot ask a map. The arithmetic follows Leaflet's own, step
// for step (L.Projection.SphericalMercator, then L.CRS.EPSG3857's
// transformation at 256 × 2^zoom pixels), so a point lands on exactly the
// pixel Leaflet would put it on; tests/model/mercator.test.ts checks that.

const EARTH_RADIUS = 6378137;
const MAX_LATITUDE = 85.0511287798;
const TRANSFORM_SCALE = 0.5 / (Math.PI * EARTH_RADIUS);

/** Pixels across the whole world at a zoom level. */
export function worldSize(zoom: number): number {
  return 256 * Math.pow(2, zoom);
}

/** World pixels of a longitude and latitude at a zoom level (0 at the top left of the world). */
export function projectLonLat([lon, lat]: LonLat, zoom: number): [number, number] {
  const d = Math.PI / 180;
  const sin = Math.sin(Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * d);
  const x = EARTH_RADIUS * lon * d;
  const y = (EARTH_RADIUS * Math.log((1 + sin) / (1 - sin))) / 2;
  const scale = worldSize(zoom);
  return [scale * (TRANSFORM_SCALE * x + 0.5), scale * (-TRANSFORM_SCALE * y + 0.5)];
}

/** The longitude and latitude at world pixels of a zoom level. */
export function unprojectPoint([px, py]: readonly [number, number], zoom: number): [number, number] {
  const scale = worldSize(zoom);
  const x = (px / scale - 0.5) / TRANSFORM_SCALE;
  const y = (py / scale - 0.5) / -TRANSFORM_SCALE;
  const d = 180 / Math.PI;
  return [(x * d) / EARTH_RADIUS, (2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) * d];
}
