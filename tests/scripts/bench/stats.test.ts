import { describe, expect, it } from 'vitest';
import { frameResult, frameStats, stat } from '../../../scripts/bench/stats';

describe('stat', () => {
  it('gives min, median and max of the finite values, to 0.1', () => {
    expect(stat([30, 10.04, 20, NaN, Infinity])).toEqual({ runs: [30, 10, 20], min: 10, median: 20, max: 30 });
  });

  it('takes the mean of the middle two for an even count', () => {
    expect(stat([4, 1, 3, 2])!.median).toBe(2.5);
  });

  it('is null when nothing was measured', () => {
    expect(stat([])).toBeNull();
    expect(stat([NaN])).toBeNull();
  });
});

describe('frameStats', () => {
  it('counts frames, frames per second and long frames from frame times', () => {
    // Intervals 16, 16, 40, 16 ms over 88 ms.
    const stats = frameStats([0, 16, 32, 72, 88]);
    expect(stats).toMatchObject({ frames: 4, durationMs: 88, maxMs: 40, longFrames: 1 });
    expect(stats.fps).toBeCloseTo((4 / 88) * 1000);
  });

  it('takes the median and 95th percentile by nearest rank: an interval that happened', () => {
    const stats = frameStats([0, 10, 30, 60, 100]); // intervals 10, 20, 30, 40
    expect(stats.medianMs).toBe(20);
    expect(stats.p95Ms).toBe(40);
  });

  it('has no rate without two frames', () => {
    const stats = frameStats([5]);
    expect(stats.frames).toBe(0);
    expect(stats.fps).toBeNaN();
    expect(stats.maxMs).toBeNaN();
  });
});

describe('frameResult', () => {
  it('summarises each frame statistic over the runs', () => {
    const result = frameResult([frameStats([0, 16, 32]), frameStats([0, 16, 48])]);
    expect(result.maxMs).toMatchObject({ min: 16, max: 32 });
    expect(result.longFrames).toMatchObject({ runs: [0, 1] });
  });
});
