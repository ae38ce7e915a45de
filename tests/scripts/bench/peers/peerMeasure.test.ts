import { describe, expect, it } from 'vitest';
import { bytesBy, interleave, peerRunLine, type PeerRun } from '../../../../scripts/bench/peers/peerMeasure';

function peerRunOf(partial: Partial<PeerRun> & Pick<PeerRun, 'page'>): PeerRun {
  return { run: 1, linksShownMs: 500, links: 100, drawn: 100, heap: 20 * 2 ** 20, filterOns: [], filterOffs: [], js: 150 * 1024, total: 400 * 1024, errors: [], ...partial };
}

describe('a peers run', () => {
  it('interleaves the pages run by run: A B C A B C', () => {
    expect(interleave(['app', 'leaflet', 'deck'], 2).map((o) => `${o.page}${o.run}`)).toEqual(['app1', 'leaflet1', 'deck1', 'app2', 'leaflet2', 'deck2']);
    expect(interleave(['app'], 0)).toEqual([]);
  });

  it('counts the bytes that had arrived when the links were drawn, and not what came after', () => {
    const arrivals = [
      { name: 'http://127.0.0.1:1/', responseEnd: 20, transferSize: 800 },
      { name: 'http://127.0.0.1:1/assets/index.js', responseEnd: 90, transferSize: 150_000 },
      { name: 'http://127.0.0.1:1/assets/chunk.mjs', responseEnd: 300, transferSize: 1_000 },
      { name: 'http://127.0.0.1:1/data/partnerships.json', responseEnd: 200, transferSize: 30_000 },
      { name: 'http://127.0.0.1:1/assets/TableView.js?x=1.json', responseEnd: 700, transferSize: 3_000 },
      { name: 'http://127.0.0.1:1/data/partnership-details.json', responseEnd: 650, transferSize: 500_000 },
    ];
    expect(bytesBy(arrivals, 600)).toEqual({ js: 151_000, total: 181_800 });
    expect(bytesBy(arrivals, null)).toEqual({ js: 154_000, total: 684_800 });
  });

  it('says what each run measured, in one line', () => {
    const line = peerRunLine('1000', peerRunOf({ page: 'leaflet', filterOns: [{ toDrawMs: 20, toFrameMs: 31.6, links: 5 }], filterOffs: [{ toDrawMs: 40, toFrameMs: 52.2, links: 100 }] }), 3);
    expect(line).toBe('  1000 leaflet run 1/3: links drawn 500 ms (100 links), filter 32/52 ms, heap 20.0 MB, JS 150.0 KB');
    expect(peerRunLine('real', peerRunOf({ page: 'deck', linksShownMs: null, heap: null, errors: ['page: oops'] }), 1)).toContain('links drawn n/a ms (100 links), filter n/a ms, heap n/a MB, JS 150.0 KB [1 problem(s): page: oops]');
  });
});
