import { group, rollup, sum } from 'd3-array';
import { cpuProfile, type FunctionShare, type ModuleOf } from './cpuProfile';
import type { TraceEvent } from './trace';

// Where the time goes in a trace, summarised as
//   - the busiest threads of the page's renderer (main thread, raster workers);
//   - the renderer main thread's activities by self time (script, style and
//     layout, paint, garbage collection, parsing …);
//   - JavaScript functions by self and total time, from the CPU samples (cpuProfile.ts).

export interface Share {
  name: string;
  ms: number;
  /** Share of the window's wall time. */
  share: number;
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
export function selfTimes(events: readonly TraceEvent[], from: number, to: number): Map<string, number> {
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
  moduleOf?: ModuleOf;
  top?: number;
}

export const isTask = (name: string) => name === 'RunTask' || name === 'ThreadControllerImpl::RunTask';

/** The names of the trace's threads ("pid:tid") and processes, from its metadata events. */
function names(events: readonly TraceEvent[]): { threads: Map<string, string>; processes: Map<number, string> } {
  const threads = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(key(e), String(e.args?.name ?? ''));
    if (e.ph === 'M' && e.name === 'process_name') processes.set(e.pid, String(e.args?.name ?? ''));
  }
  return { threads, processes };
}

/**
 * The page's main thread: the renderer main thread running the app's
 * scripts (other renderers, such as Chromium's own WebUI pages, can be busier).
 */
function pageMainThread(byThread: ReadonlyMap<string, TraceEvent[]>, threadNames: ReadonlyMap<string, string>, origin: string | undefined): TraceEvent[] {
  const busy = (list: TraceEvent[]) => sum(list, (e) => (e.ph === 'X' && isTask(e.name) ? (e.dur ?? 0) : 0));
  const ofApp = (list: TraceEvent[]) => (origin ? list.filter((e) => String((e.args?.data as { url?: string } | undefined)?.url ?? '').startsWith(origin)).length : 0);
  const mains = [...byThread.entries()].filter(([k]) => threadNames.get(k) === 'CrRendererMain');
  mains.sort((a, b) => ofApp(b[1]) - ofApp(a[1]) || busy(b[1]) - busy(a[1]));
  const main = mains[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  return main[1];
}

interface TimeWindow {
  from: number;
  to: number;
  share: (us: number) => number;
}

/** Threads of the renderer process (and the GPU process, which may raster), by top-level busy time. */
function busiestThreads(byThread: ReadonlyMap<string, TraceEvent[]>, mainPid: number, traceNames: ReturnType<typeof names>, window: TimeWindow): Share[] {
  return [...byThread.entries()]
    .filter(([k, list]) => list[0]!.pid === mainPid || /GPU/i.test(traceNames.processes.get(list[0]!.pid) ?? '') || /Viz|Compositor/.test(traceNames.threads.get(k) ?? ''))
    .map(([k, list]) => {
      const selfs = selfTimes(list.filter((e) => isTask(e.name) || e.name === 'ThreadPool_RunTask'), window.from, window.to);
      const us = sum(selfs.values());
      const pid = list[0]!.pid;
      return { name: `${traceNames.threads.get(k) ?? k}${pid === mainPid ? '' : ` (${traceNames.processes.get(pid) ?? pid})`}`, ms: us / 1000, share: window.share(us) };
    })
    .filter((t) => t.ms > 0)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6);
}

/** The main thread's self times by kind of work, and the rest of the window as idle. */
function byKind(selfs: ReadonlyMap<string, number>, windowUs: number, share: (us: number) => number): Share[] {
  const kindTotals = rollup(
    [...selfs],
    (items) => sum(items, ([, us]) => us),
    ([name]) => (isTask(name) ? 'other (task overhead)' : kindOf(name)),
  );
  const accounted = sum(kindTotals.values());
  kindTotals.set('idle (waiting for network, frames, timers)', Math.max(0, windowUs - accounted));
  return [...kindTotals.entries()].map(([name, us]) => ({ name, ms: us / 1000, share: share(us) })).sort((a, b) => b.ms - a.ms);
}

/** The trace's events by thread ("pid:tid"), without the metadata. */
const eventsByThread = (events: readonly TraceEvent[]) =>
  group(
    events.filter((e) => e.ph !== 'M' && e.ts > 0),
    (e) => key(e),
  );

/** The events of the page's main thread (the renderer main thread running the app at `origin`). */
export function pageMainThreadEvents(events: readonly TraceEvent[], origin?: string): TraceEvent[] {
  return pageMainThread(eventsByThread(events), names(events).threads, origin);
}

/** Where the time of a trace went, from the input (options.start) to the main thread's last event. */
export function summariseTrace(events: TraceEvent[], options: SummaryOptions = {}): TraceSummary {
  const top = options.top ?? 15;
  const traceNames = names(events);
  const byThread = eventsByThread(events);
  const mainEvents = pageMainThread(byThread, traceNames.threads, options.origin);
  const mainPid = mainEvents[0]!.pid;
  const startEvent = options.start ? mainEvents.find(options.start) : undefined;
  const from = startEvent?.ts ?? Math.min(...mainEvents.map((e) => e.ts));
  const to = Math.max(...mainEvents.map((e) => e.ts + (e.dur ?? 0)));
  const windowUs = Math.max(1, to - from);
  const share = (us: number) => us / windowUs;

  const threads = busiestThreads(byThread, mainPid, traceNames, { from, to, share });
  const selfs = selfTimes(mainEvents, from, to);
  const mainThread = [...selfs.entries()]
    .map(([name, us]) => ({ name, ms: us / 1000, share: share(us) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  const kinds = byKind(selfs, windowUs, share);
  const { functions, functionsByTotal } = cpuProfile(events, mainEvents[0]!, from, to, options.moduleOf, top);
  return { windowMs: windowUs / 1000, threads, mainThread, kinds, functions, functionsByTotal };
}
