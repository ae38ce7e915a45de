import { describe, expect, it } from 'vitest';
import { PEERS_HEADING, peersRows, peersSection, times } from '../../../../scripts/bench/peers/peerMarkdown';
import { peerDatasetOf, peersResultOf } from '../../../helpers/peersResults';

describe('the peers’ section of results.md', () => {
  it('writes ratios with two decimals, or n/a', () => {
    expect(times(0.456)).toBe('0.46×');
    expect(times(1)).toBe('1.00×');
    expect(times(65.43)).toBe('65.4×');
    expect(times(null)).toBe('n/a');
  });

  it('has a row for each page of each dataset, each measure followed by its ratio to plain Leaflet', () => {
    const rows = peersRows([peerDatasetOf('10000', [600, 1200, 2400], [30, 300, 900])]);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['synthetic 10,000', 'this app'],
      ['synthetic 10,000', 'plain Leaflet, canvas'],
      ['synthetic 10,000', 'deck.gl'],
    ]);
    expect(rows[0]).toEqual(['synthetic 10,000', 'this app', '2,000 (drawn as 900 groups)', '600 (600–600)', '0.50×', '30 (30–30)', '0.10×', '12 (12–12)', '1.00×', '150.0', '3.13×', '450.0', '3.13×']);
    expect(rows[1]![2]).toBe('2,000');
    expect(rows[1]![4]).toBe('1.00×');
  });

  it('says how it was measured, judges the targets, and says what was left out', () => {
    const md = peersSection(peersResultOf([peerDatasetOf('real', [700, 500, 4000], [40, 50, 3000]), peerDatasetOf('10000', [600, 1200, 2400], [30, 300, 900])])).join('\n');
    expect(md.startsWith(PEERS_HEADING)).toBe(true);
    expect(md).toContain('Made by `npm run bench -- --peers-only` on 2026-01-02T03:04:05.000Z, of the app at commit abc1234; Chromium 150.0; leaflet 1.9.4, @deck.gl/core 9.4.0. 1 runs');
    expect(md).toContain('| links drawn, app ÷ plain Leaflet | real | ≤ 1.0× | 1.40× | **no** |');
    expect(md).toContain('| links drawn, app ÷ plain Leaflet | synthetic 10,000 | ≤ 1.0× | 0.50× | yes |');
    expect(md).toContain('| filter → frame, app ÷ plain Leaflet | synthetic 10,000 | ≤ 0.25× | 0.10× | yes |');
    expect(md).toContain('| first-view JS, app ÷ deck.gl | real | ≤ 0.33× (a third) | 0.56× | **no** |');
    expect(md).toContain('### How the peers were measured');
    expect(md).toContain('SwiftShader');
    expect(md).toContain('- **kepler.gl**: not installed.');
  });

  it('explains each target missed, and only those', () => {
    const missed = peersSection(peersResultOf([peerDatasetOf('real', [700, 500, 4000], [40, 50, 3000])])).join('\n');
    expect(missed).toContain('### Where the app is behind, and why');
    expect(missed).toContain('**Links drawn (real: 1.40×)**');
    expect(missed).toContain('**First-view JS (0.56×)**');
    const met = peersSection(peersResultOf([peerDatasetOf('10000', [600, 1200, 2400], [30, 300, 900])], { datasets: [], targets: [] })).join('\n');
    expect(met).not.toContain('### Where the app is behind');
  });

  it('lists the problems of the runs, and is left out of results made without the peers', () => {
    const d = peerDatasetOf('real', [700, 500, 4000], [40, 50, 3000]);
    d.pages[2]!.errors.push('run 1: page: WebGL context lost');
    expect(peersSection(peersResultOf([d])).join('\n')).toContain('- real, deck.gl: run 1: page: WebGL context lost');
    expect(peersSection(undefined)).toEqual([]);
  });
});
