import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { toMarkdown } from '../../../scripts/bench/markdown';
import { reportOnly } from '../../../scripts/bench/runBench';
import { resultsOf, sizeResultOf } from '../../helpers/benchResults';

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
});
