import type * as Leaflet from 'leaflet';
import { BOUNDARY_COLOURS } from '../../../src/map/palette';
import { fetchPeerFiles, FIRST_VIEW_BOUNDS, linkChanges, shownIds, peerScene, type PeerLink, type PeerScene } from './peerData';
import { signalLinksDrawn, type SignalTarget } from './peerSignal';

// The plain-Leaflet reference page: what a web team would write with
// Leaflet 1.9 alone. One canvas renderer (L.canvas()) for everything; the
// council shapes as one L.geoJSON layer; each link an L.polyline, in the
// app's colours and widths; a filter takes off and puts back only the links
// it changes. Leaflet draws a canvas in the animation frame after a change,
// so a requestAnimationFrame callback asked for after the change runs after
// that draw, in the same frame: that is when it says the links are drawn.

type L = typeof Leaflet;

export interface LeafletPage {
  map: Leaflet.Map;
  /** The links' polylines, by link key. */
  lines: Map<string, Leaflet.Polyline>;
  /** Toggle the filter; returns the links taken off and put back. */
  toggleFilter(): { removed: number; added: number };
}

/** The options of a link's polyline: the app's colour and width, dashed when its savings are unknown. */
export function linkOptions(link: PeerLink, renderer: Leaflet.Renderer): Leaflet.PolylineOptions {
  return { renderer, color: link.colour, weight: link.width, opacity: 1, lineCap: 'round', ...(link.dashed ? { dashArray: '4 4' } : {}) };
}

/** The council shapes' style: the app's land and border colours. */
export const BOUNDARY_STYLE: Leaflet.PathOptions = { color: BOUNDARY_COLOURS.stroke, weight: 0.6, fillColor: BOUNDARY_COLOURS.fill, fillOpacity: 1 };

/** Polylines take [lat, lon]. */
const latLngs = (link: PeerLink): [number, number][] => link.path.map(([lon, lat]) => [lat, lon]);

/** Draw the scene on a map in `container`, and say when the links are drawn. */
export function drawLeafletPage(l: L, container: HTMLElement, scene: PeerScene, win: SignalTarget & { requestAnimationFrame(cb: () => void): number }): LeafletPage {
  const renderer = l.canvas();
  const map = l.map(container, { renderer, preferCanvas: true, zoomSnap: 0.25, minZoom: 4.5 });
  map.fitBounds(FIRST_VIEW_BOUNDS, { animate: false });
  l.geoJSON(scene.boundaries, { renderer, style: () => BOUNDARY_STYLE, interactive: false } as Leaflet.GeoJSONOptions).addTo(map);
  const group = l.layerGroup().addTo(map);
  const lines = new Map<string, Leaflet.Polyline>();
  for (const link of scene.links) {
    const line = l.polyline(latLngs(link), linkOptions(link, renderer));
    lines.set(link.key, line);
    group.addLayer(line);
  }
  const drawn = (count: number) => win.requestAnimationFrame(() => signalLinksDrawn(win, count));
  let filterOn = false;
  let shown = shownIds(scene, false);
  drawn(lines.size);
  return {
    map,
    lines,
    toggleFilter() {
      filterOn = !filterOn;
      const next = shownIds(scene, filterOn);
      const { remove, add } = linkChanges(scene.links, shown, next);
      for (const link of remove) group.removeLayer(lines.get(link.key)!);
      for (const link of add) group.addLayer(lines.get(link.key)!);
      shown = next;
      drawn(group.getLayers().length);
      return { removed: remove.length, added: add.length };
    },
  };
}

/** The page: fetch the app's files, draw them, and wire the filter button (class legend-service, as the app's key). */
export async function runLeafletPage(l: L, win: Window & typeof globalThis): Promise<void> {
  const scene = peerScene(await fetchPeerFiles(win.fetch.bind(win)));
  const page = drawLeafletPage(l, win.document.getElementById('map')!, scene, win);
  const button = win.document.querySelector<HTMLButtonElement>('.legend-service')!;
  button.textContent = scene.data.serviceById.get(scene.filterService)?.label ?? scene.filterService;
  button.addEventListener('click', () => {
    page.toggleFilter();
    button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
  });
}
