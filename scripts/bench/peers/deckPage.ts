import type { Deck, DeckProps, Layer, WebMercatorViewport } from '@deck.gl/core';
import type { GeoJsonLayer, LineLayer } from '@deck.gl/layers';
import { BOUNDARY_COLOURS } from '../../../src/map/palette';
import { fetchPeerFiles, FIRST_VIEW_BOUNDS, linksShown, shownIds, peerScene, type PeerLink, type PeerScene } from './peerData';
import { rgbOf, signalLinksDrawn, type SignalTarget } from './peerSignal';

// The deck.gl reference page: what a data journalist would write with
// deck.gl 9 alone, on WebGL. The council shapes as a GeoJsonLayer, the links
// as a LineLayer (straight, one colour each) in the app's colours and
// widths; a filter passes the filtered links as the layer's new data, which
// is how deck.gl is meant to be updated. deck.gl calls onAfterRender after
// each frame it draws: the first after new data, once the layer is loaded,
// is when the page says the links are drawn.

export interface DeckModules {
  Deck: typeof Deck;
  WebMercatorViewport: typeof WebMercatorViewport;
  GeoJsonLayer: typeof GeoJsonLayer;
  LineLayer: typeof LineLayer;
}

export interface DeckPage {
  deck: Deck;
  toggleFilter(): number;
}

/** The first view's longitude, latitude and zoom: the app's bounds fitted to the canvas. */
export function firstViewState(m: Pick<DeckModules, 'WebMercatorViewport'>, width: number, height: number): { longitude: number; latitude: number; zoom: number } {
  const [[south, west], [north, east]] = FIRST_VIEW_BOUNDS;
  const { longitude, latitude, zoom } = new m.WebMercatorViewport({ width, height }).fitBounds([
    [west, south],
    [east, north],
  ]);
  return { longitude, latitude, zoom };
}

/** The links layer over `data`: ends of the app's line, its colour and width in CSS pixels. */
export function linksLayer(m: Pick<DeckModules, 'LineLayer'>, data: readonly PeerLink[]): LineLayer<PeerLink> {
  return new m.LineLayer<PeerLink>({
    id: 'links',
    data,
    getSourcePosition: (d) => [d.path[0]![0], d.path[0]![1]],
    getTargetPosition: (d) => [d.path.at(-1)![0], d.path.at(-1)![1]],
    getColor: (d) => rgbOf(d.colour),
    getWidth: (d) => d.width,
    widthUnits: 'pixels',
  });
}

export function boundariesLayer(m: Pick<DeckModules, 'GeoJsonLayer'>, scene: PeerScene): GeoJsonLayer {
  return new m.GeoJsonLayer({
    id: 'boundaries',
    data: scene.boundaries,
    filled: true,
    stroked: true,
    getFillColor: rgbOf(BOUNDARY_COLOURS.fill),
    getLineColor: rgbOf(BOUNDARY_COLOURS.stroke),
    getLineWidth: 0.6,
    lineWidthUnits: 'pixels',
  });
}

/** Draw the scene with deck.gl in `container`, and say when the links are drawn. */
export function drawDeckPage(m: DeckModules, container: HTMLDivElement, scene: PeerScene, win: SignalTarget): DeckPage {
  const boundaries = boundariesLayer(m, scene);
  let links = linksLayer(m, scene.links);
  let pending: number | null = scene.links.length;
  const onAfterRender = () => {
    if (pending == null || !links.isLoaded) return;
    signalLinksDrawn(win, pending);
    pending = null;
  };
  const { width, height } = container.getBoundingClientRect();
  const props: DeckProps = { parent: container, initialViewState: firstViewState(m, width, height), controller: true, layers: [boundaries, links] as Layer[], onAfterRender };
  const deck = new m.Deck(props);
  let filterOn = false;
  return {
    deck,
    toggleFilter() {
      filterOn = !filterOn;
      const data = linksShown(scene.links, shownIds(scene, filterOn));
      links = linksLayer(m, data);
      pending = data.length;
      deck.setProps({ layers: [boundaries, links] as Layer[] });
      return data.length;
    },
  };
}

/** The page: fetch the app's files, draw them, and wire the filter button (class legend-service, as the app's key). */
export async function runDeckPage(m: DeckModules, win: Window & typeof globalThis): Promise<void> {
  const scene = peerScene(await fetchPeerFiles(win.fetch.bind(win)));
  const page = drawDeckPage(m, win.document.getElementById('map') as HTMLDivElement, scene, win);
  // For a look from DevTools or a probe: the page's deck and its filter.
  Object.assign(win, { __peer: page });
  const button = win.document.querySelector<HTMLButtonElement>('.legend-service')!;
  button.textContent = scene.data.serviceById.get(scene.filterService)?.label ?? scene.filterService;
  button.addEventListener('click', () => {
    page.toggleFilter();
    button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
  });
}
