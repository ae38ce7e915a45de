import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// The reference pages built for a bench run: each page's module bundled
// with its library by esbuild, minified as a production build would be,
// into a temporary folder (never dist/, never committed), with a plain
// index.html. The bench server then serves each file at
// /peers/NAME/FILE, beside the app and its data/ (the pages fetch
// ../../data/…, the very files the app fetches).

const here = dirname(fileURLToPath(import.meta.url));

export type PeerName = 'leaflet' | 'deck';

export const PEER_PAGES: readonly { name: PeerName; title: string; entry: string }[] = [
  {
    name: 'leaflet',
    title: 'Plain Leaflet on canvas',
    entry: `import * as L from 'leaflet';\nimport 'leaflet/dist/leaflet.css';\nimport { runLeafletPage } from './leafletPage';\nvoid runLeafletPage(L, window);\n`,
  },
  {
    name: 'deck',
    title: 'deck.gl',
    entry: `import { Deck, WebMercatorViewport } from '@deck.gl/core';\nimport { GeoJsonLayer, LineLayer } from '@deck.gl/layers';\nimport { runDeckPage } from './deckPage';\nvoid runDeckPage({ Deck, WebMercatorViewport, GeoJsonLayer, LineLayer }, window);\n`,
  },
];

/** A page's HTML: the map filling the window, and the filter button over it, top left. */
export function pageHtml(title: string, css: boolean): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<link rel="icon" href="data:,">',
    `<title>${title}</title>`,
    ...(css ? ['<link rel="stylesheet" href="main.css">'] : []),
    '<style>html, body, #map { margin: 0; width: 100%; height: 100%; } #map { position: relative; } .legend-service { position: absolute; z-index: 1000; top: 12px; right: 12px; font: 14px sans-serif; padding: 6px 10px; }</style>',
    '</head>',
    '<body>',
    '<div id="map"></div>',
    '<button type="button" class="legend-service" aria-pressed="false">…</button>',
    '<script type="module" src="main.js"></script>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export interface BuiltPeers {
  dir: string;
  /** Request path → file, for the bench server's overrides. */
  files: Map<string, string>;
  /** Each page's address, relative to the server. */
  paths: Record<PeerName, string>;
  remove(): void;
}

/** The URL path of a page's file. */
export const peerPath = (name: PeerName, file = 'index.html') => `/peers/${name}/${file}`;

/** Build every reference page into a new temporary folder. */
export async function buildPeers(): Promise<BuiltPeers> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-peers-'));
  const files = new Map<string, string>();
  for (const page of PEER_PAGES) {
    const out = join(dir, page.name);
    await build({
      stdin: { contents: page.entry, resolveDir: here, sourcefile: `${page.name}-entry.ts`, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: out,
      entryNames: 'main',
      define: { 'process.env.NODE_ENV': '"production"' },
      // Leaflet's CSS names its control and marker images; they are copied beside it, as a bundler would.
      loader: { '.png': 'file' },
      assetNames: '[name]',
      logLevel: 'silent',
    });
    const built = readdirSync(out);
    writeFileSync(join(out, 'index.html'), pageHtml(page.title, built.includes('main.css')));
    for (const file of [...built, 'index.html']) files.set(peerPath(page.name, file), join(out, file));
  }
  return {
    dir,
    files,
    paths: { leaflet: peerPath('leaflet'), deck: peerPath('deck') },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
