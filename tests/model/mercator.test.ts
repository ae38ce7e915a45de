// @vitest-environment jsdom
// (Leaflet, the reference here, needs a window to load.)
import fc from 'fast-check';
import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { projectLonLat, unprojectPoint, worldSize } from '../../src/model/mercator';

// Leaflet is the reference: the pure projection must put every point on the pixel Leaflet's would.
const lonLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }));
const zoom = fc.integer({ min: 0, max: 14 });

describe('projectLonLat', () => {
  it('is exactly L.CRS.EPSG3857.latLngToPoint, clamped latitudes included', () => {
    fc.assert(
      fc.property(lonLat, zoom, ([lon, lat], z) => {
        const leaflet = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), z);
        expect(projectLonLat([lon, lat], z)).toEqual([leaflet.x, leaflet.y]);
      }),
    );
  });

  it('puts the meridian and the equator at the middle of the world', () => {
    expect(projectLonLat([0, 0], 3)).toEqual([worldSize(3) / 2, worldSize(3) / 2]);
    expect(worldSize(0)).toBe(256);
  });
});

describe('unprojectPoint', () => {
  it('is exactly L.CRS.EPSG3857.pointToLatLng', () => {
    const pixel = fc.tuple(fc.double({ min: 0, max: 256, noNaN: true }), fc.double({ min: 0, max: 256, noNaN: true }));
    fc.assert(
      fc.property(pixel, ([x, y]) => {
        const leaflet = L.CRS.EPSG3857.pointToLatLng(L.point(x, y), 0);
        expect(unprojectPoint([x, y], 0)).toEqual([leaflet.lng, leaflet.lat]);
      }),
    );
  });

  it('undoes projectLonLat', () => {
    const [lon, lat] = unprojectPoint(projectLonLat([-3.18, 51.5], 7), 7);
    expect(lon).toBeCloseTo(-3.18, 9);
    expect(lat).toBeCloseTo(51.5, 9);
  });
});
