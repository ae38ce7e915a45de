import type { Map as LeafletMap } from 'leaflet';
import { findClickableCouncil, freestLand, type ClickSpot, type CouncilPoint } from './pagePixels';

// What the bench does in the page: this module runs there, not in Node. It is
// bundled into one script (page.ts) and added before the app's own
// (addInitScript); the app is not changed, this only watches.
//
// - Every performance.mark('links-drawn') the link canvas makes is recorded
//   (with its detail: links, lines drawn, grouped or not) with the time of
//   the requestAnimationFrame callback that follows it: that callback runs at
//   the start of the next frame, once the frame showing the draw has been
//   produced, so "input → that callback" is "input → the frame with the new
//   highlighting".
// - Every click's event.timeStamp is recorded (capture phase, on window), in
//   the same time base as performance.now() and the marks.
// - Leaflet sets window.L when its module runs; a setter on window.L adds an
//   init hook to L.Map, so the bench can ask the map where a council is on
//   screen (map.latLngToContainerPoint) and zoom it during setup.
//
// It imports only other page modules (pagePixels.ts) and types: the bundle
// is all the page has.

export interface Draw {
  /** performance.now() time of the links-drawn mark. */
  mark: number;
  /** Time of the requestAnimationFrame callback after it. */
  frame: number;
  links: number | null;
  /** Lines drawn, and whether they were groups of links (when the app says). */
  drawn: number | null;
  grouped: boolean | null;
}

export interface MapInfo {
  zoom: number;
  maxZoom: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** What the page's load measured, from navigation start (ms). */
export interface LoadTimes {
  mapReadyMs: number;
  dataArrivedMs: number | null;
  linksShownMs: number | null;
  links: number | null;
  drawn: number | null;
  grouped: boolean | null;
  draws: Draw[];
}

/** window.__bench: what the bench reads and calls in the page. */
export interface BenchHooks {
  draws: Draw[];
  clicks: number[];
  maps: LeafletMap[];
  frames: number[] | null;
  lastDraw(): Draw | null;
  /** Resolves once no draw has happened for quietMs (or after timeoutMs). */
  settle(quietMs: number, timeoutMs: number): Promise<number>;
  /** Resolves with the first draw whose mark follows time t (performance.now() base). */
  waitDraw(t: number, timeoutMs: number): Promise<Draw | null>;
  startFrames(): void;
  stopFrames(): number[];
  mapInfo(): MapInfo | null;
  view(): MapView;
  zoomTo(lon: number, lat: number, zoom: number): number;
  findClickableCouncil(councils: readonly CouncilPoint[], free: number): ClickSpot | null;
  freestLand(): { lon: number; lat: number; free: number } | null;
  loadTimes(firstViewPaths: readonly string[]): LoadTimes;
}

type BenchWindow = Window & typeof globalThis & { __bench?: BenchHooks; L?: LeafletGlobal };
type LeafletGlobal = { Map?: { addInitHook?(hook: () => void): unknown; __benchHooked?: boolean } };

/** Install window.__bench (once) in a page, before the app's scripts run. */
export function installBench(win: BenchWindow = window as BenchWindow): void {
  if (win.__bench) return;
  const bench = createHooks(win);
  Object.defineProperty(win, '__bench', { value: bench });
  hookLeaflet(win, bench);
  recordDraws(win, bench);
  win.addEventListener('click', (event) => bench.clicks.push(event.timeStamp), true);
}

/** Catch every Leaflet map the app makes, by an init hook added as soon as window.L is set. */
function hookLeaflet(win: BenchWindow, bench: BenchHooks): void {
  let leaflet: LeafletGlobal | undefined;
  Object.defineProperty(win, 'L', {
    configurable: true,
    enumerable: true,
    get: () => leaflet,
    set(value: LeafletGlobal | undefined) {
      leaflet = value;
      const map = value?.Map;
      if (map?.addInitHook && !map.__benchHooked) {
        map.__benchHooked = true;
        map.addInitHook(function (this: LeafletMap) {
          bench.maps.push(this);
        });
      }
    },
  });
}

/** Record each links-drawn mark with the time of the frame after it. */
function recordDraws(win: BenchWindow, bench: BenchHooks): void {
  const performance = win.performance;
  const mark = performance.mark.bind(performance);
  performance.mark = function (name: string, options?: PerformanceMarkOptions) {
    const entry = mark(name, options);
    if (name === 'links-drawn') {
      const detail = (options?.detail ?? {}) as { links?: number; drawn?: number; grouped?: boolean };
      const draw: Draw = { mark: entry.startTime, frame: 0, links: detail.links ?? null, drawn: detail.drawn ?? null, grouped: detail.grouped ?? null };
      win.requestAnimationFrame(() => {
        draw.frame = performance.now();
        bench.draws.push(draw);
      });
    }
    return entry;
  };
}

function createHooks(win: BenchWindow): BenchHooks {
  const bench: BenchHooks = {
    draws: [],
    clicks: [],
    maps: [],
    frames: null,
    lastDraw: () => bench.draws.at(-1) ?? null,
    settle: (quietMs, timeoutMs) => settle(win, bench, quietMs, timeoutMs),
    waitDraw: (t, timeoutMs) => waitDraw(win, bench, t, timeoutMs),
    startFrames: () => startFrames(win, bench),
    stopFrames: () => {
      const frames = bench.frames ?? [];
      bench.frames = null;
      return frames;
    },
    mapInfo: () => mapInfo(bench.maps[0]),
    view: () => {
      const centre = bench.maps[0]!.getCenter();
      return { lon: centre.lng, lat: centre.lat, zoom: bench.maps[0]!.getZoom() };
    },
    zoomTo: (lon, lat, zoom) => {
      const map = bench.maps[0]!;
      map.setView([lat, lon], Math.min(map.getMaxZoom(), zoom), { animate: false });
      return map.getZoom();
    },
    findClickableCouncil: (councils, free) => findClickableCouncil(win.document, bench.maps[0], councils, free),
    freestLand: () => freestLand(win.document, bench.maps[0]!),
    loadTimes: (firstViewPaths) => loadTimes(win, bench, firstViewPaths),
  };
  return bench;
}

function settle(win: BenchWindow, bench: BenchHooks, quietMs: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const start = win.performance.now();
    const check = () => {
      const now = win.performance.now();
      const last = bench.draws.at(-1)?.frame ?? 0;
      if (now - Math.max(last, start) >= quietMs || now - start > timeoutMs) resolve(now - start);
      else win.setTimeout(check, 25);
    };
    win.setTimeout(check, 25);
  });
}

function waitDraw(win: BenchWindow, bench: BenchHooks, t: number, timeoutMs: number): Promise<Draw | null> {
  return new Promise((resolve) => {
    const start = win.performance.now();
    const check = () => {
      const draw = bench.draws.find((d) => d.mark > t);
      if (draw) resolve(draw);
      else if (win.performance.now() - start > timeoutMs) resolve(null);
      else win.setTimeout(check, 5);
    };
    check();
  });
}

/** Record every frame's time until stopFrames (or the next startFrames). */
function startFrames(win: BenchWindow, bench: BenchHooks): void {
  const frames: number[] = [];
  bench.frames = frames;
  const loop = (time: number) => {
    if (bench.frames !== frames) return;
    frames.push(time);
    win.requestAnimationFrame(loop);
  };
  win.requestAnimationFrame(loop);
}

function mapInfo(map: LeafletMap | undefined): MapInfo | null {
  if (!map) return null;
  const rect = map.getContainer().getBoundingClientRect();
  return { zoom: map.getZoom(), maxZoom: map.getMaxZoom(), left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

function loadTimes(win: BenchWindow, bench: BenchHooks, firstViewPaths: readonly string[]): LoadTimes {
  const ready = win.performance.getEntriesByName('map-ready')[0]!;
  const data = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => firstViewPaths.some((path) => new URL(r.name).pathname.endsWith(path)));
  const draws = bench.draws.slice();
  const shown = draws.find((d) => (d.links ?? 0) > 0);
  return {
    mapReadyMs: ready.startTime,
    dataArrivedMs: data.length ? Math.max(...data.map((r) => r.responseEnd)) : null,
    linksShownMs: shown ? shown.frame : null,
    links: shown ? shown.links : null,
    drawn: shown ? shown.drawn : null,
    grouped: shown ? shown.grouped : null,
    draws,
  };
}
