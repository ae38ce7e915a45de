import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../scripts/bench/datasets';
import type { LoadResult } from '../../../scripts/bench/measure';
import { sizeResult, type RunResult } from '../../../scripts/bench/sizeResult';
import { frameStats } from '../../../scripts/bench/stats';

const data: Dataset = {
  name: '1000',
  file: '/project/.cache/synthetic/partnerships-1000.json',
  detailsFile: '/project/.cache/synthetic/details-1000.json',
  partnerships: new Array(1000).fill({}),
  clickable: [{ code: 'E1', name: 'Adur', partnerships: 9, point: [0, 51] }],
};

const load = (mapReadyMs: number, linksShownMs: number | null, links: number | null = 1500): LoadResult => ({ mapReadyMs, dataArrivedMs: 100, linksShownMs, links, drawn: links, grouped: links == null ? null : false, draws: [] });
const timing = (toFrameMs: number) => ({ toDrawMs: toFrameMs - 10, toFrameMs, links: 5 });

function run(mapReadyMs: number, extra: Partial<RunResult> = {}): RunResult {
  return {
    load: load(mapReadyMs, mapReadyMs + 20),
    transfer: { js: 10, css: 2, data: 30, other: 1, requests: [{ path: '/index.html', kind: 'other', bytes: 1 }] },
    heap: 2 ** 20 * 10,
    selects: [{ ...timing(40), council: 'E1', selected: 'E1', zoom: 7 }],
    filterOns: [timing(30), timing(32)],
    filterOffs: [timing(50)],
    pan: frameStats([0, 16, 32]),
    zoom: null,
    errors: [],
    ...extra,
  };
}

describe('sizeResult', () => {
  it('summarises each measurement over the runs, clicks counted one by one', () => {
    const result = sizeResult(data, [run(300), run(500)], [load(900, null)], ['run 2: pan: timeout'], '/project');
    expect(result).toMatchObject({ dataset: '1000', partnerships: 1000, links: 1500, grouped: false, file: '.cache/synthetic/partnerships-1000.json', errors: ['run 2: pan: timeout'] });
    expect(result.mapReady).toEqual({ runs: [300, 500], min: 300, median: 400, max: 500 });
    expect(result.linksShown!.median).toBe(420);
    expect(result.mapReadyThrottled!.median).toBe(900);
    expect(result.linksShownThrottled).toBeNull();
    expect(result.filterOn!.runs).toEqual([30, 32, 30, 32]);
    expect(result.filterOffToDraw!.median).toBe(40);
    expect(result.heapMB!.median).toBe(10);
    expect(result.pan.maxMs!.median).toBe(16);
    expect(result.zoom.fps).toBeNull();
  });

  it('names what was clicked, and takes the bytes of the first run', () => {
    const result = sizeResult(data, [run(300), run(500, { transfer: { js: 99, css: 0, data: 0, other: 0, requests: [] } })], [], [], '/project');
    expect(result.selectClicks[0]).toEqual({ council: 'E1', name: 'Adur', partnerships: 9, selected: 'E1', zoom: 7 });
    expect(result.transfer!.js).toBe(10);
  });

  it('has no figures when every run failed', () => {
    const result = sizeResult(data, [], [], ['run 1: failed'], '/project');
    expect(result.mapReady).toBeNull();
    expect(result.links).toBeNull();
    expect(result.transfer).toBeNull();
  });
});
