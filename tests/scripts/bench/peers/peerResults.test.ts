import { describe, expect, it } from 'vitest';
import { judgePeers, pageResult, ratioTo, valueOf, type PeerDataset } from '../../../../scripts/bench/peers/peerResults';
import type { PageName, PeerRun } from '../../../../scripts/bench/peers/peerMeasure';

const timing = (ms: number) => ({ toDrawMs: ms - 10, toFrameMs: ms, links: 1 });
const run = (page: PageName, r: number, linksShownMs: number, filters: number[], js = 100_000): PeerRun => ({
  page,
  run: r,
  linksShownMs,
  links: 10,
  drawn: page === 'app' ? 4 : 10,
  heap: 10 * 2 ** 20,
  filterOns: filters.slice(0, 1).map(timing),
  filterOffs: filters.slice(1).map(timing),
  js,
  total: js * 3,
  errors: [],
});

function dataset(name: string, app: number, leaflet: number, filterApp: number, filterLeaflet: number): PeerDataset {
  const runs = [run('app', 1, app, [filterApp, filterApp], 150_000), run('leaflet', 1, leaflet, [filterLeaflet, filterLeaflet], 50_000), run('deck', 1, leaflet * 2, [1, 1], 300_000)];
  return { dataset: name, partnerships: 1, pages: (['app', 'leaflet', 'deck'] as const).map((p) => pageResult(p, runs)) };
}

describe('the peers’ results', () => {
  it('summarise a page’s runs: medians of the loads, every filter change on and off together, bytes of the first run', () => {
    const runs = [run('app', 1, 500, [30, 40]), run('leaflet', 1, 400, [90, 100]), run('app', 2, 700, [50, 60], 120_000)];
    const app = pageResult('app', runs);
    expect(app.runs).toBe(2);
    expect(app.linksShown).toMatchObject({ median: 600, min: 500, max: 700 });
    expect(app.filter).toMatchObject({ median: 45, min: 30, max: 60, runs: [30, 40, 50, 60] });
    expect(app.js).toBe(100_000);
    expect(app.drawn).toBe(4);
    expect(pageResult('deck', runs)).toMatchObject({ runs: 0, linksShown: null, js: null });
  });

  it('give each measure as a ratio to plain Leaflet’s', () => {
    const d = dataset('1000', 300, 600, 20, 200);
    expect(ratioTo(d, 'app', 'linksShown')).toBe(0.5);
    expect(ratioTo(d, 'leaflet', 'linksShown')).toBe(1);
    expect(ratioTo(d, 'app', 'filter')).toBe(0.1);
    expect(ratioTo(d, 'app', 'js', 'deck')).toBe(0.5);
    expect(valueOf(d.pages[0], 'total')).toBe(450_000);
    expect(ratioTo({ ...d, pages: d.pages.slice(0, 1) }, 'app', 'linksShown')).toBeNull();
  });

  it('judge the three targets on those ratios', () => {
    const targets = judgePeers([dataset('real', 500, 400, 30, 40), dataset('10000', 300, 600, 20, 200)]);
    expect(targets.map((t) => [t.kind, t.dataset, t.ratio, t.met])).toEqual([
      ['links', 'real', 1.25, false],
      ['links', '10000', 0.5, true],
      ['filter', '10000', 0.1, true],
      ['js', 'real', 0.5, false],
    ]);
    // Without the 10,000 dataset the filter target has nothing to judge.
    expect(judgePeers([dataset('real', 1, 1, 1, 1)]).find((t) => t.kind === 'filter')).toMatchObject({ ratio: null, met: null });
    expect(judgePeers([dataset('real', 1, 1, 1, 1)])[0]!.met).toBe(true);
  });
});
