import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

// Where the time goes: a Chromium trace (through CDP Tracing, with V8's
// sampling CPU profiler in it) of one load or one interaction, summarised as
//   - the busiest threads of the page's renderer (main thread, raster workers);
//   - the renderer main thread's activities by self time (script, style and
//     layout, paint, garbage collection, parsing …);
//   - JavaScript functions by self and total time, from the CPU samples.
// Function names come from the unminified build the benchmark makes for
// profiling, and each is placed in its source module by the "// path"
// comments Rolldown writes at the start of every module in unminified output.

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { name?: string; data?: Record<string, unknown> };
}

export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/** Record a Chromium trace (browser-wide, so it follows navigations) around an action. */
export async function captureTrace(browser: Browser, action: () => Promise<void>): Promise<TraceEvent[]> {
  await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
  let failure: unknown = null;
  try {
    await action();
  } catch (error) {
    failure = error;
  }
  const buffer = await browser.stopTracing();
  if (failure) throw failure;
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Maps a (0-based) line of a bundle to the module it came from, from Rolldown's "// path" comments. */
export function moduleMap(bundle: string): (line: number) => string {
  const starts: { line: number; module: string }[] = [];
  bundle.split('\n').forEach((text, line) => {
    const match = /^\/\/ (\S+\.(?:[cm]?js|tsx?|jsx))$/.exec(text) ?? /^\/\/ (\\0\S+)$/.exec(text);
    if (match) starts.push({ line, module: match[1]!.replace(/^node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '') });
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.line <= line) {
        found = starts[mid]!.module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Module of a line of any script in a build's assets/ folder, by the script's URL. */
export function buildModules(dist: string): (url: string, line: number) => string {
  const maps = new Map<string, (line: number) => string>();
  for (const file of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
    maps.set(file, moduleMap(readFileSync(join(dist, 'assets', file), 'utf8')));
  }
  return (url, line) => {
    const file = /\/assets\/([^/?#]+\.js)/.exec(url)?.[1];
    return (file && maps.get(file)?.(line)) || '';
  };
}

export interface Share {
  name: string;
  ms: number;
  /** Share of the window's wall time. */
  share: number;
}

export interface FunctionShare {
  name: string;
  /** Source module and line, where known. */
  where: string;
  selfMs: number;
  selfShare: number;
  totalMs: number;
  totalShare: number;
}

export interface TraceSummary {
  windowMs: number;
  /** Busy time (top-level tasks) of the renderer's busiest threads. */
  threads: Share[];
  /** Renderer main thread: self time by trace event name. */
  mainThread: Share[];
  /** Renderer main thread: self time by kind of work. */
  kinds: Share[];
  /** JavaScript (and V8's own entries) on the main thread, from the CPU samples. */
  functions: FunctionShare[];
  /** The app's own functions (src/) by total (inclusive) time. */
  functionsByTotal: FunctionShare[];
}

const KINDS: [string, RegExp][] = [
  ['garbage collection', /GC|Sweep|Mark(ing)?\b|Scavenge/i],
  ['parse and compile', /compile|Parse|CacheScript|StreamingCompile|v8\.deserialize/i],
  ['style and layout', /UpdateLayoutTree|Layout|RecalculateStyles|HitTest|InvalidateLayout|ScheduleStyle|IntersectionObserver/],
  ['paint and composite', /Paint|Layerize|Composite|Commit|UpdateLayer|Raster|Decode|Image|Canvas|Frame/],
  ['script', /FunctionCall|EvaluateScript|evaluateModule|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|V8\.Execute|v8\.run|v8\.callFunction|XHR|ResourceReceive|ParseAuthorStyleSheet/],
];

function kindOf(name: string): string {
  return KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
}

interface ThreadKey {
  pid: number;
  tid: number;
}

const key = (t: ThreadKey) => `${t.pid}:${t.tid}`;

/** Self time of each event, by name, from complete ('X') and begin/end events on one thread. */
function selfTimes(events: TraceEvent[], from: number, to: number): Map<string, number> {
  const spans: { name: string; start: number; end: number }[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.ph === 'X' && e.dur != null) spans.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) spans.push({ name: begin.name, start: begin.ts, end: e.ts });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const totals = new Map<string, number>();
  const stack: { name: string; start: number; end: number; child: number }[] = [];
  const clip = (s: number, e: number) => Math.max(0, Math.min(e, to) - Math.max(s, from));
  const close = (item: { name: string; start: number; end: number; child: number }) => {
    totals.set(item.name, (totals.get(item.name) ?? 0) + Math.max(0, clip(item.start, item.end) - item.child));
  };
  for (const span of spans) {
    while (stack.length && stack.at(-1)!.end <= span.start) close(stack.pop()!);
    const parent = stack.at(-1);
    const end = parent ? Math.min(span.end, parent.end) : span.end;
    if (parent) parent.child += clip(span.start, end);
    stack.push({ name: span.name, start: span.start, end, child: 0 });
  }
  while (stack.length) close(stack.pop()!);
  return totals;
}

export interface SummaryOptions {
  /** Start the window at the first event this accepts (e.g. the click's EventDispatch); default the trace's start. */
  start?: (event: TraceEvent) => boolean;
  /** The app's origin, to find the renderer it runs in. */
  origin?: string;
  /** Module of a bundle line, for script URLs of the app's bundle. */
  moduleOf?: (url: string, line: number) => string;
  top?: number;
}

export function summariseTrace(events: TraceEvent[], options: SummaryOptions = {}): TraceSummary {
  const top = options.top ?? 15;
  const threadNames = new Map<string, string>();
  const processNames = new Map<number, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(key(e), String(e.args?.name ?? ''));
    if (e.ph === 'M' && e.name === 'process_name') processNames.set(e.pid, String(e.args?.name ?? ''));
  }
  const timed = events.filter((e) => e.ph !== 'M' && e.ts > 0);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of timed) {
    const list = byThread.get(key(e));
    if (list) list.push(e);
    else byThread.set(key(e), [e]);
  }
  // The page's main thread: the renderer main thread running the app's
  // scripts (other renderers, such as Chromium's own WebUI pages, can be busier).
  const busy = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') ? (e.dur ?? 0) : 0), 0);
  const ofApp = (list: TraceEvent[]) =>
    options.origin ? list.filter((e) => String((e.args?.data as { url?: string } | undefined)?.url ?? '').startsWith(options.origin!)).length : 0;
  const mains = [...byThread.entries()].filter(([k]) => threadNames.get(k) === 'CrRendererMain');
  mains.sort((a, b) => ofApp(b[1]) - ofApp(a[1]) || busy(b[1]) - busy(a[1]));
  const main = mains[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const mainEvents = main[1];
  const mainPid = mainEvents[0]!.pid;
  const startEvent = options.start ? mainEvents.find(options.start) : undefined;
  const from = startEvent?.ts ?? Math.min(...mainEvents.map((e) => e.ts));
  const to = Math.max(...mainEvents.map((e) => e.ts + (e.dur ?? 0)));
  const windowUs = Math.max(1, to - from);
  const share = (us: number) => us / windowUs;

  // Threads of the renderer process (and the GPU process, which may raster), by top-level busy time.
  const threads: Share[] = [...byThread.entries()]
    .filter(([k, list]) => list[0]!.pid === mainPid || /GPU/i.test(processNames.get(list[0]!.pid) ?? '') || /Viz|Compositor/.test(threadNames.get(k) ?? ''))
    .map(([k, list]) => {
      const selfs = selfTimes(list.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask'), from, to);
      const us = [...selfs.values()].reduce((a, b) => a + b, 0);
      return { name: `${threadNames.get(k) ?? k}${list[0]!.pid === mainPid ? '' : ` (${processNames.get(list[0]!.pid) ?? list[0]!.pid})`}`, ms: us / 1000, share: share(us) };
    })
    .filter((t) => t.ms > 0)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6);

  const selfs = selfTimes(mainEvents, from, to);
  const mainThread = [...selfs.entries()]
    .map(([name, us]) => ({ name, ms: us / 1000, share: share(us) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  const kindTotals = new Map<string, number>();
  for (const [name, us] of selfs) {
    const kind = name === 'RunTask' || name === 'ThreadControllerImpl::RunTask' ? 'other (task overhead)' : kindOf(name);
    kindTotals.set(kind, (kindTotals.get(kind) ?? 0) + us);
  }
  const accounted = [...kindTotals.values()].reduce((a, b) => a + b, 0);
  kindTotals.set('idle (waiting for network, frames, timers)', Math.max(0, windowUs - accounted));
  const kinds = [...kindTotals.entries()].map(([name, us]) => ({ name, ms: us / 1000, share: share(us) })).sort((a, b) => b.ms - a.ms);

  const { functions, functionsByTotal } = cpuProfile(events, main[1][0]!, from, to, options, top);
  return { windowMs: windowUs / 1000, threads, mainThread, kinds, functions, functionsByTotal };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Self and total time by function from the trace's CPU profile chunks for one thread. */
function cpuProfile(events: TraceEvent[], thread: ThreadKey, from: number, to: number, options: SummaryOptions, top: number) {
  const profiles = new Map<string, { start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.pid !== thread.pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk')) continue;
    const id = `${e.pid}:${e.id}`;
    let profile = profiles.get(id);
    if (!profile) {
      profile = { start: 0, nodes: new Map(), samples: [], deltas: [] };
      profiles.set(id, profile);
    }
    const data = e.args?.data as { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    if (e.name === 'Profile') {
      profile.start = data?.startTime ?? e.ts;
      (profile as { tid?: number }).tid = e.tid;
    }
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data?.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data?.timeDeltas ?? []));
  }
  // The profile of the main thread: the one whose Profile event is on it, else the largest.
  const candidates = [...profiles.values()];
  const chosen = candidates.find((p) => (p as { tid?: number }).tid === thread.tid) ?? candidates.sort((a, b) => b.samples.length - a.samples.length)[0];
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const where = new Map<string, string>();
  if (chosen) {
    const labelOf = new Map<number, string>();
    const label = (node: ProfileNode) => {
      let text = labelOf.get(node.id);
      if (text) return text;
      const { functionName, url, lineNumber } = node.callFrame;
      const name = functionName || (url ? '(anonymous)' : '(native)');
      let place = '';
      if (url) {
        const module = options.moduleOf?.(url, lineNumber) ?? '';
        place = module ? `${module}` : url.replace(/^https?:\/\/[^/]+/, '');
      }
      text = place ? `${name} — ${place}` : name;
      where.set(text, place);
      labelOf.set(node.id, text);
      return text;
    };
    let t = chosen.start;
    for (let i = 0; i < chosen.samples.length; i++) {
      t += chosen.deltas[i] ?? 0;
      const next = t + (chosen.deltas[i + 1] ?? 0);
      if (t < from || t > to) continue;
      const duration = Math.max(0, Math.min(next, to) - t);
      const node = chosen.nodes.get(chosen.samples[i]!);
      if (!node) continue;
      const leaf = label(node);
      if (leaf === '(idle)' || leaf === '(root)') continue;
      self.set(leaf, (self.get(leaf) ?? 0) + duration);
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = node; n; n = n.parent != null ? chosen.nodes.get(n.parent) : undefined) {
        const l = label(n);
        if (l === '(root)' || seen.has(l)) continue;
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + duration);
      }
    }
  }
  const windowUs = Math.max(1, to - from);
  const rows = [...total.keys()].map((name) => ({
    name: name.split(' — ')[0]!,
    where: where.get(name) ?? '',
    selfMs: (self.get(name) ?? 0) / 1000,
    selfShare: (self.get(name) ?? 0) / windowUs,
    totalMs: (total.get(name) ?? 0) / 1000,
    totalShare: (total.get(name) ?? 0) / windowUs,
  }));
  return {
    functions: [...rows].sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
    // The app's own functions (its src/ modules), so React's and Leaflet's call chains do not fill the list.
    functionsByTotal: [...rows].filter((r) => r.where.startsWith('src/')).sort((a, b) => b.totalMs - a.totalMs).slice(0, top),
  };
}
