import type { Browser } from 'playwright-core';
import { cpuProfile, type ModuleOf } from './cpuProfile';
import { isTask, pageMainThreadEvents, selfTimes } from './summariseTrace';
import { captureTrace, type TraceEvent } from './trace';

// The first view's long tasks, as Lighthouse's mobile run counts them (every
// main-thread task over 50 ms on a CPU four times slower, from its first
// paint on, adds its time over 50 ms to the total blocking time), each with
// what it did: the trace events and the JavaScript functions that took its
// time. Lighthouse's own report names only the script a task ran in.

/** Lighthouse's threshold: a task longer than this blocks input. */
export const LONG_TASK_MS = 50;

/** Lighthouse's mobile run: a Moto G Power's screen. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } as const;

/** How long after map-ready the trace goes on: the work the page does once the first view is drawn (the partnerships' text, idle prefetches). */
const AFTER_READY_MS = 3000;

/**
 * Blink's own events: they name a canvas's raster at the end of the task
 * that drew it (CanvasRenderingContext2D::FinalizeFrame) and its copy for the
 * compositor (ProduceCanvasResource), which are otherwise time with no name.
 */
const BLINK_CATEGORIES = ['blink'];

export interface LongTask {
  /** From the navigation's start. */
  startMs: number;
  ms: number;
  /** The trace events with most self time in it (script, layout, paint, commit…); "not traced" is the task's own time outside them. */
  work: { name: string; ms: number }[];
  /** The JavaScript functions with most self time in it, with their modules. */
  functions: { name: string; where: string; ms: number }[];
}

/** The main thread's tasks over `overMs` in a trace of a load, in order. */
export function longTasks(events: readonly TraceEvent[], options: { origin: string; moduleOf?: ModuleOf; overMs?: number }): LongTask[] {
  const main = pageMainThreadEvents(events, options.origin);
  const navigation = main.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith(options.origin));
  const origin = navigation?.ts ?? Math.min(...main.map((e) => e.ts));
  const overUs = (options.overMs ?? LONG_TASK_MS) * 1000;
  const tasks = main.filter((e) => e.ph === 'X' && isTask(e.name) && e.ts >= origin).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Only the outermost of tasks nested in each other (Chromium's RunTask around ThreadControllerImpl::RunTask).
  let outerEnd = -Infinity;
  const outermost = tasks.filter((task) => {
    if (task.ts < outerEnd) return false;
    outerEnd = task.ts + task.dur!;
    return true;
  });
  return outermost
    .filter((task) => task.dur! > overUs)
    .map((task) => {
      const end = task.ts + task.dur!;
      const inside = main.filter((e) => e.ts >= task.ts && e.ts < end);
      const work = [...selfTimes(inside, task.ts, end)]
        .map(([name, us]) => ({ name: isTask(name) ? 'not traced' : name, ms: us / 1000 }))
        .filter((w) => w.ms >= 1)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3);
      const functions = cpuProfile(events, main[0]!, task.ts, end, options.moduleOf, 3)
        .functions.filter((f) => f.selfMs >= 1)
        .map((f) => ({ name: f.name, where: f.where, ms: f.selfMs }));
      return { startMs: (task.ts - origin) / 1000, ms: task.dur! / 1000, work, functions };
    });
}

/** Load `url` on a phone-sized page with the CPU slowed `throttle` times, traced from navigation to a while after map-ready. */
export async function traceFirstView(browser: Browser, url: string, throttle: number): Promise<TraceEvent[]> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    return await captureTrace(
      browser,
      async () => {
        await page.goto(url);
        await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 120_000 });
        await page.waitForTimeout(AFTER_READY_MS);
      },
      BLINK_CATEGORIES,
    );
  } finally {
    await context.close();
  }
}

const ms = (value: number) => `${Math.round(value)} ms`;

/** The tasks as lines to print: when, how long, and what took the time. */
export function longTaskLines(title: string, tasks: readonly LongTask[]): string[] {
  const blocking = tasks.reduce((total, t) => total + t.ms - LONG_TASK_MS, 0);
  const lines = [`${title}: ${tasks.length} task(s) over ${LONG_TASK_MS} ms, ${ms(blocking)} over in all${tasks.length ? `; the longest ${ms(Math.max(...tasks.map((t) => t.ms)))}` : ''}`];
  for (const t of tasks) {
    const work = t.work.map((w) => `${w.name} ${ms(w.ms)}`).join(', ');
    const functions = t.functions.map((f) => `${f.name}${f.where ? ` (${f.where})` : ''} ${ms(f.ms)}`).join(', ');
    lines.push(`  at ${ms(t.startMs).padStart(7)}  ${ms(t.ms).padStart(6)}  ${work}${functions ? ` | ${functions}` : ''}`);
  }
  return lines;
}
