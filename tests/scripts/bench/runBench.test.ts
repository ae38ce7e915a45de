import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { toMarkdown } from '../../../scripts/bench/markdown';
import { earlierPeers, reportOnly } from '../../../scripts/bench/runBench';
import { resultsOf, sizeResultOf } from '../../helpers/benchResults';
import { peerDatasetOf, peersResultOf } from '../../helpers/peersResults';
import { PEERS_HEADING } from '../../../scripts/bench/peers/peerMarkdown';

// The whole run needs a build and Chromium for minutes: `npm run bench` is its test.
describe('reportOnly', () => {
  it('writes results.md again from results.json, measuring nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'ssm-bench-out-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const results = resultsOf([sizeResultOf('real', { mapReady: [300] })]);
      writeFileSync(join(out, 'results.json'), JSON.stringify(results));
      reportOnly(out);
      expect(readFileSync(join(out, 'results.md'), 'utf8')).toBe(`${toMarkdown(results)}\n`);
      expect(log).toHaveBeenCalledWith(toMarkdown(results));
    } finally {
      log.mockRestore();
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('writes the peers’ section again too, beside the rest, when results.json has one', () => {
    const out = mkdtempSync(join(tmpdir(), 'ssm-bench-out-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const results = resultsOf([sizeResultOf('real', { mapReady: [300] })], { peers: peersResultOf([peerDatasetOf('real', [700, 500, 4000], [40, 50, 3000])]) });
      writeFileSync(join(out, 'results.json'), JSON.stringify(results));
      reportOnly(out);
      const md = readFileSync(join(out, 'results.md'), 'utf8');
      expect(md).toContain(PEERS_HEADING);
      expect(md.indexOf('## Targets')).toBeLessThan(md.indexOf(PEERS_HEADING));
      expect(md.indexOf(PEERS_HEADING)).toBeLessThan(md.indexOf('## What is measured'));
    } finally {
      log.mockRestore();
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('earlierPeers', () => {
  it('keeps the peers’ section of the results.json already there, for a run without --peers', () => {
    const out = mkdtempSync(join(tmpdir(), 'ssm-bench-out-'));
    try {
      expect(earlierPeers(out)).toBeUndefined();
      const peers = peersResultOf([peerDatasetOf('real', [700, 500, 4000], [40, 50, 3000])]);
      writeFileSync(join(out, 'results.json'), JSON.stringify(resultsOf([sizeResultOf('real')], { peers })));
      expect(earlierPeers(out)).toEqual(peers);
      writeFileSync(join(out, 'results.json'), JSON.stringify(resultsOf([sizeResultOf('real')])));
      expect(earlierPeers(out)).toBeUndefined();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
