import type { Browser } from 'playwright-core';

// A Chromium trace (through CDP Tracing, with V8's sampling CPU profiler in
// it) of one load or one interaction; summariseTrace.ts says where its time went.

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
export async function captureTrace(browser: Browser, action: () => Promise<void>, extraCategories: readonly string[] = []): Promise<TraceEvent[]> {
  await browser.startTracing(undefined, { categories: [...TRACE_CATEGORIES, ...extraCategories] });
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
