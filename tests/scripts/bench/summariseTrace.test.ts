import { describe, expect, it } from 'vitest';
import { selfTimes, summariseTrace } from '../../../scripts/bench/summariseTrace';
import type { TraceEvent } from '../../../scripts/bench/trace';

const ev = (e: Partial<TraceEvent> & Pick<TraceEvent, 'name' | 'ph'>): TraceEvent => ({ ts: 0, pid: 1, tid: 10, ...e });

// Renderer 1 (the app) with a main thread and a raster worker; renderer 2 another page, busier.
const TRACE: TraceEvent[] = [
  ev({ name: 'thread_name', ph: 'M', args: { name: 'CrRendererMain' } }),
  ev({ name: 'thread_name', ph: 'M', tid: 11, args: { name: 'Compositor' } }),
  ev({ name: 'thread_name', ph: 'M', pid: 2, tid: 20, args: { name: 'CrRendererMain' } }),
  ev({ name: 'process_name', ph: 'M', args: { name: 'Renderer' } }),
  ev({ name: 'RunTask', ph: 'X', ts: 1000, dur: 1000 }),
  ev({ name: 'EventDispatch', ph: 'X', ts: 1100, dur: 600, args: { data: { type: 'click', url: 'http://127.0.0.1:1/' } } }),
  ev({ name: 'FunctionCall', ph: 'X', ts: 1200, dur: 400 }),
  ev({ name: 'Paint', ph: 'X', ts: 3000, dur: 1000 }),
  ev({ name: 'RunTask', ph: 'X', tid: 11, ts: 1500, dur: 500 }),
  ev({ name: 'RunTask', ph: 'X', pid: 2, tid: 20, ts: 1000, dur: 9000 }),
];

describe('selfTimes', () => {
  it('gives each event its time less its children’s, within the window', () => {
    const selfs = selfTimes(TRACE.filter((e) => e.pid === 1 && e.tid === 10), 0, 10_000);
    expect(Object.fromEntries(selfs)).toEqual({ RunTask: 400, EventDispatch: 200, FunctionCall: 400, Paint: 1000 });
    expect(selfTimes(TRACE.filter((e) => e.tid === 10 && e.pid === 1), 3500, 10_000).get('Paint')).toBe(500);
  });
});

describe('summariseTrace', () => {
  it('takes the app’s main thread, from the input to its last event, and shares its time by kind of work', () => {
    const summary = summariseTrace(TRACE, { origin: 'http://127.0.0.1:1', start: (e) => e.name === 'EventDispatch' });
    expect(summary.windowMs).toBe(2.9);
    expect(summary.mainThread.map((s) => [s.name, s.ms])).toEqual([
      ['Paint', 1],
      ['FunctionCall', 0.4],
      ['RunTask', 0.3],
      ['EventDispatch', 0.2],
    ]);
    const kinds = Object.fromEntries(summary.kinds.map((k) => [k.name, k.ms]));
    expect(kinds).toMatchObject({ 'paint and composite': 1, script: 0.6, 'other (task overhead)': 0.3 });
    expect(kinds['idle (waiting for network, frames, timers)']).toBeCloseTo(1);
    expect(summary.threads.map((t) => t.name)).toEqual(['CrRendererMain', 'Compositor']);
  });

  it('says when there is no renderer main thread', () => {
    expect(() => summariseTrace([ev({ name: 'RunTask', ph: 'X', dur: 5, ts: 5 })])).toThrow('no renderer main thread');
  });
});
