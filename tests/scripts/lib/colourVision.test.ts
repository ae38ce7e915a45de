import { describe, expect, it } from 'vitest';
import { closestPair, MACHADO_2009, simulateVision, visionDifference } from '../../../scripts/lib/colourVision';

describe('simulateVision', () => {
  it('leaves colours alone for normal vision', () => {
    expect(simulateVision('#9000A7', 'normal')).toBe('#9000a7');
  });

  it('keeps white, black and greys, since each matrix row sums to one', () => {
    for (const matrix of Object.values(MACHADO_2009)) for (const row of matrix) expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 5);
    for (const vision of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      expect(simulateVision('#ffffff', vision)).toBe('#ffffff');
      expect(simulateVision('#000000', vision)).toBe('#000000');
      expect(simulateVision('#777777', vision)).toBe('#777777');
    }
  });

  it('applies the matrix in linear RGB: pure green under deuteranopia by hand', () => {
    // Linear green (0, 1, 0) → (0.860646, 0.672501, 0.04294), back to sRGB.
    const encode = (v: number) => Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));
    const expected = `#${[0.860646, 0.672501, 0.04294].map((v) => encode(v).toString(16).padStart(2, '0')).join('')}`;
    expect(simulateVision('#00ff00', 'deuteranopia')).toBe(expected);
  });

  it('makes a red and a green alike for red-green colour blindness, but not a blue and a yellow', () => {
    // Pairs of the confusion lines: the same to a deuteranope, or to a protanope (who sees reds darker).
    expect(visionDifference('#cc3311', '#558800', 'normal')).toBeGreaterThan(50);
    expect(visionDifference('#cc3311', '#558800', 'deuteranopia')).toBeLessThan(3);
    expect(visionDifference('#ee3333', '#4a6a00', 'normal')).toBeGreaterThan(50);
    expect(visionDifference('#ee3333', '#4a6a00', 'protanopia')).toBeLessThan(7);
    for (const vision of ['protanopia', 'deuteranopia'] as const) expect(visionDifference('#1f4fd6', '#e0c020', vision)).toBeGreaterThan(40);
  });

  it('makes blue and green alike for tritanopia', () => {
    expect(visionDifference('#1f77b4', '#2ca02c', 'tritanopia')).toBeLessThan(visionDifference('#1f77b4', '#2ca02c', 'normal') / 2);
  });
});

describe('closestPair', () => {
  it('finds the two colours least far apart', () => {
    const pair = closestPair(['#000000', '#ffffff', '#111111'], 'normal');
    expect([pair.a, pair.b]).toEqual(['#000000', '#111111']);
    expect(pair.difference).toBeGreaterThan(0);
    expect(pair.difference).toBeLessThan(10);
  });
});
