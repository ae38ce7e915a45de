import { describe, expect, it } from 'vitest';
import { readLighthouseRun, summariseRuns, type LighthouseJson } from '../../../scripts/bench/lighthouseResult';

/** A Lighthouse result as its JSON holds it, with only the parts read here (and one that is not). */
function lhrOf(score: number | null, metrics: { fcp: number; lcp: number; tbt: number; cls: number }, longTasks: number[] | null): LighthouseJson {
  return {
    lighthouseVersion: '12.8.2',
    categories: { performance: { score } },
    audits: {
      'first-contentful-paint': { numericValue: metrics.fcp },
      'largest-contentful-paint': { numericValue: metrics.lcp },
      'total-blocking-time': { numericValue: metrics.tbt },
      'cumulative-layout-shift': { numericValue: metrics.cls },
      'speed-index': { numericValue: 9999 },
      ...(longTasks ? { 'long-tasks': { details: { items: longTasks.map((duration, i) => ({ url: 'http://127.0.0.1/assets/index.js', startTime: i * 100, duration })) } } } : {}),
    },
  };
}

describe('readLighthouseRun', () => {
  it('reads the score as 0–100, the metrics, and the longest of the long tasks', () => {
    expect(readLighthouseRun(lhrOf(0.384, { fcp: 2610.4, lcp: 5750.1, tbt: 6096.8, cls: 0.0123 }, [120, 4077, 61]))).toEqual({
      score: 38,
      fcpMs: 2610.4,
      lcpMs: 5750.1,
      tbtMs: 6096.8,
      cls: 0.0123,
      longestTaskMs: 4077,
    });
  });

  it('says 0 for the longest task when no task was long, and null for what the result lacks', () => {
    expect(readLighthouseRun(lhrOf(0.95, { fcp: 1, lcp: 2, tbt: 0, cls: 0 }, [])).longestTaskMs).toBe(0);
    const run = readLighthouseRun(lhrOf(null, { fcp: 1, lcp: 2, tbt: 0, cls: 0 }, null));
    expect(run.score).toBeNull();
    expect(run.longestTaskMs).toBeNull();
  });
});

describe('summariseRuns', () => {
  it('gives each measure its median, min and max over the runs that have it, keeping small fractions', () => {
    const runs = [
      readLighthouseRun(lhrOf(0.5, { fcp: 1000, lcp: 3000, tbt: 900, cls: 0.002 }, [400])),
      readLighthouseRun(lhrOf(0.9, { fcp: 1200, lcp: 2000, tbt: 100, cls: 0.004 }, [])),
      readLighthouseRun(lhrOf(null, { fcp: 1100, lcp: 2500, tbt: 300, cls: 0.003 }, [200])),
    ];
    const summary = summariseRuns(runs);
    expect(summary.score).toEqual({ median: 70, min: 50, max: 90 });
    expect(summary.lcpMs).toEqual({ median: 2500, min: 2000, max: 3000 });
    expect(summary.cls).toEqual({ median: 0.003, min: 0.002, max: 0.004 });
    expect(summary.longestTaskMs).toEqual({ median: 200, min: 0, max: 400 });
    expect(summariseRuns([]).tbtMs).toBeNull();
  });
});
