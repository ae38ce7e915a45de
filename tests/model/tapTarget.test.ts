import { describe, expect, it } from 'vitest';
import { lineTolerance, MOUSE_LINE_TOLERANCE, TOUCH_LINE_TOLERANCE_OVER_COUNCIL } from '../../src/model/tapTarget';
import { HIT_TOLERANCE } from '../../src/map/linkHitTest';

describe('lineTolerance', () => {
  it('gives a mouse the usual few pixels, over a council or not', () => {
    expect(lineTolerance('mouse', true)).toBe(MOUSE_LINE_TOLERANCE);
    expect(lineTolerance('mouse', false)).toBe(MOUSE_LINE_TOLERANCE);
  });

  it('on touch over a council, takes a line only when the tap is all but on it', () => {
    expect(lineTolerance('touch', true)).toBe(TOUCH_LINE_TOLERANCE_OVER_COUNCIL);
    expect(TOUCH_LINE_TOLERANCE_OVER_COUNCIL).toBeLessThan(MOUSE_LINE_TOLERANCE);
  });

  it('on touch away from any council (at sea), keeps the wider reach for lines', () => {
    expect(lineTolerance('touch', false)).toBe(MOUSE_LINE_TOLERANCE);
  });

  it('never asks for more than the hit grid was built to answer', () => {
    for (const pointer of ['mouse', 'touch'] as const) for (const over of [true, false]) expect(lineTolerance(pointer, over)).toBeLessThanOrEqual(HIT_TOLERANCE);
  });
});
