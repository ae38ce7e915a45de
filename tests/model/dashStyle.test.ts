import { describe, expect, it } from 'vitest';
import { dashStyleAt, PLAIN_DASHES_BELOW } from '../../src/model/dashStyle';

describe('dashStyleAt', () => {
  it('draws longer dashes with no edge while a region or more is in the frame, and short edged ones from zoom 8', () => {
    expect(PLAIN_DASHES_BELOW).toBe(8);
    for (const zoom of [4.5, 5.5, 7.75]) expect(dashStyleAt(zoom)).toEqual({ dash: 7, gap: 3, cased: false });
    for (const zoom of [8, 9, 12, Infinity]) expect(dashStyleAt(zoom)).toEqual({ dash: 4, gap: 4, cased: true });
  });

  it('keeps the plain dashes longer than their gaps, so a short line still reads as a line', () => {
    const plain = dashStyleAt(5.5);
    expect(plain.dash).toBeGreaterThan(plain.gap * 2);
  });
});
