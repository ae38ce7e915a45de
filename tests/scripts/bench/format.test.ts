import { describe, expect, it } from 'vitest';
import { datasetLabel, formatNumber, kb, whole } from '../../../scripts/bench/format';

describe('the bench numbers', () => {
  it('writes one decimal below 100 and whole numbers with separators above', () => {
    expect(formatNumber(12.46)).toBe('12.5');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(1234.5)).toBe('1,235');
  });

  it('writes bytes as KB, datasets by name and progress numbers as whole or n/a', () => {
    expect(kb(1536)).toBe('1.5');
    expect(datasetLabel('real')).toBe('real');
    expect(datasetLabel('10000')).toBe('synthetic 10,000');
    expect(whole(41.6)).toBe('42');
    expect(whole(null)).toBe('n/a');
    expect(whole(NaN)).toBe('n/a');
  });
});
