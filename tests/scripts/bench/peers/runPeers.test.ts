import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedVersion, LEFT_OUT, PEER_ORDER, withPeers } from '../../../../scripts/bench/peers/runPeers';
import { resultsOf, sizeResultOf } from '../../../helpers/benchResults';
import { peerDatasetOf, peersResultOf } from '../../../helpers/peersResults';

const root = join(import.meta.dirname, '..', '..', '..', '..');

// The runs themselves need a build and Chromium for minutes: `npm run bench -- --peers-only` is their test.
describe('the peers’ runs', () => {
  it('run the app first, then plain Leaflet, then deck.gl', () => {
    expect(PEER_ORDER).toEqual(['app', 'leaflet', 'deck']);
  });

  it('merge into results.json, leaving its other sections as they were and replacing earlier peers', () => {
    const results = resultsOf([sizeResultOf('real', { mapReady: [300] })]);
    const first = peersResultOf([peerDatasetOf('real', [700, 500, 4000], [40, 50, 3000])]);
    const second = peersResultOf([peerDatasetOf('real', [400, 500, 4000], [40, 50, 3000])], { date: '2026-02-03T00:00:00.000Z' });
    const merged = withPeers(withPeers(results, first), second);
    expect(merged.peers).toBe(second);
    expect({ ...merged, peers: undefined }).toEqual({ ...results, peers: undefined });
    expect(results.peers).toBeUndefined();
  });

  it('read the versions measured from the installed packages', () => {
    expect(installedVersion(root, 'leaflet')).toMatch(/^1\.9\./);
    expect(installedVersion(root, '@deck.gl/core')).toMatch(/^9\./);
  });

  it('say why kepler.gl was left out', () => {
    expect(LEFT_OUT.map((l) => l.name)).toEqual(['kepler.gl']);
    expect(LEFT_OUT[0]!.why).toContain('npm view kepler.gl');
  });
});
