import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { BenchServer } from '../benchServer';
import { serveDataset, type Dataset } from '../datasets';
import type { BenchOptions } from '../options';
import type { Results } from '../results';
import { buildPeers } from './peerBuild';
import { interleave, peerRun, peerRunLine, type PageName, type PeerRun } from './peerMeasure';
import { judgePeers, pageResult, type LeftOut, type PeerDataset, type PeersResult } from './peerResults';

// --peers: the app and the reference pages, run by run in turn on every
// dataset, summarised with their ratios to plain Leaflet and judged.

export const PEER_ORDER: readonly PageName[] = ['app', 'leaflet', 'deck'];

/** What was left out and why (npm view kepler.gl and npm view @kepler.gl/components@3.2.6 dependencies say the same). */
export const LEFT_OUT: readonly LeftOut[] = [
  {
    name: 'kepler.gl',
    why:
      'not installed. kepler.gl 3.2.6 is a whole application (its own panels, Redux store and map), not a layer to draw these links with: `npm view kepler.gl` lists @deck.gl/mapbox 8.9, hubble.gl, monaco-editor and typedoc among its dependencies and react, react-dom and styled-components 6.1.8 as peers, and its @kepler.gl/components has 86 dependencies of its own, among them react and react-dom ^18 (this app is on React 19), deck.gl 8.9 (the deck.gl page is on 9.4), mapbox-gl 1.13, maplibre-gl 3, redux and react-redux. It would put a second React and a second deck.gl in the tree, and it could not be given our link model without rewriting it as a kepler layer; the deck.gl page stands for the WebGL approach kepler.gl is built on.',
  },
];

/** The installed version of a package, from its package.json. */
export function installedVersion(root: string, name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** results.json with the peers' section put in (or replaced), the rest as it was. */
export function withPeers(results: Results, peers: PeersResult): Results {
  return { ...results, peers };
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0] ?? String(error);

interface PeerContext {
  browser: Browser;
  server: BenchServer;
  datasetFor: (name: string) => Dataset;
  options: Pick<BenchOptions, 'sizes' | 'peerRuns' | 'peerClicks' | 'command'>;
  root: string;
  commit: string;
}

/** Every run of every page on one dataset, interleaved. */
async function measurePeerDataset(ctx: PeerContext, data: Dataset, urls: Record<PageName, string>): Promise<PeerDataset> {
  serveDataset(ctx.server, data);
  const runs: PeerRun[] = [];
  const failures: PeerRun[] = [];
  for (const { page, run } of interleave(PEER_ORDER, ctx.options.peerRuns)) {
    try {
      const r = await peerRun(ctx.browser, page, urls[page], run, ctx.options.peerClicks);
      runs.push(r);
      console.log(peerRunLine(data.name, r, ctx.options.peerRuns));
    } catch (error) {
      console.log(`  ${data.name} ${page} run ${run}/${ctx.options.peerRuns}: failed: ${firstLine(error)}`);
      failures.push({ page, run, linksShownMs: null, links: null, drawn: null, heap: null, filterOns: [], filterOffs: [], js: 0, total: 0, errors: [`failed: ${firstLine(error)}`] });
    }
  }
  const pages = PEER_ORDER.map((page) => {
    const row = pageResult(page, runs);
    row.errors.push(...failures.filter((f) => f.page === page).flatMap((f) => f.errors.map((e) => `run ${f.run}: ${e}`)));
    return row;
  });
  return { dataset: data.name, partnerships: data.partnerships.length, pages };
}

/** The peers' whole section: build the pages, warm up once, then every dataset. */
export async function measurePeers(ctx: PeerContext): Promise<PeersResult> {
  const built = await buildPeers();
  for (const [path, file] of built.files) ctx.server.override(path, file);
  const urls: Record<PageName, string> = { app: `${ctx.server.url}/`, leaflet: `${ctx.server.url}${built.paths.leaflet}`, deck: `${ctx.server.url}${built.paths.deck}` };
  try {
    console.log(`\nPeers: ${ctx.options.peerRuns} runs of ${PEER_ORDER.join(', ')} on each of ${ctx.options.sizes.join(', ')}, interleaved`);
    // One load of each page first (not counted), to warm the disk cache and Chromium's code caches alike.
    serveDataset(ctx.server, ctx.datasetFor('real'));
    for (const page of PEER_ORDER) await peerRun(ctx.browser, page, urls[page], 0, 0).catch(() => undefined);
    const datasets: PeerDataset[] = [];
    for (const name of ctx.options.sizes) datasets.push(await measurePeerDataset(ctx, ctx.datasetFor(name), urls));
    const versions = Object.fromEntries(['leaflet', '@deck.gl/core', '@deck.gl/layers'].map((name) => [name, installedVersion(ctx.root, name)]));
    return {
      date: new Date().toISOString(),
      command: ctx.options.command,
      commit: ctx.commit,
      chromium: ctx.browser.version(),
      runs: ctx.options.peerRuns,
      clicks: ctx.options.peerClicks,
      versions,
      datasets,
      targets: judgePeers(datasets),
      leftOut: [...LEFT_OUT],
    };
  } finally {
    for (const path of built.files.keys()) ctx.server.override(path, null);
    built.remove();
  }
}
