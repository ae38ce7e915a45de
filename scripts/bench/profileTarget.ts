import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { BenchServer } from './benchServer';
import { serveDataset, type Dataset } from './datasets';
import { whole } from './format';
import { measureFilter, measurePan, measureSelect, measureZoom, openAndLoad, type ClickWrapper, type FrameStats, type InputTiming, type OpenPage } from './measure';
import type { ProfileKind } from './options';
import type { ProfileResult } from './results';
import { summariseTrace } from './summariseTrace';
import { captureTrace, type TraceEvent } from './trace';
import { buildModules } from './traceModules';

// A target profiled: one traced run of one kind of measurement, on the
// unminified build, summarised (and the trace kept when asked).

export type Profiled = Omit<ProfileResult, 'target' | 'command'>;

/** Trace a load: from navigation to the links shown (or map-ready). */
async function traceLoad(browser: Browser, url: string): Promise<{ events: TraceEvent[]; measuredMs: number | null }> {
  let open: OpenPage | null = null;
  const events = await captureTrace(browser, async () => {
    open = await openAndLoad(browser, url);
  });
  const loaded = open as OpenPage | null;
  const measuredMs = loaded?.load.linksShownMs ?? loaded?.load.mapReadyMs ?? null;
  await loaded?.context.close();
  return { events, measuredMs };
}

/** Trace a click, a filter change or a gesture in a page already loaded. */
async function traceInput(browser: Browser, url: string, data: Dataset, kind: Exclude<ProfileKind, 'load'>): Promise<{ events: TraceEvent[]; measuredMs: number | null }> {
  let events: TraceEvent[] = [];
  const traced: ClickWrapper = async (click) => {
    let timing: InputTiming | null = null;
    events = await captureTrace(browser, async () => {
      timing = await click();
    });
    return timing!;
  };
  const open = await openAndLoad(browser, url);
  try {
    let measuredMs: number | null;
    if (kind === 'select') measuredMs = (await measureSelect(open.page, data.clickable, traced)).toFrameMs;
    else if (kind === 'filterOn') measuredMs = (await measureFilter(open.page, traced)).toFrameMs;
    else if (kind === 'filterOff') {
      await measureFilter(open.page);
      measuredMs = (await measureFilter(open.page, traced)).toFrameMs;
    } else {
      let frames: FrameStats | null = null;
      events = await captureTrace(browser, async () => {
        frames = kind === 'pan' ? await measurePan(open.page) : await measureZoom(open.page);
      });
      measuredMs = (frames as FrameStats | null)?.maxMs ?? null;
    }
    return { events, measuredMs };
  } finally {
    await open.context.close();
  }
}

/** The trace event an input starts at: the click, the first mouse press of the drag, the first wheel step; none for a load. */
export function inputEventType(kind: ProfileKind): string | null {
  return kind === 'pan' ? 'mousedown' : kind === 'zoom' ? 'wheel' : kind === 'load' ? null : 'click';
}

/** One traced run of one kind of measurement, summarised; the trace written to `traceDir` when given. */
export async function profileOne(browser: Browser, server: BenchServer, profileDist: string, data: Dataset, kind: ProfileKind, traceDir: string | null, root: string): Promise<Profiled> {
  serveDataset(server, data);
  const url = `${server.url}/`;
  const { events, measuredMs } = kind === 'load' ? await traceLoad(browser, url) : await traceInput(browser, url, data, kind);
  const inputType = inputEventType(kind);
  const summary = summariseTrace(events, {
    start: inputType ? (e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === inputType : undefined,
    origin: server.url,
    moduleOf: buildModules(profileDist),
  });
  let trace: string | null = null;
  if (traceDir) {
    const file = join(traceDir, `${data.name}-${kind}.json.gz`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, gzipSync(JSON.stringify({ traceEvents: events })));
    trace = relative(root, file);
  }
  return { dataset: data.name, kind, measuredMs, summary, trace };
}

/** A profile as the bench prints it: the window, threads, kinds of work and the busiest functions. */
export function profileLines(p: ProfileResult): string[] {
  const lines = [`\n${p.target} (${p.dataset}): ${p.command}`];
  if (!p.summary) return [...lines, `  not profiled: ${p.error}`];
  const s = p.summary;
  lines.push(`  window ${whole(s.windowMs)} ms; measured ${whole(p.measuredMs)} ms`);
  lines.push(`  threads: ${s.threads.map((t) => `${t.name} ${whole(t.ms)} ms`).join('; ')}`);
  lines.push(`  main thread: ${s.kinds.map((k) => `${k.name} ${(k.share * 100).toFixed(0)}%`).join('; ')}`);
  for (const fn of s.functions.slice(0, 10)) lines.push(`  self ${whole(fn.selfMs).padStart(6)} ms ${(fn.selfShare * 100).toFixed(1).padStart(5)}%  ${fn.name}  ${fn.where}`);
  for (const fn of s.functionsByTotal.slice(0, 8)) lines.push(`  total ${whole(fn.totalMs).padStart(5)} ms ${(fn.totalShare * 100).toFixed(1).padStart(5)}%  ${fn.name}  ${fn.where}`);
  return lines;
}
