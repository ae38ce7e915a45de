import { stat, type Stat } from '../stats';
import type { PageName, PeerRun } from './peerMeasure';

// The peers' runs summarised: for each dataset and page, the median (and
// min–max) of each measure, its ratio to plain Leaflet on canvas, and the
// three targets, judged on those ratios. Nothing here fails on a time.

export interface PeerPageResult {
  page: PageName;
  runs: number;
  links: number | null;
  drawn: number | null;
  linksShown: Stat | null;
  /** Every filter change, on and off together, to the next frame. */
  filter: Stat | null;
  heapMB: Stat | null;
  /** First-view bytes (KB are 1,024 bytes) of the first run: JavaScript, and everything. */
  js: number | null;
  total: number | null;
  errors: string[];
}

export type Measure = 'linksShown' | 'filter' | 'heapMB' | 'js' | 'total';
export const MEASURES: readonly Measure[] = ['linksShown', 'filter', 'heapMB', 'js', 'total'];

export interface PeerDataset {
  dataset: string;
  partnerships: number;
  pages: PeerPageResult[];
}

export interface PeerTarget {
  /** Which of the three targets. */
  kind: 'links' | 'filter' | 'js';
  label: string;
  dataset: string;
  limit: string;
  /** The ratio measured, or null when a side has no figure. */
  ratio: number | null;
  met: boolean | null;
}

export interface LeftOut {
  name: string;
  why: string;
}

export interface PeersResult {
  date: string;
  command: string;
  commit: string;
  chromium: string;
  runs: number;
  clicks: number;
  /** Library versions of the reference pages, as installed. */
  versions: Record<string, string>;
  datasets: PeerDataset[];
  targets: PeerTarget[];
  leftOut: LeftOut[];
}

/** One page's runs on one dataset as one row. */
export function pageResult(page: PageName, runs: readonly PeerRun[]): PeerPageResult {
  const mine = runs.filter((r) => r.page === page);
  const first = mine[0];
  return {
    page,
    runs: mine.length,
    links: mine.find((r) => r.links != null)?.links ?? null,
    drawn: mine.find((r) => r.drawn != null)?.drawn ?? null,
    linksShown: stat(mine.map((r) => r.linksShownMs ?? NaN)),
    filter: stat(mine.flatMap((r) => [...r.filterOns, ...r.filterOffs].map((t) => t.toFrameMs))),
    heapMB: stat(mine.map((r) => (r.heap == null ? NaN : r.heap / 2 ** 20))),
    js: first ? first.js : null,
    total: first ? first.total : null,
    errors: mine.flatMap((r) => r.errors.map((e) => `run ${r.run}: ${e}`)),
  };
}

/** A measure's value for a page: the median of a timed one, the bytes of a sized one. */
export function valueOf(row: PeerPageResult | undefined, measure: Measure): number | null {
  if (!row) return null;
  const v = row[measure];
  return v == null ? null : typeof v === 'number' ? v : v.median;
}

/** A page's measure over plain Leaflet's, or null when either is missing (or Leaflet's is 0). */
export function ratioTo(dataset: PeerDataset, page: PageName, measure: Measure, base: PageName = 'leaflet'): number | null {
  const v = valueOf(dataset.pages.find((p) => p.page === page), measure);
  const b = valueOf(dataset.pages.find((p) => p.page === base), measure);
  return v == null || b == null || b === 0 ? null : v / b;
}

const judged = (ratio: number | null, limit: number) => (ratio == null ? null : ratio <= limit);

/**
 * The targets: links drawn at most 1.0× plain Leaflet's at every size; a
 * filter at 10,000 at most 0.25× Leaflet's; first-view JS at most a third
 * of deck.gl's (of the first dataset measured: the script is the same for all).
 */
export function judgePeers(datasets: readonly PeerDataset[]): PeerTarget[] {
  const targets: PeerTarget[] = datasets.map((d) => {
    const ratio = ratioTo(d, 'app', 'linksShown');
    return { kind: 'links', label: 'links drawn, app ÷ plain Leaflet', dataset: d.dataset, limit: '≤ 1.0×', ratio, met: judged(ratio, 1) };
  });
  const tenThousand = datasets.find((d) => d.dataset === '10000');
  const filter = tenThousand ? ratioTo(tenThousand, 'app', 'filter') : null;
  targets.push({ kind: 'filter', label: 'filter → frame, app ÷ plain Leaflet', dataset: '10000', limit: '≤ 0.25×', ratio: filter, met: judged(filter, 0.25) });
  const first = datasets[0];
  const js = first ? ratioTo(first, 'app', 'js', 'deck') : null;
  targets.push({ kind: 'js', label: 'first-view JS, app ÷ deck.gl', dataset: first?.dataset ?? 'real', limit: '≤ 0.33× (a third)', ratio: js, met: judged(js, 1 / 3) });
  return targets;
}
