import { describe, expect, it } from 'vitest';
import { alphaAt, clearOfLinks, type CanvasPixels } from '../../../scripts/bench/pagePixels';

/** A 10 × 10 canvas at page (100, 50), two device pixels per CSS pixel, with the given pixels opaque. */
function canvas(opaque: [number, number][]): CanvasPixels {
  const width = 20;
  const height = 20;
  const data = new Uint8ClampedArray(width * height * 4);
  for (const [x, y] of opaque) data[(y * width + x) * 4 + 3] = 255;
  return { rect: { left: 100, top: 50, width: 10, height: 10 } as DOMRect, data, width, height, sx: 2, sy: 2 };
}

describe('alphaAt', () => {
  it('reads the alpha under a page point, in device pixels, and 0 off the canvas', () => {
    const img = canvas([[4, 6]]);
    expect(alphaAt(img, 102, 53)).toBe(255);
    expect(alphaAt(img, 103, 53)).toBe(0);
    expect(alphaAt(img, 99, 53)).toBe(0);
    expect(alphaAt(img, 200, 53)).toBe(0);
  });
});

describe('clearOfLinks', () => {
  it('is true only when no link pixel is within the distance', () => {
    const links = canvas([[10, 10]]); // page (105, 55)
    expect(clearOfLinks(links, 101, 51, 2)).toBe(true);
    expect(clearOfLinks(links, 103, 53, 2)).toBe(false);
  });
});
