import type { Browser } from 'playwright-core';
import { heapAfterGc, measureFilter, openAndLoad, type InputTiming } from '../measure';
import { evaluate } from '../page';

// One run of one page: load it to its links drawn, read the heap after a
// garbage collection, then toggle the filter on and off `clicks` times,
// each timed to the next frame, all with the bench's own measures
// (measure.ts), so the app and the reference pages are timed alike.

export type PageName = 'app' | 'leaflet' | 'deck';

export interface PeerRun {
  page: PageName;
  run: number;
  linksShownMs: number | null;
  /** Links in the first draw, and lines drawn for them (the app may group them). */
  links: number | null;
  drawn: number | null;
  heap: number | null;
  filterOns: InputTiming[];
  filterOffs: InputTiming[];
  /** First-view bytes: what had arrived when the links were drawn (Resource Timing's transferSize), JavaScript and everything. */
  js: number;
  total: number;
  errors: string[];
}

/** The runs in the order they are made: each run of every page in turn (A B C A B C …), so a slow spell of the machine falls on all of them. */
export function interleave<T>(pages: readonly T[], runs: number): { page: T; run: number }[] {
  const order: { page: T; run: number }[] = [];
  for (let run = 1; run <= runs; run++) for (const page of pages) order.push({ page, run });
  return order;
}

/** A response as Resource Timing gives it (the page itself as its navigation entry). */
export interface Arrival {
  name: string;
  responseEnd: number;
  transferSize: number;
}

/**
 * The bytes that had arrived by `until` (ms from navigation start): the
 * first view's, and not what the app fetches ahead once it is up (the
 * partnerships' text, the views it opens later), which can land before the
 * bench stops watching the network.
 */
export function bytesBy(arrivals: readonly Arrival[], until: number | null): { js: number; total: number } {
  let js = 0;
  let total = 0;
  for (const a of arrivals) {
    if (until != null && a.responseEnd > until) continue;
    total += a.transferSize;
    if (/\.m?js$/.test(new URL(a.name).pathname)) js += a.transferSize;
  }
  return { js, total };
}

const ARRIVALS = `[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((r) => ({ name: r.name, responseEnd: r.responseEnd, transferSize: r.transferSize }))`;

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0] ?? String(error);

/** One run of one page at `url`. */
export async function peerRun(browser: Browser, page: PageName, url: string, run: number, clicks: number): Promise<PeerRun> {
  const open = await openAndLoad(browser, url);
  const errors: string[] = [];
  try {
    const heap = await heapAfterGc(open.cdp).catch((error: unknown) => (errors.push(`heap: ${firstLine(error)}`), null));
    const filterOns: InputTiming[] = [];
    const filterOffs: InputTiming[] = [];
    for (let i = 0; i < clicks; i++) {
      try {
        filterOns.push(await measureFilter(open.page));
        filterOffs.push(await measureFilter(open.page));
      } catch (error) {
        errors.push(`filter: ${firstLine(error)}`);
        break;
      }
    }
    const { js, total } = bytesBy(await evaluate<Arrival[]>(open.page, ARRIVALS), open.load.linksShownMs);
    errors.push(...open.errors.map((e) => `page: ${e}`));
    return { page, run, linksShownMs: open.load.linksShownMs, links: open.load.links, drawn: open.load.drawn, heap, filterOns, filterOffs, js, total, errors };
  } finally {
    await open.context.close();
  }
}

const whole = (v: number | null | undefined) => (v == null ? 'n/a' : String(Math.round(v)));

/** The progress line of a run. */
export function peerRunLine(dataset: string, r: PeerRun, runs: number): string {
  const filters = [...r.filterOns, ...r.filterOffs].map((t) => whole(t.toFrameMs)).join('/') || 'n/a';
  return (
    `  ${dataset} ${r.page} run ${r.run}/${runs}: links drawn ${whole(r.linksShownMs)} ms (${whole(r.links)} links), filter ${filters} ms, ` +
    `heap ${r.heap == null ? 'n/a' : (r.heap / 2 ** 20).toFixed(1)} MB, JS ${(r.js / 1024).toFixed(1)} KB${r.errors.length ? ` [${r.errors.length} problem(s): ${r.errors[0]}]` : ''}`
  );
}
