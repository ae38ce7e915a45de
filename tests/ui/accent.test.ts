import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/shared/contrast';
import { accentColours } from '../../src/ui/accent';

describe('accentColours', () => {
  it('keeps a dark accent for buttons and links, with white text', () => {
    expect(accentColours('#8a1538')).toEqual({ '--accent-fill': '#8a1538', '--accent-text': '#ffffff', '--accent': '#8a1538' });
  });

  it('puts dark text on a light accent, and keeps readable links', () => {
    const colours = accentColours('#ffd200');
    expect(colours['--accent-text']).toBe('#1b1f24');
    expect(contrastRatio(colours['--accent']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d5fa7', '#1d5fa7')).toBe(1);
  });
});
