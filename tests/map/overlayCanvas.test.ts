import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { boxAround, overlap } from '../../src/map/overlayCanvas';

const box = (b: L.Bounds | null) => (b ? [b.min!.x, b.min!.y, b.max!.x, b.max!.y] : null);

describe('overlap', () => {
  it('is the part of the view the drawing covers, on whole pixels outward', () => {
    const view = L.bounds([-100, -50], [900, 650]);
    expect(box(overlap(view, L.bounds([10.4, 20.6], [30.2, 40.1])))).toEqual([10, 20, 31, 41]);
    expect(box(overlap(view, L.bounds([-500, 600], [0, 2000])))).toEqual([-100, 600, 0, 650]);
  });

  it('is nothing when the drawing is outside the view', () => {
    expect(overlap(L.bounds([0, 0], [100, 100]), L.bounds([200, 200], [300, 300]))).toBeNull();
    expect(overlap(L.bounds([0, 0], [100, 100]), L.bounds([100, 0], [150, 50]))).toBeNull();
  });
});

describe('boxAround', () => {
  it('is the box of the points, grown by the margin on every side', () => {
    expect(
      box(
        boxAround(
          [
            [10, 40],
            [30, 5],
            [-2, 20],
          ],
          3,
        ),
      ),
    ).toEqual([-5, 2, 33, 43]);
  });
});
