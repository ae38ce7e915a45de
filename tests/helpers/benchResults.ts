import type { Results, SizeResult } from '../../scripts/bench/results';
import { frameResult, frameStats, stat } from '../../scripts/bench/stats';

/** A dataset's results as the bench writes them, with every time given or made up. */
export function sizeResultOf(dataset: string, times: Partial<Record<'mapReady' | 'linksShown' | 'select' | 'filterOn' | 'filterOff', number[]>> = {}, extra: Partial<SizeResult> = {}): SizeResult {
  const s = (key: keyof typeof times) => stat(times[key] ?? []);
  return {
    dataset,
    partnerships: dataset === 'real' ? 653 : Number(dataset),
    links: 1200,
    drawn: 1200,
    grouped: false,
    file: 'public/data/partnerships.json',
    mapReady: s('mapReady'),
    linksShown: s('linksShown'),
    dataArrived: null,
    mapReadyThrottled: null,
    linksShownThrottled: null,
    select: s('select'),
    selectToDraw: null,
    selectClicks: [],
    filterOn: s('filterOn'),
    filterOnToDraw: null,
    filterOff: s('filterOff'),
    filterOffToDraw: null,
    pan: frameResult([frameStats([0, 16, 33, 50])]),
    zoom: frameResult([frameStats([0, 16, 60])]),
    heapMB: stat([12.5]),
    transfer: { js: 100 * 1024, css: 6 * 1024, data: 300 * 1024, other: 2048, requests: [] },
    errors: [],
    ...extra,
  };
}

/** Results of one run of `sizes`, on a made-up machine. */
export function resultsOf(sizes: SizeResult[], extra: Partial<Results> = {}): Results {
  return {
    date: '2026-01-02T03:04:05.000Z',
    machine: { cpu: 'Test CPU', cores: 2, memoryGB: 8, os: 'Linux 6', node: 'v20.19.0', chromium: '150.0' },
    settings: { runs: 2, clicks: 2, throttle: 4, seed: '1', viewport: '1280×800 CSS px at 1×', gzipLevel: 6, command: 'npm run bench -- --quick', commit: 'commit abc1234' },
    sizes,
    targets: [],
    profiles: [],
    notes: [],
    ...extra,
  };
}
