import { datasetLabel, formatNumber as fmt, kb } from '../format';
import type { Stat } from '../stats';
import { ratioTo, type Measure, type PeerDataset, type PeerPageResult, type PeersResult, type PeerTarget } from './peerResults';
import type { PageName } from './peerMeasure';

// The peers' section of bench/results.md: the table of each measure with
// its ratio to plain Leaflet on canvas, the targets, how it was measured,
// and what was left out.

export const PEERS_HEADING = '## Against the tools people would use instead';

export const PAGE_LABELS: Record<PageName, string> = { app: 'this app', leaflet: 'plain Leaflet, canvas', deck: 'deck.gl' };

const ms = (s: Stat | null) => (s ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : 'n/a');
/** A ratio as "0.42×", or n/a. */
export const times = (r: number | null) => (r == null ? 'n/a' : `${r < 10 ? r.toFixed(2) : r.toFixed(1)}×`);

function table(header: string[], left: number, rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i < left ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

function linksCell(d: PeerDataset, page: PageName): string {
  const row = d.pages.find((p) => p.page === page);
  if (row?.links == null) return 'n/a';
  const grouped = row.drawn != null && row.drawn !== row.links ? ` (drawn as ${row.drawn.toLocaleString('en-GB')} groups)` : '';
  return `${row.links.toLocaleString('en-GB')}${grouped}`;
}

/** One row per dataset and page: each measure, then its ratio to plain Leaflet's. */
export function peersRows(datasets: readonly PeerDataset[]): string[][] {
  return datasets.flatMap((d) =>
    d.pages.map((row) => {
      const cell = (measure: Measure, show: (r: PeerPageResult) => string) => [show(row), times(ratioTo(d, row.page, measure))];
      return [
        datasetLabel(d.dataset),
        PAGE_LABELS[row.page],
        linksCell(d, row.page),
        ...cell('linksShown', (r) => ms(r.linksShown)),
        ...cell('filter', (r) => ms(r.filter)),
        ...cell('heapMB', (r) => ms(r.heapMB)),
        ...cell('js', (r) => (r.js == null ? 'n/a' : kb(r.js))),
        ...cell('total', (r) => (r.total == null ? 'n/a' : kb(r.total))),
      ];
    }),
  );
}

const HOW = [
  '- **The pages.** Plain Leaflet: Leaflet 1.9 alone, one `L.canvas()` renderer, the council shapes as one `L.geoJSON` layer and each link an `L.polyline`; a filter change removes and adds back only the links it changes. deck.gl: a `GeoJsonLayer` for the shapes and a `LineLayer` for the links, on WebGL; a filter passes the filtered links as the layer\'s new data. Their code is `scripts/bench/peers/`, bundled by esbuild (minified) into a temporary folder for the run and served beside the app; none of it is in the app\'s build.',
  '- **The same picture.** Every page fetches the same files from the same server (`data/boundaries.topo.json`, `councils.json`, `services.json`, `partnerships.json`, `meta.json`: the synthetic ones in place of the real partnerships for those datasets) and builds the links with the app\'s own model (`src/model/links.ts`: the councils drawn, the star from the lead council, the bends between links of the same pair; widths from `linkWidth.ts`, colours from `colours.ts`), over the latest year\'s council shapes, fitted to the same bounds. The differences all favour the peers: they draw each link in one colour (its first service area; the app stripes several) with no dark casing, Leaflet dashes the links of unknown savings and deck.gl does not, deck.gl\'s links are straight (the app\'s and Leaflet\'s bent ones are curves), and the peers skip the app\'s record checks and its panel, key and search. One difference is the app\'s own design: at the first view\'s zoom it draws links between places close together as one line per group (the Links column says how many), where the peers draw every link.',
  '- **Interleaved.** Each run opens every page in turn in a fresh browser context of the same Chromium (this app, plain Leaflet, deck.gl, this app, …), so a slow spell of the shared machine falls on all of them.',
  '- **links drawn**: navigation start to the `requestAnimationFrame` callback after the first `links-drawn` mark with links in it, as the app\'s "links shown" above. The app marks it when its link canvas has drawn; plain Leaflet\'s page marks it in an animation-frame callback asked for after adding the links, which runs right after Leaflet\'s own canvas redraw in the same frame; deck.gl\'s in its `onAfterRender`, the first after the links layer is loaded.',
  '- **filter → frame**: a real mouse click on the first service area\'s button (the app\'s key; a button over the map on the peers\' pages), turning "only this service area" on, then off, timed from the click\'s `timeStamp` to the frame after the next `links-drawn` mark; on and off together, median (min–max).',
  '- **JS heap**: after load and a forced garbage collection, as above. **First-view JS / total**: KB received by the links-drawn point (gzipped bodies and headers), from the first run.',
  '- **× Leaflet**: the page\'s median (or bytes) over plain Leaflet\'s, same dataset, same run set; below 1 is better than Leaflet.',
  '- **deck.gl here is WebGL on the CPU.** This machine has no GPU: Chromium runs deck.gl\'s WebGL in SwiftShader, a software renderer, where each frame that draws the council shapes (several hundred thousand vertices of outline and fill) takes seconds. On a machine with a GPU the same page draws far faster; its times here say what a visitor without GPU acceleration would see, not what deck.gl does on a GPU. Its bytes and heap do not depend on this.',
];

/** Why the app is behind where it misses a target, and what meeting it would take (from the profiles named in each). */
export const WHY: Record<PeerTarget['kind'], string> = {
  links:
    'Where plain Leaflet draws first (the smaller datasets, a few thousand links), the app\'s time goes before its first draw, not in it. The profile of its load (`npm run bench -- --no-build --profile-only real:load,1000:load`, or `--keep-traces` for the timeline) shows, after the data arrive: the record checks and indexes (`checkedData`, `buildIndexes`); React rendering and committing the whole explorer, the panel, key and search with it (`performWorkOnRoot`, `completeRoot`); then the boundary layer preparing its paths once (`BoundaryPaths`: `worldArcs`, `arcBox`, and topojson-client\'s `mergeArcs`/`meshArcs` for the land and each border stroked once, `stitch`); only then does the link canvas draw. The Leaflet page has no interface, checks nothing and draws its few thousand polylines in the same frame as the shapes. From 10,000 partnerships on, Leaflet\'s cost per polyline dominates and the app, which groups links it cannot show one by one, is far ahead. Meeting the target at the small sizes would take moving work off the path to the first draw: merging the land and meshing the borders at build time (the data build would write them into the boundaries file, so the browser only reads them), and mounting the map before the panel (the panel rendered in a transition after the map\'s first frame). Neither is a small change to make safely here.',
  filter:
    'A filter change in the app is a redraw of the link canvas from links built once per year, so it costs about the same whatever is filtered; in plain Leaflet it is one removeLayer or addLayer per link that changes, then a redraw of every path left on its canvas, which grows with the number of links. Where the app misses, the profile of a filter (`npm run bench -- --no-build --profile-only 10000:filterOn`) shows where its time goes.',
  js: 'The app\'s first view is built on React 19 and Leaflet 1.9: React and ReactDOM alone are about 67 KB gzipped and Leaflet about 43 KB (each bundled alone: `npx esbuild --bundle --minify` of an entry importing it, with `NODE_ENV` production, then `gzip -6`), together more than a third of deck.gl\'s first view, before any of the app\'s own code. Meeting this target would take leaving React (for a smaller library with the same interface, such as Preact) or Leaflet (the app already draws its shapes and links on canvases of its own, and uses Leaflet for panning, zooming and projection). That is a rewrite of the interface, not a fix.',
};

function whySection(result: PeersResult): string[] {
  const missed = result.targets.filter((t) => t.met === false);
  if (!missed.length) return [];
  const out = ['### Where the app is behind, and why', ''];
  const names = { links: 'Links drawn', filter: 'Filter → frame', js: 'First-view JS' };
  for (const kind of ['links', 'filter', 'js'] as const) {
    const of = missed.filter((t) => t.kind === kind);
    if (!of.length) continue;
    const where = of.map((t) => (kind === 'js' ? times(t.ratio) : `${datasetLabel(t.dataset)}: ${times(t.ratio)}`)).join('; ');
    out.push(`- **${names[kind]} (${where})**. ${WHY[kind]}`);
  }
  return [...out, ''];
}

function targetRows(result: PeersResult): string[][] {
  return result.targets.map((t) => [t.label, datasetLabel(t.dataset), t.limit, times(t.ratio), t.met == null ? 'n/a' : t.met ? 'yes' : '**no**']);
}

/** The section, from its heading to the end of its notes. */
export function peersSection(result: PeersResult | undefined): string[] {
  if (!result) return [];
  const versions = Object.entries(result.versions).map(([name, v]) => `${name} ${v}`).join(', ');
  const out = [PEERS_HEADING, ''];
  out.push(
    `Made by \`${result.command}\` on ${result.date}, of the app at ${result.commit}; Chromium ${result.chromium}; ${versions}. ${result.runs} runs of each page per dataset, interleaved, with ${result.clicks} filter change${result.clicks === 1 ? '' : 's'} each way per run. Median, then (min–max), in milliseconds unless marked; each "×" is the measure over plain Leaflet's.`,
    '',
  );
  const header = ['Dataset', 'Page', 'Links', 'links drawn', '×', 'filter → frame', '×', 'JS heap (MB)', '×', 'first-view JS (KB)', '×', 'first-view total (KB)', '×'];
  out.push(table(header, 2, peersRows(result.datasets)), '');
  out.push('### Targets against the peers', '', table(['Target', 'Dataset', 'Limit', 'Measured', 'Met'], 2, targetRows(result)), '');
  out.push(...whySection(result));
  out.push('### How the peers were measured', '', ...HOW, '');
  if (result.leftOut.length) out.push('### Left out', '', ...result.leftOut.map((l) => `- **${l.name}**: ${l.why}`), '');
  const errors = result.datasets.flatMap((d) => d.pages.flatMap((p) => p.errors.map((e) => `- ${datasetLabel(d.dataset)}, ${PAGE_LABELS[p.page]}: ${e}`)));
  if (errors.length) out.push('### Problems in the runs', '', ...[...new Set(errors)].slice(0, 12), '');
  return out;
}
