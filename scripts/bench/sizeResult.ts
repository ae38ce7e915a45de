import { relative } from 'node:path';
import type { Dataset } from './datasets';
import type { FrameStats, InputTiming, LoadResult, OpenPage, SelectTiming } from './measure';
import type { SizeResult } from './results';
import { frameResult, stat } from './stats';

// One dataset's runs summarised: every measurement as min / median / max.

/** What one full run of a dataset measured. */
export interface RunResult {
  load: LoadResult;
  transfer: OpenPage['transfer'];
  heap: number | null;
  /** Each of the run's council clicks, and filter changes on and off. */
  selects: SelectTiming[];
  filterOns: InputTiming[];
  filterOffs: InputTiming[];
  pan: FrameStats | null;
  zoom: FrameStats | null;
  errors: string[];
}

/** The runs (and throttled loads) of a dataset as one row of the results; `root` makes the file path relative. */
export function sizeResult(data: Dataset, runs: readonly RunResult[], throttled: readonly LoadResult[], errors: string[], root: string): SizeResult {
  const loads = runs.map((r) => r.load);
  const clicked = new Map(data.clickable.map((c) => [c.code, c]));
  const first = runs[0]?.transfer;
  const times = (pick: (r: RunResult) => readonly InputTiming[], of: (t: InputTiming) => number) => stat(runs.flatMap((r) => pick(r).map(of)));
  return {
    dataset: data.name,
    partnerships: data.partnerships.length,
    links: loads.find((l) => l.links != null)?.links ?? null,
    drawn: loads.find((l) => l.drawn != null)?.drawn ?? null,
    grouped: loads.find((l) => l.grouped != null)?.grouped ?? null,
    file: relative(root, data.file),
    mapReady: stat(loads.map((l) => l.mapReadyMs)),
    linksShown: stat(loads.map((l) => l.linksShownMs ?? NaN)),
    dataArrived: stat(loads.map((l) => l.dataArrivedMs ?? NaN)),
    mapReadyThrottled: stat(throttled.map((l) => l.mapReadyMs)),
    linksShownThrottled: stat(throttled.map((l) => l.linksShownMs ?? NaN)),
    select: times((r) => r.selects, (t) => t.toFrameMs),
    selectToDraw: times((r) => r.selects, (t) => t.toDrawMs),
    selectClicks: runs
      .flatMap((r) => r.selects)
      .map((s) => ({ council: s.council, name: clicked.get(s.council)?.name ?? '', partnerships: clicked.get(s.council)?.partnerships ?? 0, selected: s.selected, zoom: s.zoom })),
    filterOn: times((r) => r.filterOns, (t) => t.toFrameMs),
    filterOnToDraw: times((r) => r.filterOns, (t) => t.toDrawMs),
    filterOff: times((r) => r.filterOffs, (t) => t.toFrameMs),
    filterOffToDraw: times((r) => r.filterOffs, (t) => t.toDrawMs),
    pan: frameResult(runs.flatMap((r) => (r.pan ? [r.pan] : []))),
    zoom: frameResult(runs.flatMap((r) => (r.zoom ? [r.zoom] : []))),
    heapMB: stat(runs.map((r) => (r.heap != null ? r.heap / 2 ** 20 : NaN))),
    transfer: first ? { js: first.js, css: first.css, data: first.data, other: first.other, requests: first.requests } : null,
    errors,
  };
}
