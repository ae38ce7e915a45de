import { describe, expect, it } from 'vitest';
import { runLine } from '../../../scripts/bench/measureDataset';
import type { RunResult } from '../../../scripts/bench/sizeResult';
import { frameStats } from '../../../scripts/bench/stats';

const timing = (toFrameMs: number) => ({ toDrawMs: toFrameMs, toFrameMs, links: 1 });
const run: RunResult = {
  load: { mapReadyMs: 480.4, dataArrivedMs: 200, linksShownMs: null, links: null, drawn: null, grouped: null, draws: [] },
  transfer: { js: 0, css: 0, data: 0, other: 0, requests: [] },
  heap: 2 ** 20 * 12.25,
  selects: [{ ...timing(48.2), council: 'E1', selected: 'E1', zoom: 6 }, { ...timing(52), council: 'E1', selected: 'E1', zoom: 6 }],
  filterOns: [timing(30)],
  filterOffs: [],
  pan: frameStats([0, 16, 48]),
  zoom: null,
  errors: ['pan: timeout'],
};

describe('runLine', () => {
  it('prints a run’s times as whole milliseconds, n/a for what was not measured', () => {
    expect(runLine('10000', 2, 5, run)).toBe(
      '  10000 run 2/5: map-ready 480 ms, links shown n/a ms, clicks 48/52 ms, filter on 30 ms, off n/a ms, ' +
        'pan 42 fps (longest 32 ms), zoom n/a fps (longest n/a ms), heap 12.3 MB [1 problem(s)]',
    );
  });
});
