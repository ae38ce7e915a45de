import { describe, expect, it } from 'vitest';
import { gaussian, mulberry32, pick, pickWeighted, seedFrom } from '../../../scripts/lib/seededRandom';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    // Roughly uniform.
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(450);
    expect(xs.filter((x) => x < 0.5).length).toBeLessThan(550);
  });

  it('takes text seeds too', () => {
    expect(seedFrom('bench')).toBe(seedFrom('bench'));
    expect(seedFrom('bench')).not.toBe(seedFrom('bench2'));
    expect(seedFrom(12)).toBe(12);
  });
});

describe('pick, pickWeighted and gaussian', () => {
  it('draw from the seeded sequence: items, indexes by weight, and normal deviates', () => {
    const random = mulberry32(7);
    const picks = Array.from({ length: 2000 }, () => pickWeighted(random, [1, 0, 3]));
    expect(picks.includes(1)).toBe(false);
    expect(picks.filter((i) => i === 2).length / picks.length).toBeGreaterThan(0.7);
    expect(['a', 'b', 'c']).toContain(pick(random, ['a', 'b', 'c']));
    const deviates = Array.from({ length: 2000 }, () => gaussian(random));
    const mean = deviates.reduce((a, b) => a + b, 0) / deviates.length;
    expect(Math.abs(mean)).toBeLessThan(0.1);
  });
});
