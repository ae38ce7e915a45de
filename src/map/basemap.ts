// An optional basemap under the council shapes. Off by default: the map
// then makes no request to any other site. A council that wants one sets
// both variables when it builds (see the README), and adds the tile host to
// its Content-Security-Policy's img-src.

export interface BasemapSettings {
  url: string;
  attribution: string;
}

export function basemapSettings(env: { VITE_BASEMAP_URL?: string; VITE_BASEMAP_ATTRIBUTION?: string } = import.meta.env): BasemapSettings | null {
  const url = env.VITE_BASEMAP_URL?.trim();
  const attribution = env.VITE_BASEMAP_ATTRIBUTION?.trim();
  // Both or nothing: tiles without their attribution would break their licence.
  return url && attribution ? { url, attribution } : null;
}
