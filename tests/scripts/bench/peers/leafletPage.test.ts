import type * as Leaflet from 'leaflet';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_STYLE, drawLeafletPage, linkOptions } from '../../../../scripts/bench/peers/leafletPage';
import { FIRST_VIEW_BOUNDS, peerScene, type PeerFiles } from '../../../../scripts/bench/peers/peerData';
import { COUNCILS, makeAppData, PARTNERSHIPS, SERVICES } from '../../../helpers/appData';
import { SQUARES } from '../../../helpers/boundaryTopology';

const files: PeerFiles = { topology: SQUARES, councils: COUNCILS, services: SERVICES, partnerships: PARTNERSHIPS, meta: makeAppData().meta };

/** Just enough of Leaflet to see what the page asks of it: layers made, added and removed. */
function fakeLeaflet() {
  const log: string[] = [];
  const layer = (kind: string, extra: object = {}) => ({ kind, ...extra, addTo: () => (log.push(`add ${kind}`), layerObject(kind)) });
  const groups: Set<unknown>[] = [];
  function layerObject(kind: string) {
    if (kind !== 'group') return {};
    const members = new Set<unknown>();
    groups.push(members);
    return {
      addLayer: (l: unknown) => (members.add(l), log.push('group +1')),
      removeLayer: (l: unknown) => (members.delete(l), log.push('group -1')),
      getLayers: () => [...members],
    };
  }
  const l = {
    canvas: () => ({ kind: 'canvas' }),
    map: (_el: unknown, options: Leaflet.MapOptions) => ({ options, fitBounds: (b: unknown) => log.push(`fit ${JSON.stringify(b)}`) }),
    geoJSON: (data: { features: unknown[] }, options: Leaflet.GeoJSONOptions) => layer('shapes', { data, options }),
    layerGroup: () => layer('group'),
    polyline: (latLngs: [number, number][], options: Leaflet.PolylineOptions) => ({ latLngs, options }),
  };
  return { l: l as unknown as typeof Leaflet, log, groups };
}

function page() {
  const frames: (() => void)[] = [];
  const marks: string[] = [];
  const win = {
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
    performance: { mark: (name: string) => (marks.push(name), {} as PerformanceMark) },
    document: { documentElement: { dataset: {} as DOMStringMap } },
  };
  return { win, frames, marks };
}

describe('the plain Leaflet page', () => {
  it('gives each link the app’s colour and width, dashed when its savings are unknown', () => {
    const renderer = {} as Leaflet.Renderer;
    const scene = peerScene(files);
    const dashed = scene.links.find((l) => l.dashed)!;
    const solid = scene.links.find((l) => !l.dashed)!;
    expect(linkOptions(solid, renderer)).toMatchObject({ renderer, color: solid.colour, weight: solid.width });
    expect(linkOptions(solid, renderer).dashArray).toBeUndefined();
    expect(linkOptions(dashed, renderer).dashArray).toBe('4 4');
    expect(BOUNDARY_STYLE.fillOpacity).toBe(1);
  });

  it('draws the shapes and every link on one canvas renderer, and says so after the next frame', () => {
    const { l, log, groups } = fakeLeaflet();
    const { win, frames, marks } = page();
    const scene = peerScene(files);
    const drawn = drawLeafletPage(l, {} as HTMLElement, scene, win);
    expect(log[0]).toBe(`fit ${JSON.stringify(FIRST_VIEW_BOUNDS)}`);
    expect(log).toContain('add shapes');
    expect(groups[0]!.size).toBe(scene.links.length);
    expect(drawn.lines.size).toBe(scene.links.length);
    expect(marks).toEqual([]);
    frames.shift()!();
    expect(marks).toEqual(['map-ready', 'links-drawn']);
  });

  it('takes off and puts back only the links a filter changes', () => {
    const { l, log, groups } = fakeLeaflet();
    const { win, frames, marks } = page();
    const scene = peerScene(files);
    const drawn = drawLeafletPage(l, {} as HTMLElement, scene, win);
    const before = log.length;
    // The first service area is management: only west-suffolk has it.
    const on = drawn.toggleFilter();
    const keep = scene.links.filter((x) => x.id === 'west-suffolk').length;
    expect(on).toEqual({ removed: scene.links.length - keep, added: 0 });
    expect(groups[0]!.size).toBe(keep);
    expect(log.slice(before).every((line) => line === 'group -1')).toBe(true);
    const off = drawn.toggleFilter();
    expect(off).toEqual({ removed: 0, added: scene.links.length - keep });
    expect(groups[0]!.size).toBe(scene.links.length);
    frames.splice(0).forEach((f) => f());
    expect(marks.filter((m) => m === 'links-drawn')).toHaveLength(3);
  });
});
