import { describe, expect, it, vi } from 'vitest';
import { drawMarks, markDrawable } from '../../src/map/groupMarks';
import { MarkStamps, NUMBER_FILL, type MakeSurface } from '../../src/map/markStamps';
import { CASING, ENDPOINT_FILL } from '../../src/map/palette';
import type { Drawable } from '../../src/map/linkDrawables';
import { recordingContext } from '../helpers/canvas';

/** Surfaces that record what is drawn on them, and the sizes asked for. */
function recordingSurfaces() {
  const made: { width: number; height: number; drawing: ReturnType<typeof recordingContext> }[] = [];
  const make: MakeSurface = (width, height) => {
    const drawing = recordingContext();
    made.push({ width, height, drawing });
    return { image: { width, height } as unknown as CanvasImageSource, ctx: drawing.ctx };
  };
  return { made, make };
}

/** A canvas context whose transform says `ratio` pixels per CSS pixel. */
function canvasAt(ratio: number) {
  const drawing = recordingContext();
  const ctx = new Proxy(drawing.ctx, {
    get: (target, name) => (name === 'getTransform' ? () => ({ a: ratio, b: 0, c: 0, d: ratio, e: 0, f: 0 }) : Reflect.get(target, name)),
  });
  return { drawing, ctx };
}

const look = { fill: '#00aa00', radius: 6.1, edge: 1.5, core: 2.44 };

describe('MarkStamps', () => {
  it('draws a look’s image once (ring, edge, core), at the canvas’s pixel ratio, and copies it centred on each mark on whole pixels', () => {
    const surfaces = recordingSurfaces();
    const stamps = new MarkStamps(surfaces.make);
    const { drawing, ctx } = canvasAt(2);
    stamps.stamp(ctx, look, 100, 50);
    stamps.stamp(ctx, { ...look, radius: 6.05 }, 200.3, 50);
    // 6.1 and 6.05 are both 6 to the quarter pixel: one image.
    expect(surfaces.made.filter((s) => s.width > 1)).toHaveLength(1);
    const [image] = surfaces.made;
    // (6 + 0.75 + 1) × 2 CSS pixels, at 2 pixels each.
    expect(image!.width).toBe(31);
    expect(image!.drawing.fills.map((f) => f.fillStyle)).toEqual(['#00aa00', ENDPOINT_FILL]);
    expect(image!.drawing.strokes.map((s) => [s.strokeStyle, s.lineWidth])).toEqual([[CASING, 1.5]]);
    const copies = drawing.calls.filter(([name]) => name === 'drawImage');
    expect(copies).toHaveLength(2);
    for (const [, , left, top, w, h] of copies) {
      expect([w, h]).toEqual([15.5, 15.5]);
      expect(((left as number) * 2) % 1).toBe(0);
      expect(((top as number) * 2) % 1).toBe(0);
    }
    expect((copies[0]![2] as number) + 15.5 / 2).toBeCloseTo(100, 0);
    expect((copies[1]![2] as number) + 15.5 / 2).toBeCloseTo(200.3, 0);
  });

  it('makes another image for another colour, edge or pixel ratio', () => {
    const surfaces = recordingSurfaces();
    const stamps = new MarkStamps(surfaces.make);
    stamps.stamp(canvasAt(1).ctx, look, 0, 0);
    stamps.stamp(canvasAt(1).ctx, { ...look, fill: '#0000aa' }, 0, 0);
    stamps.stamp(canvasAt(1).ctx, { ...look, edge: 1 }, 0, 0);
    stamps.stamp(canvasAt(2).ctx, look, 0, 0);
    stamps.stamp(canvasAt(1).ctx, look, 5, 5);
    expect(surfaces.made).toHaveLength(4);
  });

  it('sets the ten digits in type once for each size and pixel ratio, and copies a number digit by digit, centred', () => {
    const surfaces = recordingSurfaces();
    const stamps = new MarkStamps(surfaces.make);
    const { drawing, ctx } = canvasAt(1);
    stamps.stampNumber(ctx, '12', 9, 40, 40);
    stamps.stampNumber(ctx, '305', 9, 80, 40);
    stamps.stampNumber(canvasAt(2).ctx, '12', 9, 0, 0);
    stamps.stampNumber(ctx, '7', 11, 0, 0);
    expect(surfaces.made).toHaveLength(3);
    const [atlas] = surfaces.made;
    expect(atlas!.drawing.calls.filter(([name]) => name === 'fillText').map(([, text]) => text)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const copies = drawing.calls.filter(([name]) => name === 'drawImage');
    // Two digits, three digits, one digit.
    expect(copies).toHaveLength(2 + 3 + 1);
    // Each copy takes its digit's cell: 1, then 2, of cells 10 pixels wide (9 × 0.8 rounded up, and 2).
    expect(copies.slice(0, 2).map(([, , sx, , sw]) => [sx, sw])).toEqual([
      [10, 10],
      [20, 10],
    ]);
    // Digits advance 0.6 of the size here (the recording canvas measures no text): '12' is 10.8 wide, centred on 40.
    expect(copies[0]![6]).toBe(Math.round(40 - 10.8 / 2 - 1));
    expect(copies[1]![6]).toBe(Math.round(40 - 10.8 / 2 + 5.4 - 1));
    expect(NUMBER_FILL).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('makes the digits of the sizes asked for while the browser is idle, once, at the pixel ratio last drawn at', () => {
    vi.useFakeTimers();
    try {
      const surfaces = recordingSurfaces();
      const stamps = new MarkStamps(surfaces.make);
      stamps.stampNumber(canvasAt(2).ctx, '4', 9, 0, 0);
      expect(surfaces.made).toHaveLength(1);
      stamps.prepareDigits([9, 10, 11]);
      stamps.prepareDigits([12]);
      vi.runAllTimers();
      // 9 at 2 was made already: 10 and 11 at 2, and nothing for the second call.
      expect(surfaces.made.map((s) => s.height)).toEqual([26, 28, 32]);
      stamps.stampNumber(canvasAt(2).ctx, '4', 10, 0, 0);
      expect(surfaces.made).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('makes the digits of the sizes asked for at once, at the pixel ratio given, so a number of those sizes makes none', () => {
    const surfaces = recordingSurfaces();
    const stamps = new MarkStamps(surfaces.make);
    stamps.makeDigits(new Set([9, 10]), 2);
    expect(surfaces.made.map((s) => [s.width, s.height])).toEqual([
      [(Math.ceil(9 * 0.8) + 2) * 10 * 2, Math.ceil(9 * 1.4) * 2],
      [(Math.ceil(10 * 0.8) + 2) * 10 * 2, Math.ceil(10 * 1.4) * 2],
    ]);
    stamps.stampNumber(canvasAt(2).ctx, '42', 9, 0, 0);
    stamps.stampNumber(canvasAt(2).ctx, '7', 10, 0, 0);
    expect(surfaces.made).toHaveLength(2);
    // Another ratio is another image.
    stamps.stampNumber(canvasAt(1).ctx, '7', 10, 0, 0);
    expect(surfaces.made).toHaveLength(3);
  });

  it('is not available where no canvas can be made, and drawMarks then traces the marks as paths', () => {
    const stamps = new MarkStamps(() => null);
    expect(stamps.available()).toBe(false);
    const d: Drawable = { ...markDrawable({ partnership: { id: 'g' }, services: ['waste'], lead: 'E1', point: [0, 0], box: [0, 0, 0, 0], members: [] } as never, () => ({ x: 10, y: 10 })), markRadius: 6 };
    const drawing = recordingContext();
    drawMarks(drawing.ctx, [d], false, () => '#00aa00', stamps);
    expect(drawing.calls.some(([name]) => name === 'drawImage')).toBe(false);
    expect(drawing.fills.map((f) => f.fillStyle)).toEqual(['#00aa00', ENDPOINT_FILL]);
  });

  it('with images, drawMarks copies each single mark and traces none', () => {
    const stamps = new MarkStamps(recordingSurfaces().make);
    const d = (x: number): Drawable => ({ ...markDrawable({ partnership: { id: `g${x}` }, services: ['waste'], lead: 'E1', point: [0, 0], box: [0, 0, 0, 0], members: [] } as never, () => ({ x, y: 10 })), markRadius: 6 });
    const drawing = recordingContext();
    drawMarks(drawing.ctx, [d(0), d(30), d(60)], false, () => '#00aa00', stamps);
    expect(drawing.calls.filter(([name]) => name === 'drawImage')).toHaveLength(3);
    expect(drawing.calls.filter(([name]) => name === 'arc')).toHaveLength(0);
  });
});
