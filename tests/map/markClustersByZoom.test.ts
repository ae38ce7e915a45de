import L from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { markDrawables, markScaleAt } from '../../src/map/groupMarks';
import { MarkClustersByZoom } from '../../src/map/markClustersByZoom';
import { buildLinks } from '../../src/model/links';
import { savingsWidthScale } from '../../src/model/linkWidth';
import { partitionLinks } from '../../src/model/membership';
import { makeAppData, partnership } from '../helpers/appData';

// The work ahead runs at once here, as an idle browser would run it.
const idle = vi.hoisted(() => ({ tasks: [] as (() => void)[] }));
vi.mock('../../src/map/idleWork', async (original) => ({
  ...(await original<typeof import('../../src/map/idleWork')>()),
  runWhenIdle: (tasks: readonly (() => void)[]) => {
    idle.tasks.push(...tasks);
    return () => idle.tasks.splice(0);
  },
}));
const runIdle = () => idle.tasks.splice(0).forEach((task) => task());

const data = makeAppData();
const groups = [
  partnership({ id: 'a', councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'], lead: 'E10000002', services: ['waste'] }),
  partnership({ id: 'b', councils: ['E10000029', 'E07000201', 'E07000204', 'E07000200', 'E10000002'], lead: 'E07000200', services: ['ict'] }),
];
const { marks } = partitionLinks(buildLinks(groups, 2015, data, savingsWidthScale(1)));

/** Enough of a Leaflet map for the clusters: its zoom, pixel origin and projection (Leaflet's own). */
function fakeMap(zoom: number) {
  const map = {
    zoom,
    origin: L.point(1000, 2000),
    getZoom: () => map.zoom,
    getPixelOrigin: () => map.origin,
    getMinZoom: () => 4.5,
    getMaxZoom: () => 12,
    project: vi.fn((latLng: L.LatLngExpression, z: number) => L.CRS.EPSG3857.latLngToPoint(L.latLng(latLng), z)),
  };
  return map;
}

describe('MarkClustersByZoom', () => {
  it('places the marks as markDrawables would in layer pixels (the world point less the pixel origin)', () => {
    const clusters = new MarkClustersByZoom();
    clusters.setMarks(marks);
    const map = fakeMap(9);
    const placed = clusters.at(map as unknown as L.Map);
    const expected = markDrawables(marks, (_code, [lon, lat]) => L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), 9).round().subtract(map.getPixelOrigin()), markScaleAt(9));
    expect(placed.map((d) => [d.x0, d.y0, d.markRadius, d.ids])).toEqual(expected.map((d) => [d.x0, d.y0, d.markRadius, d.ids]));
  });

  it('works a zoom out once, and the zooms a wheel step reaches while idle, so a zoom finds them ready', () => {
    const clusters = new MarkClustersByZoom();
    clusters.setMarks(marks);
    const map = fakeMap(6);
    clusters.at(map as unknown as L.Map);
    const once = map.project.mock.calls.length;
    expect(once).toBe(marks.length);
    // A pan (a new pixel origin) or the same zoom again: no new work.
    map.origin = L.point(0, 0);
    const panned = clusters.at(map as unknown as L.Map);
    expect(map.project.mock.calls.length).toBe(once);
    expect(panned[0]!.x0).toBe(L.CRS.EPSG3857.latLngToPoint(L.latLng(marks[0]!.point[1], marks[0]!.point[0]), 6).round().x);
    runIdle();
    const ahead = map.project.mock.calls.map(([, z]) => z);
    expect(new Set(ahead)).toEqual(new Set([6, 7.25, 4.75, 6.25, 5.75, 6.5, 5.5, 8.5]));
    map.zoom = 7.25;
    const before = map.project.mock.calls.length;
    clusters.at(map as unknown as L.Map);
    expect(map.project.mock.calls.length).toBe(before);
  });

  it('starts again for new marks, and drops the work ahead for the old ones', () => {
    const clusters = new MarkClustersByZoom();
    clusters.setMarks(marks);
    const map = fakeMap(7);
    clusters.at(map as unknown as L.Map);
    clusters.setMarks(marks.slice(0, 1));
    expect(idle.tasks).toHaveLength(0);
    expect(clusters.at(map as unknown as L.Map).flatMap((d) => d.ids)).toEqual([marks[0]!.partnership.id]);
  });
});
