import { describe, expect, it } from 'vitest';
import { longTaskLines, longTasks } from '../../../scripts/bench/longTasks';
import type { TraceEvent } from '../../../scripts/bench/trace';

const ORIGIN = 'http://127.0.0.1:1';
const ev = (e: Partial<TraceEvent> & Pick<TraceEvent, 'name' | 'ph'>): TraceEvent => ({ ts: 0, pid: 1, tid: 10, ...e });
const frame = (functionName: string, lineNumber: number) => ({ functionName, url: `${ORIGIN}/assets/index.js`, lineNumber, columnNumber: 0 });
const ms = 1000;

// The app's main thread from its navigation at 100 ms: a 30 ms task, then one of 80 ms (script, layout, a commit and
// 4 ms not traced), then one of 60 ms (with Chromium's task nested in it); a task before the navigation, and another
// renderer's long task, are not the page's.
const TRACE: TraceEvent[] = [
  ev({ name: 'thread_name', ph: 'M', args: { name: 'CrRendererMain' } }),
  ev({ name: 'thread_name', ph: 'M', pid: 2, tid: 20, args: { name: 'CrRendererMain' } }),
  ev({ name: 'RunTask', ph: 'X', ts: 1 * ms, dur: 70 * ms }),
  ev({ name: 'navigationStart', ph: 'R', ts: 100 * ms, args: { data: { documentLoaderURL: `${ORIGIN}/` } } }),
  ev({ name: 'RunTask', ph: 'X', ts: 110 * ms, dur: 30 * ms }),
  ev({ name: 'RunTask', ph: 'X', ts: 200 * ms, dur: 80 * ms }),
  ev({ name: 'FunctionCall', ph: 'X', ts: 201 * ms, dur: 50 * ms, args: { data: { url: `${ORIGIN}/assets/index.js` } } }),
  ev({ name: 'Layout', ph: 'X', ts: 252 * ms, dur: 20 * ms }),
  ev({ name: 'Commit', ph: 'X', ts: 273 * ms, dur: 6 * ms }),
  ev({ name: 'RunTask', ph: 'X', ts: 300 * ms, dur: 60 * ms }),
  ev({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts: 300 * ms, dur: 59.5 * ms }),
  ev({ name: 'TimerFire', ph: 'X', ts: 300 * ms, dur: 59 * ms }),
  ev({ name: 'RunTask', ph: 'X', pid: 2, tid: 20, ts: 150 * ms, dur: 500 * ms }),
  // CPU samples every 10 ms from 200 ms: drawShapes twice, buildIndexes three times, then idle.
  ev({ name: 'Profile', ph: 'P', ts: 200 * ms, id: '0x1', args: { data: { startTime: 200 * ms } } }),
  ev({
    name: 'ProfileChunk',
    ph: 'P',
    ts: 200 * ms,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: frame('(root)', 0) },
            { id: 2, parent: 1, callFrame: frame('drawShapes', 20) },
            { id: 3, parent: 1, callFrame: frame('buildIndexes', 5) },
            { id: 4, parent: 1, callFrame: { functionName: '(idle)', url: '', lineNumber: 0, columnNumber: 0 } },
          ],
          samples: [2, 2, 3, 3, 3, 4, 4, 4, 4],
        },
        timeDeltas: [0, 10 * ms, 10 * ms, 10 * ms, 10 * ms, 10 * ms, 10 * ms, 10 * ms, 10 * ms],
      },
    },
  }),
];
const moduleOf = (_url: string, line: number) => (line >= 20 ? 'src/map/boundaryDrawing.ts' : 'src/data/indexes.ts');

describe('longTasks', () => {
  it('lists the page’s main-thread tasks over 50 ms from its navigation, with the work and the functions that took their time', () => {
    const tasks = longTasks(TRACE, { origin: ORIGIN, moduleOf });
    expect(tasks.map((t) => [t.startMs, t.ms])).toEqual([
      [100, 80],
      [200, 60],
    ]);
    expect(tasks[0]!.work).toEqual([
      { name: 'FunctionCall', ms: 50 },
      { name: 'Layout', ms: 20 },
      { name: 'Commit', ms: 6 },
    ]);
    expect(tasks[0]!.functions).toEqual([
      { name: 'buildIndexes', where: 'src/data/indexes.ts', ms: 30 },
      { name: 'drawShapes', where: 'src/map/boundaryDrawing.ts', ms: 20 },
    ]);
    expect(tasks[1]!.work).toEqual([{ name: 'TimerFire', ms: 59 }]);
    expect(longTasks(TRACE, { origin: ORIGIN, overMs: 70 }).map((t) => t.ms)).toEqual([80]);
    // A task's own time, outside every event traced in it (a canvas's raster, where its category is off).
    expect(longTasks(TRACE, { origin: ORIGIN, overMs: 70 })[0]!.work.length).toBe(3);
    const untraced = longTasks(TRACE.filter((e) => e.name !== 'Commit' && e.name !== 'Layout'), { origin: ORIGIN })[0]!.work;
    expect(untraced).toEqual([
      { name: 'FunctionCall', ms: 50 },
      { name: 'not traced', ms: 30 },
    ]);
  });
});

describe('longTaskLines', () => {
  it('says how many tasks, their time over 50 ms and the longest, then a line for each', () => {
    const lines = longTaskLines('/ (run 1)', longTasks(TRACE, { origin: ORIGIN, moduleOf }));
    expect(lines[0]).toBe('/ (run 1): 2 task(s) over 50 ms, 40 ms over in all; the longest 80 ms');
    expect(lines[1]).toBe('  at  100 ms   80 ms  FunctionCall 50 ms, Layout 20 ms, Commit 6 ms | buildIndexes (src/data/indexes.ts) 30 ms, drawShapes (src/map/boundaryDrawing.ts) 20 ms');
    expect(longTaskLines('/', [])).toEqual(['/: 0 task(s) over 50 ms, 0 ms over in all']);
  });
});
