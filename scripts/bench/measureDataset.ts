import type { Browser } from 'playwright-core';
import type { BenchServer } from './benchServer';
import { serveDataset, type Dataset } from './datasets';
import { whole } from './format';
import { getView, goBack, heapAfterGc, measureFilter, measurePan, measureSelect, measureZoom, openAndLoad, setView, type InputTiming, type LoadResult } from './measure';
import type { BenchOptions } from './options';
import type { SizeResult } from './results';
import { sizeResult, type RunResult } from './sizeResult';

// A dataset measured: its full runs, then its loads with the CPU slowed
// down, with a progress line for each.

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];

/** A run's times, for the progress line: "48/52/61", or n/a. */
const times = (list: readonly InputTiming[]) => (list.length ? list.map((t) => whole(t.toFrameMs)).join('/') : 'n/a');

/** The progress line of one full run. */
export function runLine(dataset: string, run: number, runs: number, r: RunResult): string {
  return (
    `  ${dataset} run ${run}/${runs}: map-ready ${whole(r.load.mapReadyMs)} ms, links shown ${whole(r.load.linksShownMs)} ms, ` +
    `clicks ${times(r.selects)} ms, filter on ${times(r.filterOns)} ms, off ${times(r.filterOffs)} ms, ` +
    `pan ${whole(r.pan?.fps)} fps (longest ${whole(r.pan?.maxMs)} ms), zoom ${whole(r.zoom?.fps)} fps (longest ${whole(r.zoom?.maxMs)} ms), ` +
    `heap ${r.heap ? (r.heap / 2 ** 20).toFixed(1) : 'n/a'} MB${r.errors.length ? ` [${r.errors.length} problem(s)]` : ''}`
  );
}

/**
 * One full run: load, heap, `clicks` council clicks (each undone before the
 * next), as many filter changes on and off, a pan and a zoom. A click is a
 * frame or two of work, so one sample per page load is mostly noise from the
 * shared machine; several per load steady the median.
 */
async function fullRun(browser: Browser, url: string, data: Dataset, clicks: number): Promise<RunResult> {
  const open = await openAndLoad(browser, url);
  const errors: string[] = [];
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (error) {
      errors.push(`${what}: ${firstLine(error)}`);
      return null;
    }
  };
  try {
    const heap = await attempt('heap', () => heapAfterGc(open.cdp));
    const firstView = await getView(open.page);
    const selects: RunResult['selects'] = [];
    for (let i = 0; i < clicks; i++) {
      const select = await attempt('select', () => measureSelect(open.page, data.clickable));
      if (!select) break;
      selects.push(select);
      if ((await attempt('back', () => goBack(open.page).then(() => true))) !== true) break;
    }
    await attempt('view', () => setView(open.page, firstView));
    const filterOns: InputTiming[] = [];
    const filterOffs: InputTiming[] = [];
    for (let i = 0; i < clicks; i++) {
      const on = await attempt('filter on', () => measureFilter(open.page));
      const off = await attempt('filter off', () => measureFilter(open.page));
      if (!on || !off) break;
      filterOns.push(on);
      filterOffs.push(off);
    }
    const pan = await attempt('pan', () => measurePan(open.page));
    await attempt('view', () => setView(open.page, firstView));
    const zoom = await attempt('zoom', () => measureZoom(open.page));
    errors.push(...open.errors.map((e) => `page: ${e}`));
    return { load: open.load, transfer: open.transfer, heap, selects, filterOns, filterOffs, pan, zoom, errors };
  } finally {
    await open.context.close();
  }
}

/** Loads with the CPU slowed down: the load times only. */
async function throttledLoads(browser: Browser, url: string, data: Dataset, options: BenchOptions, errors: string[]): Promise<LoadResult[]> {
  const loads: LoadResult[] = [];
  for (let i = 1; i <= options.runs; i++) {
    try {
      const open = await openAndLoad(browser, url, { throttle: options.throttle });
      loads.push(open.load);
      await open.context.close();
      console.log(`  ${data.name} CPU ${options.throttle}× slower, run ${i}/${options.runs}: map-ready ${whole(open.load.mapReadyMs)} ms, links shown ${whole(open.load.linksShownMs)} ms`);
    } catch (error) {
      errors.push(`throttled run ${i}: ${firstLine(error)}`);
      console.log(`  ${data.name} throttled run ${i}: failed: ${firstLine(error)}`);
    }
  }
  return loads;
}

/** Every run of a dataset; a run that fails is reported and the others still count. */
export async function measureDataset(browser: Browser, server: BenchServer, data: Dataset, options: BenchOptions, root: string): Promise<SizeResult> {
  serveDataset(server, data);
  const url = `${server.url}/`;
  const runs: RunResult[] = [];
  const errors: string[] = [];
  for (let i = 1; i <= options.runs; i++) {
    try {
      const r = await fullRun(browser, url, data, options.clicks);
      runs.push(r);
      errors.push(...r.errors.map((e) => `run ${i}: ${e}`));
      console.log(runLine(data.name, i, options.runs, r));
    } catch (error) {
      errors.push(`run ${i}: ${firstLine(error)}`);
      console.log(`  ${data.name} run ${i}/${options.runs}: failed: ${firstLine(error)}`);
    }
  }
  const throttled = await throttledLoads(browser, url, data, options, errors);
  return sizeResult(data, runs, throttled, errors, root);
}
