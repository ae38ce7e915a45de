import type { PageName, PeerRun } from '../../scripts/bench/peers/peerMeasure';
import { judgePeers, pageResult, type PeerDataset, type PeersResult } from '../../scripts/bench/peers/peerResults';
import { LEFT_OUT } from '../../scripts/bench/peers/runPeers';

// Made-up peers' results, as the bench writes them, for the markdown and merge tests.

const timing = (ms: number) => ({ toDrawMs: ms - 10, toFrameMs: ms, links: 1 });

/** One run of a page with the times given (links drawn, filter changes) and its bytes. */
export function peerRunOf(page: PageName, run: number, linksShownMs: number, filters: number[], js: number, extra: Partial<PeerRun> = {}): PeerRun {
  return { page, run, linksShownMs, links: 2000, drawn: page === 'app' ? 900 : 2000, heap: 12 * 2 ** 20, filterOns: filters.slice(0, 1).map(timing), filterOffs: filters.slice(1).map(timing), js, total: js * 3, errors: [], ...extra };
}

/** A dataset where the app, Leaflet and deck.gl take the given times to draw the links, and the filter the given times. */
export function peerDatasetOf(dataset: string, [app, leaflet, deck]: [number, number, number], [fApp, fLeaflet, fDeck]: [number, number, number]): PeerDataset {
  const runs = [peerRunOf('app', 1, app, [fApp, fApp], 150 * 1024), peerRunOf('leaflet', 1, leaflet, [fLeaflet, fLeaflet], 48 * 1024), peerRunOf('deck', 1, deck, [fDeck, fDeck], 266 * 1024)];
  return { dataset, partnerships: dataset === 'real' ? 800 : Number(dataset), pages: (['app', 'leaflet', 'deck'] as const).map((p) => pageResult(p, runs)) };
}

export function peersResultOf(datasets: PeerDataset[], extra: Partial<PeersResult> = {}): PeersResult {
  return {
    date: '2026-01-02T03:04:05.000Z',
    command: 'npm run bench -- --peers-only',
    commit: 'commit abc1234',
    chromium: '150.0',
    runs: 1,
    clicks: 1,
    versions: { leaflet: '1.9.4', '@deck.gl/core': '9.4.0' },
    datasets,
    targets: judgePeers(datasets),
    leftOut: [...LEFT_OUT],
    ...extra,
  };
}
