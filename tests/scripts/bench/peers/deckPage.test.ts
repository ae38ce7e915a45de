import { describe, expect, it } from 'vitest';
import { boundariesLayer, drawDeckPage, firstViewState, linksLayer, type DeckModules } from '../../../../scripts/bench/peers/deckPage';
import { FIRST_VIEW_BOUNDS, peerScene, type PeerFiles, type PeerLink } from '../../../../scripts/bench/peers/peerData';
import { COUNCILS, makeAppData, PARTNERSHIPS, SERVICES } from '../../../helpers/appData';
import { SQUARES } from '../../../helpers/boundaryTopology';

const files: PeerFiles = { topology: SQUARES, councils: COUNCILS, services: SERVICES, partnerships: PARTNERSHIPS, meta: makeAppData().meta };

/** Layers and a Deck that only keep their props, and a viewport that says what it was fitted to. */
function fakeDeck() {
  class Layer {
    isLoaded = true;
    constructor(readonly props: Record<string, unknown>) {}
  }
  const decks: { props: Record<string, unknown>; setProps(p: object): void }[] = [];
  class Deck {
    constructor(public props: Record<string, unknown>) {
      decks.push(this);
    }
    setProps(p: object) {
      this.props = { ...this.props, ...p };
    }
  }
  class WebMercatorViewport {
    constructor(readonly size: { width: number; height: number }) {}
    fitBounds(bounds: [[number, number], [number, number]]) {
      return { longitude: (bounds[0][0] + bounds[1][0]) / 2, latitude: (bounds[0][1] + bounds[1][1]) / 2, zoom: this.size.width / 1000 };
    }
  }
  return { m: { Deck, WebMercatorViewport, GeoJsonLayer: Layer, LineLayer: Layer } as unknown as DeckModules, decks };
}

const win = () => {
  const marks: string[] = [];
  return { marks, performance: { mark: (name: string) => (marks.push(name), {} as PerformanceMark) }, document: { documentElement: { dataset: {} as DOMStringMap } } };
};

describe('the deck.gl page', () => {
  it('fits the app’s bounds, given as [lon, lat] corners', () => {
    const { m } = fakeDeck();
    const [[south, west], [north, east]] = FIRST_VIEW_BOUNDS;
    expect(firstViewState(m, 1280, 800)).toEqual({ longitude: (west + east) / 2, latitude: (south + north) / 2, zoom: 1.28 });
  });

  it('draws each link from end to end in its colour and width, in CSS pixels', () => {
    const { m } = fakeDeck();
    const link: PeerLink = { id: 'p', key: 'p:a:b', path: [[0, 52], [0.5, 52.6], [1, 53]], colour: '#332288', width: 4.5, dashed: false };
    const props = (linksLayer(m, [link]) as unknown as { props: Record<string, (d: PeerLink) => unknown> }).props;
    expect(props.getSourcePosition!(link)).toEqual([0, 52]);
    expect(props.getTargetPosition!(link)).toEqual([1, 53]);
    expect(props.getColor!(link)).toEqual([0x33, 0x22, 0x88]);
    expect(props.getWidth!(link)).toBe(4.5);
    expect(props.widthUnits).toBe('pixels');
    const shapes = (boundariesLayer(m, peerScene(files)) as unknown as { props: { data: { features: unknown[] } } }).props;
    expect(shapes.data.features).toHaveLength(2);
  });

  it('says the links are drawn after the render that follows new data, and filters by passing the filtered links', () => {
    const { m, decks } = fakeDeck();
    const w = win();
    const scene = peerScene(files);
    const container = { getBoundingClientRect: () => ({ width: 1000, height: 600 }) } as HTMLDivElement;
    const page = drawDeckPage(m, container, scene, w);
    const deck = decks[0]!;
    const render = deck.props.onAfterRender as () => void;
    const linksData = () => ((deck.props.layers as { props: { data: PeerLink[] } }[])[1]!.props.data);
    expect(linksData()).toHaveLength(scene.links.length);
    expect(w.marks).toEqual([]);
    render();
    render();
    expect(w.marks).toEqual(['map-ready', 'links-drawn']);
    expect(page.toggleFilter()).toBe(scene.links.filter((l) => l.id === 'west-suffolk').length);
    expect(linksData().every((l) => l.id === 'west-suffolk')).toBe(true);
    render();
    expect(page.toggleFilter()).toBe(scene.links.length);
    render();
    expect(w.marks).toEqual(['map-ready', 'links-drawn', 'links-drawn', 'links-drawn']);
  });
});
