import { describe, expect, it } from 'vitest';
import { cpuProfile } from '../../../scripts/bench/cpuProfile';
import type { TraceEvent } from '../../../scripts/bench/trace';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });
const nodes = [
  { id: 1, callFrame: frame('(root)') },
  { id: 2, parent: 1, callFrame: frame('render', 'http://127.0.0.1:1/assets/index.js', 10) },
  { id: 3, parent: 2, callFrame: frame('drawLinks', 'http://127.0.0.1:1/assets/index.js', 20) },
  { id: 4, parent: 1, callFrame: frame('(idle)') },
];
// Samples every 100 µs from 1000: render, drawLinks, drawLinks, idle.
const TRACE: TraceEvent[] = [
  { name: 'Profile', ph: 'P', ts: 1000, pid: 1, tid: 10, id: '0x1', args: { data: { startTime: 1000 } } },
  { name: 'ProfileChunk', ph: 'P', ts: 1100, pid: 1, tid: 10, id: '0x1', args: { data: { cpuProfile: { nodes, samples: [2, 3, 3, 4] }, timeDeltas: [100, 100, 100, 100] } } },
];
const moduleOf = (_url: string, line: number) => (line >= 20 ? 'src/map/linkCanvas.ts' : 'node_modules/react-dom/index.js');

describe('cpuProfile', () => {
  it('gives each function its self time and the time of everything it called, placed in its module', () => {
    const { functions, functionsByTotal } = cpuProfile(TRACE, { pid: 1, tid: 10 }, 0, 10_000, moduleOf, 10);
    expect(functions.map((f) => [f.name, f.where, f.selfMs, f.totalMs])).toEqual([
      ['drawLinks', 'src/map/linkCanvas.ts', 0.2, 0.2],
      ['render', 'node_modules/react-dom/index.js', 0.1, 0.3],
    ]);
    // By total, only the app's own modules.
    expect(functionsByTotal.map((f) => f.name)).toEqual(['drawLinks']);
  });

  it('counts only the samples in the window, and nothing without a profile', () => {
    const { functions } = cpuProfile(TRACE, { pid: 1, tid: 10 }, 1250, 10_000, undefined, 10);
    expect(functions.map((f) => [f.name, f.where, f.selfMs])).toEqual([
      ['drawLinks', '/assets/index.js', 0.1],
      ['render', '/assets/index.js', 0],
    ]);
    expect(cpuProfile([], { pid: 1, tid: 10 }, 0, 1, undefined, 10).functions).toEqual([]);
  });
});
