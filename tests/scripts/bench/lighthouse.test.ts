import { describe, expect, it } from 'vitest';
import { auditPages, type Audit } from '../../../scripts/bench/lighthouse';
import type { LighthouseRun } from '../../../scripts/bench/lighthouseResult';

const runOf = (score: number): LighthouseRun => ({ score, fcpMs: 1000, lcpMs: 2000, tbtMs: 100, cls: 0, longestTaskMs: 80 });

describe('auditPages', () => {
  it('audits the map and the embed, mobile then desktop, the number of runs asked, and summarises each', async () => {
    const asked: string[] = [];
    const audit: Audit = async (url, formFactor) => {
      asked.push(`${formFactor} ${url}`);
      return runOf(formFactor === 'mobile' ? 60 + asked.length : 99);
    };
    const lines: string[] = [];
    const results = await auditPages('http://127.0.0.1:1', 2, audit, (line) => lines.push(line));
    expect(asked).toEqual([
      'mobile http://127.0.0.1:1/',
      'mobile http://127.0.0.1:1/',
      'mobile http://127.0.0.1:1/?embed=1&council=E07000223',
      'mobile http://127.0.0.1:1/?embed=1&council=E07000223',
      'desktop http://127.0.0.1:1/',
      'desktop http://127.0.0.1:1/',
      'desktop http://127.0.0.1:1/?embed=1&council=E07000223',
      'desktop http://127.0.0.1:1/?embed=1&council=E07000223',
    ]);
    expect(results.map((r) => [r.formFactor, r.page, r.runs.length])).toEqual([
      ['mobile', 'map', 2],
      ['mobile', 'embed', 2],
      ['desktop', 'map', 2],
      ['desktop', 'embed', 2],
    ]);
    expect(results[0]!.summary.score).toEqual({ median: 61.5, min: 61, max: 62 });
    expect(lines[0]).toBe('  Lighthouse mobile /: performance 61, 62');
  });

  it('notes a failed run and keeps the others', async () => {
    let calls = 0;
    const audit: Audit = async () => {
      calls++;
      if (calls === 1) throw new Error('PROTOCOL_TIMEOUT: no answer\nstack');
      return runOf(90);
    };
    const [first] = await auditPages('http://x', 2, audit, () => {});
    expect(first!.errors).toEqual(['run 1: PROTOCOL_TIMEOUT: no answer']);
    expect(first!.runs).toHaveLength(1);
  });
});
